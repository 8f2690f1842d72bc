package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Request of generateVideoStreamingUrl.
 *
 * @param expirationInMinutes 60..1440, default 1440; only meaningful for private videos
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record GenerateVideoStreamingUrlRequest(
        @Nullable String fileId,
        @Nullable StreamFormat format,
        @Nullable Integer expirationInMinutes) {
    public static GenerateVideoStreamingUrlRequest of(String fileId) {
        return new GenerateVideoStreamingUrlRequest(fileId, null, null);
    }

    public GenerateVideoStreamingUrlRequest withFormat(@Nullable StreamFormat value) {
        return new GenerateVideoStreamingUrlRequest(fileId, value, expirationInMinutes);
    }

    public GenerateVideoStreamingUrlRequest withExpirationInMinutes(@Nullable Integer value) {
        return new GenerateVideoStreamingUrlRequest(fileId, format, value);
    }
}
