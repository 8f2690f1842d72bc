package dev.fakewix.media.core.internal.query;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.util.Json;
import dev.fakewix.media.core.internal.validation.Violations;
import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.PagingMetadata;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.SortOrder;
import dev.fakewix.media.core.model.Sorting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Cursor paging shared by every list, search and query method: limits, sort validation, cursors that carry the
 * whole query, and keyset pages that neither skip nor repeat an item when others are inserted meanwhile.
 */
@API(status = API.Status.INTERNAL)
public final class Paging {
    @Decides(Guess.DEFAULT_PAGE_SIZE)
    static final int DEFAULT_LIMIT = 50;

    private Paging() {}

    /** The result of one page: the items and the metadata. */
    public record Page<E>(List<E> items, PagingMetadata metadata) {}

    /**
     * The query a page request stands for: the one its cursor carries (a limit sent with the cursor wins), or, on a
     * first page, the one {@code fresh} builds from the request's own filter and sort.
     */
    @Decides(Guess.CURSOR_CARRIES_QUERY)
    public static Cursor resolve(CursorPaging paging, Cursor.Kind kind, String cursorField, IntFunction<Cursor> fresh) {
        String cursor = cursorOf(paging);
        if (cursor == null) {
            if (limitOf(paging, 0) == 0) {
                Reliance.met(Guess.DEFAULT_PAGE_SIZE);
            }
            return fresh.apply(limitOf(paging, DEFAULT_LIMIT));
        }
        Reliance.met(Guess.CURSOR_CARRIES_QUERY);
        Reliance.met(Guess.KEYSET_PAGING);
        Cursor carried = Cursor.decode(cursor, kind, cursorField);
        return withLimit(carried, limitOf(paging, carried.limit()));
    }

    static String cursorOf(CursorPaging paging) {
        return paging == null || paging.cursor() == null || paging.cursor().isEmpty() ? null : paging.cursor();
    }

    /** Search text as matched: trimmed and lower-cased; {@code null} when there is none. */
    public static String searchText(String search) {
        return search == null || search.isBlank() ? null : search.trim().toLowerCase(Locale.ROOT);
    }

    static int limitOf(CursorPaging paging, int fallback) {
        // proto3: 0 is "not set"
        return paging == null || paging.limit() == null || paging.limit() == 0 ? fallback : paging.limit();
    }

    /** Resolves a requested sort against what the method accepts; UNSUPPORTED_SORT_VALUE otherwise. */
    @Decides(Guess.SORT_DEFAULTS)
    public static Cursor sorted(
            Cursor.Kind kind,
            Sorting sort,
            Set<SortField> allowed,
            String field,
            SortField defaultField,
            SortOrder defaultOrder) {
        SortField sortField = defaultField;
        SortOrder order = defaultOrder;
        if (sort != null) {
            if (sort.fieldName() != null && !sort.fieldName().isEmpty()) {
                if (sort.fieldName().length() > 512) {
                    new Violations()
                            .maxLength(field + ".fieldName", sort.fieldName(), 512)
                            .throwIfAny();
                }
                String name =
                        sort.fieldName().startsWith("_") ? sort.fieldName().substring(1) : sort.fieldName();
                sortField = allowed.stream()
                        .filter(f -> f.restName().equals(name))
                        .findFirst()
                        .orElseThrow(() -> unsupportedSort(field + ".fieldName", sort.fieldName(), allowed));
                if (sort.order() == null || !name.equals(sort.fieldName())) {
                    Reliance.met(Guess.SORT_DEFAULTS); // ASC when no order; _updatedDate read as updatedDate
                }
                order = sort.order() == null ? SortOrder.ASC : sort.order();
            } else if (sort.order() != null) {
                Reliance.met(Guess.SORT_DEFAULTS); // an order alone keeps the default field
                order = sort.order();
            }
        }
        if (sortField == SortField.DISPLAY_NAME) {
            Reliance.met(Guess.SORT_TIE_BREAKS);
        }
        return new Cursor(kind, 0, sortField, order, null, Set.of(), null, null, null, null, null);
    }

    static MediaManagerException unsupportedSort(String field, String value, Set<SortField> allowed) {
        List<String> names = allowed.stream().map(SortField::restName).sorted().toList();
        return WixErrorCode.UNSUPPORTED_SORT_VALUE.exception(
                field,
                "Sorting by '" + value + "' is not supported; supported fields: " + String.join(", ", names),
                Json.object("allowedValues", names, "requestValue", value));
    }

    /** Checks that every media type filter is one of the seven concrete types. */
    public static void checkMediaTypes(List<MediaType> mediaTypes, String field) {
        new Violations().maxSize(field, mediaTypes, 30).throwIfAny();
        for (MediaType t : mediaTypes) {
            if (t == null || !t.isConcrete()) {
                List<String> allowed = Arrays.stream(MediaType.values())
                        .filter(MediaType::isConcrete)
                        .map(Enum::name)
                        .toList();
                throw WixErrorCode.UNSUPPORTED_MEDIA_TYPE.exception(
                        field,
                        "Media type " + t + " is not supported as a filter; supported: " + String.join(", ", allowed),
                        Json.object("allowedValues", allowed, "requestValue", String.valueOf(t)));
            }
        }
    }

    public static Cursor with(
            Cursor c,
            String parent,
            Set<MediaType> types,
            Boolean isPrivate,
            String search,
            RootFolder root,
            QueryFilter.Condition condition,
            int limit) {
        return new Cursor(
                c.kind(), limit, c.sortField(), c.order(), parent, types, isPrivate, search, root, condition, c.last());
    }

    static Cursor withLimit(Cursor c, int limit) {
        return new Cursor(
                c.kind(),
                limit,
                c.sortField(),
                c.order(),
                c.parentFolderId(),
                c.mediaTypes(),
                c.isPrivate(),
                c.search(),
                c.root(),
                c.condition(),
                c.last());
    }

    /** One keyset page of {@code index} under {@code spec}. */
    @Decides(Guess.MISSING_FOLDER_LISTS_EMPTY)
    public static <E extends Sortable> Page<E> page(SortedIndex<E> index, Cursor spec, Predicate<? super E> filter) {
        if (index == null) {
            return new Page<>(List.of(), new PagingMetadata(0, "", false));
        }
        return page(index.page(spec.sortField(), spec.order(), spec.last(), filter, spec.limit()), spec);
    }

    /** The page of {@code items}: up to {@code spec.limit() + 1} items in order, the extra one meaning a next page. */
    public static <E extends Sortable> Page<E> page(List<E> items, Cursor spec) {
        boolean hasNext = items.size() > spec.limit();
        if (hasNext) {
            items = new ArrayList<>(items.subList(0, spec.limit()));
        }
        String next = hasNext ? spec.after(items.get(items.size() - 1)).encode() : "";
        return new Page<>(items, new PagingMetadata(items.size(), next, hasNext));
    }
}
