package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Map;

/**
 * Request of importFile, and one item of bulkImportFile / bulkImportFiles.
 *
 * <pre>{@code
 * site.files().importFile(ImportFileRequest.of("https://example.com/cat.jpg")
 *         .withDisplayName("Cat")
 *         .withParentFolderId(folderId)
 *         .withLabels(List.of("pets")));
 * }</pre>
 *
 * @param url         where the file is fetched from (the fake does not fetch it)
 * @param mediaType   the expected media type, checked against what the URL / MIME type say
 * @param isPrivate   {@code private} on the wire
 * @param filePath    folders to create under {@code parentFolderId}, e.g. {@code /videos/2024}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ImportFileRequest(String url, MediaType mediaType, String displayName, String parentFolderId,
                                Boolean isPrivate, List<String> labels, String mimeType, ExternalInfo externalInfo,
                                Map<String, Object> urlParams, Map<String, Object> urlHeaders, String filePath) {
    public ImportFileRequest {
        labels = labels == null ? null : List.copyOf(labels);
        urlParams = urlParams == null ? null : Map.copyOf(urlParams);
        urlHeaders = urlHeaders == null ? null : Map.copyOf(urlHeaders);
    }

    public static ImportFileRequest of(String url) {
        return new ImportFileRequest(url, null, null, null, null, null, null, null, null, null, null);
    }

    public ImportFileRequest withMediaType(MediaType value) {
        return new ImportFileRequest(url, value, displayName, parentFolderId, isPrivate, labels, mimeType, externalInfo, urlParams, urlHeaders, filePath);
    }

    public ImportFileRequest withDisplayName(String value) {
        return new ImportFileRequest(url, mediaType, value, parentFolderId, isPrivate, labels, mimeType, externalInfo, urlParams, urlHeaders, filePath);
    }

    public ImportFileRequest withParentFolderId(String value) {
        return new ImportFileRequest(url, mediaType, displayName, value, isPrivate, labels, mimeType, externalInfo, urlParams, urlHeaders, filePath);
    }

    public ImportFileRequest withPrivate(boolean value) {
        return new ImportFileRequest(url, mediaType, displayName, parentFolderId, value, labels, mimeType, externalInfo, urlParams, urlHeaders, filePath);
    }

    public ImportFileRequest withLabels(List<String> value) {
        return new ImportFileRequest(url, mediaType, displayName, parentFolderId, isPrivate, value, mimeType, externalInfo, urlParams, urlHeaders, filePath);
    }

    public ImportFileRequest withMimeType(String value) {
        return new ImportFileRequest(url, mediaType, displayName, parentFolderId, isPrivate, labels, value, externalInfo, urlParams, urlHeaders, filePath);
    }

    public ImportFileRequest withExternalInfo(ExternalInfo value) {
        return new ImportFileRequest(url, mediaType, displayName, parentFolderId, isPrivate, labels, mimeType, value, urlParams, urlHeaders, filePath);
    }

    public ImportFileRequest withFilePath(String value) {
        return new ImportFileRequest(url, mediaType, displayName, parentFolderId, isPrivate, labels, mimeType, externalInfo, urlParams, urlHeaders, value);
    }
}
