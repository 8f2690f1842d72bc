package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

import java.util.List;

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
public record GenerateFileUploadUrlRequest(String mimeType, String fileName, Long sizeInBytes, String parentFolderId,
                                           Boolean isPrivate, List<String> labels, ExternalInfo externalInfo,
                                           String filePath) {
    public GenerateFileUploadUrlRequest {
        labels = labels == null ? null : List.copyOf(labels);
    }

    public static GenerateFileUploadUrlRequest of(String mimeType) {
        return new GenerateFileUploadUrlRequest(mimeType, null, null, null, null, null, null, null);
    }

    public GenerateFileUploadUrlRequest withFileName(String value) {
        return new GenerateFileUploadUrlRequest(mimeType, value, sizeInBytes, parentFolderId, isPrivate, labels, externalInfo, filePath);
    }

    public GenerateFileUploadUrlRequest withSizeInBytes(Long value) {
        return new GenerateFileUploadUrlRequest(mimeType, fileName, value, parentFolderId, isPrivate, labels, externalInfo, filePath);
    }

    public GenerateFileUploadUrlRequest withParentFolderId(String value) {
        return new GenerateFileUploadUrlRequest(mimeType, fileName, sizeInBytes, value, isPrivate, labels, externalInfo, filePath);
    }

    public GenerateFileUploadUrlRequest withPrivate(boolean value) {
        return new GenerateFileUploadUrlRequest(mimeType, fileName, sizeInBytes, parentFolderId, value, labels, externalInfo, filePath);
    }

    public GenerateFileUploadUrlRequest withLabels(List<String> value) {
        return new GenerateFileUploadUrlRequest(mimeType, fileName, sizeInBytes, parentFolderId, isPrivate, value, externalInfo, filePath);
    }

    public GenerateFileUploadUrlRequest withExternalInfo(ExternalInfo value) {
        return new GenerateFileUploadUrlRequest(mimeType, fileName, sizeInBytes, parentFolderId, isPrivate, labels, value, filePath);
    }

    public GenerateFileUploadUrlRequest withFilePath(String value) {
        return new GenerateFileUploadUrlRequest(mimeType, fileName, sizeInBytes, parentFolderId, isPrivate, labels, externalInfo, value);
    }
}
