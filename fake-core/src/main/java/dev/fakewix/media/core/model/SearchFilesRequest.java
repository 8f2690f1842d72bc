package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

import java.util.List;

/**
 * Request of searchFiles: free text over display name, MIME type and labels, across all folders of a root.
 *
 * <pre>{@code site.files().searchFiles(SearchFilesRequest.text("cat").withMediaTypes(MediaType.IMAGE));}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SearchFilesRequest(String search, RootFolder rootFolder, List<MediaType> mediaTypes, Boolean isPrivate,
                                 Sorting sort, CursorPaging paging) {
    public SearchFilesRequest {
        mediaTypes = mediaTypes == null ? List.of() : List.copyOf(mediaTypes);
    }

    public static SearchFilesRequest all() {
        return new SearchFilesRequest(null, null, null, null, null, null);
    }

    public static SearchFilesRequest text(String search) {
        return new SearchFilesRequest(search, null, null, null, null, null);
    }

    public SearchFilesRequest withRootFolder(RootFolder value) {
        return new SearchFilesRequest(search, value, mediaTypes, isPrivate, sort, paging);
    }

    public SearchFilesRequest withMediaTypes(MediaType... value) {
        return new SearchFilesRequest(search, rootFolder, List.of(value), isPrivate, sort, paging);
    }

    public SearchFilesRequest withPrivate(Boolean value) {
        return new SearchFilesRequest(search, rootFolder, mediaTypes, value, sort, paging);
    }

    public SearchFilesRequest withSort(Sorting value) {
        return new SearchFilesRequest(search, rootFolder, mediaTypes, isPrivate, value, paging);
    }

    public SearchFilesRequest withPaging(CursorPaging value) {
        return new SearchFilesRequest(search, rootFolder, mediaTypes, isPrivate, sort, value);
    }
}
