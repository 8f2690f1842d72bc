package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.internal.content.ContentStore;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Snapshots of one site: taken under the site's lock (contents shared with the store, not copied), and restored in
 * O(1), the state built from the snapshot by {@link SnapshotLoader} on the site's next use.
 */
@API(status = API.Status.INTERNAL)
public final class SiteSnapshots {
    private final SiteEngine engine;
    private final SnapshotLoader loader;

    public SiteSnapshots(SiteEngine engine) {
        this.engine = engine;
        this.loader = new SnapshotLoader(engine);
    }

    public SiteSnapshot snapshot() {
        ContentStore store = engine.config.content();
        return engine.transaction.inspect(s -> {
            List<SiteSnapshot.StoredFolder> folders = new ArrayList<>();
            s.folders.values().stream().sorted(Comparator.comparing(FolderEntry::id)).forEach(f ->
                    folders.add(new SiteSnapshot.StoredFolder(f.folder, f.root, f.trashedFrom, f.trashed)));
            List<SiteSnapshot.StoredFile> files = new ArrayList<>();
            s.files.values().stream().sorted(Comparator.comparing(FileEntry::id)).forEach(f ->
                    files.add(new SiteSnapshot.StoredFile(f.file, f.mimeType, f.originalName, f.externalInfo, f.root,
                            f.trashedFrom, f.trashed, f.pending == null ? null : f.pending.plan, store.share(f.content))));
            return new SiteSnapshot(engine.siteId, s.ids.counter(), files, folders);
        });
    }

    /** Installs a snapshot in O(1); its state is built on the site's next use, atomically (see {@link SiteEngine}). */
    public void restore(SiteSnapshot snapshot) {
        long fakeClockAt = engine.clock().millis();
        long wallClockAt = engine.config.wallClock().millis();
        engine.transaction.replaceStateLazily(() -> loader.build(snapshot, fakeClockAt, wallClockAt));
    }
}
