package dev.fakewix.media.core;

import org.apiguardian.api.API;

/**
 * Every public operation of the Media Manager API, named as the SDK names them. Scenarios, the request journal and
 * the HTTP route table all speak in these names.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Operation {
    GENERATE_FILES_DOWNLOAD_URL("generateFilesDownloadUrl", false),
    GENERATE_FILE_DOWNLOAD_URL("generateFileDownloadUrl", false),
    GET_FILE_DESCRIPTOR("getFileDescriptor", false),
    GET_FILE_DESCRIPTORS("getFileDescriptors", false),
    UPDATE_FILE_DESCRIPTOR("updateFileDescriptor", true),
    GENERATE_FILE_UPLOAD_URL("generateFileUploadUrl", true),
    GENERATE_FILE_RESUMABLE_UPLOAD_URL("generateFileResumableUploadUrl", true),
    IMPORT_FILE("importFile", true),
    BULK_IMPORT_FILE("bulkImportFile", true),
    BULK_IMPORT_FILES("bulkImportFiles", true),
    LIST_FILES("listFiles", false),
    SEARCH_FILES("searchFiles", false),
    GENERATE_VIDEO_STREAMING_URL("generateVideoStreamingUrl", false),
    BULK_DELETE_FILES("bulkDeleteFiles", true),
    BULK_RESTORE_FILES_FROM_TRASH_BIN("bulkRestoreFilesFromTrashBin", true),
    LIST_DELETED_FILES("listDeletedFiles", false),
    QUERY_FILE_DESCRIPTORS("queryFileDescriptors", false),
    CREATE_FOLDER("createFolder", true),
    GET_FOLDER("getFolder", false),
    LIST_FOLDERS("listFolders", false),
    SEARCH_FOLDERS("searchFolders", false),
    UPDATE_FOLDER("updateFolder", true),
    GENERATE_FOLDER_DOWNLOAD_URL("generateFolderDownloadUrl", false),
    BULK_DELETE_FOLDERS("bulkDeleteFolders", true),
    BULK_RESTORE_FOLDERS_FROM_TRASH_BIN("bulkRestoreFoldersFromTrashBin", true),
    LIST_DELETED_FOLDERS("listDeletedFolders", false),
    QUERY_FOLDERS("queryFolders", false),
    /** Not an API method: the raw upload to an upload URL. */
    UPLOAD_FILE("uploadFile", true),
    /** Not an API method: the raw download from a download URL. */
    DOWNLOAD_FILE("downloadFile", false);

    private final String sdkName;
    private final boolean changesSite;

    Operation(String sdkName, boolean changesSite) {
        this.sdkName = sdkName;
        this.changesSite = changesSite;
    }

    /**
     * Whether the operation changes the site (imports, updates, deletes, upload URLs) rather than only reading it
     * (gets, lists, searches, download URLs): what a read-only API key may not call.
     */
    public boolean changesSite() {
        return changesSite;
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
