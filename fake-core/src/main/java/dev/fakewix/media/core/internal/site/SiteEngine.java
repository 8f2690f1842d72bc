package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.fidelity.RelianceTally;
import dev.fakewix.media.core.internal.util.IdSource;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.SiteLimits;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.model.RootFolder;
import org.apiguardian.api.API;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One site's hub: its configuration (readiness, limits, clock, scenario gate, import bytes) and the parts that do
 * the work, each one task: the {@link SiteTransaction} (state, lock, rollback, event delivery), the
 * {@link FolderTree}, the {@link FileIndex}, the {@link LifecycleScheduler}, the {@link SiteEvents} and the
 * {@link TrashBin}. The operation classes ({@link FileOperations}, {@link FolderOperations}) validate requests and
 * call into the parts.
 */
@API(status = API.Status.INTERNAL)
public final class SiteEngine {
    public static final String MEDIA_ROOT = RootFolder.MEDIA_ROOT.folderId();
    public static final String TRASH_ROOT = RootFolder.TRASH_ROOT.folderId();
    public static final String VISITOR_UPLOADS = RootFolder.VISITOR_UPLOADS_ROOT.folderId();

    final String siteId;
    final EngineConfig config;
    final Instant createdAt;
    final SiteTransaction transaction;
    final FolderTree tree;
    final FileIndex fileIndex;
    final LifecycleScheduler lifecycle;
    final SiteEvents events;
    final TrashBin trash;

    private volatile ReadinessPolicy readiness;
    private volatile SiteLimits limits;
    private volatile OperationGate gate = OperationGate.OPEN;
    /** The clock this site runs on: the fake's, or one of its own (readiness, token expiry, dates). */
    private volatile Clock clock;
    /** Bytes tests registered for import URLs; configuration like scenarios: kept by restore, cleared by reset. */
    private final ConcurrentHashMap<String, StoredBytes> importContent = new ConcurrentHashMap<>();
    private volatile boolean fetchLoopbackImports;
    /** The guesses requests to this site met; kept across reset and restore, like a journal (a removed site's goes). */
    private final RelianceTally reliance = new RelianceTally();

    public SiteEngine(String siteId, EngineConfig config) {
        this.siteId = siteId;
        this.config = config;
        this.clock = config.clock();
        this.readiness = config.readiness();
        this.limits = config.limits();
        this.createdAt = now();
        this.transaction = new SiteTransaction(this, emptyState());
        this.tree = new FolderTree(this);
        this.fileIndex = new FileIndex(this);
        this.lifecycle = new LifecycleScheduler(this);
        this.events = new SiteEvents(this);
        this.trash = new TrashBin(this); // last: it binds the parts above
    }

    public String siteId() {
        return siteId;
    }

    public EngineConfig config() {
        return config;
    }

    /** Reads and writes of the site's state, atomically. */
    public SiteTransaction transaction() {
        return transaction;
    }

    /** Pending files and the test controls that mark them. */
    public LifecycleScheduler lifecycle() {
        return lifecycle;
    }

    SiteState emptyState() {
        return new SiteState(new IdSource(config.seed(), siteId, 0));
    }

    // ---------------------------------------------------------------- configuration

    /** What the requests to this site relied on. */
    public RelianceTally reliance() {
        return reliance;
    }

    /**
     * Starts recording what {@code operation}, called on this site, relies on, when the fake records plain Java calls;
     * {@code null} otherwise (and inside a request recorded already). End it with {@link Reliance#close}.
     */
    Reliance.Frame relying(Operation operation) {
        return config.reliance().isOn() ? Reliance.open(reliance, operation.sdkName()) : null;
    }

    public ReadinessPolicy readiness() {
        return readiness;
    }

    public void setReadiness(ReadinessPolicy policy) {
        this.readiness = Objects.requireNonNull(policy, "policy");
    }

    public SiteLimits limits() {
        return limits;
    }

    public void setLimits(SiteLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The clock this site runs on. */
    public Clock clock() {
        return clock;
    }

    /**
     * Runs the site on {@code clock} from now on ({@code null}: the fake's clock again). Deadlines already planned
     * (pending readiness, ticket expiry) are instants and stay where they are on the new clock.
     */
    public void useClock(Clock clock) {
        this.clock = clock == null ? config.clock() : clock;
    }

    public void setGate(OperationGate gate) {
        this.gate = gate == null ? OperationGate.OPEN : gate;
    }

    OperationGate gate() {
        return gate;
    }

    /** Registers the bytes an import of {@code url} gets (replacing earlier ones); {@code null} removes them. */
    public void registerImportContent(String url, StoredBytes bytes) {
        Objects.requireNonNull(url, "url");
        StoredBytes old = bytes == null ? importContent.remove(url) : importContent.put(url, bytes);
        ContentStore.release(old);
    }

    /** Opt-in: imports of loopback http(s) URLs are fetched (see {@link dev.fakewix.media.core.internal.content.LoopbackFetch}); reset turns it off. */
    public void setFetchLoopbackImports(boolean fetch) {
        this.fetchLoopbackImports = fetch;
    }

    boolean fetchesLoopbackImports() {
        return fetchLoopbackImports;
    }

    StoredBytes importContent(String url) {
        return url == null ? null : importContent.get(url);
    }

    public long storageUsed() {
        return transaction.inspect(s -> s.storageUsed);
    }

    public void reset() {
        transaction.replaceState(emptyState());
        importContent.values().forEach(ContentStore::release);
        importContent.clear();
        fetchLoopbackImports = false;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
