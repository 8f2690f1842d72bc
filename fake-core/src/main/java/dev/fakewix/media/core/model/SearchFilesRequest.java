package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Request of searchFiles: free text over display name, MIME type and labels, across all folders of a root.
 *
 * <pre>{@code site.files().searchFiles(SearchFilesRequest.text("cat").withMediaTypes(MediaType.IMAGE));}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SearchFilesRequest(
        @Nullable String search,
        @Nullable RootFolder rootFolder,
        List<MediaType> mediaTypes,
        @Nullable Boolean isPrivate,
        @Nullable Sorting sort,
        @Nullable CursorPaging paging) {
    public SearchFilesRequest {
        mediaTypes = mediaTypes == null ? List.of() : List.copyOf(mediaTypes);
    }

    public static SearchFilesRequest all() {
        return new SearchFilesRequest(null, null, null, null, null, null);
    }

    public static SearchFilesRequest text(String search) {
        return new SearchFilesRequest(search, null, null, null, null, null);
    }

    public SearchFilesRequest withRootFolder(@Nullable RootFolder value) {
        return new SearchFilesRequest(search, value, mediaTypes, isPrivate, sort, paging);
    }

    public SearchFilesRequest withMediaTypes(MediaType... value) {
        return new SearchFilesRequest(search, rootFolder, List.of(value), isPrivate, sort, paging);
    }

    public SearchFilesRequest withPrivate(@Nullable Boolean value) {
        return new SearchFilesRequest(search, rootFolder, mediaTypes, value, sort, paging);
    }

    public SearchFilesRequest withSort(@Nullable Sorting value) {
        return new SearchFilesRequest(search, rootFolder, mediaTypes, isPrivate, value, paging);
    }

    public SearchFilesRequest withPaging(@Nullable CursorPaging value) {
        return new SearchFilesRequest(search, rootFolder, mediaTypes, isPrivate, sort, value);
    }
}
