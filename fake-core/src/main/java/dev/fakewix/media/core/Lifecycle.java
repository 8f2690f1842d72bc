package dev.fakewix.media.core;

import dev.fakewix.media.core.model.FileDescriptor;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The test's hand on file processing: mark pending files ready or failed, and see what is pending. How files leave
 * PENDING on their own is the site's readiness ({@link Scenarios#readiness(ReadinessPolicy)}).
 *
 * <pre>{@code
 * site.scenarios().readiness(Readiness.manual());
 * FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/a.mp4"));
 * site.lifecycle().markFailed(file.id(), "UNSUPPORTED_FILE_FORMAT", "codec not supported");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Lifecycle {
    /** The error code a file fails with when the test names none (admin API, scenario documents, this interface). */
    String DEFAULT_FAILURE_CODE = "FILE_PROCESSING_FAILED";

    /** Turns a PENDING file READY now (firing File Ready); an already READY file is returned unchanged. */
    FileDescriptor markReady(String fileId);

    /**
     * Turns a PENDING file FAILED now (firing File Failed with the error {@code code}, e.g.
     * {@code UNSUPPORTED_FILE_FORMAT}); no description is an empty one.
     */
    FileDescriptor markFailed(String fileId, String code, @Nullable String description);

    /** {@link #markFailed(String, String, String)} with {@link #DEFAULT_FAILURE_CODE} and no description. */
    default FileDescriptor markFailed(String fileId) {
        return markFailed(fileId, DEFAULT_FAILURE_CODE, null);
    }

    /** Ids of the files still PENDING, oldest first. */
    List<String> pendingFileIds();
}
