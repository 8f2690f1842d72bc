package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.internal.content.ContentStore;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Snapshots of one site: taken under the site's lock (contents shared with the store, not copied), and restored in
 * O(1), the state built from the snapshot by {@link SnapshotLoader} on the site's next use. A snapshot is checked
 * whole ({@link SnapshotCheck}) before it replaces the site, unless it is the snapshot this site checked or took
 * last: that keeps the common save-once, restore-per-test pattern O(1), while a hand-made or edited snapshot is still
 * refused before anything changes.
 *
 * <pre>{@code
 * SiteSnapshot saved = snapshots.snapshot();   // valid by construction: never checked
 * snapshots.restore(saved);                     // O(1): known
 * }</pre>
 *
 * <p>Thread-safe. Holds the last known snapshot weakly, so a forgotten snapshot is not kept alive.
 */
@API(status = API.Status.INTERNAL)
public final class SiteSnapshots {
    private final SiteEngine engine;
    private final SnapshotLoader loader;
    private volatile WeakReference<SiteSnapshot> known = new WeakReference<>(null);

    public SiteSnapshots(SiteEngine engine) {
        this.engine = engine;
        this.loader = new SnapshotLoader(engine);
    }

    /** A consistent copy of the site, noted as known valid (taken from a live site). */
    public SiteSnapshot snapshot() {
        ContentStore store = engine.config.content();
        SiteSnapshot taken = engine.transaction.inspect(s -> {
            List<SiteSnapshot.StoredFolder> folders = new ArrayList<>();
            s.folders.values().stream()
                    .sorted(Comparator.comparing(FolderEntry::id))
                    .forEach(f ->
                            folders.add(new SiteSnapshot.StoredFolder(f.folder, f.root, f.trashedFrom, f.trashed)));
            List<SiteSnapshot.StoredFile> files = new ArrayList<>();
            s.files.values().stream()
                    .sorted(Comparator.comparing(FileEntry::id))
                    .forEach(f -> files.add(new SiteSnapshot.StoredFile(
                            f.file,
                            f.mimeType,
                            f.originalName,
                            f.externalInfo,
                            f.root,
                            f.trashedFrom,
                            f.trashed,
                            f.pending == null ? null : f.pending.plan,
                            store.share(f.content))));
            return new SiteSnapshot(engine.siteId, s.ids.counter(), files, folders);
        });
        known = new WeakReference<>(taken);
        return taken;
    }

    /**
     * Checks a snapshot (skipped for the one known valid), then installs it in O(1); its state is built on the site's
     * next use, atomically (see {@link SiteEngine}).
     *
     * @throws dev.fakewix.media.core.MediaManagerException 400 listing every problem of a snapshot that would break
     *                                                      the site; the site is unchanged then
     */
    @SuppressWarnings("ReferenceEquality") // the very snapshot checked last: an equal one would cost the deep compare
    public void restore(SiteSnapshot snapshot) {
        if (known.get() != snapshot) {
            SnapshotCheck.requireValid(snapshot);
            known = new WeakReference<>(snapshot);
        }
        long fakeClockAt = engine.clock().millis();
        long wallClockAt = engine.config.wallClock().millis();
        engine.transaction.replaceStateLazily(() -> loader.build(snapshot, fakeClockAt, wallClockAt));
    }
}
