package dev.fakewix.media.core;

import dev.fakewix.media.core.model.FileDescriptor;

import java.util.List;

/**
 * The test's hand on file processing: mark pending files ready or failed, and see what is pending.
 *
 * <pre>{@code
 * FileDescriptor file = fake.files().importFile(ImportFileRequest.of("https://example.com/a.mp4"));
 * fake.lifecycle().markFailed(file.id(), "UNSUPPORTED_FILE_FORMAT", "codec not supported");
 * }</pre>
 */
public interface Lifecycle {

    /** Turns a PENDING file READY now (firing File Ready); an already READY file is returned unchanged. */
    FileDescriptor markReady(String fileId);

    /** Turns a PENDING file FAILED now (firing File Failed with the error). */
    FileDescriptor markFailed(String fileId, String code, String description);

    /** Replaces the site's readiness policy for files created from now on. */
    void setReadinessPolicy(ReadinessPolicy policy);

    /** Ids of the files still PENDING, oldest first. */
    List<String> pendingFileIds();
}
