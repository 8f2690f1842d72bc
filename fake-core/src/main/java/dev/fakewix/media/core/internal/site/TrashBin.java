package dev.fakewix.media.core.internal.site;

import static dev.fakewix.media.core.internal.site.SiteEngine.MEDIA_ROOT;
import static dev.fakewix.media.core.internal.site.SiteEngine.TRASH_ROOT;
import static dev.fakewix.media.core.internal.site.SiteEngine.VISITOR_UPLOADS;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.validation.RequestConstraints;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.RootFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The trash bin of files and folders: moving entries into it (a folder takes everything below it along), bringing
 * them back, and deleting them for good. The trashed/trashedFrom bookkeeping is written once here for both kinds;
 * a {@code Kind} says only what differs between them.
 */
final class TrashBin {
    /** Finds the stored entry of an id, or throws the error naming {@code field}. */
    @FunctionalInterface
    private interface Lookup<E> {
        E require(SiteState s, String id, String field);
    }

    /** Announces a deletion (of an entry already purged, too: it still holds its event count). */
    @FunctionalInterface
    private interface Deletion<E> {
        void announce(SiteState s, E e, boolean movedToTrash);
    }

    /** What an entry that came out of the trash bin does next, back in the tree of {@code root}. */
    @FunctionalInterface
    private interface Comeback<E> {
        void restored(SiteState s, E e, RootFolder root);
    }

    /**
     * What differs between files and folders in the trash bin.
     *
     * @param field     the request field of the ids; {@code maxIds} bounds both their number and their length
     * @param stored    the entries of the kind by id, to skip an entry a request already removed
     * @param trashes   whether a delete request moves the entry into the trash bin (again)
     * @param trashed   what comes along once the entry is in the trash bin
     */
    private record Kind<E extends SiteEntry>(
            String field,
            int maxIds,
            Operation delete,
            Operation restore,
            Function<List<String>, RequestFacts> facts,
            Lookup<E> lookup,
            Function<SiteState, Map<String, E>> stored,
            BiConsumer<SiteState, E> unindex,
            BiConsumer<SiteState, E> index,
            Predicate<E> trashes,
            BiConsumer<SiteState, E> purge,
            BiConsumer<SiteState, E> trashed,
            Comeback<E> comeback,
            Deletion<E> deletion) {}

    private final SiteEngine engine;
    private final Kind<FileEntry> fileKind;
    private final Kind<FolderEntry> folderKind;

    /** Call once the engine's file index, folder tree, lifecycle and events exist: their methods are bound here. */
    TrashBin(SiteEngine engine) {
        this.engine = engine;
        FileIndex index = engine.fileIndex;
        FolderTree tree = engine.tree;
        this.fileKind = new Kind<>(
                "fileIds",
                RequestConstraints.MAX_BULK_FILE_IDS,
                Operation.BULK_DELETE_FILES,
                Operation.BULK_RESTORE_FILES_FROM_TRASH_BIN,
                RequestFacts::files,
                index::requireFile,
                s -> s.files,
                index::unindexFile,
                index::indexFile,
                e -> !e.trashed,
                index::purgeFile,
                (s, e) -> {},
                (s, e, root) -> fileRestored(s, e),
                engine.events::fileDeleted);
        this.folderKind = new Kind<>(
                "folderIds",
                RequestConstraints.MAX_BULK_FOLDER_IDS,
                Operation.BULK_DELETE_FOLDERS,
                Operation.BULK_RESTORE_FOLDERS_FROM_TRASH_BIN,
                ids -> RequestFacts.NONE,
                this::requireFolder,
                s -> s.folders,
                tree::unindexFolder,
                tree::indexFolder,
                // inside a trashed folder, a folder can still be trashed directly
                e -> !e.trashed || e.trashedFrom == null,
                this::purgeFolder,
                (s, e) -> forSubtree(s, e, true),
                this::folderRestored,
                engine.events::folderDeleted);
    }

    void deleteFiles(List<String> fileIds, boolean permanent) {
        delete(fileKind, fileIds, permanent);
    }

    void restoreFiles(List<String> fileIds) {
        restore(fileKind, fileIds);
    }

    void deleteFolders(List<String> folderIds, boolean permanent) {
        delete(folderKind, folderIds, permanent);
    }

    void restoreFolders(List<String> folderIds) {
        restore(folderKind, folderIds);
    }

    /** Moves the entries into the trash bin, or deletes them for good; every id must exist, or nothing changes. */
    private <E extends SiteEntry> void delete(Kind<E> kind, List<String> requested, boolean permanent) {
        List<String> ids = checkedIds(kind, requested);
        engine.transaction.write(kind.delete(), kind.facts().apply(ids), s -> {
            for (E e : requireAll(s, kind, ids)) {
                if (kind.stored().apply(s).get(e.id()) != e) {
                    continue; // listed twice, or removed with an ancestor listed earlier
                }
                if (permanent) {
                    kind.purge().accept(s, e);
                    kind.deletion().announce(s, e, false);
                } else if (kind.trashes().test(e)) {
                    moveToTrash(s, e, kind);
                    kind.trashed().accept(s, e);
                    kind.deletion().announce(s, e, true);
                }
            }
            return null;
        });
    }

    /** Brings the trashed entries among {@code requested} back; every id must exist, or nothing changes. */
    private <E extends SiteEntry> void restore(Kind<E> kind, List<String> requested) {
        List<String> ids = checkedIds(kind, requested);
        engine.transaction.write(kind.restore(), kind.facts().apply(ids), s -> {
            for (E e : requireAll(s, kind, ids)) {
                if (e.trashed) {
                    kind.comeback().restored(s, e, takeOutOfTrash(s, e, kind));
                }
            }
            return null;
        });
    }

