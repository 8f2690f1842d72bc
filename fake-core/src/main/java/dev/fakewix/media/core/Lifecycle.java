package dev.fakewix.media.core;

import dev.fakewix.media.core.model.FileDescriptor;
import org.apiguardian.api.API;

import java.util.List;

/**
 * The test's hand on file processing: mark pending files ready or failed, and see what is pending.
 *
 * <pre>{@code
 * FileDescriptor file = fake.files().importFile(ImportFileRequest.of("https://example.com/a.mp4"));
 * fake.lifecycle().markFailed(file.id(), "UNSUPPORTED_FILE_FORMAT", "codec not supported");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Lifecycle {
    /** The error code a file fails with when the test names none (admin API, scenario documents, this interface). */
    String DEFAULT_FAILURE_CODE = "FILE_PROCESSING_FAILED";

    /** Turns a PENDING file READY now (firing File Ready); an already READY file is returned unchanged. */
    FileDescriptor markReady(String fileId);

    /**
     * Turns a PENDING file FAILED now (firing File Failed with the error). A {@code null} code is
     * {@link #DEFAULT_FAILURE_CODE}; a {@code null} description is empty.
     */
    FileDescriptor markFailed(String fileId, String code, String description);

    /** {@link #markFailed(String, String, String)} with the default code and description. */
    default FileDescriptor markFailed(String fileId) {
        return markFailed(fileId, null, null);
    }

    /** Replaces the site's readiness policy for files created from now on. */
    void setReadinessPolicy(ReadinessPolicy policy);

    /** Ids of the files still PENDING, oldest first. */
    List<String> pendingFileIds();
}
