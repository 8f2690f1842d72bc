package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bytes of one resumable (TUS) upload while they arrive. Chunks are appended outside the site's lock, so a
 * 32 MiB PATCH never blocks the site; one chunk at a time, under {@link #lock}. Once every byte is there the content
 * is {@link #complete}; the file itself only comes into being at the finalize request.
 */
@Decides(Guess.TUS_ABANDONED_UPLOADS)
final class ResumableUpload {
    private final ReentrantLock lock = new ReentrantLock();
    private ContentStore.Writer writer;
    private StoredBytes complete;
    /** The declared {@code Upload-Length}, {@code -1} until known. */
    private long length = -1;

    private boolean created;
    private boolean discarded;

    ResumableUpload(ContentStore.Writer writer) {
        this.writer = writer;
    }

    /** Takes the upload for one chunk; false when another chunk still runs after {@code seconds}. */
    boolean lock(long seconds) {
        try {
            return lock.tryLock(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void unlock() {
        synchronized (this) {
            if (discarded && writer != null) {
                writer.release();
            }
        }
        lock.unlock();
    }

    synchronized long offset() {
        return complete != null ? complete.size() : writer == null ? 0 : writer.size();
    }

    synchronized long length() {
        return length;
    }

    synchronized void declare(long length) {
        this.length = length;
        this.created = true;
    }

    synchronized boolean created() {
        return created;
    }

    synchronized boolean discarded() {
        return discarded;
    }

    /** The writer to append to; only while holding the lock. */
    ContentStore.Writer writer() {
        return writer;
    }

    /** Every byte arrived: the writer's bytes become the content. Under the lock. */
    synchronized void completeWith(StoredBytes bytes) {
        writer = null;
        if (discarded) {
            ContentStore.release(bytes); // terminated or expired while its last chunk arrived
        } else {
            complete = bytes;
        }
    }

    /** The complete bytes now belong to a file: forget them without freeing them. */
    synchronized void handOver() {
        complete = null;
    }

    synchronized StoredBytes complete() {
        return complete;
    }

    /** Frees the bytes (terminated, expired, finalized or reset); a chunk in flight frees them when it ends. */
    synchronized void discard() {
        discarded = true;
        ContentStore.release(complete);
        complete = null;
        if (writer != null && lock.tryLock()) {
            try {
                writer.release();
            } finally {
                lock.unlock();
            }
        }
    }
}
