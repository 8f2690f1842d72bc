package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Request of generateFileDownloadUrl.
 *
 * <pre>{@code
 * List<DownloadUrl> urls = site.files().generateFileDownloadUrl(
 *         GenerateFileDownloadUrlRequest.of(fileId).withExpirationInMinutes(30));
 * }</pre>
 *
 * @param expirationInMinutes 1..525600, default 600
 * @param assetKeys           default {@code ["src"]}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record GenerateFileDownloadUrlRequest(
        @Nullable String fileId,
        @Nullable String downloadFileName,
        @Nullable Integer expirationInMinutes,
        @Nullable String expirationRedirectUrl,
        @Nullable List<String> assetKeys,
        @Nullable ContentDisposition contentDisposition) {
    public GenerateFileDownloadUrlRequest {
        assetKeys = assetKeys == null ? null : List.copyOf(assetKeys);
    }

    public static GenerateFileDownloadUrlRequest of(String fileId) {
        return new GenerateFileDownloadUrlRequest(fileId, null, null, null, null, null);
    }

    public GenerateFileDownloadUrlRequest withDownloadFileName(@Nullable String value) {
        return new GenerateFileDownloadUrlRequest(
                fileId, value, expirationInMinutes, expirationRedirectUrl, assetKeys, contentDisposition);
    }

    public GenerateFileDownloadUrlRequest withExpirationInMinutes(@Nullable Integer value) {
        return new GenerateFileDownloadUrlRequest(
                fileId, downloadFileName, value, expirationRedirectUrl, assetKeys, contentDisposition);
    }

    public GenerateFileDownloadUrlRequest withExpirationRedirectUrl(@Nullable String value) {
        return new GenerateFileDownloadUrlRequest(
                fileId, downloadFileName, expirationInMinutes, value, assetKeys, contentDisposition);
    }

    public GenerateFileDownloadUrlRequest withAssetKeys(@Nullable List<String> value) {
        return new GenerateFileDownloadUrlRequest(
                fileId, downloadFileName, expirationInMinutes, expirationRedirectUrl, value, contentDisposition);
    }

    public GenerateFileDownloadUrlRequest withContentDisposition(@Nullable ContentDisposition value) {
        return new GenerateFileDownloadUrlRequest(
                fileId, downloadFileName, expirationInMinutes, expirationRedirectUrl, assetKeys, value);
    }
}
