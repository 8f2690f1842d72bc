package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.Folders;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.WixErrorCode;
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
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.FolderPage;
import dev.fakewix.media.core.model.FolderUpdate;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.SearchFoldersRequest;
import dev.fakewix.media.core.model.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The Folders API of one site. */
@API(status = API.Status.INTERNAL)
public final class FolderOperations implements Folders {
    private static final Set<SortField> FOLDER_SORTS = SiteState.FOLDER_SORTS;

    private final SiteEngine engine;
    private final FileOperations files;

    public FolderOperations(SiteEngine engine, FileOperations files) {
        this.engine = engine;
        this.files = files;
    }

    @Override
    public Folder createFolder(String displayName, String parentFolderId) {
        Reliance.Frame frame = engine.relying(Operation.CREATE_FOLDER);
        try {
            RequestConstraints.createFolder(displayName, parentFolderId).throwForRequest();
            String parent = FolderTree.parentOrMediaRoot(parentFolderId);
            return engine.transaction.write(Operation.CREATE_FOLDER, RequestFacts.folder(parent), s -> {
                RootFolder root = engine.tree.requireLiveFolder(s, parent, "parentFolderId");
                return engine.tree.insertFolder(s, displayName, parent, root).folder;
            });
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public Folder getFolder(String folderId) {
        Reliance.Frame frame = engine.relying(Operation.GET_FOLDER);
        try {
            RequestConstraints.getFolder(folderId).throwForRequest();
            return engine.transaction.read(Operation.GET_FOLDER, RequestFacts.folder(folderId), s -> {
                if (FolderTree.isRoot(folderId)) {
                    return engine.tree.rootFolder(folderId);
                }
                return engine.tree.requireFolder(s, folderId, "folderId").folder;
            });
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public List<Folder> foldersAt(String path) {
        new Violations().required("path", path).throwIfAny();
        List<String> names = FolderTree.pathNames(path);
        if (names.isEmpty()) {
            return List.of();
        }
        // a test control, not an API call: no scenario
        return engine.transaction.read(
                null,
                RequestFacts.NONE,
                s -> engine.tree.liveFolderIdsAt(s, names).stream()
                        .filter(id -> !FolderTree.isRoot(id))
                        .map(id -> s.folders.get(id).folder)
                        .toList());
    }

    @Override
    public FolderPage listFolders(ListFoldersRequest request) {
        Reliance.Frame frame = engine.relying(Operation.LIST_FOLDERS);
        try {
            Cursor spec = ListRequests.folders(
                    FileQueries.requireRequest(request, "ListFoldersRequest.all()"), Cursor.Kind.LIST_FOLDERS);
            return engine.transaction.read(Operation.LIST_FOLDERS, RequestFacts.folder(spec.parentFolderId()), s -> {
                engine.tree.noteListed(s, spec.parentFolderId());
                return page(s.foldersByParent.get(spec.parentFolderId()), spec);
            });
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public FolderPage listDeletedFolders(ListFoldersRequest request) {
        Reliance.Frame frame = engine.relying(Operation.LIST_DELETED_FOLDERS);
        try {
            Cursor spec = ListRequests.folders(
                    FileQueries.requireRequest(request, "ListFoldersRequest.all()"), Cursor.Kind.LIST_DELETED_FOLDERS);
            return engine.transaction.read(
                    Operation.LIST_DELETED_FOLDERS,
                    RequestFacts.folder(spec.parentFolderId()),
                    s -> page(s.trashedFolders, spec));
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public FolderPage searchFolders(SearchFoldersRequest request) {
        Reliance.Frame frame = engine.relying(Operation.SEARCH_FOLDERS);
        try {
            SearchFoldersRequest r = FileQueries.requireRequest(request, "SearchFoldersRequest.all()");
            RequestConstraints.searchFolders(r).throwForRequest();
            Reliance.met(Guess.SEARCH_ROOTS);
            Cursor spec = Paging.resolve(r.paging(), Cursor.Kind.SEARCH_FOLDERS, "paging.cursor", limit -> {
                Cursor sorted = sortedFolders(Cursor.Kind.SEARCH_FOLDERS, r.sort(), "sort");
                return Paging.with(
                        sorted,
                        null,
                        Set.of(),
                        null,
                        Paging.searchText(r.search()),
                        r.rootFolder() == null ? RootFolder.MEDIA_ROOT : r.rootFolder(),
                        null,
                        limit);
            });
            return engine.transaction.read(
                    Operation.SEARCH_FOLDERS,
                    RequestFacts.NONE,
                    s -> page(spec.root() == RootFolder.TRASH_ROOT ? s.trashedFolders : s.liveFolders, spec));
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    @Decides(Guess.QUERY_SPANS_LIVE_ITEMS)
    public FolderPage queryFolders(CursorQuery query) {
        Reliance.Frame frame = engine.relying(Operation.QUERY_FOLDERS);
        try {
            Reliance.met(Guess.QUERY_SPANS_LIVE_ITEMS);
            CursorQuery q = FileQueries.requireRequest(query, "CursorQuery.all()");
            RequestConstraints.cursorQuery(q).throwForRequest();
            Cursor spec =
                    Paging.resolve(q.cursorPaging(), Cursor.Kind.QUERY_FOLDERS, "query.cursorPaging.cursor", limit -> {
                        QueryFilter.Condition condition =
                                QueryFilter.parse(q.filter(), QueryFilter.FOLDER_FIELDS, "query.filter");
                        Cursor sorted = sortedFolders(
                                Cursor.Kind.QUERY_FOLDERS,
                                q.sort().isEmpty() ? null : q.sort().get(0),
                                "query.sort[0]");
                        return Paging.with(sorted, null, Set.of(), null, null, null, condition, limit);
                    });
            return engine.transaction.read(Operation.QUERY_FOLDERS, RequestFacts.NONE, s -> page(s.liveFolders, spec));
        } finally {
            Reliance.close(frame);
        }
    }

    /** A folder method's sort: the fields folders have, else UNSUPPORTED_SORT_VALUE as the file lists answer. */
    @Decides(Guess.FOLDER_SORT_FIELDS_CHECKED)
    static Cursor sortedFolders(Cursor.Kind kind, dev.fakewix.media.core.model.@Nullable Sorting sort, String field) {
        try {
            return Paging.sorted(kind, sort, FOLDER_SORTS, field, SortField.UPDATED_DATE, SortOrder.DESC);
        } catch (MediaManagerException e) {
            if (e.errorCode() == WixErrorCode.UNSUPPORTED_SORT_VALUE) {
                Reliance.met(Guess.FOLDER_SORT_FIELDS_CHECKED);
            }
            throw e;
        }
    }

    private static FolderPage page(SortedIndex<FolderEntry> index, Cursor spec) {
        Paging.Page<FolderEntry> page = Paging.page(index, spec, matcher(spec));
        List<Folder> folders = new ArrayList<>(page.items().size());
        for (FolderEntry e : page.items()) {
            folders.add(e.folder);
        }
        return new FolderPage(folders, page.metadata());
    }

    @Decides({Guess.TRASHED_FOLDER_LISTS_EMPTY, Guess.SEARCH_TEXT_MATCH, Guess.SEARCH_ROOTS})
    private static Predicate<FolderEntry> matcher(Cursor spec) {
        Predicate<FolderEntry> p = e -> true;
        if (spec.kind() == Cursor.Kind.LIST_FOLDERS) {
            p = p.and(e -> !e.trashed); // a trashed folder still indexes its sub-folders, but they are deleted ones
        }
        if (spec.kind() == Cursor.Kind.LIST_DELETED_FOLDERS && spec.parentFolderId() != null) {
            String parent = spec.parentFolderId();
            p = p.and(e -> parent.equals(e.trashedFrom != null ? e.trashedFrom : e.folder.parentFolderId()));
        }
        if (spec.kind() == Cursor.Kind.SEARCH_FOLDERS && spec.root() != RootFolder.TRASH_ROOT) {
            RootFolder root = spec.root();
            p = p.and(e -> e.root == root);
        }
        if (spec.search() != null) {
            Reliance.met(Guess.SEARCH_TEXT_MATCH);
            String text = spec.search();
            p = p.and(e -> e.folder.displayName().toLowerCase(Locale.ROOT).contains(text));
        }
        if (spec.condition() != null) {
            QueryFilter.Condition c = spec.condition();
            p = p.and(e -> c.test(field -> switch (field) {
                case "id" -> e.folder.id();
                case "state" -> e.folder.state().name();
                default -> null;
            }));
        }
        return p;
    }

    @Override
    public Folder updateFolder(FolderUpdate folder) {
        return updateFolder(folder, List.of());
    }

    @Override
    public Folder updateFolder(FolderUpdate folder, List<String> fieldMask) {
        Reliance.Frame frame = engine.relying(Operation.UPDATE_FOLDER);
        try {
            RequestConstraints.updateFolder(folder, fieldMask).throwForRequest();
            List<String> mask = fieldMask == null ? List.of() : fieldMask;
            boolean name = RequestConstraints.writes(mask, "displayName", folder.displayName());
            boolean parent = RequestConstraints.writes(mask, "parentFolderId", folder.parentFolderId());
            if (!name && !parent) {
                throw WixErrorCode.FIELD_MASK_IS_EMPTY_OR_MISSING.exception(
                        "fieldMask",
                        "Nothing to update: give displayName or parentFolderId (read-only fields are ignored)");
            }
            return engine.transaction.write(Operation.UPDATE_FOLDER, RequestFacts.folder(folder.id()), s -> {
                if (FolderTree.isRoot(folder.id())) {
                    Reliance.met(Guess.TRASHED_ITEM_UPDATES);
                    throw invalid("folder.id", folder.id() + " is a root folder and cannot be changed");
                }
                FolderEntry e = engine.tree.requireFolder(s, folder.id(), "folder.id");
                if (e.trashed) {
                    Reliance.met(Guess.TRASHED_ITEM_UPDATES);
                }
                Folder next = e.folder;
                RootFolder newRoot = e.root;
                if (parent && !folder.parentFolderId().equals(e.folder.parentFolderId())) {
                    if (e.trashed) {
                        throw invalid(
                                "folder.parentFolderId",
                                "folder " + folder.id() + " is in the trash bin; restore it before moving it");
                    }
                    newRoot = engine.tree.requireLiveFolder(s, folder.parentFolderId(), "folder.parentFolderId");
                    if (folder.parentFolderId().equals(folder.id())
                            || engine.tree.descendantFolders(s, folder.id()).stream()
                                    .anyMatch(d -> d.id().equals(folder.parentFolderId()))) {
                        Reliance.met(Guess.TRASHED_ITEM_UPDATES);
                        throw invalid(
                                "folder.parentFolderId",
                                "cannot move folder " + folder.id() + " into itself or one of its sub-folders");
                    }
                    next = next.withParentFolderId(folder.parentFolderId());
                }
                if (name) {
                    next = next.withDisplayName(folder.displayName());
                }
                engine.tree.unindexFolder(s, e);
                Reliance.met(Guess.UPDATE_SETS_UPDATED_DATE);
                e.folder = next.withUpdatedDate(engine.now());
                engine.tree.indexFolder(s, e);
                if (newRoot != e.root) {
                    engine.tree.setRoot(s, e, newRoot);
                }
                engine.events.folderUpdated(s, e);
                return e.folder;
            });
        } finally {
            Reliance.close(frame);
        }
    }

    private static MediaManagerException invalid(String field, String description) {
        return MediaManagerException.invalidArgument(List.of(FieldViolation.of(field, "VALIDATION", description)));
    }

    @Override
    public String generateFolderDownloadUrl(String folderId) {
        Reliance.Frame frame = engine.relying(Operation.GENERATE_FOLDER_DOWNLOAD_URL);
        try {
            RequestConstraints.generateFolderDownloadUrl(folderId).throwForRequest();
            return engine.transaction.write(
                    Operation.GENERATE_FOLDER_DOWNLOAD_URL, RequestFacts.folder(folderId), s -> {
                        if (!FolderTree.isRoot(folderId)) {
                            engine.tree.requireFolder(s, folderId, "folderId");
                        }
                        return Archives.issue(engine, s, Archives.ofFolder(engine, s, folderId));
                    });
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public void bulkDeleteFolders(List<String> folderIds, boolean permanent) {
        Reliance.Frame frame = engine.relying(Operation.BULK_DELETE_FOLDERS);
        try {
            engine.trash.deleteFolders(folderIds, permanent);
        } finally {
            Reliance.close(frame);
        }
    }

    @Override
    public void bulkRestoreFoldersFromTrashBin(List<String> folderIds) {
        Reliance.Frame frame = engine.relying(Operation.BULK_RESTORE_FOLDERS_FROM_TRASH_BIN);
        try {
            engine.trash.restoreFolders(folderIds);
        } finally {
            Reliance.close(frame);
        }
    }

    FileOperations files() {
        return files;
    }
}
