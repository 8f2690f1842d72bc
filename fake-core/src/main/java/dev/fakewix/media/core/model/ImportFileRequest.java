package dev.fakewix.media.core.model;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
public record ImportFileRequest(
        @Nullable String url,
        @Nullable MediaType mediaType,
        @Nullable String displayName,
        @Nullable String parentFolderId,
        @Nullable Boolean isPrivate,
        @Nullable List<String> labels,
        @Nullable String mimeType,
        @Nullable ExternalInfo externalInfo,
        @Nullable Map<String, Object> urlParams,
        @Nullable Map<String, Object> urlHeaders,
        @Nullable String filePath) {
    public ImportFileRequest {
        labels = labels == null ? null : List.copyOf(labels);
        urlParams = urlParams == null ? null : Map.copyOf(urlParams);
        urlHeaders = urlHeaders == null ? null : Map.copyOf(urlHeaders);
    }

    public static ImportFileRequest of(String url) {
        return new ImportFileRequest(url, null, null, null, null, null, null, null, null, null, null);
    }

    public ImportFileRequest withMediaType(@Nullable MediaType value) {
        return new ImportFileRequest(
                url,
                value,
                displayName,
                parentFolderId,
                isPrivate,
                labels,
                mimeType,
                externalInfo,
                urlParams,
                urlHeaders,
                filePath);
    }

    public ImportFileRequest withDisplayName(@Nullable String value) {
        return new ImportFileRequest(
                url,
                mediaType,
                value,
                parentFolderId,
                isPrivate,
                labels,
                mimeType,
                externalInfo,
                urlParams,
                urlHeaders,
                filePath);
    }

    public ImportFileRequest withParentFolderId(@Nullable String value) {
        return new ImportFileRequest(
                url,
                mediaType,
                displayName,
                value,
                isPrivate,
                labels,
                mimeType,
                externalInfo,
                urlParams,
                urlHeaders,
                filePath);
    }

    public ImportFileRequest withPrivate(boolean value) {
        return new ImportFileRequest(
                url,
                mediaType,
                displayName,
                parentFolderId,
                value,
                labels,
                mimeType,
                externalInfo,
                urlParams,
                urlHeaders,
                filePath);
    }

    public ImportFileRequest withLabels(@Nullable List<String> value) {
        return new ImportFileRequest(
                url,
                mediaType,
                displayName,
                parentFolderId,
                isPrivate,
                value,
                mimeType,
                externalInfo,
                urlParams,
                urlHeaders,
                filePath);
    }

    public ImportFileRequest withMimeType(@Nullable String value) {
        return new ImportFileRequest(
                url,
                mediaType,
                displayName,
                parentFolderId,
                isPrivate,
                labels,
                value,
                externalInfo,
                urlParams,
                urlHeaders,
                filePath);
    }

    public ImportFileRequest withExternalInfo(@Nullable ExternalInfo value) {
        return new ImportFileRequest(
                url,
                mediaType,
                displayName,
                parentFolderId,
                isPrivate,
                labels,
                mimeType,
                value,
                urlParams,
                urlHeaders,
                filePath);
    }

    public ImportFileRequest withFilePath(@Nullable String value) {
        return new ImportFileRequest(
                url,
                mediaType,
                displayName,
                parentFolderId,
                isPrivate,
                labels,
                mimeType,
                externalInfo,
                urlParams,
                urlHeaders,
                value);
    }
}
