package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.Operation;
import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The route table of the Wix Media Manager REST API: each of the 27 operations with its HTTP method, its path under
 * {@value #BASE_PATH}, whether it writes (read-only API keys may not call it) and its handler. The server mounts
 * exactly these routes; tests and documentation enumerate them.
 *
 * <p>Paths are Wix's own ({@code https://www.wixapis.com/site-media/v1/...}); {@code {name}} is a path parameter.
 */
@API(status = API.Status.INTERNAL)
public enum ApiRoute {
    // Files
    GENERATE_FILES_DOWNLOAD_URL(Operation.GENERATE_FILES_DOWNLOAD_URL, HttpMethod.POST, "/files/generate-download-url", Access.READ, FileEndpoints::generateFilesDownloadUrl),
    GENERATE_FILE_DOWNLOAD_URL(Operation.GENERATE_FILE_DOWNLOAD_URL, HttpMethod.POST, "/files/generate-file-download-url", Access.READ, FileEndpoints::generateFileDownloadUrl),
    GET_FILE_DESCRIPTOR(Operation.GET_FILE_DESCRIPTOR, HttpMethod.GET, "/files/get-file-by-id", Access.READ, FileEndpoints::getFileDescriptor),
    GET_FILE_DESCRIPTORS(Operation.GET_FILE_DESCRIPTORS, HttpMethod.POST, "/files/get-files", Access.READ, FileEndpoints::getFileDescriptors),
    UPDATE_FILE_DESCRIPTOR(Operation.UPDATE_FILE_DESCRIPTOR, HttpMethod.PATCH, "/files/update-file-descriptor", Access.WRITE, FileEndpoints::updateFileDescriptor),
    GENERATE_FILE_UPLOAD_URL(Operation.GENERATE_FILE_UPLOAD_URL, HttpMethod.POST, "/files/generate-upload-url", Access.WRITE, FileEndpoints::generateFileUploadUrl),
    GENERATE_FILE_RESUMABLE_UPLOAD_URL(Operation.GENERATE_FILE_RESUMABLE_UPLOAD_URL, HttpMethod.POST, "/files/generate-resumable-upload-url", Access.WRITE, FileEndpoints::generateFileResumableUploadUrl),
    IMPORT_FILE(Operation.IMPORT_FILE, HttpMethod.POST, "/files/import", Access.WRITE, FileEndpoints::importFile),
    BULK_IMPORT_FILE(Operation.BULK_IMPORT_FILE, HttpMethod.POST, "/bulk/files/import-v2", Access.WRITE, FileEndpoints::bulkImportFile),
    BULK_IMPORT_FILES(Operation.BULK_IMPORT_FILES, HttpMethod.POST, "/bulk/files/import", Access.WRITE, FileEndpoints::bulkImportFiles),
    LIST_FILES(Operation.LIST_FILES, HttpMethod.GET, "/files", Access.READ, FileEndpoints::listFiles),
    SEARCH_FILES(Operation.SEARCH_FILES, HttpMethod.POST, "/files/search", Access.READ, FileEndpoints::searchFiles),
    GENERATE_VIDEO_STREAMING_URL(Operation.GENERATE_VIDEO_STREAMING_URL, HttpMethod.POST, "/files/generate-video-stream-url", Access.READ, FileEndpoints::generateVideoStreamingUrl),
    BULK_DELETE_FILES(Operation.BULK_DELETE_FILES, HttpMethod.POST, "/bulk/files/delete", Access.WRITE, FileEndpoints::bulkDeleteFiles),
    BULK_RESTORE_FILES_FROM_TRASH_BIN(Operation.BULK_RESTORE_FILES_FROM_TRASH_BIN, HttpMethod.POST, "/bulk/trash-bin/files/restore", Access.WRITE, FileEndpoints::bulkRestoreFilesFromTrashBin),
    LIST_DELETED_FILES(Operation.LIST_DELETED_FILES, HttpMethod.GET, "/trash-bin/files", Access.READ, FileEndpoints::listDeletedFiles),
    QUERY_FILE_DESCRIPTORS(Operation.QUERY_FILE_DESCRIPTORS, HttpMethod.POST, "/files/query", Access.READ, FileEndpoints::queryFileDescriptors),
    // Folders
    CREATE_FOLDER(Operation.CREATE_FOLDER, HttpMethod.POST, "/folders", Access.WRITE, FolderEndpoints::createFolder),
    GET_FOLDER(Operation.GET_FOLDER, HttpMethod.GET, "/folders/{folderId}", Access.READ, FolderEndpoints::getFolder),
    LIST_FOLDERS(Operation.LIST_FOLDERS, HttpMethod.GET, "/folders", Access.READ, FolderEndpoints::listFolders),
    SEARCH_FOLDERS(Operation.SEARCH_FOLDERS, HttpMethod.POST, "/folders/search", Access.READ, FolderEndpoints::searchFolders),
    UPDATE_FOLDER(Operation.UPDATE_FOLDER, HttpMethod.PATCH, "/folders/{folderId}", Access.WRITE, FolderEndpoints::updateFolder),
    GENERATE_FOLDER_DOWNLOAD_URL(Operation.GENERATE_FOLDER_DOWNLOAD_URL, HttpMethod.POST, "/folders/{folderId}/generate-download-url", Access.READ, FolderEndpoints::generateFolderDownloadUrl),
    BULK_DELETE_FOLDERS(Operation.BULK_DELETE_FOLDERS, HttpMethod.POST, "/bulk/folders/delete", Access.WRITE, FolderEndpoints::bulkDeleteFolders),
    BULK_RESTORE_FOLDERS_FROM_TRASH_BIN(Operation.BULK_RESTORE_FOLDERS_FROM_TRASH_BIN, HttpMethod.POST, "/bulk/trash-bin/folders/restore", Access.WRITE, FolderEndpoints::bulkRestoreFoldersFromTrashBin),
    LIST_DELETED_FOLDERS(Operation.LIST_DELETED_FOLDERS, HttpMethod.GET, "/trash-bin/folders", Access.READ, FolderEndpoints::listDeletedFolders),
    QUERY_FOLDERS(Operation.QUERY_FOLDERS, HttpMethod.POST, "/folders/query", Access.READ, FolderEndpoints::queryFolders);

    /** Where the API lives, as on {@code https://www.wixapis.com}. */
    public static final String BASE_PATH = "/site-media/v1";

    /** Whether an operation only reads, or changes the site (read-only keys get 403 on those). */
    public enum Access { READ, WRITE }

    private final Operation operation;
    private final HttpMethod method;
    private final String path;
    private final Access access;
    private final ApiHandler handler;

    ApiRoute(Operation operation, HttpMethod method, String path, Access access, ApiHandler handler) {
        this.operation = Objects.requireNonNull(operation);
        this.method = method;
        this.path = path;
        this.access = access;
        this.handler = handler;
    }

    public Operation operation() {
        return operation;
    }

    public HttpMethod method() {
        return method;
    }

    /** The path below {@link #BASE_PATH}, e.g. {@code /folders/{folderId}}. */
    public String path() {
        return path;
    }

    /** The full path, e.g. {@code /site-media/v1/folders/{folderId}}. */
    public String fullPath() {
        return BASE_PATH + path;
    }

    public Access access() {
        return access;
    }

    public ApiHandler handler() {
        return handler;
    }

    /** The route of an operation; every API operation has exactly one. */
    public static ApiRoute of(Operation operation) {
        return Arrays.stream(values()).filter(r -> r.operation == operation).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(operation + " is not an API operation with a REST route"));
    }

    /** The operations this table serves. */
    public static Set<Operation> operations() {
        Set<Operation> ops = EnumSet.noneOf(Operation.class);
        for (ApiRoute r : values()) {
            ops.add(r.operation);
        }
        return ops;
    }
}
