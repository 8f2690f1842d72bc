package dev.fakewix.media.core.internal;

import dev.fakewix.media.core.MediaEvent;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.PendingFile;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.SiteLimits;
import dev.fakewix.media.core.WebhookEvent;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.model.ApplicationError;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.State;
import org.apiguardian.api.API;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * One site's brain: its state, the lock that makes every operation atomic, the lifecycle that moves pending files,
 * and the events that come out of it. The operation classes ({@link FileOperations}, {@link FolderOperations})
 * validate requests and call in here.
 */
@API(status = API.Status.INTERNAL)
public final class SiteEngine {
    public static final String MEDIA_ROOT = RootFolder.MEDIA_ROOT.folderId();
    public static final String TRASH_ROOT = RootFolder.TRASH_ROOT.folderId();
    public static final String VISITOR_UPLOADS = RootFolder.VISITOR_UPLOADS_ROOT.folderId();

    final String siteId;
    final EngineConfig config;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile SiteState state;
    /**
     * A restored snapshot whose indexes are not built yet: restoring only installs it (O(1)); the site's next use
     * builds it, under the write lock, so no reader ever sees a half-built state.
     */
    private volatile java.util.function.Supplier<SiteState> restored;
    private volatile ReadinessPolicy readiness;
    private volatile SiteLimits limits;
    private volatile OperationGate gate = OperationGate.OPEN;
    /** The clock this site runs on: the fake's, or one of its own (readiness, token expiry, dates). */
    private volatile java.time.Clock clock;
    /** Bytes tests registered for import URLs; configuration like scenarios: kept by restore, cleared by reset. */
    private final java.util.concurrent.ConcurrentHashMap<String, dev.fakewix.media.core.StoredBytes> importContent =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Instant createdAt;

    public SiteEngine(String siteId, EngineConfig config) {
        this.siteId = siteId;
        this.config = config;
        this.clock = config.clock();
        this.readiness = config.readiness();
        this.limits = config.limits();
        this.createdAt = now();
        this.state = new SiteState(new IdSource(config.seed(), siteId, 0));
    }

    public String siteId() {
        return siteId;
    }

    public EngineConfig config() {
        return config;
    }

    // ---------------------------------------------------------------- configuration

    public ReadinessPolicy readiness() {
        return readiness;
    }

    public void setReadiness(ReadinessPolicy policy) {
        this.readiness = java.util.Objects.requireNonNull(policy, "policy");
    }

    public SiteLimits limits() {
        return limits;
    }

