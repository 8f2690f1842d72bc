package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.SiteLimits;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.fidelity.RelianceTally;
import dev.fakewix.media.core.internal.persist.DataDirectory;
import dev.fakewix.media.core.internal.persist.SiteStore;
import dev.fakewix.media.core.internal.util.IdSource;
import dev.fakewix.media.core.model.RootFolder;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apiguardian.api.API;

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
    /** Where the site's state is kept across restarts; {@code null} for a site kept in memory only. */
    final SitePersistence persistence;
    /** Counts changes of the configuration (readiness, limits, import bytes, scenarios), to write each once. */
    private final AtomicLong configVersion = new AtomicLong();
    /** The scenarios' part of the configuration, as their owner describes it. */
    private volatile Supplier<Object> scenarioForm = () -> null;
    /** The scenarios' part of the configuration read back from the data directory, {@code null} if none. */
    private final Object recoveredScenarios;

    /** A site kept in memory only. */
    public SiteEngine(String siteId, EngineConfig config) {
        this(siteId, config, null);
    }

    /**
     * A site kept in {@code store} too (when not {@code null}): its state is read back from there now, and every
     * write is on disk there before it returns.
     */
    public SiteEngine(String siteId, EngineConfig config, SiteStore store) {
        this.siteId = siteId;
        this.config = config;
        this.clock = config.clock();
        this.readiness = config.readiness();
        this.limits = config.limits();
        this.createdAt = now();
        this.persistence = store == null ? null : new SitePersistence(this, store);
        this.transaction = new SiteTransaction(this, emptyState());
        this.tree = new FolderTree(this);
        this.fileIndex = new FileIndex(this);
        this.lifecycle = new LifecycleScheduler(this);
        this.events = new SiteEvents(this);
        this.trash = new TrashBin(this); // last: it binds the parts above
        if (persistence != null) {
            SitePersistence.Recovered recovered = persistence.recover();
            transaction.install(recovered.state());
            try {
                this.recoveredScenarios = SiteConfig.apply(this, store, recovered.config());
            } catch (IllegalStateException e) {
                throw e;
            } catch (RuntimeException e) {
                throw SitePersistence.damaged(siteId, "configuration", e);
            }
        } else {
            this.recoveredScenarios = null;
        }
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
        return new SiteState(new IdSource(config.seed(), siteId, 0), persistence != null);
    }

    // ---------------------------------------------------------------- data directory

    /** Whether the site's state is kept in a data directory. */
    public boolean isPersistent() {
        return persistence != null;
    }

    /**
     * Bytes about to become a file's, moved into the site's data directory (outside the site's lock, so that the
     * write that makes the file only names them); the same bytes when the site has none.
     */
    public StoredBytes keep(StoredBytes bytes) {
        if (persistence == null || bytes == null) {
            return bytes;
        }
        StoredBytes kept = persistence.store().keep(bytes);
        if (kept != bytes) {
            ContentStore.release(bytes);
        }
        return kept;
    }

    /** Notes that the configuration changed, and writes it to the data directory (on disk when this returns). */
    public void configChanged() {
        configVersion.incrementAndGet();
        if (persistence != null) {
            persistence.saveConfig();
        }
    }

    /**
     * Notes that the configuration changed without writing it now: how often scripted behaviours acted, which
     * changes on reads too, is written with the site's next write.
     */
    public void configTouched() {
        configVersion.incrementAndGet();
    }

    long configVersion() {
        return configVersion.get();
    }

    /** Who describes the scenarios' part of the configuration (a JSON tree, or {@code null} for none). */
    public void describeScenariosWith(Supplier<Object> form) {
        this.scenarioForm = Objects.requireNonNull(form, "form");
    }

    Object scenarioForm() {
        return scenarioForm.get();
    }

    /** The scenarios' part of the configuration the data directory held at start, {@code null} if none. */
    public Object recoveredScenarios() {
        return recoveredScenarios;
    }

    Map<String, Object> describeConfig() {
        return SiteConfig.describe(this);
    }

    /** Says once that part of the configuration is code the data directory cannot keep. */
    public void warnNotKept(String what) {
        if (persistence != null) {
            persistence.warnNotKept(what);
        }
    }

    /** Stops writing to the data directory (the fake is closing): later changes live in memory only. */
    public void stopPersisting() {
        if (persistence != null) {
            persistence.store().close();
        }
    }

    /** Stops writing to the data directory and moves the site's files aside (a removed site). */
    public void forget(DataDirectory data) {
        if (persistence != null) {
            data.removeSite(persistence.store());
        }
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
        configChanged();
    }

    void restoreReadiness(ReadinessPolicy policy) {
        this.readiness = policy;
    }

    void restoreLimits(SiteLimits limits) {
        this.limits = limits;
    }

    void restoreImportContent(String url, StoredBytes bytes) {
        importContent.put(url, bytes);
    }

    void restoreFetchLoopbackImports(boolean fetch) {
        this.fetchLoopbackImports = fetch;
    }

    Map<String, StoredBytes> importContents() {
        return importContent;
    }

    public SiteLimits limits() {
        return limits;
    }

    public void setLimits(SiteLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        configChanged();
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
        StoredBytes kept = keep(bytes);
        StoredBytes old = kept == null ? importContent.remove(url) : importContent.put(url, kept);
        ContentStore.release(old);
        configChanged();
    }

    /** Opt-in: imports of loopback http(s) URLs are fetched (see {@link dev.fakewix.media.core.internal.content.LoopbackFetch}); reset turns it off. */
    public void setFetchLoopbackImports(boolean fetch) {
        this.fetchLoopbackImports = fetch;
        configChanged();
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
        List<StoredBytes> registered = new ArrayList<>(importContent.values());
        importContent.clear();
        fetchLoopbackImports = false;
        configVersion.incrementAndGet();
        transaction.replaceState(emptyState()); // with a data directory: the empty state and configuration on disk
        registered.forEach(ContentStore::release);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
