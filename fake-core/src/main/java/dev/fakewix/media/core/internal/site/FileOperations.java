package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.Files;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.model.BulkImportFileResponse;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.DownloadUrl;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateVideoStreamingUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.ResumableUploadUrl;
import dev.fakewix.media.core.model.SearchFilesRequest;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The Files API of one site. Each call goes to the class of its task: {@link FileQueries}, {@link FileImports},
 * {@link FileUpdates}, {@link UploadTickets}, {@link Downloads} and the site's {@link TrashBin}; they validate
 * each request as Wix does, then act on the {@link SiteEngine}. Each API method records what it relies on (when the
 * fake records plain Java calls) from its first line, before any check: a refusal can rest on a guess too.
 */
@API(status = API.Status.INTERNAL)
public final class FileOperations implements Files {
    private final SiteEngine engine;
    private final FileQueries queries;
    private final FileImports imports;
    private final FileUpdates updates;
    private final UploadTickets uploads;
    private final Downloads downloads;

    public FileOperations(SiteEngine engine) {
        this.engine = engine;
        this.queries = new FileQueries(engine);
        this.imports = new FileImports(engine);
        this.updates = new FileUpdates(engine);
        this.uploads = new UploadTickets(engine);
        this.downloads = new Downloads(engine);
    }

    @Override
    public FileDescriptor getFileDescriptor(String fileId) {
        Reliance.Frame frame = engine.relying(Operation.GET_FILE_DESCRIPTOR);
        try {
            return queries.getFileDescriptor(fileId);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public List<FileDescriptor> getFileDescriptors(List<String> fileIds) {
        Reliance.Frame frame = engine.relying(Operation.GET_FILE_DESCRIPTORS);
        try {
            return queries.getFileDescriptors(fileIds);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public List<FileDescriptor> filesAt(String path) {
        return queries.filesAt(path);
    }

    @Override
    public FilePage listFiles(ListFilesRequest request) {
        Reliance.Frame frame = engine.relying(Operation.LIST_FILES);
        try {
            return queries.listFiles(request);
        } finally {
            Reliance.close(frame);
        }
    }

    /** For faces: {@link FileQueries#passListFiles}. */
    public long passListFiles(ListFilesRequest request) {
        return queries.passListFiles(request);
    }

    /** For faces: {@link FileQueries#listFilesPassed}. */
    public FilePage listFilesPassed(ListFilesRequest request) {
        return queries.listFilesPassed(request);
    }

    /** For faces: the site's count of changes ({@link SiteTransaction#version()}). */
    public long stateVersion() {
        return engine.transaction.version();
    }

    @Override
    public FilePage listDeletedFiles(ListFilesRequest request) {
        Reliance.Frame frame = engine.relying(Operation.LIST_DELETED_FILES);
        try {
            return queries.listDeletedFiles(request);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public FilePage searchFiles(SearchFilesRequest request) {
        Reliance.Frame frame = engine.relying(Operation.SEARCH_FILES);
        try {
            return queries.searchFiles(request);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public FilePage queryFileDescriptors(CursorQuery query) {
        Reliance.Frame frame = engine.relying(Operation.QUERY_FILE_DESCRIPTORS);
        try {
            return queries.queryFileDescriptors(query);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public FileDescriptor importFile(ImportFileRequest request) {
        Reliance.Frame frame = engine.relying(Operation.IMPORT_FILE);
        try {
            return imports.importFile(request);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public BulkImportFileResponse bulkImportFile(List<ImportFileRequest> requests, Boolean returnEntity) {
        Reliance.Frame frame = engine.relying(Operation.BULK_IMPORT_FILE);
        try {
            return imports.bulkImportFile(requests, returnEntity);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public List<FileDescriptor> bulkImportFiles(List<ImportFileRequest> requests) {
        Reliance.Frame frame = engine.relying(Operation.BULK_IMPORT_FILES);
        try {
            return imports.bulkImportFiles(requests);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public FileDescriptor updateFileDescriptor(FileUpdate file) {
        Reliance.Frame frame = engine.relying(Operation.UPDATE_FILE_DESCRIPTOR);
        try {
            return updates.updateFileDescriptor(file);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public FileDescriptor updateFileDescriptor(FileUpdate file, List<String> fieldMask) {
        Reliance.Frame frame = engine.relying(Operation.UPDATE_FILE_DESCRIPTOR);
        try {
            return updates.updateFileDescriptor(file, fieldMask);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public String generateFileUploadUrl(GenerateFileUploadUrlRequest r) {
        Reliance.Frame frame = engine.relying(Operation.GENERATE_FILE_UPLOAD_URL);
        try {
            return uploads.generateFileUploadUrl(r);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public ResumableUploadUrl generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest r) {
        Reliance.Frame frame = engine.relying(Operation.GENERATE_FILE_RESUMABLE_UPLOAD_URL);
        try {
            return uploads.generateFileResumableUploadUrl(r);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public String generateFilesDownloadUrl(List<String> fileIds) {
        Reliance.Frame frame = engine.relying(Operation.GENERATE_FILES_DOWNLOAD_URL);
        try {
            return downloads.generateFilesDownloadUrl(fileIds);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public List<DownloadUrl> generateFileDownloadUrl(GenerateFileDownloadUrlRequest r) {
        Reliance.Frame frame = engine.relying(Operation.GENERATE_FILE_DOWNLOAD_URL);
        try {
            return downloads.generateFileDownloadUrl(r);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public DownloadUrl generateVideoStreamingUrl(GenerateVideoStreamingUrlRequest r) {
        Reliance.Frame frame = engine.relying(Operation.GENERATE_VIDEO_STREAMING_URL);
        try {
            return downloads.generateVideoStreamingUrl(r);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public void bulkDeleteFiles(List<String> fileIds, boolean permanent) {
        Reliance.Frame frame = engine.relying(Operation.BULK_DELETE_FILES);
        try {
            engine.trash.deleteFiles(fileIds, permanent);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public void bulkRestoreFilesFromTrashBin(List<String> fileIds) {
        Reliance.Frame frame = engine.relying(Operation.BULK_RESTORE_FILES_FROM_TRASH_BIN);
        try {
            engine.trash.restoreFiles(fileIds);
        } finally {
            Reliance.close(frame);
        }
    }
}
