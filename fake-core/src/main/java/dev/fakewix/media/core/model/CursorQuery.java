package dev.fakewix.media.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A query in the Wix API Query Language, as sent to queryFileDescriptors and queryFolders.
 *
 * <pre>{@code
 * site.files().queryFileDescriptors(CursorQuery.filter(Map.of("mediaType", Map.of("$in", List.of("IMAGE", "VIDEO"))))
 *         .withSort(Sorting.by("displayName", SortOrder.ASC)).withPaging(CursorPaging.limit(10)));
 * // following pages carry only the cursor, as the SDK sends them:
 * site.files().queryFileDescriptors(CursorQuery.next(page.paging().nextCursor()));
 * }</pre>
 *
 * @param filter JSON-like filter: maps, lists, strings, numbers and booleans; {@code null} or empty for all
 * @param sort   at most one sort instruction
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CursorQuery(@Nullable CursorPaging cursorPaging, Map<String, Object> filter, List<Sorting> sort) {
    public CursorQuery {
        filter = filter == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(filter));
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    public static CursorQuery all() {
        return new CursorQuery(null, null, null);
    }

    public static CursorQuery filter(Map<String, Object> filter) {
        return new CursorQuery(null, filter, null);
    }

    public static CursorQuery next(String cursor) {
        return new CursorQuery(CursorPaging.cursor(cursor), null, null);
    }

    public CursorQuery withSort(Sorting value) {
        return new CursorQuery(cursorPaging, filter, List.of(value));
    }

    public CursorQuery withPaging(CursorPaging value) {
        return new CursorQuery(value, filter, sort);
    }
}
