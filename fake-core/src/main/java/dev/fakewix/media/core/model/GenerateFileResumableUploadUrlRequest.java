package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Request of generateFileResumableUploadUrl (TUS).
 *
 * <pre>{@code
 * ResumableUploadUrl ticket = site.files().generateFileResumableUploadUrl(
 *         GenerateFileResumableUploadUrlRequest.of("video/mp4").withFileName("talk.mp4"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record GenerateFileResumableUploadUrlRequest(
        @Nullable String mimeType,
        @Nullable String fileName,
        @Nullable Long sizeInBytes,
        @Nullable String parentFolderId,
        @Nullable Boolean isPrivate,
        @Nullable List<String> labels,
        @Nullable UploadProtocol uploadProtocol,
        @Nullable String filePath) {
    public GenerateFileResumableUploadUrlRequest {
        labels = labels == null ? null : List.copyOf(labels);
    }

    public static GenerateFileResumableUploadUrlRequest of(String mimeType) {
        return new GenerateFileResumableUploadUrlRequest(mimeType, null, null, null, null, null, null, null);
    }

    public GenerateFileResumableUploadUrlRequest withFileName(@Nullable String value) {
        return new GenerateFileResumableUploadUrlRequest(
                mimeType, value, sizeInBytes, parentFolderId, isPrivate, labels, uploadProtocol, filePath);
    }

    public GenerateFileResumableUploadUrlRequest withSizeInBytes(@Nullable Long value) {
        return new GenerateFileResumableUploadUrlRequest(
                mimeType, fileName, value, parentFolderId, isPrivate, labels, uploadProtocol, filePath);
    }

    public GenerateFileResumableUploadUrlRequest withParentFolderId(@Nullable String value) {
        return new GenerateFileResumableUploadUrlRequest(
                mimeType, fileName, sizeInBytes, value, isPrivate, labels, uploadProtocol, filePath);
    }

    public GenerateFileResumableUploadUrlRequest withPrivate(boolean value) {
        return new GenerateFileResumableUploadUrlRequest(
                mimeType, fileName, sizeInBytes, parentFolderId, value, labels, uploadProtocol, filePath);
    }

    public GenerateFileResumableUploadUrlRequest withLabels(@Nullable List<String> value) {
        return new GenerateFileResumableUploadUrlRequest(
                mimeType, fileName, sizeInBytes, parentFolderId, isPrivate, value, uploadProtocol, filePath);
    }

    public GenerateFileResumableUploadUrlRequest withUploadProtocol(@Nullable UploadProtocol value) {
        return new GenerateFileResumableUploadUrlRequest(
                mimeType, fileName, sizeInBytes, parentFolderId, isPrivate, labels, value, filePath);
    }

    public GenerateFileResumableUploadUrlRequest withFilePath(@Nullable String value) {
        return new GenerateFileResumableUploadUrlRequest(
                mimeType, fileName, sizeInBytes, parentFolderId, isPrivate, labels, uploadProtocol, value);
    }
}
