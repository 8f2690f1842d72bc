package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Request of searchFolders: free text over display names across all folders of a root.
 *
 * <pre>{@code site.folders().searchFolders(SearchFoldersRequest.text("Pet"));}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SearchFoldersRequest(
        @Nullable RootFolder rootFolder,
        @Nullable Sorting sort,
        @Nullable CursorPaging paging,
        @Nullable String search) {
    public static SearchFoldersRequest all() {
        return new SearchFoldersRequest(null, null, null, null);
    }

    public static SearchFoldersRequest text(String search) {
        return new SearchFoldersRequest(null, null, null, search);
    }

    public SearchFoldersRequest withRootFolder(@Nullable RootFolder value) {
        return new SearchFoldersRequest(value, sort, paging, search);
    }

    public SearchFoldersRequest withSort(@Nullable Sorting value) {
        return new SearchFoldersRequest(rootFolder, value, paging, search);
    }

    public SearchFoldersRequest withPaging(@Nullable CursorPaging value) {
        return new SearchFoldersRequest(rootFolder, sort, value, search);
    }
}
