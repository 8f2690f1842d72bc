package dev.fakewix.media.core.model;

/**
 * Request of listFolders and listDeletedFolders.
 *
 * <pre>{@code fake.folders().listFolders(ListFoldersRequest.in("media-root"));}</pre>
 */
public record ListFoldersRequest(String parentFolderId, Sorting sort, CursorPaging paging) {
    public static ListFoldersRequest all() {
        return new ListFoldersRequest(null, null, null);
    }

    public static ListFoldersRequest in(String parentFolderId) {
        return new ListFoldersRequest(parentFolderId, null, null);
    }

    public ListFoldersRequest withSort(Sorting value) {
        return new ListFoldersRequest(parentFolderId, value, paging);
    }

    public ListFoldersRequest withPaging(CursorPaging value) {
        return new ListFoldersRequest(parentFolderId, sort, value);
    }
}
