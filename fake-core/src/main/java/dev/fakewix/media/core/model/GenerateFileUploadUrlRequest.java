package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Request of generateFileUploadUrl.
 *
 * <pre>{@code
 * String url = site.files().generateFileUploadUrl(
 *         GenerateFileUploadUrlRequest.of("image/png").withFileName("logo.png").withSizeInBytes(2048L));
 * }</pre>
 *
 * @param sizeInBytes the announced size, checked against the site's limits; {@code null} when not announced
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record GenerateFileUploadUrlRequest(
        @Nullable String mimeType,
        @Nullable String fileName,
        @Nullable Long sizeInBytes,
        @Nullable String parentFolderId,
        @Nullable Boolean isPrivate,
        @Nullable List<String> labels,
        @Nullable ExternalInfo externalInfo,
        @Nullable String filePath) {
    public GenerateFileUploadUrlRequest {
        labels = labels == null ? null : List.copyOf(labels);
    }

    public static GenerateFileUploadUrlRequest of(String mimeType) {
        return new GenerateFileUploadUrlRequest(mimeType, null, null, null, null, null, null, null);
    }

    public GenerateFileUploadUrlRequest withFileName(@Nullable String value) {
        return new GenerateFileUploadUrlRequest(
                mimeType, value, sizeInBytes, parentFolderId, isPrivate, labels, externalInfo, filePath);
    }

    public GenerateFileUploadUrlRequest withSizeInBytes(@Nullable Long value) {
        return new GenerateFileUploadUrlRequest(
                mimeType, fileName, value, parentFolderId, isPrivate, labels, externalInfo, filePath);
    }

    public GenerateFileUploadUrlRequest withParentFolderId(@Nullable String value) {
        return new GenerateFileUploadUrlRequest(
                mimeType, fileName, sizeInBytes, value, isPrivate, labels, externalInfo, filePath);
    }

    public GenerateFileUploadUrlRequest withPrivate(boolean value) {
        return new GenerateFileUploadUrlRequest(
                mimeType, fileName, sizeInBytes, parentFolderId, value, labels, externalInfo, filePath);
    }

    public GenerateFileUploadUrlRequest withLabels(@Nullable List<String> value) {
        return new GenerateFileUploadUrlRequest(
                mimeType, fileName, sizeInBytes, parentFolderId, isPrivate, value, externalInfo, filePath);
    }

    public GenerateFileUploadUrlRequest withExternalInfo(@Nullable ExternalInfo value) {
        return new GenerateFileUploadUrlRequest(
                mimeType, fileName, sizeInBytes, parentFolderId, isPrivate, labels, value, filePath);
    }

    public GenerateFileUploadUrlRequest withFilePath(@Nullable String value) {
        return new GenerateFileUploadUrlRequest(
                mimeType, fileName, sizeInBytes, parentFolderId, isPrivate, labels, externalInfo, value);
    }
}
