package dev.fakewix.media.client;

import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The 27 methods of the Wix Media Manager REST API (Files and Folders), each with its HTTP method and its path under
 * {@value #BASE_PATH} on {@code https://www.wixapis.com}. {@link MediaManagerClient} calls exactly these.
 *
 * <pre>{@code
 * Endpoint e = Endpoint.GET_FOLDER;
 * e.httpMethod();            // "GET"
 * e.path("b2bc7283...");     // "/site-media/v1/folders/b2bc7283..."
 * e.sdkName();               // "getFolder"
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Endpoint {
    // Files
    GENERATE_FILES_DOWNLOAD_URL("generateFilesDownloadUrl", "POST", "/files/generate-download-url"),
    GENERATE_FILE_DOWNLOAD_URL("generateFileDownloadUrl", "POST", "/files/generate-file-download-url"),
    GET_FILE_DESCRIPTOR("getFileDescriptor", "GET", "/files/get-file-by-id"),
    GET_FILE_DESCRIPTORS("getFileDescriptors", "POST", "/files/get-files"),
    UPDATE_FILE_DESCRIPTOR("updateFileDescriptor", "PATCH", "/files/update-file-descriptor"),
    GENERATE_FILE_UPLOAD_URL("generateFileUploadUrl", "POST", "/files/generate-upload-url"),
    GENERATE_FILE_RESUMABLE_UPLOAD_URL(
            "generateFileResumableUploadUrl", "POST", "/files/generate-resumable-upload-url"),
    IMPORT_FILE("importFile", "POST", "/files/import"),
    BULK_IMPORT_FILES("bulkImportFiles", "POST", "/bulk/files/import"),
    BULK_IMPORT_FILE("bulkImportFile", "POST", "/bulk/files/import-v2"),
    LIST_FILES("listFiles", "GET", "/files"),
    SEARCH_FILES("searchFiles", "POST", "/files/search"),
    GENERATE_VIDEO_STREAMING_URL("generateVideoStreamingUrl", "POST", "/files/generate-video-stream-url"),
    BULK_DELETE_FILES("bulkDeleteFiles", "POST", "/bulk/files/delete"),
    BULK_RESTORE_FILES_FROM_TRASH_BIN("bulkRestoreFilesFromTrashBin", "POST", "/bulk/trash-bin/files/restore"),
    LIST_DELETED_FILES("listDeletedFiles", "GET", "/trash-bin/files"),
    QUERY_FILE_DESCRIPTORS("queryFileDescriptors", "POST", "/files/query"),
    // Folders
    CREATE_FOLDER("createFolder", "POST", "/folders"),
    GET_FOLDER("getFolder", "GET", "/folders/{folderId}"),
    LIST_FOLDERS("listFolders", "GET", "/folders"),
    SEARCH_FOLDERS("searchFolders", "POST", "/folders/search"),
    UPDATE_FOLDER("updateFolder", "PATCH", "/folders/{folderId}"),
    GENERATE_FOLDER_DOWNLOAD_URL("generateFolderDownloadUrl", "POST", "/folders/{folderId}/generate-download-url"),
    BULK_DELETE_FOLDERS("bulkDeleteFolders", "POST", "/bulk/folders/delete"),
    BULK_RESTORE_FOLDERS_FROM_TRASH_BIN("bulkRestoreFoldersFromTrashBin", "POST", "/bulk/trash-bin/folders/restore"),
    LIST_DELETED_FOLDERS("listDeletedFolders", "GET", "/trash-bin/folders"),
    QUERY_FOLDERS("queryFolders", "POST", "/folders/query");

    /** Where the API lives on {@code https://www.wixapis.com}. */
    public static final String BASE_PATH = "/site-media/v1";

    private final String sdkName;
    private final String httpMethod;
    private final String pathTemplate;

    Endpoint(String sdkName, String httpMethod, String pathTemplate) {
        this.sdkName = sdkName;
        this.httpMethod = httpMethod;
        this.pathTemplate = pathTemplate;
    }

    /** The method's name in the official JS SDK and in Wix's documentation, e.g. {@code listFiles}. */
    public String sdkName() {
        return sdkName;
    }

    /** {@code GET}, {@code POST} or {@code PATCH}. */
    public String httpMethod() {
        return httpMethod;
    }

    /** The path under {@link #BASE_PATH} with its placeholder, e.g. {@code /folders/{folderId}}. */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** Whether the path has a {@code {folderId}} placeholder. */
    public boolean hasPathParameter() {
        return pathTemplate.contains("{folderId}");
    }

    /**
     * The full path, {@link #BASE_PATH} included, with {@code folderId} in place of the placeholder (as the official
     * SDK does, inserted as it is); {@code folderId} is ignored by paths without one.
     */
    public String path(String folderId) {
        if (!hasPathParameter()) {
            return BASE_PATH + pathTemplate;
        }
        Objects.requireNonNull(folderId, () -> sdkName + " needs a folder id for its path " + pathTemplate);
        return BASE_PATH + pathTemplate.replace("{folderId}", folderId);
    }

    /** The endpoint whose SDK name is {@code sdkName}, e.g. {@code bulkImportFile}. */
    public static Endpoint bySdkName(String sdkName) {
        for (Endpoint e : values()) {
            if (e.sdkName.equals(sdkName)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no Media Manager method named '" + sdkName + "'; known: "
                + Arrays.stream(values()).map(Endpoint::sdkName).toList());
    }
}
