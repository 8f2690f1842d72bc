package dev.fakewix.media.core;

import dev.fakewix.media.core.face.SiteId;
import dev.fakewix.media.core.face.TransferUrls;
import dev.fakewix.media.core.face.Transfers;
import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.persist.DataDirectory;
import dev.fakewix.media.core.internal.scenario.ScenarioPasses;
import dev.fakewix.media.core.internal.site.EngineConfig;
import dev.fakewix.media.core.internal.site.SiteEngine;
import dev.fakewix.media.core.internal.site.SiteRoutedTransfers;
import dev.fakewix.media.core.internal.util.FirstFailure;
import dev.fakewix.media.core.internal.util.Tokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory, deterministic fake of the Wix Media Manager: files, folders, trash bin, file lifecycle, upload and
 * download URLs, for any number of isolated sites. This is the brain; the HTTP facade and the JUnit extension are
 * thin faces over it.
 *
 * <pre>{@code
 * FakeMediaManager fake = FakeMediaManager.builder()
 *         .seed(42)
 *         .clock(VirtualClock.frozenAt(Instant.parse("2024-01-01T00:00:00Z")))
 *         .readiness(Readiness.readyAfter(Duration.ofMinutes(1)))
 *         .build();
 * Files files = fake.site().files();                        // the default site; fake.site(id) for others
 * FileDescriptor file = files.importFile(ImportFileRequest.of("https://example.com/cat.jpg"));
 * fake.clock().advance(Duration.ofMinutes(1));
 * assert files.getFileDescriptor(file.id()).operationStatus() == OperationStatus.READY;
 * }</pre>
 *
 * <p><b>Thread-safety:</b> every operation is atomic and may be called from any thread. <b>Determinism:</b> ids
 * come from the seed (per site), time from the {@link VirtualClock}; the same seed and calls give the same results.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FakeMediaManager implements AutoCloseable {
    /** The default {@link Builder#contentMemoryBudget(long)}: 64 MiB. */
    @Decides(Guess.CONTENT_MEMORY_BUDGET)
    public static final long DEFAULT_CONTENT_MEMORY_BUDGET = 64L * 1024 * 1024;

    /** The site id used when none is given. */
    public static final String DEFAULT_SITE_ID = "3ecba886-4267-11ee-be56-0242ac120002";

    private final String defaultSiteId;
    private final VirtualClock clock;
    private final EngineConfig config;
    private final Map<String, MediaSite> sites = new ConcurrentHashMap<>();
    private final List<Consumer<MediaEvent>> listeners = new CopyOnWriteArrayList<>();
    /** Where transfer URLs point: Wix's hosts until a face serving them points them at itself. */
    private volatile TransferUrls transferUrls = TransferUrls.wix();

    private final Transfers transfers;
    private final Webhooks webhooks;
    private final ScenarioPasses passes = new ScenarioPasses();
    /** Where the state is kept across restarts; {@code null} when it lives in memory only. */
    private final @Nullable DataDirectory data;

    private FakeMediaManager(Builder b) {
        this.defaultSiteId = b.siteId;
        this.clock = b.clock;
        this.data = b.dataDirectory == null ? null : DataDirectory.open(b.dataDirectory);
        try {
            // with a data directory, URLs handed out before a restart keep working after it
            byte[] secret = b.tokenSecret != null ? b.tokenSecret : data != null ? data.tokenSecret() : null;
            Tokens tokens = secret == null ? Tokens.withRandomSecret() : new Tokens(secret);
            this.config = new EngineConfig(
                    b.clock,
                    b.wallClock,
                    b.seed,
                    tokens,
                    b.readiness,
                    b.limits,
                    this::publish,
                    () -> transferUrls,
                    new ContentStore(b.contentMemoryBudget, b.contentDirectory),
                    new dev.fakewix.media.core.internal.fidelity.RelianceRecording(),
                    b.readinessChosen ? null : b.readiness,
                    this::eventsHeard);
            this.transfers =
                    new SiteRoutedTransfers(tokens, siteId -> site(siteId).transfers());
            this.webhooks = new Webhooks(
                    b.seed,
                    b.clock,
                    b.wallClock,
                    b.webhookKey,
                    b.webhookPolicy,
                    b.accountId,
                    (event, perAttempt) -> {
                        MediaSite site = sites.get(event.metadata().siteId());
                        return site == null ? null : site.webhookFault(event, perAttempt);
                    },
                    this::relianceOf);
            if (data != null) {
                Map<String, Object> saved = data.clock();
                if (saved.isEmpty()) {
                    data.saveClock(clock::state); // the clock the first start was given is the directory's from now on
                } else {
                    clock.restoreState(saved); // the directory's clock wins over the one configured
                }
                clock.onStateChange(() -> data.saveClock(clock::state));
                data.siteIds().forEach(this::site); // each site reads its state back now
            }
        } catch (RuntimeException | Error e) {
            if (data != null) {
                data.close();
            }
            throw e;
        }
        clock.onChange(this::settleAll);
    }

    /**
     * The one way to make a fake: {@code FakeMediaManager.builder().build()} has the defaults (seed 0, a clock
     * following wall time, {@link Readiness#ready()}, no quota).
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The default site. */
    public MediaSite site() {
        return site(defaultSiteId);
    }

    /** A site by id, created empty on first use. */
    public MediaSite site(String siteId) {
        SiteId.parse(siteId);
        return sites.computeIfAbsent(
                siteId,
                id -> new MediaSite(new SiteEngine(id, config, data == null ? null : data.site(id)), passes, clock));
    }

    /** Records from now on what plain Java calls rely on, per site (through {@code FaceAccess}, for the faces). */
    void recordReliance() {
        config.reliance().turnOn();
    }

    /** The site ids used so far. */
    public List<String> siteIds() {
        return sites.keySet().stream().sorted().toList();
    }

    /** Whether a site has been used. */
    public boolean hasSite(String siteId) {
        return sites.containsKey(siteId);
    }

    /**
     * Forgets a site: it is emptied (so anyone still holding its {@link MediaSite} sees it empty) and dropped; the
     * next use of the id starts a fresh site. Meant for many short-lived sites on one long-lived fake, such as a
     * test per site on a shared server. Returns whether the site existed.
     */
    public boolean removeSite(String siteId) {
        MediaSite site = sites.remove(siteId);
        if (site != null) {
            if (data != null) {
                site.engine().forget(data); // its files leave the data directory first, so the reset writes nothing
            }
            site.reset();
        }
        return site != null;
    }

    /** Upload completion and download resolution, for every site (tokens name their site); for faces. */
    Transfers transfers() {
        return transfers;
    }

    /** The scenario passes of the requests faces serve, per thread. */
    ScenarioPasses passes() {
        return passes;
    }

    /** The fake's clock. */
    public VirtualClock clock() {
        return clock;
    }

    /** The id seed. */
    public long seed() {
        return config.seed();
    }

    /** The default site's id. */
    public String defaultSiteId() {
        return defaultSiteId;
    }

    /** Points upload and download URLs somewhere else (the HTTP facade points them at itself, via FaceAccess). */
    void setTransferUrls(TransferUrls urls) {
        this.transferUrls = Objects.requireNonNull(urls, "urls");
    }

    /**
     * Deletes the temporary directory that holds uploaded bytes beyond the memory budget (see
     * {@link Builder#contentMemoryBudget(long)}). The sites stay, but files whose bytes were in that directory can no
     * longer be downloaded. With a {@link Builder#dataDirectory data directory}, releases it too (another fake may
     * open it then); later changes are not kept. Idempotent; the directory is also deleted when the JVM exits.
     */
    @Override
    public void close() {
        config.content().close();
        if (data != null) {
            sites.values().forEach(site -> site.engine().stopPersisting());
            data.close();
        }
    }

    /** Heap bytes the uploaded files of every site hold now; the rest is in the temporary directory. */
    public long contentBytesInMemory() {
        return config.content().bytesInMemory();
    }

    /** Empties every site, each atomically in O(1). Listeners and configuration stay. */
    public void reset() {
        sites.values().forEach(MediaSite::reset);
    }

    /**
     * Registers a listener for File Ready / File Failed events of every site. Events are delivered on the thread
     * whose call caused them, after the state change is visible. Close the returned handle to unregister.
     */
    public AutoCloseable onEvent(Consumer<MediaEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Webhook subscriptions, the signing key and the delivery journal: the same events as {@link #onEvent}, sent
     * over HTTP as Wix sends them.
     */
    public Webhooks webhooks() {
        return webhooks;
    }

    /**
     * Every listener gets the event even when one throws; the first failure is rethrown afterwards. Webhook
     * subscribers get it too, queued without waiting.
     */
    private void publish(MediaEvent event) {
        FirstFailure failures = new FirstFailure();
        listeners.forEach(l -> failures.run(() -> l.accept(event)));
        failures.run(() -> webhooks.offer(event));
        failures.rethrow();
    }

    /** Whether anyone receives events now: an in-process listener or a webhook subscription. */
    private boolean eventsHeard() {
        return !listeners.isEmpty() || webhooks.hasSubscriptions();
    }

    /** Where the requests of a site count what they rely on; {@code null} when the fake does not record, or no such site. */
    private dev.fakewix.media.core.internal.fidelity.@Nullable RelianceTally relianceOf(String siteId) {
        MediaSite site = config.reliance().isOn() ? sites.get(siteId) : null;
        return site == null ? null : site.engine().reliance();
    }

    /** After the clock moved: every site catches up, even when a listener of one of them throws; webhooks due go. */
    private void settleAll() {
        FirstFailure failures = new FirstFailure();
        sites.values().forEach(site -> failures.run(site::settle));
        failures.run(webhooks::clockMoved);
        failures.rethrow();
    }

    /**
     * Configures a {@link FakeMediaManager}.
     *
     * <pre>{@code FakeMediaManager.builder().siteId("my-site").seed(7).readiness(Readiness.manual()).build()}</pre>
     */
    public static final class Builder {
        private String siteId = DEFAULT_SITE_ID;
        private VirtualClock clock = VirtualClock.followingWallTime();
        private Clock wallClock = Clock.systemUTC();
        private long seed;

        @Decides(Guess.DEFAULT_READINESS_IMMEDIATE)
        private ReadinessPolicy readiness = Readiness.ready();

        private boolean readinessChosen;
        private SiteLimits limits = SiteLimits.unlimited();
        private long contentMemoryBudget = DEFAULT_CONTENT_MEMORY_BUDGET;
        private java.nio.file.@Nullable Path contentDirectory;
        private @Nullable WebhookSigningKey webhookKey;
        private WebhookPolicy webhookPolicy = WebhookPolicy.defaults();
        private String accountId = Webhooks.DEFAULT_ACCOUNT_ID;
        private byte @Nullable [] tokenSecret;
        private java.nio.file.@Nullable Path dataDirectory;

        private Builder() {}

        /**
         * Keeps the state in {@code directory}, so that a new fake on the same directory (after a restart, or a
         * {@code kill -9}) starts where this one stopped: every site with its files, folders and trash bin, the
         * uploaded and registered bytes, upload URLs not used yet, each site's readiness policy, limits and scripted
         * behaviours, and the clock. Every write is on disk before it returns. The directory is made when missing;
         * one fake at a time may use it.
         *
         * <pre>{@code
         * FakeMediaManager fake = FakeMediaManager.builder().dataDirectory(Path.of("build/fake-media")).build();
         * fake.site().files().importFile(ImportFileRequest.of("https://example.com/cat.jpg"));
         * fake.close();
         * FakeMediaManager again = FakeMediaManager.builder().dataDirectory(Path.of("build/fake-media")).build();
         * assert again.site().files().listFiles(ListFilesRequest.all()).files().size() == 1;
         * }</pre>
         *
         * <p>Not kept: webhook subscriptions (subscribe again at start), resumable uploads in progress (their clients
         * start over), archive URLs, a site's own clock ({@link MediaSite#useClock}), and readiness policies or
         * request matches written as the caller's own code (a warning names them). {@code build()} fails with an
         * {@link IllegalStateException} saying what to do when the directory cannot be written, is in use by another
         * fake, is damaged, or was written by a newer version. See {@code docs/persistence.md}.
         */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Heap bytes the uploaded files of all sites may hold together (default 64 MiB); bytes beyond it go to a
         * temporary directory, deleted on reset, {@code removeSite}, {@link #close()} and JVM exit. {@code 0} keeps
         * every byte on disk.
         */
        public Builder contentMemoryBudget(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("contentMemoryBudget must be >= 0 bytes, was " + bytes);
            }
            this.contentMemoryBudget = bytes;
            return this;
        }

        /** Where the temporary directory for uploaded bytes is made; default the system's temp directory. */
        public Builder contentDirectory(Path directory) {
            this.contentDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * The key webhooks are signed with, e.g. {@code WebhookSigningKey.fromPem(pem)} to pin the public key in an app's
         * test config; default: a random key per JVM, made when webhooks are first used.
         */
        public Builder webhookKey(WebhookSigningKey key) {
            this.webhookKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * The account id events carry in {@code accountInfo.accountId} (a GUID), for every site that was given none
         * ({@link Webhooks#useAccountId}); default {@link Webhooks#DEFAULT_ACCOUNT_ID}.
         *
         * @throws IllegalArgumentException when it is not a GUID
         */
        public Builder accountId(String accountId) {
            this.accountId = Webhooks.checkedAccountId(accountId);
            return this;
        }

        /** How webhooks are delivered and retried; default {@link WebhookPolicy#defaults()}. */
        public Builder webhookPolicy(WebhookPolicy policy) {
            this.webhookPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The default site's id (a GUID at Wix). */
        public Builder siteId(String siteId) {
            this.siteId = SiteId.parse(siteId).value();
            return this;
        }

        /** The clock of the fake; default: following wall time. */
        public Builder clock(VirtualClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The real-time clock used by wall-time readiness; replace only to test the fake itself. */
        public Builder wallClock(Clock wallClock) {
            this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
            return this;
        }

        /** The seed of ids (and of event ids, and of scripted randomness); not of token signatures, see {@link #tokenSecret}. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Pins the secret that signs upload and download tokens, for byte-identical URLs across runs (e.g. golden
         * files of upload URLs). By default every fake signs with a fresh random secret, so that no one can mint a
         * token from public information; ids stay deterministic either way.
         *
         * <pre>{@code FakeMediaManager.builder().seed(42).tokenSecret("ci-only-secret").build()}</pre>
         *
         * <p>Anyone who knows the secret can forge tokens for this fake (download private files, upload anywhere):
         * keep it out of places an attacker reads if the fake is reachable by others.
         *
         * @param secret at least one character; its UTF-8 bytes are the HMAC-SHA256 key
         */
        public Builder tokenSecret(String secret) {
            Objects.requireNonNull(secret, "secret");
            if (secret.isEmpty()) {
                throw new IllegalArgumentException(
                        "a token secret must not be empty; omit tokenSecret for a random one");
            }
            this.tokenSecret = secret.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /**
         * How new files of every site leave PENDING, until a site sets its own with
         * {@code site.scenarios().readiness(...)}; default {@link Readiness#ready()}.
         *
         * <pre>{@code FakeMediaManager.builder().readiness(Readiness.readyAfter(Duration.ofMinutes(1))).build()}</pre>
         */
        public Builder readiness(ReadinessPolicy readiness) {
            this.readiness = Objects.requireNonNull(readiness, "readiness");
            this.readinessChosen = true;
            return this;
        }

        /**
         * Storage limits of every site, until a site sets its own with {@code site.scenarios().limits(...)};
         * default no quota.
         */
        public Builder limits(SiteLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        public FakeMediaManager build() {
            return new FakeMediaManager(this);
        }
    }
}
