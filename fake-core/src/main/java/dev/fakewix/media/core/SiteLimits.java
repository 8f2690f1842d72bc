package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import org.apiguardian.api.API;

/**
 * Storage limits of a site: the total quota and the largest single file.
 *
 * <pre>{@code FakeMediaManager.builder().limits(SiteLimits.unlimited().withStorageQuota(10_000_000))}</pre>
 *
 * @param storageQuotaBytes total bytes the site may store (trash included), {@code Long.MAX_VALUE} for no quota
 * @param maxFileSizeBytes  largest single file, in bytes
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SiteLimits(long storageQuotaBytes, long maxFileSizeBytes) {
    /** Wix's documented largest upload (a premium video), used as the default per-file limit. */
    public static final long DEFAULT_MAX_FILE_SIZE = 4L * 1024 * 1024 * 1024;

    public SiteLimits {
        if (storageQuotaBytes < 0) {
            throw new IllegalArgumentException("storageQuotaBytes must be >= 0, was " + storageQuotaBytes);
        }
        if (maxFileSizeBytes <= 0) {
            throw new IllegalArgumentException("maxFileSizeBytes must be > 0, was " + maxFileSizeBytes);
        }
    }

    /** No storage quota, files up to {@link #DEFAULT_MAX_FILE_SIZE}. */
    @Decides(Guess.DEFAULT_LIMITS)
    public static SiteLimits unlimited() {
        return new SiteLimits(Long.MAX_VALUE, DEFAULT_MAX_FILE_SIZE);
    }

    public SiteLimits withStorageQuota(long bytes) {
        return new SiteLimits(bytes, maxFileSizeBytes);
    }

    public SiteLimits withMaxFileSize(long bytes) {
        return new SiteLimits(storageQuotaBytes, bytes);
    }
}
