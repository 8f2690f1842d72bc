package dev.fakewix.media.core;

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
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The Files API of one site: the 17 methods of Wix's {@code files} module, with the same names.
 *
 * <pre>{@code
 * Files files = fake.site().files();
 * FileDescriptor cat = files.importFile(ImportFileRequest.of("https://example.com/cat.jpg"));
 * FilePage page = files.listFiles(ListFilesRequest.all());
 * files.bulkDeleteFiles(List.of(cat.id()), false);        // to the trash bin
 * }</pre>
 *
 * <p>Every method is atomic and thread-safe. Errors are thrown as {@link MediaManagerException} carrying the exact
 * wire error. Wherever a file id is taken, the file's Wix media URL ({@code wix:image://v1/<id>/...}) is accepted too.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Files {

    /** One permanent URL to an archive of the given files (at most 1000). */
    String generateFilesDownloadUrl(List<String> fileIds);

    /** Temporary download URLs, one per asset key (default {@code src}). */
    List<DownloadUrl> generateFileDownloadUrl(GenerateFileDownloadUrlRequest request);

    /** A file by id or Wix media URL; {@code RESOURCE_NOT_FOUND} if unknown or permanently deleted. */
    FileDescriptor getFileDescriptor(String fileId);

    /** Several files by id (1..100), in request order. */
    List<FileDescriptor> getFileDescriptors(List<String> fileIds);

    /**
     * The live files (not in the trash bin) at a path of folder display names from the media root, for tests:
     * {@code "/cat.jpg"}, {@code "/photos/2024/cat.jpg"}; a path may start with another root's id
     * ({@code "/visitor-uploads/x.png"}). A list because Wix allows several files of one name in a folder; empty when
     * there is none. Not a call of the API: scenarios never apply and it does not count as a read.
     *
     * <pre>{@code List<FileDescriptor> cats = site.files().filesAt("/photos/cat.jpg");}</pre>
     */
    List<FileDescriptor> filesAt(String path);

    /**
     * The live file at a path (see {@link #filesAt(String)}), if there is one.
     *
     * <pre>{@code FileDescriptor cat = site.files().fileAt("/photos/cat.jpg").orElseThrow();}</pre>
     *
     * @throws IllegalStateException when several files share the path (use {@link #filesAt(String)} then)
     */
    default Optional<FileDescriptor> fileAt(String path) {
        List<FileDescriptor> found = filesAt(path);
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " files are at " + path + " (Wix allows equal names in a "
                    + "folder): use filesAt(path) and pick one, e.g. by id "
                    + found.get(0).id());
        }
        return found.stream().findFirst();
    }

    /** Renames, moves ({@code parentFolderId}) or relabels a file; fields left {@code null} are unchanged. */
    FileDescriptor updateFileDescriptor(FileUpdate file);

    /**
     * As {@link #updateFileDescriptor(FileUpdate)}, touching only the fields named in {@code fieldMask}
     * ({@code displayName}, {@code parentFolderId}, {@code labels}); an empty mask means "the fields present".
     */
    FileDescriptor updateFileDescriptor(FileUpdate file, List<String> fieldMask);

    /** An upload URL for a single-request upload; the file id is allocated now. */
    String generateFileUploadUrl(GenerateFileUploadUrlRequest request);

    /** A resumable (TUS) upload URL and token. */
    ResumableUploadUrl generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest request);

    /** Imports a file from a URL; the answer is {@code PENDING} and has no media. */
    FileDescriptor importFile(ImportFileRequest request);

    /** Imports up to 100 files; each item succeeds or fails alone. {@code returnEntity} defaults to true. */
    BulkImportFileResponse bulkImportFile(List<ImportFileRequest> requests, @Nullable Boolean returnEntity);

    /** The deprecated bulk import: all items must be valid, the files are returned in order. */
    List<FileDescriptor> bulkImportFiles(List<ImportFileRequest> requests);

    /** Files directly in a folder (default {@code media-root}), not recursive. */
    FilePage listFiles(ListFilesRequest request);

    /** Files anywhere under a root (default {@code MEDIA_ROOT}) matching free text over name, MIME type and labels. */
    FilePage searchFiles(SearchFilesRequest request);

    /** A streaming URL for a video. */
    DownloadUrl generateVideoStreamingUrl(GenerateVideoStreamingUrlRequest request);

    /** Moves files to the trash bin, or removes them for good when {@code permanent}. */
    void bulkDeleteFiles(List<String> fileIds, boolean permanent);

    /** Returns trashed files to the folders they were deleted from. */
    void bulkRestoreFilesFromTrashBin(List<String> fileIds);

    /** Files in the trash bin; {@code parentFolderId} filters by the folder they were deleted from. */
    FilePage listDeletedFiles(ListFilesRequest request);

    /** Files matching a query-language filter, across all folders; later pages pass only the cursor. */
    FilePage queryFileDescriptors(CursorQuery query);
}
