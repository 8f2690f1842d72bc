package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.FaceAccess;
import dev.fakewix.media.core.internal.site.EngineConfig;
import dev.fakewix.media.core.internal.util.FirstFailure;
import dev.fakewix.media.core.internal.site.SiteEngine;
import dev.fakewix.media.core.internal.util.Tokens;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.model.FileDescriptor;
import org.apiguardian.api.API;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-memory, deterministic fake of the Wix Media Manager: files, folders, trash bin, file lifecycle, upload and
 * download URLs, for any number of isolated sites. This is the brain; the HTTP facade and the JUnit extension are
 * thin faces over it.
 *
 * <pre>{@code
 * FakeMediaManager fake = FakeMediaManager.builder()
 *         .seed(42)
 *         .clock(VirtualClock.frozenAt(Instant.parse("2024-01-01T00:00:00Z")))
 *         .readiness(ReadinessPolicy.after(Duration.ofMinutes(1)))
 *         .build();
 * FileDescriptor file = fake.files().importFile(ImportFileRequest.of("https://example.com/cat.jpg"));
 * fake.clock().advance(Duration.ofMinutes(1));
 * assert fake.files().getFileDescriptor(file.id()).operationStatus() == OperationStatus.READY;
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

    static {
        FaceAccess.install(new CoreFaceAccess());
    }

    private final String defaultSiteId;
    private final VirtualClock clock;
    private final EngineConfig config;
    private final Map<String, MediaSite> sites = new ConcurrentHashMap<>();
    private final List<Consumer<MediaEvent>> listeners = new CopyOnWriteArrayList<>();
    private volatile TransferUrls transferUrls;
    private final Transfers transfers = new SiteRoutedTransfers();
    private final Webhooks webhooks;
    private final ScenarioPass.Scope passes = new ScenarioPass.Scope();

    private FakeMediaManager(Builder b) {
        this.defaultSiteId = b.siteId;
        this.clock = b.clock;
        this.transferUrls = b.transferUrls;
        Tokens tokens = b.tokenSecret == null ? Tokens.withRandomSecret() : new Tokens(b.tokenSecret);
        this.config = new EngineConfig(b.clock, b.wallClock, b.seed, tokens, b.readiness, b.limits,
                this::publish, () -> transferUrls, new ContentStore(b.contentMemoryBudget, b.contentDirectory),
                new dev.fakewix.media.core.internal.fidelity.RelianceRecording(),
                b.readinessChosen ? null : b.readiness, this::eventsHeard);
        this.webhooks = new Webhooks(b.siteId, b.seed, b.clock, b.wallClock, b.webhookKey, b.webhookPolicy, b.accountId,
                this::webhookFault, this::relianceOf);
        clock.onChange(this::settleAll);
    }

    /** A fake with the defaults: seed 0, a clock following wall time, immediate readiness, no quota. */
    public static FakeMediaManager create() {
        return builder().build();
    }

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
        return sites.computeIfAbsent(siteId, id -> new MediaSite(new SiteEngine(id, config), passes, clock));
    }

    /**
     * Opens the scenario pass of one request served by a face (through {@code FaceAccess}): run the request inside {@link ScenarioPass#run} and
     * the pass tells which scripted behaviours acted and which HTTP fault scripted for {@code faultsOf} the face must
     * deliver ({@code null}: a face that delivers none). Faults, errors and latency are decided together when the
     * request's first core call passes its site's gate; a request refused before that consumes nothing.
     *
     * <pre>{@code
     * ScenarioPass pass = fake.scenarioPass(Operation.GET_FILE_DESCRIPTOR);
     * FileDescriptor file = pass.run(() -> fake.files().getFileDescriptor(id));
     * Optional<HttpFault> fault = pass.fault();
     * }</pre>
     */
    ScenarioPass scenarioPass(Operation faultsOf) {
        return new ScenarioPass(passes, faultsOf);
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
            site.reset();
        }
        return site != null;
    }

    /** The Files API of the default site. */
    public Files files() {
        return site().files();
    }

    /** The Folders API of the default site. */
    public Folders folders() {
        return site().folders();
    }

    /** Lifecycle control of the default site. */
    public Lifecycle lifecycle() {
        return site().lifecycle();
    }

    /** Upload completion and download resolution, for every site (tokens name their site). */
    public Transfers transfers() {
        return transfers;
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
     * longer be downloaded. Idempotent; the directory is also deleted when the JVM exits.
     */
    @Override
    public void close() {
        config.content().close();
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

    /** The webhook fault the event's site scripts for one delivery, matched by event type, file, folder, name. */
    private ScriptedBehaviour webhookFault(MediaEvent event, boolean perAttempt) {
        String folder = null;
        String name = null;
        if (event instanceof MediaEvent.FileReady r) {
            folder = r.file().parentFolderId();
            name = r.file().displayName();
        } else if (event instanceof MediaEvent.FileDescriptorUpdated u) {
            folder = u.file().parentFolderId();
            name = u.file().displayName();
        } else if (event instanceof MediaEvent.FolderCreated c) {
            name = c.folder().displayName();
        } else if (event instanceof MediaEvent.FolderUpdated u) {
            name = u.folder().displayName();
        }
        MediaSite site = sites.get(event.metadata().siteId());
        return site == null ? null : site.scenarios().webhookFault(event, folder, name, perAttempt);
    }

    /** Whether anyone receives events now: an in-process listener or a webhook subscription. */
    private boolean eventsHeard() {
        return !listeners.isEmpty() || webhooks.hasSubscriptions();
    }

    /** Where the requests of a site count what they rely on; {@code null} when the fake does not record, or no such site. */
    private dev.fakewix.media.core.internal.fidelity.RelianceTally relianceOf(String siteId) {
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

    /** Resolves a transfer token to the site that issued it. */
    private final class SiteRoutedTransfers implements Transfers {
        private static final String UPLOAD = "urn:service:file.upload";

        @Override
        public FileDescriptor upload(String uploadToken, String fileName, String contentType, java.io.InputStream body) {
            Map<String, Object> claims = claims(uploadToken, UPLOAD);
            return siteOf(claims).transfers().upload(fileIdOf(claims), fileName, contentType,
                    body == null ? java.io.InputStream.nullInputStream() : body);
        }

        @Override
        public ResumableStatus createResumable(String uploadToken, Long length) {
            Map<String, Object> claims = claims(uploadToken, UPLOAD);
            return siteOf(claims).transfers().createResumable(fileIdOf(claims), length);
        }

        @Override
        public ResumableStatus resumableStatus(String uploadToken) {
            Map<String, Object> claims = claims(uploadToken, UPLOAD);
            return siteOf(claims).transfers().resumableStatus(fileIdOf(claims));
        }

        @Override
        public ResumableStatus appendResumable(String uploadToken, long offset, java.io.InputStream chunk, Long totalLength) {
            Map<String, Object> claims = claims(uploadToken, UPLOAD);
            return siteOf(claims).transfers().appendResumable(fileIdOf(claims), offset,
                    chunk == null ? java.io.InputStream.nullInputStream() : chunk, totalLength);
        }

        @Override
        public FileDescriptor finishResumable(String uploadToken, String fileName) {
            Map<String, Object> claims = claims(uploadToken, UPLOAD);
            return siteOf(claims).transfers().finishResumable(fileIdOf(claims), fileName);
        }

        @Override
        public void terminateResumable(String uploadToken) {
            Map<String, Object> claims = claims(uploadToken, UPLOAD);
            siteOf(claims).transfers().terminateResumable(fileIdOf(claims));
        }

        @Override
        public Download download(String downloadToken) {
            Map<String, Object> claims = claims(downloadToken, "urn:service:file.download");
            return siteOf(claims).transfers().download(claims);
        }

        @Override
        public Archive archive(String archiveToken) {
            Map<String, Object> claims = claims(archiveToken, "urn:service:archive.download");
            return siteOf(claims).transfers().archive(claims);
        }

        @Override
        public StoredBytes bytes(String siteId, String fileId) {
            return site(siteId).transfers().bytes(fileId);
        }

        private Map<String, Object> claims(String token, String audience) {
            Map<String, Object> claims = config.tokens().verify(token).orElseThrow(() ->
                    MediaManagerException.standard(WixErrorCode.PERMISSION_DENIED, "The token is not one this fake signed"));
            if (!(claims.get("aud") instanceof List<?> aud) || !aud.contains(audience)) {
                throw MediaManagerException.standard(WixErrorCode.PERMISSION_DENIED, "The token is not meant for " + audience);
            }
            return claims;
        }

        private MediaSite siteOf(Map<String, Object> claims) {
            return site(String.valueOf(claims.get("siteId")));
        }

        private String fileIdOf(Map<String, Object> claims) {
            String path = String.valueOf(claims.get("path"));
            return path.startsWith("media/") ? path.substring(6) : path;
        }
    }

    /**
     * Configures a {@link FakeMediaManager}.
     *
     * <pre>{@code FakeMediaManager.builder().siteId("my-site").seed(7).readiness(ReadinessPolicy.manual()).build()}</pre>
     */
    public static final class Builder {
        private String siteId = DEFAULT_SITE_ID;
        private VirtualClock clock = VirtualClock.followingWallTime();
        private Clock wallClock = Clock.systemUTC();
        private long seed;
        @Decides(Guess.DEFAULT_READINESS_IMMEDIATE)
        private ReadinessPolicy readiness = ReadinessPolicy.immediate();
        private boolean readinessChosen;
        private SiteLimits limits = SiteLimits.unlimited();
        private TransferUrls transferUrls = TransferUrls.wix();
        private long contentMemoryBudget = DEFAULT_CONTENT_MEMORY_BUDGET;
        private java.nio.file.Path contentDirectory;
        private WebhookSigningKey webhookKey;
        private WebhookPolicy webhookPolicy = WebhookPolicy.defaults();
        private String accountId = Webhooks.DEFAULT_ACCOUNT_ID;
        private byte[] tokenSecret;

        private Builder() {
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
        public Builder contentDirectory(java.nio.file.Path directory) {
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

        /** Shortcut for {@code clock(VirtualClock.frozenAt(instant))}. */
        public Builder fixedClock(Instant instant) {
            return clock(VirtualClock.frozenAt(instant));
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
                throw new IllegalArgumentException("a token secret must not be empty; omit tokenSecret for a random one");
            }
            this.tokenSecret = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return this;
        }

        /** How new files leave PENDING; default {@link ReadinessPolicy#immediate()}. */
        public Builder readiness(ReadinessPolicy readiness) {
            this.readiness = Objects.requireNonNull(readiness, "readiness");
            this.readinessChosen = true;
            return this;
        }

        /** Storage limits of every new site; default no quota. */
        public Builder limits(SiteLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Where upload and download URLs point; default Wix's hosts. */
        public Builder transferUrls(TransferUrls transferUrls) {
            this.transferUrls = Objects.requireNonNull(transferUrls, "transferUrls");
            return this;
        }

        public FakeMediaManager build() {
            return new FakeMediaManager(this);
        }
    }
}
