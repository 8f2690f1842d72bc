package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.Operation;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

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
    GENERATE_FILES_DOWNLOAD_URL(
            Operation.GENERATE_FILES_DOWNLOAD_URL,
            HttpMethod.POST,
            "/files/generate-download-url",
            FileEndpoints::generateFilesDownloadUrl),
    GENERATE_FILE_DOWNLOAD_URL(
            Operation.GENERATE_FILE_DOWNLOAD_URL,
            HttpMethod.POST,
            "/files/generate-file-download-url",
            FileEndpoints::generateFileDownloadUrl),
    GET_FILE_DESCRIPTOR(
            Operation.GET_FILE_DESCRIPTOR, HttpMethod.GET, "/files/get-file-by-id", FileEndpoints::getFileDescriptor),
    GET_FILE_DESCRIPTORS(
            Operation.GET_FILE_DESCRIPTORS, HttpMethod.POST, "/files/get-files", FileEndpoints::getFileDescriptors),
    UPDATE_FILE_DESCRIPTOR(
            Operation.UPDATE_FILE_DESCRIPTOR,
            HttpMethod.PATCH,
            "/files/update-file-descriptor",
            FileEndpoints::updateFileDescriptor),
    GENERATE_FILE_UPLOAD_URL(
            Operation.GENERATE_FILE_UPLOAD_URL,
            HttpMethod.POST,
            "/files/generate-upload-url",
            FileEndpoints::generateFileUploadUrl),
    GENERATE_FILE_RESUMABLE_UPLOAD_URL(
            Operation.GENERATE_FILE_RESUMABLE_UPLOAD_URL,
            HttpMethod.POST,
            "/files/generate-resumable-upload-url",
            FileEndpoints::generateFileResumableUploadUrl),
    IMPORT_FILE(Operation.IMPORT_FILE, HttpMethod.POST, "/files/import", FileEndpoints::importFile),
    BULK_IMPORT_FILE(
            Operation.BULK_IMPORT_FILE, HttpMethod.POST, "/bulk/files/import-v2", FileEndpoints::bulkImportFile),
    BULK_IMPORT_FILES(
            Operation.BULK_IMPORT_FILES, HttpMethod.POST, "/bulk/files/import", FileEndpoints::bulkImportFiles),
    LIST_FILES(Operation.LIST_FILES, HttpMethod.GET, "/files", FileEndpoints::listFiles),
    SEARCH_FILES(Operation.SEARCH_FILES, HttpMethod.POST, "/files/search", FileEndpoints::searchFiles),
    GENERATE_VIDEO_STREAMING_URL(
            Operation.GENERATE_VIDEO_STREAMING_URL,
            HttpMethod.POST,
            "/files/generate-video-stream-url",
            FileEndpoints::generateVideoStreamingUrl),
    BULK_DELETE_FILES(
            Operation.BULK_DELETE_FILES, HttpMethod.POST, "/bulk/files/delete", FileEndpoints::bulkDeleteFiles),
    BULK_RESTORE_FILES_FROM_TRASH_BIN(
            Operation.BULK_RESTORE_FILES_FROM_TRASH_BIN,
            HttpMethod.POST,
            "/bulk/trash-bin/files/restore",
            FileEndpoints::bulkRestoreFilesFromTrashBin),
    LIST_DELETED_FILES(
            Operation.LIST_DELETED_FILES, HttpMethod.GET, "/trash-bin/files", FileEndpoints::listDeletedFiles),
    QUERY_FILE_DESCRIPTORS(
            Operation.QUERY_FILE_DESCRIPTORS, HttpMethod.POST, "/files/query", FileEndpoints::queryFileDescriptors),
    // Folders
    CREATE_FOLDER(Operation.CREATE_FOLDER, HttpMethod.POST, "/folders", FolderEndpoints::createFolder),
    GET_FOLDER(Operation.GET_FOLDER, HttpMethod.GET, "/folders/{folderId}", FolderEndpoints::getFolder),
    LIST_FOLDERS(Operation.LIST_FOLDERS, HttpMethod.GET, "/folders", FolderEndpoints::listFolders),
    SEARCH_FOLDERS(Operation.SEARCH_FOLDERS, HttpMethod.POST, "/folders/search", FolderEndpoints::searchFolders),
    UPDATE_FOLDER(Operation.UPDATE_FOLDER, HttpMethod.PATCH, "/folders/{folderId}", FolderEndpoints::updateFolder),
    GENERATE_FOLDER_DOWNLOAD_URL(
            Operation.GENERATE_FOLDER_DOWNLOAD_URL,
            HttpMethod.POST,
            "/folders/{folderId}/generate-download-url",
            FolderEndpoints::generateFolderDownloadUrl),
    BULK_DELETE_FOLDERS(
            Operation.BULK_DELETE_FOLDERS, HttpMethod.POST, "/bulk/folders/delete", FolderEndpoints::bulkDeleteFolders),
    BULK_RESTORE_FOLDERS_FROM_TRASH_BIN(
            Operation.BULK_RESTORE_FOLDERS_FROM_TRASH_BIN,
            HttpMethod.POST,
            "/bulk/trash-bin/folders/restore",
            FolderEndpoints::bulkRestoreFoldersFromTrashBin),
    LIST_DELETED_FOLDERS(
            Operation.LIST_DELETED_FOLDERS, HttpMethod.GET, "/trash-bin/folders", FolderEndpoints::listDeletedFolders),
    QUERY_FOLDERS(Operation.QUERY_FOLDERS, HttpMethod.POST, "/folders/query", FolderEndpoints::queryFolders);

    /** Where the API lives, as on {@code https://www.wixapis.com}. */
    public static final String BASE_PATH = "/site-media/v1";

    /**
     * Whether an operation only reads, or changes the site (read-only keys get 403 on those): the face's word for
     * {@link Operation#changesSite()}.
     */
    public enum Access {
        READ,
        WRITE
    }

    private final Operation operation;
    private final HttpMethod method;
    private final String path;

    @SuppressWarnings("ImmutableEnumChecker") // each is a reference to a static method: stateless
    private final ApiHandler handler;

    ApiRoute(Operation operation, HttpMethod method, String path, ApiHandler handler) {
        this.operation = Objects.requireNonNull(operation);
        this.method = method;
        this.path = path;
        this.handler = handler;
    }

    ApiRoute(Operation operation, HttpMethod method, String path, ApiHandler.OfBytes handler) {
        this(operation, method, path, (ApiHandler) call -> Body.of(handler.handle(call)));
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
        return operation.changesSite() ? Access.WRITE : Access.READ;
    }

    public ApiHandler handler() {
        return handler;
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
