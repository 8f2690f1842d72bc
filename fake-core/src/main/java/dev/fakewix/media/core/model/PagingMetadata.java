package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/**
 * Paging metadata of a list, search or query response ({@code nextCursor} or {@code pagingMetadata} on the wire).
 *
 * @param count      number of items in this page
 * @param nextCursor the cursor of the next page, {@code ""} on the last page
 * @param hasNext    whether a next page exists
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PagingMetadata(int count, String nextCursor, boolean hasNext) {
    public PagingMetadata {
        nextCursor = nextCursor == null ? "" : nextCursor;
    }
}