    public void setLimits(SiteLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    /** The clock this site runs on. */
    public java.time.Clock clock() {
        return clock;
    }

    /**
     * Runs the site on {@code clock} from now on ({@code null}: the fake's clock again). Deadlines already planned
     * (pending readiness, ticket expiry) are instants and stay where they are on the new clock.
     */
    public void useClock(java.time.Clock clock) {
        this.clock = clock == null ? config.clock() : clock;
    }

    public void setGate(OperationGate gate) {
        this.gate = gate == null ? OperationGate.OPEN : gate;
    }

    /** Registers the bytes an import of {@code url} gets (replacing earlier ones); {@code null} removes them. */
    public void registerImportContent(String url, dev.fakewix.media.core.StoredBytes bytes) {
        java.util.Objects.requireNonNull(url, "url");
        dev.fakewix.media.core.StoredBytes old = bytes == null ? importContent.remove(url) : importContent.put(url, bytes);
        ContentStore.release(old);
    }

    private volatile boolean fetchLoopbackImports;

    /** Opt-in: imports of loopback http(s) URLs are fetched (see {@link LoopbackFetch}); reset turns it off. */
    public void setFetchLoopbackImports(boolean fetch) {
        this.fetchLoopbackImports = fetch;
    }

    boolean fetchesLoopbackImports() {
        return fetchLoopbackImports;
    }

    dev.fakewix.media.core.StoredBytes importContent(String url) {
        return url == null ? null : importContent.get(url);
    }

    public long storageUsed() {
        return inspect(s -> s.storageUsed);
    }

    /** The state, building a restored snapshot first if one waits. Call without holding the lock. */
    private SiteState current() {
        if (restored != null) {
            lock.writeLock().lock();
            try {
                return built();
            } finally {
                lock.writeLock().unlock();
            }
        }
        return state;
    }

    /** The state, building a restored snapshot first if one waits. Call with the write lock held. */
    private SiteState built() {
        java.util.function.Supplier<SiteState> waiting = restored;
        if (waiting != null) {
            state = waiting.get();
            restored = null;
        }
        return state;
    }

    // ---------------------------------------------------------------- atomic operations

    /** Runs a read-only operation ({@code op} null for test controls, which scenarios never touch) under the read lock, after the lifecycle has caught up with the clocks. */
    <T> T read(Operation op, RequestFacts facts, Function<SiteState, T> body) {
        if (op != null) {
            gate.before(op, facts);
        }
        settle();
        lock.readLock().lock();
        T result;
        SiteState s;
        try {
            s = state;
            result = body.apply(s);
        } finally {
            lock.readLock().unlock();
        }
        if (s.readsDue) {
            settle();
        }
        return result;
    }

    /** Runs a mutating operation under the write lock; events it causes are delivered after the lock is released. */
    <T> T write(Operation op, RequestFacts facts, Function<SiteState, T> body) {
        if (op != null) {
            gate.before(op, facts);
        }
        List<MediaEvent> events;
        T result;
        lock.writeLock().lock();
        try {
            SiteState s = built();
            processDue(s);
            Mark start = mark(s);
            try {
                result = body.apply(s);
            } catch (RuntimeException | Error failure) {
                rollbackTo(s, start); // a write that fails part-way changes nothing
                throw failure;
            } finally {
                s.undo.clear();
            }
            processDue(s);
            events = drain(s);
        } finally {
            lock.writeLock().unlock();
        }
        deliver(events);
        return result;
    }

    /** A point inside a write to roll back to: what had been created by then, and where the ids stood. */
    record Mark(int undoDepth, long idCounter, int outboxSize) {
    }

    Mark mark(SiteState s) {
        return new Mark(s.undo.size(), s.ids.counter(), s.outbox.size());
    }

    /**
     * Takes back everything created since {@code mark} (newest first), rewinds the ids and forgets the events queued
     * since (what did not happen is not announced). Under the write lock.
     */
    void rollbackTo(SiteState s, Mark mark) {
        while (s.undo.size() > mark.undoDepth()) {
            s.undo.pop().run();
        }
        s.ids.rewind(mark.idCounter());
        while (s.outbox.size() > mark.outboxSize()) {
            s.outbox.remove(s.outbox.size() - 1);
        }
    }

    /** Brings pending files up to date with the clocks (and with exhausted read budgets). */
    public void settle() {
        SiteState s = current();
        long fakeNow = clock.millis();
        if (s.readsDue || s.nextFakeDue <= fakeNow || s.nextWallDue <= config.wallClock().millis() || s.nextTicketExpiry < fakeNow) {
            List<MediaEvent> events;
            lock.writeLock().lock();
            try {
                SiteState now = built();
                processDue(now);
                events = drain(now);
            } finally {
                lock.writeLock().unlock();
            }
            deliver(events);
        }
    }

    /** Replaces the whole state with an empty one. O(1) under the lock; the old state's bytes are freed after it. */
    void replaceState(SiteState next) {
        SiteState old;
        lock.writeLock().lock();
        try {
            old = state;
            state = next;
            restored = null;
        } finally {
            lock.writeLock().unlock();
        }
        old.releaseContent();
    }

    /** Replaces the whole state with one to be built on the site's next use. O(1) under the lock. */
    void replaceStateLazily(java.util.function.Supplier<SiteState> next) {
        SiteState old;
        SiteState empty = new SiteState(new IdSource(config.seed(), siteId, 0));
        lock.writeLock().lock();
        try {
            old = state;
            state = empty; // the old state's bytes are freed now; the restored one is built on next use
            restored = next;
        } finally {
            lock.writeLock().unlock();
        }
        old.releaseContent();
    }

    public void reset() {
        replaceState(new SiteState(new IdSource(config.seed(), siteId, 0)));
        importContent.values().forEach(ContentStore::release);
        importContent.clear();
        fetchLoopbackImports = false;
    }

    private static List<MediaEvent> drain(SiteState s) {
        if (s.outbox.isEmpty()) {
            return List.of();
        }
        List<MediaEvent> events = new ArrayList<>(s.outbox);
        s.outbox.clear();
        return events;
    }

    /** Every event reaches the listeners even when one throws; the first failure is rethrown afterwards. */
    private void deliver(List<MediaEvent> events) {
        FirstFailure failures = new FirstFailure();
        events.forEach(e -> failures.run(() -> config.events().accept(e)));
        failures.rethrow();
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    // ---------------------------------------------------------------- folders

    static boolean isRoot(String folderId) {
        return MEDIA_ROOT.equals(folderId) || VISITOR_UPLOADS.equals(folderId) || TRASH_ROOT.equals(folderId);
    }

    /** The synthetic folder object of a root id. */
    Folder rootFolder(String id) {
        String name = switch (id) {
            case "media-root" -> "Site Files";
            case "trash-root" -> "Trash";
            default -> "Visitor Uploads";
        };
        return new Folder(id, name, "", createdAt, createdAt, State.OK, siteId);
    }

    /**
     * The root a live folder belongs to, or a validation error naming {@code field} when the folder does not exist
     * or is in the trash bin. Files and folders can only be placed in live folders.
     */
    RootFolder requireLiveFolder(SiteState s, String folderId, String field) {
        if (MEDIA_ROOT.equals(folderId)) {
            return RootFolder.MEDIA_ROOT;
        }
        if (VISITOR_UPLOADS.equals(folderId)) {
            return RootFolder.VISITOR_UPLOADS_ROOT;
        }
        if (TRASH_ROOT.equals(folderId)) {
            throw MediaManagerException.invalidArgument(List.of(dev.fakewix.media.core.FieldViolation.of(field, "VALIDATION",
                    "cannot place items in trash-root; use bulkDelete to move them to the trash bin")));
        }
        FolderEntry folder = s.folders.get(folderId);
        if (folder == null) {
            throw WixErrorCode.RESOURCE_NOT_FOUND.exception(field, "Folder " + folderId + " does not exist");
        }
        if (folder.trashed) {
            throw WixErrorCode.RESOURCE_NOT_FOUND.exception(field, "Folder " + folderId + " is in the trash bin; restore it first");
        }
        return folder.root;
    }

    /** The display path of a folder, e.g. {@code /photos/2024}. */
    String folderPath(SiteState s, String folderId) {
        List<String> names = new ArrayList<>();
        String id = folderId;
        int guard = 0;
        while (id != null && !isRoot(id) && guard++ < 10_000) {
            FolderEntry f = s.folders.get(id);
            if (f == null) {
                break;
            }
            names.add(0, f.folder.displayName());
            id = f.trashedFrom != null ? f.trashedFrom : f.folder.parentFolderId();
        }
        return "/" + String.join("/", names);
    }

    /** Walks {@code filePath} under {@code parentId}, creating missing folders; returns the innermost folder id. */
    String ensurePath(SiteState s, String parentId, String filePath) {
        String current = parentId;
        RootFolder root = requireLiveFolder(s, parentId, "parentFolderId");
        for (String segment : filePath.split("/")) {
            if (segment.isBlank()) {
                continue;
            }
            String name = segment.trim();
            FolderEntry existing = null;
            for (FolderEntry child : s.foldersIn(current).all()) {
                if (!child.trashed && child.folder.displayName().equals(name)) {
                    existing = child;
                    break;
                }
            }
            if (existing == null) {
                existing = insertFolder(s, name, current, root);
            }
            current = existing.folder.id();
        }
        return current;
    }

    FolderEntry insertFolder(SiteState s, String displayName, String parentId, RootFolder root) {
        Instant now = now();
        Folder folder = new Folder(s.ids.nextHex32(), displayName, parentId, now, now, State.OK, siteId);
        FolderEntry entry = new FolderEntry(folder, root);
        s.folders.put(folder.id(), entry);
        indexFolder(s, entry);
        s.outbox.add(new MediaEvent.FolderCreated(metadata(s, folder.id(), WebhookEvent.FOLDER_CREATED), folder));
        s.undo.push(() -> {
            unindexFolder(s, entry);
            s.folders.remove(entry.id());
        });
        return entry;
    }

    void indexFolder(SiteState s, FolderEntry e) {
        s.foldersIn(e.folder.parentFolderId()).add(e);
        (e.trashed ? s.trashedFolders : s.liveFolders).add(e);
    }

    void unindexFolder(SiteState s, FolderEntry e) {
        SortedIndex<FolderEntry> siblings = s.foldersByParent.get(e.folder.parentFolderId());
        if (siblings != null) {
            siblings.remove(e);
            if (siblings.isEmpty()) {
                s.foldersByParent.remove(e.folder.parentFolderId());
            }
        }
        (e.trashed ? s.trashedFolders : s.liveFolders).remove(e);
    }

    /** Every folder below {@code folderId} (not itself), parents before children. */
    List<FolderEntry> descendantFolders(SiteState s, String folderId) {
        List<FolderEntry> out = new ArrayList<>();
        List<String> frontier = new ArrayList<>(List.of(folderId));
        while (!frontier.isEmpty()) {
            String id = frontier.remove(frontier.size() - 1);
            SortedIndex<FolderEntry> children = s.foldersByParent.get(id);
            if (children != null) {
                for (FolderEntry child : children.all()) {
                    out.add(child);
                    frontier.add(child.folder.id());
                }
            }
        }
        return out;
    }

    List<FileEntry> filesDirectlyIn(SiteState s, String folderId) {
        SortedIndex<FileEntry> files = s.filesByParent.get(folderId);
        return files == null ? List.of() : files.all();
    }

    // ---------------------------------------------------------------- files

    /** The schemes of Wix media URLs, with and without {@code wix:}; a set, so a lookup compiles no regex. */
    private static final java.util.Set<String> MEDIA_URL_SCHEMES = java.util.Set.of(
            "image", "video", "document", "audio", "vector", "archive", "model3d",
            "wix:image", "wix:video", "wix:document", "wix:audio", "wix:vector", "wix:archive", "wix:model3d");

    /** The file id inside a Wix media URL ({@code wix:image://v1/<id>/name#...}), or the argument itself. */
    static String fileIdOf(String idOrUrl) {
        if (idOrUrl == null) {
            return null;
        }
        int scheme = idOrUrl.indexOf("://v1/");
        if (scheme > 0) {
            String prefix = idOrUrl.substring(0, scheme);
            if (MEDIA_URL_SCHEMES.contains(prefix)) {
                String rest = idOrUrl.substring(scheme + 6);
                int end = rest.length();
                int slash = rest.indexOf('/');
                int hash = rest.indexOf('#');
                if (slash >= 0) {
                    end = slash;
                }
                if (hash >= 0 && hash < end) {
                    end = hash;
                }
                return rest.substring(0, end);
            }
        }
        return idOrUrl;
    }

    /** A stored file (live or trashed) or RESOURCE_NOT_FOUND naming {@code field}. */
    FileEntry requireFile(SiteState s, String idOrUrl, String field) {
        String id = fileIdOf(idOrUrl);
        FileEntry e = id == null ? null : s.file(id);
        if (e == null) {
            throw WixErrorCode.RESOURCE_NOT_FOUND.exception(field, "File " + idOrUrl + " does not exist");
        }
        return e;
    }

    void indexFile(SiteState s, FileEntry e) {
        s.filesIn(e.file.parentFolderId()).add(e);
        (e.trashed ? s.trashedFiles : s.liveFiles).add(e);
        s.terms.add(e);
    }

    void unindexFile(SiteState s, FileEntry e) {
        SortedIndex<FileEntry> siblings = s.filesByParent.get(e.file.parentFolderId());
        if (siblings != null) {
            siblings.remove(e);
            if (siblings.isEmpty()) {
                s.filesByParent.remove(e.file.parentFolderId());
            }
        }
        (e.trashed ? s.trashedFiles : s.liveFiles).remove(e);
        s.terms.remove(e);
    }

    /** Replaces a file's descriptor, keeping the indexes in order. */
    void replaceFile(SiteState s, FileEntry e, FileDescriptor next) {
        unindexFile(s, e);
        e.file = next;
        indexFile(s, e);
    }

    /** Everything needed to create a file, once validated. */
    record NewFile(String id, String displayName, MediaType mediaType, String mimeType, String parentFolderId,
                   RootFolder root, boolean isPrivate, List<String> labels, ExternalInfo externalInfo,
                   String sourceUrl, dev.fakewix.media.core.StoredBytes content) {
    }

    /** Creates a PENDING file and plans its readiness. Returns the stored entry. */
    FileEntry insertFile(SiteState s, NewFile spec) {
        Instant now = now();
        MediaUrls urls = MediaUrls.of(spec.mediaType(), spec.id(), siteId);
        if (spec.isPrivate()) {
            urls = urls.hidden(); // a private file has no public URL (Wix's private-files page): its bytes need a download URL
        }
        long size = spec.content() == null ? -1 : spec.content().size();
        FileDescriptor file = new FileDescriptor(spec.id(), spec.displayName(), urls.url(), spec.parentFolderId(), "",
                size, spec.isPrivate(), spec.mediaType(), null, OperationStatus.PENDING, spec.sourceUrl(),
                urls.pendingThumbnail(), spec.labels(), now, now, siteId, State.OK);
        // the policy is the caller's code and may throw: ask it before the state changes, so the operation stays atomic
        PendingFile pendingFile = new PendingFile(siteId, file.id(), file.displayName(), file.mediaType(),
                spec.mimeType(), spec.parentFolderId(), folderPath(s, spec.parentFolderId()), spec.labels(),
                spec.externalInfo(), spec.content() != null, spec.sourceUrl());
        Readiness plan = readiness.decide(pendingFile);
        if (plan == null) {
            throw new IllegalStateException("ReadinessPolicy " + readiness + " returned null for " + pendingFile);
        }
        FileEntry entry = new FileEntry(file, spec.mimeType(), spec.displayName(), spec.externalInfo(), spec.content(),
                spec.root());
        s.files.put(file.id(), entry);
        indexFile(s, entry);
        if (size > 0) {
            s.storageUsed += size;
        }
        startPending(s, entry, plan);
        s.undo.push(() -> forgetFile(s, entry)); // the bytes stay the caller's, who frees them when the write fails
        return entry;
    }

    /** The ending of a vector's id while it is PENDING after an import; READY, it becomes {@code .svg}. */
    static final String TEMPORARY_VECTOR = "-tmp.svg";

    /** A new id for an imported file: a vector's is temporary until it is READY (as in Wix's bulk-import sample). */
    String newImportedFileId(SiteState s, MediaType type, String extension) {
        String id = newFileId(s, type, extension);
        return type == MediaType.VECTOR ? id.substring(0, id.length() - 4) + TEMPORARY_VECTOR : id;
    }

    String newFileId(SiteState s, MediaType type, String extension) {
        String base = s.ids.ownerPrefix() + "_" + s.ids.nextHex32();
        return switch (type) {
            case IMAGE -> base + "~mv2." + extension;
            case VIDEO -> base;
            case VECTOR -> base + ".svg";
            default -> base + "." + extension;
        };
    }

    /** Removes a file for good, and frees its bytes. */
    void purgeFile(SiteState s, FileEntry e) {
        forgetFile(s, e);
        ContentStore.release(e.content);
    }

    /** Removes a file without freeing its bytes (a rolled-back creation: the bytes still belong to the caller). */
    private void forgetFile(SiteState s, FileEntry e) {
        unindexFile(s, e);
        s.files.remove(e.file.id());
        e.pending = null;
        if (e.file.sizeInBytes() > 0) {
            s.storageUsed -= e.file.sizeInBytes();
        }
    }

    // ---------------------------------------------------------------- lifecycle

    void startPending(SiteState s, FileEntry entry, Readiness plan) {
        startPending(s, entry, plan, clock.millis(), config.wallClock().millis());
    }

    /** As above, with the plan's delays counted from the given instants (a restored snapshot's restore time). */
    void startPending(SiteState s, FileEntry entry, Readiness plan, long fakeClockStart, long wallClockStart) {
        FileEntry.Pending pending = new FileEntry.Pending(plan, now(), s.pendingSequence++);
        entry.pending = pending;
        if (plan instanceof Readiness.Ready || plan instanceof Readiness.Fail) {
            schedule(s, entry, pending, plan, fakeClockStart, wallClockStart);
        }
    }

    private void schedule(SiteState s, FileEntry entry, FileEntry.Pending pending, Readiness outcome,
                          long fakeClockStart, long wallClockStart) {
        boolean wall;
        java.time.Duration delay;
        if (outcome instanceof Readiness.Ready r) {
            wall = r.timeBase() == Readiness.TimeBase.WALL_CLOCK;
            delay = r.delay();
        } else {
            Readiness.Fail f = (Readiness.Fail) outcome;
            wall = f.timeBase() == Readiness.TimeBase.WALL_CLOCK;
            delay = f.delay();
        }
        long base = wall ? wallClockStart : fakeClockStart;
        long due = saturatedAdd(base, delay.toMillis());
        SiteState.Transition t = new SiteState.Transition(due, s.transitionSequence++, entry, pending, outcome);
        if (wall) {
            s.wallClockQueue.add(t);
            s.nextWallDue = s.wallClockQueue.peek().due();
        } else {
            s.fakeClockQueue.add(t);
            s.nextFakeDue = s.fakeClockQueue.peek().due();
        }
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    /** Counts a read of a pending file whose readiness waits for reads. Safe under the read lock. */
    void noteRead(SiteState s, FileEntry e) {
        FileEntry.Pending p = e.pending;
        if (p != null && p.plan instanceof Readiness.AfterReads) {
            synchronized (p) {
                if (p.readsLeft > 0 && --p.readsLeft == 0) {
                    s.readsExhausted.add(e);
                    s.readsDue = true;
                }
            }
        }
    }

    /** Applies every transition that is due, and forgets expired upload URLs. Called under the write lock. */
    void processDue(SiteState s) {
        s.dropExpiredTickets(clock.millis());
        if (s.readsDue) {
            s.readsDue = false;
            FileEntry e;
            while ((e = s.readsExhausted.poll()) != null) {
                if (e.pending != null && e.pending.plan instanceof Readiness.AfterReads r) {
                    schedule(s, e, e.pending, r.outcome(), clock.millis(), config.wallClock().millis());
                }
            }
        }
        runQueue(s, s.fakeClockQueue, clock.millis());
        runQueue(s, s.wallClockQueue, config.wallClock().millis());
        s.nextFakeDue = s.fakeClockQueue.isEmpty() ? Long.MAX_VALUE : s.fakeClockQueue.peek().due();
        s.nextWallDue = s.wallClockQueue.isEmpty() ? Long.MAX_VALUE : s.wallClockQueue.peek().due();
    }

    private void runQueue(SiteState s, java.util.PriorityQueue<SiteState.Transition> queue, long now) {
        while (!queue.isEmpty() && queue.peek().due() <= now) {
            SiteState.Transition t = queue.poll();
            FileEntry e = t.entry();
            if (e.pending != t.pending() || s.files.get(e.file.id()) != e) {
                continue; // marked by hand, deleted, or from a replaced state
            }
            if (t.outcome() instanceof Readiness.Fail f) {
                fail(s, e, f.error());
            } else {
                ready(s, e, false);
            }
        }
    }

    /** Turns a file READY and queues File Ready. */
    FileDescriptor ready(SiteState s, FileEntry e, boolean triggeredByUndelete) {
        if (e.file.operationStatus() != OperationStatus.READY) {
            e.pending = null;
            if (e.id().endsWith(TEMPORARY_VECTOR)) {
                finalVectorId(s, e);
            }
            long before = Math.max(0, e.file.sizeInBytes());
            FileDescriptor readyFile = MediaFacts.ready(e, siteId);
            replaceFile(s, e, readyFile);
            s.storageUsed += Math.max(0, readyFile.sizeInBytes()) - before;
        }
        s.outbox.add(new MediaEvent.FileReady(metadata(s, e.id(), WebhookEvent.FILE_READY), e.file,
                e.externalInfo, triggeredByUndelete));
        return e.file;
    }

    /** A vector leaves its temporary id once processed; the temporary id keeps answering with the file. */
    private void finalVectorId(SiteState s, FileEntry e) {
        String temporary = e.id();
        String id = temporary.substring(0, temporary.length() - TEMPORARY_VECTOR.length()) + ".svg";
        FileDescriptor f = e.file;
        MediaUrls urls = MediaUrls.of(MediaType.VECTOR, id, siteId);
        if (f.isPrivate()) {
            urls = urls.hidden();
        }
        unindexFile(s, e);
        s.files.remove(temporary);
        e.file = f.withId(id).withUrl(urls.url()).withThumbnailUrl(urls.pendingThumbnail());
        s.files.put(id, e);
        s.renamedFiles.put(temporary, id);
        indexFile(s, e);
    }

    /** Turns a file FAILED and queues File Failed. */
    FileDescriptor fail(SiteState s, FileEntry e, ApplicationError error) {
        e.pending = null;
        FileDescriptor f = e.file;
        replaceFile(s, e, f.withoutMedia().withOperationStatus(OperationStatus.FAILED));
        s.outbox.add(new MediaEvent.FileFailed(metadata(s, e.id(), WebhookEvent.FILE_FAILED),
                e.externalInfo, error));
        return e.file;
    }

    /** Queues File Descriptor Updated with the file as it is now. */
    void fileUpdated(SiteState s, FileEntry e) {
        s.outbox.add(new MediaEvent.FileDescriptorUpdated(metadata(s, e.id(), WebhookEvent.FILE_DESCRIPTOR_UPDATED), e.file));
    }

    /** Queues File Descriptor Deleted. */
    void fileDeleted(SiteState s, String fileId, boolean movedToTrash) {
        s.outbox.add(new MediaEvent.FileDescriptorDeleted(metadata(s, fileId, WebhookEvent.FILE_DESCRIPTOR_DELETED), movedToTrash));
    }

    /** Queues Folder Updated with the folder as it is now. */
    void folderUpdated(SiteState s, FolderEntry e) {
        s.outbox.add(new MediaEvent.FolderUpdated(metadata(s, e.id(), WebhookEvent.FOLDER_UPDATED), e.folder));
    }

    /** Queues Folder Deleted. */
    void folderDeleted(SiteState s, String folderId, boolean movedToTrash) {
        s.outbox.add(new MediaEvent.FolderDeleted(metadata(s, folderId, WebhookEvent.FOLDER_DELETED), movedToTrash));
    }

    /**
     * The one place event metadata is made: a deterministic unique id (seed, site, site-wide event count), the time
     * of the fake clock and a sequence that increases per entity.
     */
    private MediaEvent.Metadata metadata(SiteState s, String entityId, WebhookEvent type) {
        long seq = ++s.eventSequence;
        String id = IdSource.guid(config.seed() ^ siteId.hashCode() ^ seq * 0x9E3779B97F4A7C15L);
        long entitySequence = s.entitySequences.merge(entityId, 1L, Long::sum);
        return new MediaEvent.Metadata(id, type.entityFqdn(), type.eventType(), type.slug(), entityId, now(), siteId,
                entitySequence);
    }

    // ---------------------------------------------------------------- lifecycle API

    public FileDescriptor markReady(String fileId) {
        return write(null, RequestFacts.NONE, s -> {
            FileEntry e = requireFile(s, fileId, "fileId");
            if (e.file.operationStatus() == OperationStatus.READY) {
                return e.file;
            }
            if (e.file.operationStatus() == OperationStatus.FAILED) {
                throw WixErrorCode.FAILED_PRECONDITION.exception("fileId", "File " + fileId + " has FAILED; only a PENDING file can be marked READY");
            }
            return ready(s, e, false);
        });
    }

    public FileDescriptor markFailed(String fileId, String code, String description) {
        ApplicationError error = ApplicationError.of(code, description);
        return write(null, RequestFacts.NONE, s -> {
            FileEntry e = requireFile(s, fileId, "fileId");
            if (e.file.operationStatus() != OperationStatus.PENDING) {
                throw WixErrorCode.FAILED_PRECONDITION.exception("fileId", "File " + fileId + " is "
                        + e.file.operationStatus() + "; only a PENDING file can be marked FAILED");
            }
            return fail(s, e, error);
        });
    }

    public List<String> pendingFileIds() {
        settle();
        lock.readLock().lock();
        try {
            return state.files.values().stream().filter(e -> e.pending != null)
                    .sorted(Comparator.comparing((FileEntry e) -> e.file.createdDate()).thenComparingLong(e -> e.pending.sequence))
                    .map(FileEntry::id).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---------------------------------------------------------------- snapshots

    /** A consistent copy of everything the site holds. */
    public <T> T inspect(Function<SiteState, T> reader) {
        settle();
        lock.readLock().lock();
        try {
            return reader.apply(state);
        } finally {
            lock.readLock().unlock();
        }
    }
}
