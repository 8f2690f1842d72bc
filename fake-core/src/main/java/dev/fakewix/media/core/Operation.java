package dev.fakewix.media.core;

import org.apiguardian.api.API;

/**
 * Every public operation of the Media Manager API, named as the SDK names them. Scenarios, the request journal and
 * the HTTP route table all speak in these names.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Operation {
    GENERATE_FILES_DOWNLOAD_URL("generateFilesDownloadUrl"),
    GENERATE_FILE_DOWNLOAD_URL("generateFileDownloadUrl"),
    GET_FILE_DESCRIPTOR("getFileDescriptor"),
    GET_FILE_DESCRIPTORS("getFileDescriptors"),
    UPDATE_FILE_DESCRIPTOR("updateFileDescriptor"),
    GENERATE_FILE_UPLOAD_URL("generateFileUploadUrl"),
    GENERATE_FILE_RESUMABLE_UPLOAD_URL("generateFileResumableUploadUrl"),
    IMPORT_FILE("importFile"),
    BULK_IMPORT_FILE("bulkImportFile"),
    BULK_IMPORT_FILES("bulkImportFiles"),
    LIST_FILES("listFiles"),
    SEARCH_FILES("searchFiles"),
    GENERATE_VIDEO_STREAMING_URL("generateVideoStreamingUrl"),
    BULK_DELETE_FILES("bulkDeleteFiles"),
    BULK_RESTORE_FILES_FROM_TRASH_BIN("bulkRestoreFilesFromTrashBin"),
    LIST_DELETED_FILES("listDeletedFiles"),
    QUERY_FILE_DESCRIPTORS("queryFileDescriptors"),
    CREATE_FOLDER("createFolder"),
    GET_FOLDER("getFolder"),
    LIST_FOLDERS("listFolders"),
    SEARCH_FOLDERS("searchFolders"),
    UPDATE_FOLDER("updateFolder"),
    GENERATE_FOLDER_DOWNLOAD_URL("generateFolderDownloadUrl"),
    BULK_DELETE_FOLDERS("bulkDeleteFolders"),
    BULK_RESTORE_FOLDERS_FROM_TRASH_BIN("bulkRestoreFoldersFromTrashBin"),
    LIST_DELETED_FOLDERS("listDeletedFolders"),
    QUERY_FOLDERS("queryFolders"),
    /** Not an API method: the raw upload to an upload URL. */
    UPLOAD_FILE("uploadFile"),
    /** Not an API method: the raw download from a download URL. */
    DOWNLOAD_FILE("downloadFile");

    private final String sdkName;

    Operation(String sdkName) {
        this.sdkName = sdkName;
    }

    /** The SDK method name, e.g. {@code listFiles}. */
    public String sdkName() {
        return sdkName;
    }

    /** Whether this is one of the 27 API methods (not a raw transfer). */
    public boolean isApiMethod() {
        return this != UPLOAD_FILE && this != DOWNLOAD_FILE;
    }

    /** Looks an operation up by its SDK name ({@code listFiles}) or constant name ({@code LIST_FILES}). */
    public static Operation fromName(String name) {
        for (Operation op : values()) {
            if (op.sdkName.equals(name) || op.name().equals(name)) {
                return op;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (Operation op : values()) {
            valid.append(valid.length() == 0 ? "" : ", ").append(op.sdkName);
        }
        throw new IllegalArgumentException("Unknown operation '" + name + "'; valid operations: " + valid);
    }
}
