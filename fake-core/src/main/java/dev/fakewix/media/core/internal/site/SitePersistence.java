package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.persist.SiteStore;
import dev.fakewix.media.core.internal.util.IdSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps one site's state in its data directory ({@link SiteStore}): each write's changes as one log record, appended
 * under the site's lock when the write commits and on disk before the write returns; the whole state as a snapshot
 * when the log has grown past it, or when the state is replaced (reset, restore); the state read back at start.
 *
 * <p>A record holds after-images, never commands: the files and folders a write touched as they are when it commits
 * (those no longer stored as removed), the upload URLs it issued or used, and the site's counters. Replaying it needs
 * no clock, seed or scenario, so it means the same thing to any later version.
 *
 * <p>The site's configuration (readiness, limits, scripted behaviours, registered import bytes) is a record of its
 * own, written whole when it changes: the last one read back wins.
 */
final class SitePersistence {
    private static final System.Logger LOG = System.getLogger("dev.fakewix.media.core.persist");

    private final SiteEngine engine;
    private final SiteStore store;
    /** Serialises configuration records with each other and with the capture of a snapshot. */
    private final Object configLock = new Object();
    /** The configuration's version last written; under {@link #configLock}. */
    private long configWritten;
    /** The counters last written; under the site's write lock. */
    private long idsWritten;

    private long eventsWritten;
    private long pendingWritten;
    private boolean warnedCustomConfig;

    /** What a write leaves to do once the site's lock is released: a snapshot to write, a position to wait for. */
    record Durable(long position, Snapshot snapshot) {
        static final Durable NONE = new Durable(0, null);

        boolean hasWork() {
            return position > 0 || snapshot != null;
        }
    }

