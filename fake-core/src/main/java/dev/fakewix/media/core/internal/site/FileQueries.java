package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.query.Cursor;
import dev.fakewix.media.core.internal.query.Paging;
import dev.fakewix.media.core.internal.query.QueryFilter;
import dev.fakewix.media.core.internal.query.SortField;
import dev.fakewix.media.core.internal.query.SortedIndex;
import dev.fakewix.media.core.internal.validation.RequestConstraints;
import dev.fakewix.media.core.internal.validation.Violations;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.SearchFilesRequest;
import dev.fakewix.media.core.model.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/** Reads of files: single and batch lookups, paths, and the pages of list, list-deleted, search and query. */
final class FileQueries {
    private final SiteEngine engine;

    FileQueries(SiteEngine engine) {
        this.engine = engine;
    }

    FileDescriptor getFileDescriptor(String fileId) {
        RequestConstraints.getFileDescriptor(fileId).throwForRequest();
        return engine.transaction.read(Operation.GET_FILE_DESCRIPTOR, RequestFacts.files(List.of(fileId)), s -> {
            FileEntry e = engine.fileIndex.requireFile(s, fileId, "fileId");
            engine.lifecycle.noteRead(s, e);
            return e.file;
        });
    }

    List<FileDescriptor> getFileDescriptors(List<String> fileIds) {
        RequestConstraints.getFileDescriptors(fileIds).throwForRequest();
        return engine.transaction.read(Operation.GET_FILE_DESCRIPTORS, RequestFacts.files(fileIds), s -> {
            List<FileDescriptor> out = new ArrayList<>(fileIds.size());
            for (int i = 0; i < fileIds.size(); i++) {
                FileEntry e = engine.fileIndex.requireFile(s, fileIds.get(i), "fileIds[" + i + "]");
                engine.lifecycle.noteRead(s, e);
                out.add(e.file);
            }
            return out;
        });
    }

