package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.SortOrder;
import dev.fakewix.media.core.model.Sorting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads the request objects several endpoints share (paging, sorting, queries, imports) from {@link Params}. */
final class Requests {
    private Requests() {}

    static CursorPaging paging(Params p, String name) {
        if (!p.has(name)) {
            return null;
        }
        Params paging = p.child(name);
        Integer limit = paging.integer("limit");
        String cursor = paging.string("cursor");
        return limit == null && cursor == null ? null : new CursorPaging(limit, cursor);
    }

    static Sorting sorting(Params p, String name) {
        if (!p.has(name)) {
            return null;
        }
        Params sort = p.child(name);
        String field = sort.string("fieldName");
        SortOrder order = sort.enumValue("order", SortOrder.class);
        return field == null && order == null ? null : new Sorting(field, order);
    }

    /** The {@code query} of queryFileDescriptors / queryFolders: {@code filter}, {@code sort[]}, {@code cursorPaging}. */
    static CursorQuery cursorQuery(Params p) {
        Params query = p.child("query");
        List<Sorting> sort = null;
        List<Params> sorts = query.objects("sort");
        if (sorts != null) {
            sort = new ArrayList<>();
            for (Params s : sorts) {
                sort.add(new Sorting(s.string("fieldName"), s.enumValue("order", SortOrder.class)));
            }
        }
        return new CursorQuery(paging(query, "cursorPaging"), query.object("filter"), sort);
    }

    static ExternalInfo externalInfo(Params p, String name) {
        if (!p.has(name)) {
            return null;
        }
        Params info = p.child(name);
        return new ExternalInfo(info.string("origin"), info.strings("externalIds"));
    }

    static ImportFileRequest importFile(Params p) {
        return new ImportFileRequest(
                p.string("url"),
                p.enumValue("mediaType", MediaType.class),
                p.string("displayName"),
                p.string("parentFolderId"),
                p.bool("private"),
                p.strings("labels"),
                p.string("mimeType"),
                externalInfo(p, "externalInfo"),
                p.object("urlParams"),
                p.object("urlHeaders"),
                p.string("filePath"));
    }

    static List<ImportFileRequest> importFiles(Params p, String name) {
        List<Params> items = p.objects(name);
        if (items == null) {
            return null;
        }
        List<ImportFileRequest> out = new ArrayList<>(items.size());
        for (Params item : items) {
            out.add(importFile(item));
        }
        return out;
    }

    /**
     * An optional field mask, in any of the forms a REST client may send it: {@code "displayName,labels"} (proto
     * JSON), {@code ["displayName"]} or {@code {"paths": [...]}}. {@code null} when absent.
     */
    static List<String> fieldMask(Params p) {
        JsonNode raw = p.raw("fieldMask");
        if (raw == null) {
            return null;
        }
        if (raw.isString()) {
            return Arrays.stream(raw.stringValue().split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        if (raw.isObject()) {
            List<String> paths = p.child("fieldMask").strings("paths");
            return paths == null ? List.of() : paths;
        }
        return p.strings("fieldMask");
    }
}
