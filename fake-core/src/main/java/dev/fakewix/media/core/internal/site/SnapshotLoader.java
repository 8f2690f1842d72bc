package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.query.SortField;
import dev.fakewix.media.core.internal.query.SortedIndex;
import dev.fakewix.media.core.internal.search.TermIndex;
import dev.fakewix.media.core.internal.util.IdSource;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The state of a restored snapshot, built in bulk: entries from the stored records, then every sorted index filled by
 * one sort per field and in-order appends, and the term index of the snapshot last restored reused when the same
 * snapshot is restored again. One per site; {@link SiteSnapshots#restore} hands {@link #build} to the site's next use.
 */
final class SnapshotLoader {
    private final SiteEngine engine;
    /**
     * The files of the snapshot last restored (weakly: the site must not keep a dropped snapshot's contents) and where
     * its term index is kept once built: restoring the same snapshot again (a test fixture) reuses that index.
     */
    private volatile RestoredTerms lastRestored;

    private record RestoredTerms(WeakReference<List<SiteSnapshot.StoredFile>> files, TermIndex.Reuse reuse) {}

    SnapshotLoader(SiteEngine engine) {
        this.engine = engine;
    }

    /** The state of a snapshot; pending files' readiness counts from the restore instants. */
    SiteState build(SiteSnapshot snapshot, long fakeClockAt, long wallClockAt) {
        ContentStore store = engine.config.content();
        SiteState next = new SiteState(
                new IdSource(engine.config.seed(), engine.siteId, snapshot.idCounter()), engine.isPersistent());
        for (SiteSnapshot.StoredFolder f : snapshot.folders()) {
            FolderEntry e =
                    new FolderEntry(f.folder().withParentFolderId(f.folder().parentFolderId()), f.root());
            e.trashedFrom = f.trashedFrom();
            e.trashed = f.trashed();
            next.folders.put(e.id(), e);
            engine.tree.indexFolder(next, e);
        }
        List<FileEntry> entries = new ArrayList<>(snapshot.files().size());
        for (SiteSnapshot.StoredFile f : snapshot.files()) {
            FileEntry e = new FileEntry(
                    f.file(),
                    f.mimeType(),
                    f.originalName() == null ? f.file().displayName() : f.originalName(),
                    f.externalInfo(),
                    store.share(f.content()),
                    f.root());
            e.trashedFrom = f.trashedFrom();
            e.trashed = f.trashed();
            next.files.put(e.id(), e);
            entries.add(e);
            if (f.file().sizeInBytes() > 0) {
                next.storageUsed += f.file().sizeInBytes();
            }
            if (f.pendingReadiness() != null) {
                engine.lifecycle.startPending(next, e, f.pendingReadiness(), fakeClockAt, wallClockAt);
            }
        }
        RestoredTerms last = lastRestored;
        if (last == null || last.files().get() != snapshot.files()) {
            last = new RestoredTerms(new WeakReference<>(snapshot.files()), new TermIndex.Reuse());
            lastRestored = last;
        }
        indexAll(next, entries, last.reuse());
        return next;
    }

    /**
     * What {@link FileIndex#indexFile} does for each file, in bulk: one sort per field, then every index (the
     * folder's, the live or trashed files') filled by appending in that order; the term index is built in one pass
     * by the first search.
     */
    static void indexAll(SiteState next, List<FileEntry> entries, TermIndex.Reuse terms) {
        FileEntry[] byId = entries.toArray(new FileEntry[0]);
        for (int i = 1; i < byId.length; i++) {
            if (byId[i - 1].id().compareTo(byId[i].id()) >= 0) {
                Arrays.sort(byId, Comparator.comparing(FileEntry::id)); // a snapshot built by hand
                break;
            }
        }
        IdentityHashMap<FileEntry, SortedIndex<FileEntry>> folderOf = new IdentityHashMap<>(byId.length);
        for (FileEntry e : byId) {
            folderOf.put(e, next.filesIn(e.file.parentFolderId()));
        }
        for (SortField field : SiteState.FILE_SORTS) {
            for (FileEntry e : sortedBy(field, byId)) {
                folderOf.get(e).appendInOrder(field, e);
                (e.trashed ? next.trashedFiles : next.liveFiles).appendInOrder(field, e);
            }
        }
        // a hand-built snapshot may repeat an id: then only the id map says which files the site holds
        boolean distinct = entries.size() == next.files.size();
        next.terms.buildOnFirstSearch(next.files.values(), distinct ? entries : null, distinct ? terms : null);
    }

    /** A name and its case-folded key, to sort by {@link SortField#DISPLAY_NAME} comparing plain strings. */
    private record NameKey(String folded, FileEntry entry) {}

    /**
     * {@code byId} in {@link SortField#DISPLAY_NAME}'s order. {@code String.CASE_INSENSITIVE_ORDER} compares, char by
     * char, {@code toLowerCase(toUpperCase(c))}: so it is the plain order of the names mapped that way, which
     * {@code String.compareTo} (an intrinsic) compares several times faster. Names with surrogates (compared by
     * code point) take the comparator itself.
     */
    private static FileEntry[] sortedByName(FileEntry[] byId) {
        NameKey[] keys = new NameKey[byId.length];
        for (int i = 0; i < byId.length; i++) {
            String name = byId[i].sortName();
            char[] folded = new char[name.length()];
            for (int j = 0; j < folded.length; j++) {
                char c = name.charAt(j);
                if (Character.isSurrogate(c)) {
                    FileEntry[] out = byId.clone();
                    Arrays.sort(out, SortField.DISPLAY_NAME.comparator());
                    return out;
                }
                folded[j] = Character.toLowerCase(Character.toUpperCase(c));
            }
            keys[i] = new NameKey(new String(folded), byId[i]);
        }
        Arrays.sort(keys, (x, y) -> {
            int c = x.folded().compareTo(y.folded());
            if (c == 0) {
                c = x.entry().sortName().compareTo(y.entry().sortName());
            }
            return c != 0 ? c : x.entry().id().compareTo(y.entry().id());
        });
        FileEntry[] out = new FileEntry[byId.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = keys[i].entry();
        }
        return out;
    }

    /**
     * {@code byId} (in id order) in {@code field}'s order. A numeric field sorts packed primitives: the key above the
     * position in id order, which breaks ties by id as the field's comparator does; names use the comparator.
     */
    private static FileEntry[] sortedBy(SortField field, FileEntry[] byId) {
        FileEntry[] out = byId.clone();
        if (field == SortField.DISPLAY_NAME) {
            return sortedByName(byId);
        }
        if (byId.length == 0) {
            return out;
        }
        long[] keys = new long[byId.length];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < byId.length; i++) {
            keys[i] = field == SortField.UPDATED_DATE ? byId[i].sortUpdated() : byId[i].sortSize();
            min = Math.min(min, keys[i]);
            max = Math.max(max, keys[i]);
        }
        int positionBits = 64 - Long.numberOfLeadingZeros(byId.length);
        long range = max - min;
        if (range < 0 || (range >>> (63 - positionBits)) != 0) {
            Arrays.sort(out, field.comparator());
            return out;
        }
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((keys[i] - min) << positionBits) | i;
        }
        Arrays.sort(keys);
        long mask = (1L << positionBits) - 1;
        for (int i = 0; i < keys.length; i++) {
            out[i] = byId[(int) (keys[i] & mask)];
        }
        return out;
    }
}
