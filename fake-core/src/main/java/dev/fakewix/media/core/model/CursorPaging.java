package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Cursor paging: how many items (at most 100) and where to continue.
 *
 * <pre>{@code CursorPaging.limit(10)            // first page
 * CursorPaging.next(page.nextCursor())  // following page}</pre>
 *
 * @param limit  page size; {@code null} for the default (50)
 * @param cursor a cursor from a previous response, or {@code null} for the first page
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CursorPaging(
        @Nullable Integer limit, @Nullable String cursor) {
    public static CursorPaging limit(int limit) {
        return new CursorPaging(limit, null);
    }

    public static CursorPaging cursor(String cursor) {
        return new CursorPaging(null, cursor);
    }

    public CursorPaging withCursor(@Nullable String cursor) {
        return new CursorPaging(limit, cursor);
    }
}
