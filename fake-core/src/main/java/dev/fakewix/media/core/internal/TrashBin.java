package dev.fakewix.media.core.internal;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.RootFolder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static dev.fakewix.media.core.internal.SiteEngine.MEDIA_ROOT;
import static dev.fakewix.media.core.internal.SiteEngine.TRASH_ROOT;
import static dev.fakewix.media.core.internal.SiteEngine.VISITOR_UPLOADS;

/**
 * The trash bin of files and folders: moving entries into it (a folder takes everything below it along), bringing
 * them back, and deleting them for good. The trashed/trashedFrom bookkeeping is written once here for both kinds.
 */
final class TrashBin {
    /** How an entry kind is taken out of and put back into its indexes, around a change of parent. */
    private record Indexes<E extends SiteEntry>(BiConsumer<SiteState, E> remove, BiConsumer<SiteState, E> add) {
    }

    private final SiteEngine engine;
    private final Indexes<FileEntry> fileIndexes;
    private final Indexes<FolderEntry> folderIndexes;

    TrashBin(SiteEngine engine) {
        this.engine = engine;
        this.fileIndexes = new Indexes<>((s, e) -> engine.fileIndex.unindexFile(s, e), (s, e) -> engine.fileIndex.indexFile(s, e));
        this.folderIndexes = new Indexes<>((s, e) -> engine.tree.unindexFolder(s, e), (s, e) -> engine.tree.indexFolder(s, e));
    }

    // ---------------------------------------------------------------- files

    void deleteFiles(List<String> fileIds, boolean permanent) {
        List<String> ids = checkedIds("fileIds", fileIds, 1000, 1000);
        engine.transaction.write(Operation.BULK_DELETE_FILES, RequestFacts.files(ids), s -> {
            for (FileEntry e : requireFiles(s, ids)) {
                if (s.files.get(e.id()) != e) {
                    continue; // listed twice
                }
                if (permanent) {
                    engine.fileIndex.purgeFile(s, e);
                    engine.events.fileDeleted(s, e.id(), false);
                } else if (!e.trashed) {
                    moveToTrash(s, e, fileIndexes);
                    engine.events.fileDeleted(s, e.id(), true);
                }
            }
            return null;
        });
    }

    void restoreFiles(List<String> fileIds) {
        List<String> ids = checkedIds("fileIds", fileIds, 1000, 1000);
        engine.transaction.write(Operation.BULK_RESTORE_FILES_FROM_TRASH_BIN, RequestFacts.files(ids), s -> {
            for (FileEntry e : requireFiles(s, ids)) {
                if (e.trashed) {
                    restore(s, e);
                }
            }
            return null;
        });
    }

    private List<FileEntry> requireFiles(SiteState s, List<String> ids) {
        List<FileEntry> entries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            entries.add(engine.fileIndex.requireFile(s, ids.get(i), "fileIds[" + i + "]"));
        }
        return entries;
    }

    /**
     * Brings a trashed file back: to the folder it was deleted from when that folder is live, else to media-root
     * (the folder was permanently deleted, or is itself in the trash bin).
     */
    private void restore(SiteState s, FileEntry e) {
        takeOutOfTrash(s, e, fileIndexes);
        if (e.file.operationStatus() == OperationStatus.READY) {
            engine.lifecycle.ready(s, e, true);
        } else {
            engine.events.fileUpdated(s, e);
        }
    }

    // ---------------------------------------------------------------- folders

    void deleteFolders(List<String> folderIds, boolean permanent) {
        List<String> ids = checkedIds("folderIds", folderIds, 100, 100);
        engine.transaction.write(Operation.BULK_DELETE_FOLDERS, RequestFacts.NONE, s -> {
            for (FolderEntry e : requireFolders(s, ids)) {
                if (s.folders.get(e.id()) != e) {
                    continue; // removed with an ancestor listed earlier
                }
                if (permanent) {
                    purge(s, e);
                    engine.events.folderDeleted(s, e.id(), false);
                } else if (!e.trashed || e.trashedFrom == null) {
                    moveToTrash(s, e, folderIndexes);
                    forSubtree(s, e, true);
                    engine.events.folderDeleted(s, e.id(), true);
                }
            }
            return null;
        });
    }

    void restoreFolders(List<String> folderIds) {
        List<String> ids = checkedIds("folderIds", folderIds, 100, 100);
        engine.transaction.write(Operation.BULK_RESTORE_FOLDERS_FROM_TRASH_BIN, RequestFacts.NONE, s -> {
            for (FolderEntry e : requireFolders(s, ids)) {
                if (e.trashed) {
                    restore(s, e);
                }
            }
            return null;
        });
    }

    private List<FolderEntry> requireFolders(SiteState s, List<String> ids) {
        List<FolderEntry> entries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (FolderTree.isRoot(id)) {
                throw MediaManagerException.invalidArgument(List.of(FieldViolation.of("folderIds[" + i + "]", "VALIDATION",
                        id + " is a root folder and cannot be deleted or restored")));
            }
            entries.add(engine.tree.requireFolder(s, id, "folderIds[" + i + "]"));
        }
        return entries;
    }

    /** Marks everything below a folder as (no longer) trashed with it; entries trashed directly keep their own state. */
    private void forSubtree(SiteState s, FolderEntry top, boolean trashed) {
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
    private void purge(SiteState s, FolderEntry e) {
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

    /** Back where it was when that folder is live, else to media-root; its contents come back with it. */
    private void restore(SiteState s, FolderEntry e) {
        RootFolder root = takeOutOfTrash(s, e, folderIndexes);
        forSubtree(s, e, false);
        engine.tree.setRoot(s, e, root);
        engine.events.folderUpdated(s, e);
    }

    // ---------------------------------------------------------------- both kinds

    private static List<String> checkedIds(String field, List<String> ids, int maxIds, int maxLength) {
        List<String> checked = ids == null ? List.of() : ids;
        new Violations().maxSize(field, checked, maxIds).eachMaxLength(field, checked, maxLength).throwIfAny();
        return checked;
    }

    /** Moves an entry directly into the trash bin, remembering the folder it came from. */
    private static <E extends SiteEntry> void moveToTrash(SiteState s, E e, Indexes<E> indexes) {
        indexes.remove().accept(s, e);
        e.trashedFrom = e.parentFolderId();
        e.trashed = true;
        e.moveTo(TRASH_ROOT);
        indexes.add().accept(s, e);
    }

    /**
     * Takes an entry out of the trash bin: back to the folder it was trashed from when that folder is live, else to
     * media-root. Returns the root whose tree it is back in.
     */
    private static <E extends SiteEntry> RootFolder takeOutOfTrash(SiteState s, E e, Indexes<E> indexes) {
        String original = e.trashedFrom != null ? e.trashedFrom : e.parentFolderId();
        FolderEntry folder = s.folders.get(original);
        boolean originalLive = MEDIA_ROOT.equals(original) || VISITOR_UPLOADS.equals(original)
                || (folder != null && !folder.trashed);
        String target = originalLive ? original : MEDIA_ROOT;
        indexes.remove().accept(s, e);
        e.trashed = false;
        e.trashedFrom = null;
        e.root = VISITOR_UPLOADS.equals(target) ? RootFolder.VISITOR_UPLOADS_ROOT
                : folder != null && originalLive ? folder.root : RootFolder.MEDIA_ROOT;
        e.moveTo(target);
        indexes.add().accept(s, e);
        return e.root;
    }
}