    List<FileDescriptor> filesAt(String path) {
        new Violations().required("path", path).throwIfAny();
        List<String> segments = FolderTree.pathNames(path);
        if (segments.isEmpty()) {
            return List.of();
        }
        // a test control, not an API call: no scenario, no read counted
        return engine.transaction.read(null, RequestFacts.NONE, s -> {
            List<String> parents = engine.tree.liveFolderIdsAt(s, segments.subList(0, segments.size() - 1));
            String fileName = segments.get(segments.size() - 1);
            List<FileDescriptor> out = new ArrayList<>();
            for (String parent : parents) {
                SortedIndex<FileEntry> files = s.filesByParent.get(parent);
                if (files != null) {
                    for (FileEntry f : files.all()) {
                        if (!f.trashed && f.file.displayName().equals(fileName)) {
                            out.add(f.file);
                        }
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    FilePage listFiles(ListFilesRequest request) {
        Cursor spec = ListRequests.files(requireRequest(request, "ListFilesRequest.all()"), Cursor.Kind.LIST_FILES);
        return engine.transaction.read(Operation.LIST_FILES, RequestFacts.folder(spec.parentFolderId()), s -> {
            engine.tree.noteListed(s, spec.parentFolderId());
            return page(s, s.filesByParent.get(spec.parentFolderId()), spec);
        });
    }

    /**
     * {@link #listFiles} up to its read: the request's checks, the scenario gate and the settlement with the clocks;
     * returns the site's count of changes then ({@link SiteTransaction#version()}). A face that kept the answer of
     * this very request at that count answers it again; otherwise it reads with {@link #listFilesPassed}.
     */
    long passListFiles(ListFilesRequest request) {
        Cursor spec = ListRequests.files(requireRequest(request, "ListFilesRequest.all()"), Cursor.Kind.LIST_FILES);
        return engine.transaction.pass(Operation.LIST_FILES, RequestFacts.folder(spec.parentFolderId()));
    }

    /** The read of {@link #listFiles}, for a request that passed {@link #passListFiles} (no second gate). */
    FilePage listFilesPassed(ListFilesRequest request) {
        Cursor spec = ListRequests.files(requireRequest(request, "ListFilesRequest.all()"), Cursor.Kind.LIST_FILES);
        return engine.transaction.read(
                null, RequestFacts.NONE, s -> page(s, s.filesByParent.get(spec.parentFolderId()), spec));
    }

    FilePage listDeletedFiles(ListFilesRequest request) {
        Cursor spec =
                ListRequests.files(requireRequest(request, "ListFilesRequest.all()"), Cursor.Kind.LIST_DELETED_FILES);
        return engine.transaction.read(
                Operation.LIST_DELETED_FILES,
                RequestFacts.folder(spec.parentFolderId()),
                s -> page(s, s.trashedFiles, spec));
    }

    FilePage searchFiles(SearchFilesRequest request) {
        SearchFilesRequest r = requireRequest(request, "SearchFilesRequest.all()");
        RequestConstraints.searchFiles(r).throwForRequest();
        Reliance.met(Guess.SEARCH_ROOTS);
        Cursor spec = Paging.resolve(r.paging(), Cursor.Kind.SEARCH_FILES, "paging.cursor", limit -> {
            Paging.checkMediaTypes(r.mediaTypes(), "mediaTypes");
            Cursor sorted = Paging.sorted(
                    Cursor.Kind.SEARCH_FILES,
                    r.sort(),
                    SiteState.FILE_SORTS,
                    "sort",
                    SortField.UPDATED_DATE,
                    SortOrder.DESC);
            return Paging.with(
                    sorted,
                    null,
                    Set.copyOf(r.mediaTypes()),
                    r.isPrivate(),
                    Paging.searchText(r.search()),
                    r.rootFolder() == null ? RootFolder.MEDIA_ROOT : r.rootFolder(),
                    null,
                    limit);
        });
        return engine.transaction.read(
                Operation.SEARCH_FILES,
                RequestFacts.NONE,
                s -> page(s, spec.root() == RootFolder.TRASH_ROOT ? s.trashedFiles : s.liveFiles, spec));
    }

    @Decides(Guess.QUERY_SPANS_LIVE_ITEMS)
    FilePage queryFileDescriptors(CursorQuery query) {
        Reliance.met(Guess.QUERY_SPANS_LIVE_ITEMS);
        CursorQuery q = requireRequest(query, "CursorQuery.all()");
        RequestConstraints.cursorQuery(q).throwForRequest();
        Cursor spec = Paging.resolve(q.cursorPaging(), Cursor.Kind.QUERY_FILES, "query.cursorPaging.cursor", limit -> {
            QueryFilter.Condition condition = QueryFilter.parse(q.filter(), QueryFilter.FILE_FIELDS, "query.filter");
            Cursor sorted = Paging.sorted(
                    Cursor.Kind.QUERY_FILES,
                    q.sort().isEmpty() ? null : q.sort().get(0),
                    SiteState.FILE_SORTS,
                    "query.sort[0]",
                    SortField.UPDATED_DATE,
                    SortOrder.DESC);
            return Paging.with(sorted, null, Set.of(), null, null, null, condition, limit);
        });
        return engine.transaction.read(
                Operation.QUERY_FILE_DESCRIPTORS, RequestFacts.NONE, s -> page(s, s.liveFiles, spec));
    }

    private FilePage page(SiteState s, SortedIndex<FileEntry> index, Cursor spec) {
        Paging.Page<FileEntry> page = spec.search() == null
                ? Paging.page(index, spec, matcher(spec))
                : Paging.page(s.terms.page(index, index == s.trashedFiles, spec, matcher(spec)), spec);
        List<FileDescriptor> files = new ArrayList<>(page.items().size());
        for (FileEntry e : page.items()) {
            engine.lifecycle.noteRead(s, e);
            files.add(e.file);
        }
        return new FilePage(files, page.metadata());
    }

    @Decides({Guess.TRASHED_FOLDER_LISTS_EMPTY, Guess.SEARCH_TEXT_MATCH, Guess.SEARCH_ROOTS, Guess.FONTS_UNLISTED})
    private static Predicate<FileEntry> matcher(Cursor spec) {
        Predicate<FileEntry> p = e -> true;
        if (spec.kind() == Cursor.Kind.LIST_FILES) {
            p = p.and(e -> !e.trashed); // a trashed folder still indexes its files, but they are deleted ones
        }
        if (spec.kind() == Cursor.Kind.LIST_DELETED_FILES && spec.parentFolderId() != null) {
            String parent = spec.parentFolderId();
            p = p.and(e -> parent.equals(e.trashedFrom != null ? e.trashedFrom : e.file.parentFolderId()));
        }
        if (spec.kind() == Cursor.Kind.SEARCH_FILES && spec.root() != RootFolder.TRASH_ROOT) {
            RootFolder root = spec.root();
            p = p.and(e -> e.root == root);
        }
        if (!spec.mediaTypes().isEmpty()) {
            Set<MediaType> types = spec.mediaTypes();
            p = p.and(e -> types.contains(e.file.mediaType()));
        } else {
            p = p.and(
                    e -> { // fonts are reached by id only
                        if (e.file.mediaType().isConcrete()) {
                            return true;
                        }
                        Reliance.met(Guess.FONTS_UNLISTED);
                        return false;
                    });
        }
        if (spec.isPrivate() != null) {
            boolean wanted = spec.isPrivate();
            p = p.and(e -> e.file.isPrivate() == wanted);
        }
        if (spec.search() != null) {
            Reliance.met(Guess.SEARCH_TEXT_MATCH);
            String text = spec.search();
            p = p.and(e -> matchesText(e, text));
        }
        if (spec.condition() != null) {
            QueryFilter.Condition c = spec.condition();
            p = p.and(e -> c.test(field -> switch (field) {
                case "id" -> e.file.id();
                case "private" -> Boolean.toString(e.file.isPrivate());
                case "mediaType" -> e.file.mediaType().name();
                case "state" -> e.file.state().name();
                default -> null;
            }));
        }
        return p;
    }

    private static boolean matchesText(FileEntry e, String text) {
        if (e.file.displayName().toLowerCase(Locale.ROOT).contains(text)
                || (e.mimeType != null && e.mimeType.contains(text))) {
            return true;
        }
        for (String label : e.file.labels()) {
            if (label.toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** A request is required: the request's own {@code all()} is what asks for everything (no {@code null} default). */
    static <T> T requireRequest(T request, String all) {
        return Objects.requireNonNull(request, () -> "a request is required; " + all + " asks for every item");
    }
}
