package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Request of listFolders and listDeletedFolders.
 *
 * <pre>{@code site.folders().listFolders(ListFoldersRequest.in("media-root"));}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ListFoldersRequest(
        @Nullable String parentFolderId,
        @Nullable Sorting sort,
        @Nullable CursorPaging paging) {
    public static ListFoldersRequest all() {
        return new ListFoldersRequest(null, null, null);
    }

    public static ListFoldersRequest in(String parentFolderId) {
        return new ListFoldersRequest(parentFolderId, null, null);
    }

    public ListFoldersRequest withSort(@Nullable Sorting value) {
        return new ListFoldersRequest(parentFolderId, value, paging);
    }

    public ListFoldersRequest withPaging(@Nullable CursorPaging value) {
        return new ListFoldersRequest(parentFolderId, sort, value);
    }
}
