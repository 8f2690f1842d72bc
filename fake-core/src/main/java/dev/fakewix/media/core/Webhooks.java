package dev.fakewix.media.core;

import dev.fakewix.media.core.face.SiteId;
import dev.fakewix.media.core.face.WebhookTransport;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.fidelity.RelianceTally;
import dev.fakewix.media.core.internal.util.IdSource;
import dev.fakewix.media.core.internal.webhook.WebhookDispatcher;
import dev.fakewix.media.core.internal.webhook.WebhookJwt;
import dev.fakewix.media.core.internal.webhook.WebhookUrls;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Webhooks as Wix sends them: every {@link MediaEvent} of a site goes to that site's subscribers as a POST whose
 * body is an RS256-signed JWT in the envelope the official SDK reads ({@code client.webhooks.process(jwt)}).
 * Delivery is asynchronous and at least once: failed attempts are retried with backoff on the fake clock (see
 * {@link WebhookPolicy}), every attempt is journaled ({@link #attempts()}), and a site's {@link Scenarios} can
 * script delivery faults ({@link Scenarios#onWebhook}).
 *
 * <pre>{@code
 * FakeMediaManager fake = FakeMediaManager.builder().seed(1).build();
 * try (FakeMediaManagerServer server = FakeMediaManagerServer.start(fake, c -> c.port(0))) {   // connects HTTP delivery
 *     fake.webhooks().subscribe(fake.site().siteId(), "http://127.0.0.1:8081/webhooks", WebhookEvent.FILE_READY);
 *     String publicKey = fake.webhooks().signingKey().publicKeyPem();   // AppStrategy({appId, publicKey}) receiving
 *     ...
 * }
 * }</pre>
 *
 * <p>Subscriptions are checked when made: the URL must be http(s), resolve to a loopback address and (with the HTTP
 * transport) answer a connection; a bad URL or event name is an {@link IllegalArgumentException} then, never a
 * failure inside an API call. A site has at most 50 subscriptions. Subscriptions
 * survive {@link FakeMediaManager#reset()}. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Webhooks {
    /** The app id in every event's {@code identity} (an app's webhooks come from its own app id at Wix). */
    public static final String APP_ID = "9f1c7e52-4a2b-4f6d-8c3e-5b7a1d2e3f40";
    /** The {@code accountInfo.accountId} of every event, unless the fake or the site was given another. */
    @Decides(Guess.WEBHOOK_ACCOUNT_ID)
    public static final String DEFAULT_ACCOUNT_ID = "5f4d3c2b-1a09-4f8e-9d7c-6b5a49382716";

    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /**
     * Subscriptions one site may have: every event of the site is one POST per subscription, so without a bound one
     * API call could be made to send any number of requests.
     */
    @Decides(Guess.WEBHOOK_SUBSCRIPTIONS_PER_SITE)
    static final int MAX_SUBSCRIPTIONS_PER_SITE = 50;

    private final long seed;
    private final List<WebhookSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicInteger subscriptionIds = new AtomicInteger();
    private final Map<String, String> instanceIds = new ConcurrentHashMap<>();
    private final String accountId;
    private final Map<String, String> siteAccountIds = new ConcurrentHashMap<>();
    private final WebhookDispatcher dispatcher;
    private final WebhookJwt jwts;
    private final Object keyLock = new Object();
    private volatile @Nullable WebhookSigningKey key;
    private volatile WebhookTransport.@Nullable EntityJson entityJson;
    private final java.util.function.Function<String, @Nullable RelianceTally> relianceOf;

    /**
     * @param faults     the scripted fault of a delivery (event, per attempt), or null
     * @param relianceOf where a site's deliveries count what they rely on ({@code null}: nowhere)
     */
    Webhooks(
            long seed,
            VirtualClock clock,
            java.time.Clock wallClock,
            @Nullable WebhookSigningKey key,
            WebhookPolicy policy,
            String accountId,
            BiFunction<MediaEvent, Boolean, @Nullable ScriptedBehaviour> faults,
            java.util.function.Function<String, @Nullable RelianceTally> relianceOf) {
        this.relianceOf = relianceOf;
        this.seed = seed;
        this.accountId = accountId;
        this.key = key;
        this.jwts = new WebhookJwt(clock, wallClock);
        this.dispatcher = new WebhookDispatcher(
                clock,
                policy,
                (event, perAttempt) -> {
                    ScriptedBehaviour b = faults.apply(event, perAttempt);
                    return b == null
                            ? null
                            : new WebhookDispatcher.Decision(
                                    ((ScriptedBehaviour.Action.Webhook) b.action()).fault(), b.label());
                },
                this::jwt,
                () -> !subscriptions.isEmpty(),
                this::retrying);
    }

    /** Connects the way webhooks leave the fake and how entities are written in them (a face does, via FaceAccess). */
    void connect(WebhookTransport transport, WebhookTransport.EntityJson entityJson) {
        this.entityJson = Objects.requireNonNull(entityJson, "entityJson");
        dispatcher.setTransport(Objects.requireNonNull(transport, "transport"));
    }

    /** Whether a transport is connected. */
    boolean isConnected() {
        return dispatcher.transport() != null;
    }

    /**
     * Subscribes {@code url} to {@code events} (every event when none is given) of site {@code siteId}.
     *
     * <pre>{@code
     * fake.webhooks().subscribe(site.siteId(), "http://127.0.0.1:8081/webhooks", WebhookEvent.FILE_READY);
     * }</pre>
     *
     * @throws IllegalArgumentException for a URL that is not absolute http(s), does not resolve to a loopback
     *                                  address or does not answer, and when no transport is connected
     * @throws MediaManagerException    RESOURCE_EXHAUSTED when the site has 50 subscriptions already
     */
    public WebhookSubscription subscribe(String siteId, String url, WebhookEvent... events) {
        Set<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
        for (WebhookEvent e : events) {
            set.add(Objects.requireNonNull(e, "event"));
        }
        return subscribe(siteId, url, set, true);
    }

    /**
     * As the public method, with event names ({@link WebhookEvent#parse}; none for every event); {@code probe} false
     * leaves out the check that something listens, for a face whose callers may be remote: there, the answer must
     * not tell whether a port of this machine is open (a port scanner).
     */
    WebhookSubscription subscribe(String siteId, String url, List<String> eventNames, boolean probe) {
        Set<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
        for (String name : eventNames) {
            set.add(WebhookEvent.parse(name));
        }
        return subscribe(siteId, url, set, probe);
    }

    private WebhookSubscription subscribe(String siteId, String url, Set<WebhookEvent> events, boolean probe) {
        String site = SiteId.parse(siteId).value();
        URI uri = WebhookUrls.checked(url);
        WebhookTransport transport = dispatcher.transport();
        if (transport == null) {
            throw new IllegalArgumentException(
                    "webhooks travel over HTTP, and no HTTP transport is connected to this fake: "
                            + "start a FakeMediaManagerServer over it, or call HttpWebhooks.connect(fake) (module http-facade)");
        }
        if (probe) {
            transport.checkReachable(uri);
        }
        synchronized (subscriptions) {
            long ofSite =
                    subscriptions.stream().filter(s -> s.siteId().equals(site)).count();
            if (ofSite >= MAX_SUBSCRIPTIONS_PER_SITE) {
                throw MediaManagerException.standard(
                        WixErrorCode.RESOURCE_EXHAUSTED,
                        "Site " + site + " has "
                                + ofSite
                                + " webhook subscriptions, the most a site may have (each event is one POST per"
                                + " subscription); unsubscribe one first (fake.webhooks().unsubscribe(id), or"
                                + " DELETE /_fake/webhooks/subscriptions/{id})");
            }
            WebhookSubscription s =
                    new WebhookSubscription("wh-" + subscriptionIds.incrementAndGet(), site, uri, events);
            subscriptions.add(s);
            return s;
        }
    }

    /**
     * Removes a subscription; returns whether it existed. Deliveries not yet made to it are dropped, and an attempt
     * in flight is abandoned (its connection closed, journaled as {@link WebhookAttempt.Outcome#DROPPED}).
     */
    public boolean unsubscribe(String subscriptionId) {
        boolean removed = subscriptions.removeIf(s -> s.id().equals(subscriptionId));
        if (removed) {
            dispatcher.forget(subscriptionId);
        }
        if (subscriptions.isEmpty()) {
            dispatcher.discardOutstanding();
        }
        return removed;
    }

    /** Every subscription, in the order made. */
    public List<WebhookSubscription> subscriptions() {
        return List.copyOf(subscriptions);
    }

    /** The journal of delivery attempts (and of events dropped or refused), oldest first. */
    public List<WebhookAttempt> attempts() {
        return dispatcher.attempts();
    }

    /** Forgets the journal. */
    public void clearAttempts() {
        dispatcher.clearAttempts();
    }

    /** Deliveries not finished yet: queued, waiting for a retry or a scripted delay, held back, or being sent. */
    public int outstanding() {
        return dispatcher.outstanding();
    }

    /** The delivery policy. */
    public WebhookPolicy policy() {
        return dispatcher.policy();
    }

    /** The signing key: the one given to the builder, else the JVM's random default key (made on first use). */
    public WebhookSigningKey signingKey() {
        WebhookSigningKey k = key;
        if (k == null) {
            synchronized (keyLock) {
                if (key == null) {
                    key = WebhookSigningKey.processDefault();
                }
                k = key;
            }
        }
        return k;
    }

    /**
     * The {@code accountInfo.accountId} of a site's events: the site's own ({@link #useAccountId}), else the fake's
     * ({@link FakeMediaManager.Builder#accountId}), else {@link #DEFAULT_ACCOUNT_ID}.
     */
    public String accountId(String siteId) {
        return siteAccountIds.getOrDefault(siteId, accountId);
    }

    /**
     * Gives one site's events an account id of its own (a Wix account owns sites; its id is a GUID); {@code null}
     * gives the site the fake's again. Kept across resets, like subscriptions.
     * <pre>{@code
     * fake.webhooks().useAccountId("test-site", "0c8f7a6e-5d4b-4c3a-9b2a-1f0e9d8c7b6a");
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code accountId} is not a GUID
     */
    public Webhooks useAccountId(String siteId, @Nullable String accountId) {
        Objects.requireNonNull(siteId, "siteId");
        if (accountId == null) {
            siteAccountIds.remove(siteId);
        } else {
            siteAccountIds.put(siteId, checkedAccountId(accountId));
        }
        return this;
    }

    static String checkedAccountId(@Nullable String accountId) {
        if (accountId == null || !GUID.matcher(accountId).matches()) {
            throw new IllegalArgumentException(
                    "an account id is a GUID, e.g. " + DEFAULT_ACCOUNT_ID + ", was '" + accountId + "'");
        }
        return accountId;
    }

    /** The {@code instanceId} of a site's events: a GUID derived from the seed and the site id. */
    public String instanceId(String siteId) {
        return instanceIds.computeIfAbsent(
                siteId, id -> IdSource.guid(seed * 0x632BE59BD9B4E019L ^ id.hashCode() ^ 0x1D8E4E27C47D124FL));
    }

    /**
     * The webhook body Wix would send for {@code event}: a signed JWT. Lets a test feed an app's webhook endpoint
     * directly, without HTTP; needs a face connected (for the entity JSON: a {@code FakeMediaManagerServer} over the fake,
     * or {@code HttpWebhooks.connect(fake)}).
     */
    public String jwt(MediaEvent event) {
        return jwt(event, null);
    }

    private String jwt(MediaEvent event, WebhookFault.@Nullable Kind variant) {
        WebhookTransport.EntityJson json = entityJson;
        if (json == null) {
            throw new IllegalStateException(
                    "no entity writer is connected; start a FakeMediaManagerServer over the fake first");
        }
        String siteId = event.metadata().siteId();
        return jwts.sign(event, instanceId(siteId), APP_ID, accountId(siteId), json, signingKey(), variant);
    }

    // ---------------------------------------------------------------- wiring (FakeMediaManager)

    /** Whether any site has a subscription (cheaper than {@link #subscriptions()}, which copies them). */
    boolean hasSubscriptions() {
        return !subscriptions.isEmpty();
    }

    /**
     * Hands an event to the subscribers of its site. Never throws. The request that caused the event relies on what
     * its webhooks will carry, when someone subscribed to it.
     */
    @Decides({
        Guess.WEBHOOK_CONTENT_TYPE,
        Guess.WEBHOOK_IDENTITY,
        Guess.WEBHOOK_ACCOUNT_ID,
        Guess.WEBHOOK_JWT_KID_AND_EXPIRY
    })
    void offer(MediaEvent event) {
        if (subscriptions.isEmpty()) {
            return;
        }
        List<WebhookSubscription> to = new ArrayList<>(1);
        for (WebhookSubscription s : subscriptions) {
            if (s.accepts(event)) {
                to.add(s);
            }
        }
        if (!to.isEmpty()) {
            Reliance.met(Guess.WEBHOOK_CONTENT_TYPE);
            Reliance.met(Guess.WEBHOOK_IDENTITY);
            Reliance.met(Guess.WEBHOOK_ACCOUNT_ID);
            Reliance.met(Guess.WEBHOOK_JWT_KID_AND_EXPIRY);
        }
        dispatcher.offer(event, to);
    }

    /** A retry of a delivery that failed: counted for the event's site, as a webhook of its kind. */
    @Decides(Guess.WEBHOOK_RETRIES)
    private void retrying(MediaEvent event) {
        RelianceTally tally = relianceOf.apply(event.metadata().siteId());
        if (tally != null) {
            Reliance.Frame frame =
                    Reliance.open(tally, "webhook " + event.type().name());
            Reliance.met(Guess.WEBHOOK_RETRIES);
            Reliance.close(frame);
        }
    }

    void clockMoved() {
        dispatcher.clockMoved();
    }

    @Override
    public String toString() {
        return "Webhooks" + Arrays.toString(subscriptions.toArray());
    }
}