    /** The whole state of a site at one moment, for a snapshot written after the lock is released. */
    record Snapshot(
            long generation,
            long ids,
            long events,
            long pendingSequence,
            List<SiteImages.FileImage> files,
            List<SiteImages.FolderImage> folders,
            List<Map<String, Object>> tickets,
            Map<String, String> aliases,
            Map<String, Object> config) {
        Map<String, Object> toJson(String siteId) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("site", siteId);
            m.put("ids", ids);
            m.put("events", events);
            m.put("pendingSequence", pendingSequence);
            List<Object> fileJson = new ArrayList<>(files.size());
            files.forEach(f -> fileJson.add(f.toJson()));
            m.put("files", fileJson);
            List<Object> folderJson = new ArrayList<>(folders.size());
            folders.forEach(f -> folderJson.add(f.toJson()));
            m.put("folders", folderJson);
            m.put("tickets", tickets);
            m.put("aliases", aliases);
            if (config != null) {
                m.put("config", config);
            }
            return m;
        }
    }

    SitePersistence(SiteEngine engine, SiteStore store) {
        this.engine = engine;
        this.store = store;
    }

    SiteStore store() {
        return store;
    }

    // ---------------------------------------------------------------- writes

    /**
     * Appends the record of what the running write changed (nothing when it changed nothing), and captures a snapshot
     * when the log has grown past the last one. Under the site's write lock.
     */
    Durable commit(SiteState s) {
        long position = appendChanges(s);
        Snapshot snapshot = store.wantsCompaction() ? capture(s, true) : null;
        return new Durable(position, snapshot);
    }

    /** Once the site's lock is released: writes the captured snapshot, saves the configuration, waits for the disk. */
    void await(Durable durable) {
        if (durable.snapshot() != null) {
            store.finishCompaction(
                    durable.snapshot().generation(), durable.snapshot().toJson(engine.siteId));
        }
        long config = saveConfigIfChanged();
        store.awaitDurable(Math.max(durable.position(), config));
    }

    private long appendChanges(SiteState s) {
        SiteState.Changes c = s.changes;
        long ids = s.ids.counter();
        if (c.isEmpty()
                && ids == idsWritten
                && s.eventSequence == eventsWritten
                && s.pendingSequence == pendingWritten) {
            return 0;
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("ids", ids);
        record.put("events", s.eventSequence);
        record.put("pendingSequence", s.pendingSequence);
        List<Object> files = new ArrayList<>();
        List<Object> removedFiles = new ArrayList<>();
        for (FileEntry e : c.files) {
            FileEntry stored = s.files.get(e.id());
            if (stored == e) {
                keepContent(e);
                files.add(SiteImages.FileImage.of(e).toJson());
            } else if (stored == null) {
                removedFiles.add(e.id());
            }
        }
        for (String id : c.leftFileIds) {
            if (!s.files.containsKey(id)) {
                removedFiles.add(id);
            }
        }
        List<Object> folders = new ArrayList<>();
        List<Object> removedFolders = new ArrayList<>();
        for (FolderEntry e : c.folders) {
            FolderEntry stored = s.folders.get(e.id());
            if (stored == e) {
                folders.add(SiteImages.FolderImage.of(e).toJson());
            } else if (stored == null) {
                removedFolders.add(e.id());
            }
        }
        List<Object> tickets = new ArrayList<>();
        List<Object> removedTickets = new ArrayList<>();
        for (String id : c.tickets) {
            SiteState.UploadTicket t = s.tickets.get(id);
            if (t != null && !t.resumable()) {
                tickets.add(SiteImages.ticketJson(t));
            } else {
                removedTickets.add(id);
            }
        }
        putIfAny(record, "removedFiles", removedFiles);
        putIfAny(record, "files", files);
        putIfAny(record, "removedFolders", removedFolders);
        putIfAny(record, "folders", folders);
        putIfAny(record, "removedTickets", removedTickets);
        putIfAny(record, "tickets", tickets);
        if (!c.aliases.isEmpty()) {
            record.put("aliases", new LinkedHashMap<>(c.aliases));
        }
        long position = store.append(record); // when this fails, the next write's record carries these changes too
        c.clear();
        idsWritten = ids;
        eventsWritten = s.eventSequence;
        pendingWritten = s.pendingSequence;
        return position;
    }

    private static void putIfAny(Map<String, Object> record, String key, List<Object> values) {
        if (!values.isEmpty()) {
            record.put(key, values);
        }
    }

    /** Makes sure a file's bytes are in the data directory before a record names them (the upload path put them there already). */
    private void keepContent(FileEntry e) {
        if (e.content != null) {
            StoredBytes kept = store.keep(e.content);
            if (kept != e.content) {
                ContentStore.release(e.content);
                e.content = kept;
            }
        }
    }

    /**
     * The whole state, and (with {@code newGeneration}) a new log begun at this moment. Under the site's write lock;
     * the configuration's records are held off meanwhile, so none falls between the snapshot and the new log.
     */
    private Snapshot capture(SiteState s, boolean newGeneration) {
        List<SiteImages.FileImage> files = new ArrayList<>(s.files.size());
        for (FileEntry e : s.files.values()) {
            keepContent(e);
            files.add(SiteImages.FileImage.of(e));
        }
        files.sort(Comparator.comparing(SiteImages.FileImage::id));
        List<SiteImages.FolderImage> folders = new ArrayList<>(s.folders.size());
        s.folders.values().forEach(f -> folders.add(SiteImages.FolderImage.of(f)));
        folders.sort(Comparator.comparing(SiteImages.FolderImage::id));
        List<Map<String, Object>> tickets = new ArrayList<>();
        s.tickets.values().stream()
                .filter(t -> !t.resumable())
                .sorted(Comparator.comparing(SiteState.UploadTicket::fileId))
                .forEach(t -> tickets.add(SiteImages.ticketJson(t)));
        s.changes.clear();
        idsWritten = s.ids.counter();
        eventsWritten = s.eventSequence;
        pendingWritten = s.pendingSequence;
        synchronized (configLock) {
            long version = engine.configVersion();
            Map<String, Object> config = engine.describeConfig();
            long generation = newGeneration ? store.beginCompaction() : 0;
            configWritten = version;
            return new Snapshot(
                    generation,
                    idsWritten,
                    eventsWritten,
                    pendingWritten,
                    files,
                    folders,
                    tickets,
                    new LinkedHashMap<>(s.renamedFiles),
                    config);
        }
    }

    /** Replaces everything the directory holds of the site with {@code s} (a reset, a restore). Under the write lock. */
    void replaceAll(SiteState s) {
        Snapshot snapshot = capture(s, false);
        store.replaceAll(snapshot.toJson(engine.siteId));
    }

    /**
     * Writes the site's configuration when it changed since it was last written; returns the position to wait for
     * ({@code 0}: nothing written). Takes no site lock.
     */
    long saveConfigIfChanged() {
        synchronized (configLock) {
            long version = engine.configVersion();
            if (version == configWritten) {
                return 0;
            }
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("config", engine.describeConfig());
            configWritten = version;
            return store.append(record);
        }
    }

    /** Saves the configuration now, on disk when this returns. */
    void saveConfig() {
        long position = saveConfigIfChanged();
        if (position > 0) {
            store.awaitDurable(position);
        }
    }

    /** Says once per site that a policy or behaviour written as code is kept in memory only. */
    synchronized void warnNotKept(String what) {
        if (!warnedCustomConfig) {
            warnedCustomConfig = true;
            LOG.log(
                    System.Logger.Level.WARNING,
                    "site " + engine.siteId + ": " + what + " is the caller's own code;"
                            + " the data directory keeps only what ReadinessPolicy's and RequestMatch's factories make, so a"
                            + " restart brings it back without it");
        }
    }

    // ---------------------------------------------------------------- start

    /** The state the site's files hold: the snapshot, then every record after it. Before anyone uses the site. */
    Recovered recover() {
        SiteStore.Recovery recovery = store.recover();
        recovery.warnings().forEach(w -> LOG.log(System.Logger.Level.WARNING, w));
        Replay replay = new Replay();
        SiteState s;
        try {
            if (recovery.snapshot() != null) {
                replay.apply((Map<?, ?>) recovery.snapshot());
            }
            for (Object record : recovery.records()) {
                replay.apply((Map<?, ?>) record);
            }
            s = build(replay);
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw damaged(engine.siteId, "records", e);
        }
        Set<String> referenced = new HashSet<>();
        for (FileEntry e : s.files.values()) {
            if (e.content != null) {
                referenced.add(SiteStore.blobName(e.content));
            }
        }
        referenced.addAll(SiteConfig.blobsOf(replay.config));
        store.forgetBlobsBut(referenced);
        return new Recovered(s, replay.config);
    }

    /** A site's files that hold what this version cannot read back: damage, said as the directory says it. */
    static IllegalStateException damaged(String siteId, String what, RuntimeException cause) {
        return new IllegalStateException(
                "the data directory is damaged: the " + what + " of site " + siteId
                        + " do not read back (" + cause
                        + "); restore the directory from a backup, or move it away to start"
                        + " empty",
                cause);
    }

    /** A site read back: its state, and its configuration's last record ({@code null}: none). */
    record Recovered(SiteState state, Map<?, ?> config) {}

    /** Images by id, as the records left them. */
    private static final class Replay {
        final Map<String, Map<?, ?>> files = new LinkedHashMap<>();
        final Map<String, Map<?, ?>> folders = new LinkedHashMap<>();
        final Map<String, Map<?, ?>> tickets = new LinkedHashMap<>();
        final Map<String, String> aliases = new LinkedHashMap<>();
        long ids;
        long events;
        long pendingSequence;
        Map<?, ?> config;

        void apply(Map<?, ?> record) {
            if (record.containsKey("site")) { // a snapshot: the whole state
                files.clear();
                folders.clear();
                tickets.clear();
                aliases.clear();
            }
            if (record.get("ids") instanceof Number n) {
                ids = n.longValue();
                events = SiteImages.number(record, "events");
                pendingSequence = SiteImages.number(record, "pendingSequence");
            }
            remove(record, "removedFiles", files);
            remove(record, "removedFolders", folders);
            remove(record, "removedTickets", tickets);
            put(record, "files", files, "file");
            put(record, "folders", folders, "folder");
            put(record, "tickets", tickets, null);
            if (record.get("aliases") instanceof Map<?, ?> a) {
                a.forEach((k, v) -> aliases.put(String.valueOf(k), String.valueOf(v)));
            }
            if (record.containsKey("config")) {
                config = (Map<?, ?>) record.get("config");
            }
        }

        private static void remove(Map<?, ?> record, String key, Map<String, Map<?, ?>> images) {
            if (record.get(key) instanceof List<?> ids) {
                ids.forEach(images::remove);
            }
        }

        private static void put(Map<?, ?> record, String key, Map<String, Map<?, ?>> images, String inner) {
            if (record.get(key) instanceof List<?> list) {
                for (Object o : list) {
                    Map<?, ?> image = (Map<?, ?>) o;
                    Object id = inner == null ? image.get("fileId") : ((Map<?, ?>) image.get(inner)).get("id");
                    images.put(String.valueOf(id), image);
                }
            }
        }
    }

    private SiteState build(Replay replay) {
        SiteState s = new SiteState(new IdSource(engine.config.seed(), engine.siteId, replay.ids), true);
        s.eventSequence = replay.events;
        s.pendingSequence = replay.pendingSequence;
        for (Map<?, ?> json : replay.folders.values()) {
            SiteImages.FolderImage f = SiteImages.FolderImage.fromJson(json);
            FolderEntry e = new FolderEntry(f.folder(), f.root());
            e.trashedFrom = f.trashedFrom();
            e.trashed = f.trashed();
            e.lastEventSequence = f.lastEventSequence();
            s.folders.put(e.id(), e);
            engine.tree.indexFolder(s, e);
        }
        List<FileEntry> entries = new ArrayList<>(replay.files.size());
        List<FileEntry> pending = new ArrayList<>();
        for (Map<?, ?> json : replay.files.values()) {
            SiteImages.FileImage f = SiteImages.FileImage.fromJson(json, store);
            FileEntry e =
                    new FileEntry(f.file(), f.mimeType(), f.originalName(), f.externalInfo(), f.content(), f.root());
            e.trashedFrom = f.trashedFrom();
            e.trashed = f.trashed();
            e.lastEventSequence = f.lastEventSequence();
            if (f.pending() != null) {
                SiteImages.PendingImage p = f.pending();
                e.pending = new FileEntry.Pending(p.plan(), p.since(), p.sequence());
                e.pending.readsLeft = p.readsLeft();
                if (p.outcome() != null) {
                    e.pending.outcome = p.outcome();
                    e.pending.due = p.due();
                    e.pending.dueOnWallClock = p.dueOnWallClock();
                    pending.add(e);
                }
            }
            s.files.put(e.id(), e);
            entries.add(e);
            if (e.file.sizeInBytes() > 0) {
                s.storageUsed += e.file.sizeInBytes();
            }
        }
        SnapshotLoader.indexAll(s, entries, null);
        // planned outcomes queue again for the instants they were planned for, in the order the files were made
        pending.sort(Comparator.comparingLong(e -> e.pending.sequence));
        for (FileEntry e : pending) {
            engine.lifecycle.plan(s, e, e.pending, e.pending.outcome, e.pending.due, e.pending.dueOnWallClock);
        }
        for (Map<?, ?> json : replay.tickets.values()) {
            s.addTicket(SiteImages.ticketFromJson(json));
        }
        s.renamedFiles.putAll(replay.aliases);
        s.changes.clear();
        idsWritten = s.ids.counter();
        eventsWritten = s.eventSequence;
        pendingWritten = s.pendingSequence;
        return s;
    }
}
