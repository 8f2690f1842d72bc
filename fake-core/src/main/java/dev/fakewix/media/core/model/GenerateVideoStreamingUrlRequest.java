package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/**
 * Request of generateVideoStreamingUrl.
 *
 * @param expirationInMinutes 60..1440, default 1440; only meaningful for private videos
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record GenerateVideoStreamingUrlRequest(String fileId, StreamFormat format, Integer expirationInMinutes) {
    public static GenerateVideoStreamingUrlRequest of(String fileId) {
        return new GenerateVideoStreamingUrlRequest(fileId, null, null);
    }

    public GenerateVideoStreamingUrlRequest withFormat(StreamFormat value) {
        return new GenerateVideoStreamingUrlRequest(fileId, value, expirationInMinutes);
    }

    public GenerateVideoStreamingUrlRequest withExpirationInMinutes(Integer value) {
        return new GenerateVideoStreamingUrlRequest(fileId, format, value);
    }
}
