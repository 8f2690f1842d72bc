package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.Files;
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
import org.apiguardian.api.API;

import java.util.List;

/**
 * The Files API of one site. Each call goes to the class of its task: {@link FileQueries}, {@link FileImports},
 * {@link FileUpdates}, {@link UploadTickets}, {@link Downloads} and the site's {@link TrashBin}; they validate
 * each request as Wix does, then act on the {@link SiteEngine}.
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
        return queries.getFileDescriptor(fileId);
    }

    @Override
    public List<FileDescriptor> getFileDescriptors(List<String> fileIds) {
        return queries.getFileDescriptors(fileIds);
    }

    @Override
    public List<FileDescriptor> filesAt(String path) {
        return queries.filesAt(path);
    }

    @Override
    public FilePage listFiles(ListFilesRequest request) {
        return queries.listFiles(request);
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
        return queries.listDeletedFiles(request);
    }

    @Override
    public FilePage searchFiles(SearchFilesRequest request) {
        return queries.searchFiles(request);
    }

    @Override
    public FilePage queryFileDescriptors(CursorQuery query) {
        return queries.queryFileDescriptors(query);
    }

    @Override
    public FileDescriptor importFile(ImportFileRequest request) {
        return imports.importFile(request);
    }

    @Override
    public BulkImportFileResponse bulkImportFile(List<ImportFileRequest> requests, Boolean returnEntity) {
        return imports.bulkImportFile(requests, returnEntity);
    }

    @Override
    public List<FileDescriptor> bulkImportFiles(List<ImportFileRequest> requests) {
        return imports.bulkImportFiles(requests);
    }

    @Override
    public FileDescriptor updateFileDescriptor(FileUpdate file) {
        return updates.updateFileDescriptor(file);
    }

    @Override
    public FileDescriptor updateFileDescriptor(FileUpdate file, List<String> fieldMask) {
        return updates.updateFileDescriptor(file, fieldMask);
    }

    @Override
    public String generateFileUploadUrl(GenerateFileUploadUrlRequest r) {
        return uploads.generateFileUploadUrl(r);
    }

    @Override
    public ResumableUploadUrl generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest r) {
        return uploads.generateFileResumableUploadUrl(r);
    }

    @Override
    public String generateFilesDownloadUrl(List<String> fileIds) {
        return downloads.generateFilesDownloadUrl(fileIds);
    }

    @Override
    public List<DownloadUrl> generateFileDownloadUrl(GenerateFileDownloadUrlRequest r) {
        return downloads.generateFileDownloadUrl(r);
    }

    @Override
    public DownloadUrl generateVideoStreamingUrl(GenerateVideoStreamingUrlRequest r) {
        return downloads.generateVideoStreamingUrl(r);
    }

    @Override
    public void bulkDeleteFiles(List<String> fileIds, boolean permanent) {
        engine.trash.deleteFiles(fileIds, permanent);
    }

    @Override
    public void bulkRestoreFilesFromTrashBin(List<String> fileIds) {
        engine.trash.restoreFiles(fileIds);
    }
}
