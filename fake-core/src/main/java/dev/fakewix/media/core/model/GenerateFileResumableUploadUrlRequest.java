package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

import java.util.List;

/**
 * Request of generateFileResumableUploadUrl (TUS).
 *
 * <pre>{@code
 * ResumableUploadUrl ticket = site.files().generateFileResumableUploadUrl(
 *         GenerateFileResumableUploadUrlRequest.of("video/mp4").withFileName("talk.mp4"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record GenerateFileResumableUploadUrlRequest(String mimeType, String fileName, Long sizeInBytes,
                                                    String parentFolderId, Boolean isPrivate, List<String> labels,
                                                    UploadProtocol uploadProtocol, String filePath) {
    public GenerateFileResumableUploadUrlRequest {
        labels = labels == null ? null : List.copyOf(labels);
    }

    public static GenerateFileResumableUploadUrlRequest of(String mimeType) {
        return new GenerateFileResumableUploadUrlRequest(mimeType, null, null, null, null, null, null, null);
    }

    public GenerateFileResumableUploadUrlRequest withFileName(String value) {
        return new GenerateFileResumableUploadUrlRequest(mimeType, value, sizeInBytes, parentFolderId, isPrivate, labels, uploadProtocol, filePath);
    }

    public GenerateFileResumableUploadUrlRequest withSizeInBytes(Long value) {
        return new GenerateFileResumableUploadUrlRequest(mimeType, fileName, value, parentFolderId, isPrivate, labels, uploadProtocol, filePath);
    }

    public GenerateFileResumableUploadUrlRequest withParentFolderId(String value) {
        return new GenerateFileResumableUploadUrlRequest(mimeType, fileName, sizeInBytes, value, isPrivate, labels, uploadProtocol, filePath);
    }

    public GenerateFileResumableUploadUrlRequest withPrivate(boolean value) {
        return new GenerateFileResumableUploadUrlRequest(mimeType, fileName, sizeInBytes, parentFolderId, value, labels, uploadProtocol, filePath);
    }

    public GenerateFileResumableUploadUrlRequest withLabels(List<String> value) {
        return new GenerateFileResumableUploadUrlRequest(mimeType, fileName, sizeInBytes, parentFolderId, isPrivate, value, uploadProtocol, filePath);
    }

    public GenerateFileResumableUploadUrlRequest withUploadProtocol(UploadProtocol value) {
        return new GenerateFileResumableUploadUrlRequest(mimeType, fileName, sizeInBytes, parentFolderId, isPrivate, labels, value, filePath);
    }

    public GenerateFileResumableUploadUrlRequest withFilePath(String value) {
        return new GenerateFileResumableUploadUrlRequest(mimeType, fileName, sizeInBytes, parentFolderId, isPrivate, labels, uploadProtocol, value);
    }
}