    private static List<String> checkedIds(Kind<?> kind, List<String> ids) {
        List<String> checked = ids == null ? List.of() : ids;
        RequestConstraints.idsInBulk(kind.field(), checked, kind.maxIds()).throwForRequest();
        return checked;
    }

    @Decides(Guess.BULK_DELETE_RESTORE_ALL_OR_NOTHING)
    private static <E extends SiteEntry> List<E> requireAll(SiteState s, Kind<E> kind, List<String> ids) {
        List<E> entries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            try {
                entries.add(kind.lookup().require(s, ids.get(i), kind.field() + "[" + i + "]"));
            } catch (MediaManagerException unknown) {
                Reliance.met(Guess.BULK_DELETE_RESTORE_ALL_OR_NOTHING); // one unknown id refuses them all
                throw unknown;
            }
        }
        return entries;
    }

    /** Moves an entry directly into the trash bin, remembering the folder it came from. */
    @Decides(Guess.TRASHED_FOLDER_STATE_OK)
    private static <E extends SiteEntry> void moveToTrash(SiteState s, E e, Kind<E> kind) {
        if (e instanceof FolderEntry) {
            Reliance.met(Guess.TRASHED_FOLDER_STATE_OK);
        }
        kind.unindex().accept(s, e);
        e.trashedFrom = e.parentFolderId();
        e.trashed = true;
        e.moveTo(TRASH_ROOT);
        kind.index().accept(s, e);
    }

    /**
     * Takes an entry out of the trash bin: back to the folder it was trashed from when that folder is live, else to
     * media-root (the folder was permanently deleted, or is itself in the trash bin). Returns the root whose tree it
     * is back in.
     */
    @Decides(Guess.RESTORE_TO_MEDIA_ROOT)
    private static <E extends SiteEntry> RootFolder takeOutOfTrash(SiteState s, E e, Kind<E> kind) {
        String original = e.trashedFrom != null ? e.trashedFrom : e.parentFolderId();
        FolderEntry folder = s.folders.get(original);
        boolean originalLive =
                MEDIA_ROOT.equals(original) || VISITOR_UPLOADS.equals(original) || (folder != null && !folder.trashed);
        if (!originalLive) {
            Reliance.met(Guess.RESTORE_TO_MEDIA_ROOT);
        }
        String target = originalLive ? original : MEDIA_ROOT;
        kind.unindex().accept(s, e);
        e.trashed = false;
        e.trashedFrom = null;
        e.root = VISITOR_UPLOADS.equals(target)
                ? RootFolder.VISITOR_UPLOADS_ROOT
                : folder != null && originalLive ? folder.root : RootFolder.MEDIA_ROOT;
        e.moveTo(target);
        kind.index().accept(s, e);
        return e.root;
    }

    /** A restored file announces itself: File Ready when it is READY (as Wix re-sends it on undelete), else Updated. */
    @Decides({Guess.RESTORE_READY_FIRES_FILE_READY, Guess.FILE_UPDATED_DELETED_EVENTS})
    private void fileRestored(SiteState s, FileEntry e) {
        if (e.file.operationStatus() == OperationStatus.READY) {
            engine.lifecycle.ready(s, e, true);
        } else {
            engine.events.fileUpdated(s, e);
        }
    }

    private FolderEntry requireFolder(SiteState s, String id, String field) {
        if (FolderTree.isRoot(id)) {
            throw MediaManagerException.invalidArgument(List.of(FieldViolation.of(
                    field, "VALIDATION", id + " is a root folder and cannot be deleted or restored")));
        }
        return engine.tree.requireFolder(s, id, field);
    }

    /** A restored folder's contents come back with it, into the tree of its new root. */
    @Decides(Guess.FOLDER_EVENTS)
    private void folderRestored(SiteState s, FolderEntry e, RootFolder root) {
        forSubtree(s, e, false);
        engine.tree.setRoot(s, e, root);
        engine.events.folderUpdated(s, e);
    }

    /** Marks everything below a folder as (no longer) trashed with it; entries trashed directly keep their own state. */
    @Decides(Guess.FOLDER_TRASHED_WITH_SUBTREE)
    private void forSubtree(SiteState s, FolderEntry top, boolean trashed) {
        Reliance.met(Guess.FOLDER_TRASHED_WITH_SUBTREE);
        List<FolderEntry> folders = new ArrayList<>();
        folders.add(top);
        folders.addAll(engine.tree.descendantFolders(s, top.id()));
        for (FolderEntry f : folders) {
            if (f != top && f.trashedFrom == null) {
                engine.tree.unindexFolder(s, f);
                f.trashed = trashed;
                engine.tree.indexFolder(s, f);
            }
            for (FileEntry file : engine.tree.filesDirectlyIn(s, f.id())) {
                if (file.trashedFrom == null && file.trashed != trashed) {
                    engine.fileIndex.unindexFile(s, file);
                    file.trashed = trashed;
                    engine.fileIndex.indexFile(s, file);
                    if (!trashed && file.file.operationStatus() == OperationStatus.READY) {
                        engine.lifecycle.ready(s, file, true);
                    }
                }
            }
        }
    }

    /** Deletes a folder, everything below it and their files for good. */
    private void purgeFolder(SiteState s, FolderEntry e) {
        List<FolderEntry> folders = new ArrayList<>();
        folders.add(e);
        folders.addAll(engine.tree.descendantFolders(s, e.id()));
        for (FolderEntry f : folders) {
            for (FileEntry file : engine.tree.filesDirectlyIn(s, f.id())) {
                engine.fileIndex.purgeFile(s, file);
            }
        }
        for (FolderEntry f : folders) {
            engine.tree.unindexFolder(s, f);
            s.folders.remove(f.id());
        }
    }
}
