package dev.fakewix.media.junit;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.http.AuthMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives every test a fresh fake Wix Media Manager, optionally served over HTTP, and injects it into constructor
 * parameters, method parameters and {@link InjectFake @InjectFake} fields.
 *
 * <pre>{@code
 * @WithFakeMediaManager
 * class AlbumServiceTest {
 *     @Test
 *     void importsTheCover(MediaSite site) {
 *         new AlbumService(site.files()).importCover("https://example.com/cover.jpg");
 *         assertThat(site).hasFileAt("/cover.jpg");
 *     }
 * }
 *
 * @WithFakeMediaManager(http = true, readiness = "readyAfter 2m")
 * class RestClientTest {
 *     @Test
 *     void waitsForProcessing(FakeMediaManagerHttp http, VirtualClock clock) { ... http.baseUri() ... }
 * }
 * }</pre>
 *
 * <p><b>Where it applies.</b> On a class (inherited by subclasses and {@code @Nested} classes) or on a test method.
 * The nearest annotation wins as a whole: a method annotation replaces the class annotation, it does not merge
 * attribute by attribute. For settings an annotation cannot carry (a {@code ReadinessPolicy} with rules, a Java
 * scenario), register the extension programmatically with {@link FakeMediaManagerExtension#builder()} instead;
 * using both on the same test is refused.
 *
 * <p><b>Isolation.</b> Each test (each invocation of a {@code @ParameterizedTest} or {@code @RepeatedTest}) gets a
 * fresh state: files, folders, trash, scenarios, readiness and limits. In-process ({@code http = false}) that is a
 * brand-new {@link FakeMediaManager} with its own clock. With {@code http = true} one server is shared (see
 * {@link #serverScope()}) and each test gets its own site on it, whose id is derived from the test's unique id; see
 * {@link FakeMediaManagerExtension} for the design and what it means under parallel execution.
 *
 * <p>Tests that move time on a shared server set {@link #ownClock()}: each test's site then has a clock of its own,
 * and such tests run in parallel.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeMediaManagerExtension.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public @interface WithFakeMediaManager {

    /** The default {@link #fixedClock()}: every test starts at this instant. */
    String DEFAULT_INSTANT = "2024-01-01T00:00:00Z";

    /** The {@link #fixedClock()} value for a clock that follows wall time instead of standing still. */
    String WALL_TIME = "wall-time";

    /** The {@link #apiKey()} default. */
    String DEFAULT_API_KEY = "fake-wix-api-key";

    /**
     * Whether to serve the fake over HTTP (the {@code /site-media/v1/...} REST API) so that code under test can
     * call it with a real HTTP client; inject {@link FakeMediaManagerHttp} for the address, site id and API key.
     */
    boolean http() default false;

    /**
     * The test's site id. Empty (the default): {@link FakeMediaManager#DEFAULT_SITE_ID} in-process, and a site of
     * its own per test with {@code http = true}. A fixed id on a shared server makes tests share that site: it is
     * still reset before each test, but concurrent tests would see each other.
     */
    String siteId() default "";

    /** The seed of ids (same seed, same calls: same ids); tokens are signed with a random secret unless {@link #tokenSecret()} pins one. */
    long seed() default 0;

    /**
     * How new files leave {@code PENDING}, in the words of {@link dev.fakewix.media.core.Readiness} as
     * {@link dev.fakewix.media.core.ReadinessPolicy#parse} reads them: {@code "ready"} (the default: READY from
     * the next read), {@code "readyAfter 5m"} (when the test advances the {@code VirtualClock} by 5 minutes),
     * {@code "readyAfterWallTime 2s"} (real time, for code that polls), {@code "afterReads 3"}, {@code "manual"}
     * (until the test marks them), {@code "failed UNSUPPORTED_FILE_FORMAT"}, {@code "failedAfter 1m"}. Delays are
     * {@code 250ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d} or ISO-8601 ({@code PT5M}).
     */
    String readiness() default "ready";

    /** How the HTTP server checks {@code Authorization} (only with {@code http = true}). */
    AuthMode auth() default AuthMode.PERMISSIVE;

    /** The API key {@link FakeMediaManagerHttp#apiKey()} hands out; with {@link AuthMode#STRICT} it is the only key accepted. */
    String apiKey() default DEFAULT_API_KEY;

    /**
     * Where the fake's {@code VirtualClock} stands: an ISO-8601 instant (it stays there until the test advances it),
     * or {@link #WALL_TIME} to follow real time. With {@code http = true} the clock belongs to the shared server: it
     * starts at this instant when the server starts and moves only when tests advance it.
     */
    String fixedClock() default DEFAULT_INSTANT;

    /**
     * With {@code http = true}: give the test's site a clock of its own, starting at {@link #fixedClock()} for every
     * test ({@link dev.fakewix.media.core.MediaSite#useClock}). The injected {@code VirtualClock} is then the site's:
     * advancing it moves this test's readiness and token expiry only, so tests that move time run in parallel on one
     * shared server, with no lock. Webhook retries and the journal keep the server's clock. In-process fakes have a
     * clock of their own anyway.
     */
    boolean ownClock() default false;

    /**
     * Classpath resources with JSON scenarios, applied in order to the test's site before each test with
     * {@code site.scenarios().apply(json)}, e.g. {@code "scenarios/quota-exceeded.json"} for
     * {@code src/test/resources/scenarios/quota-exceeded.json}.
     */
    String[] scenarios() default {};

    /** How widely the HTTP server is shared (only with {@code http = true}). */
    ServerScope serverScope() default ServerScope.PER_RUN;

    /**
     * How many requests the shared server's journal keeps, for all tests together (only with {@code http = true}).
     * Journal assertions only see what is still kept.
     */
    int journalCapacity() default 10_000;

    /**
     * Pins the secret that signs upload and download tokens, for byte-identical URLs across runs (golden files). Empty
     * (the default): a random secret per fake, so that nobody can mint a token; ids are deterministic either way.
     */
    String tokenSecret() default "";

    /**
     * Host names the HTTP server answers besides loopback and {@code localhost} (only with {@code http = true}), e.g.
     * {@code "host.testcontainers.internal"} when an app in a container calls back into the test; {@code "*"} answers
     * every name. Other {@code Host}s get 403 (against DNS rebinding).
     */
    String[] allowHosts() default {};

    /**
     * Webhook receivers (your app's endpoint, on this machine and already listening) subscribed to every event of
     * the test's site while the test runs, e.g. {@code "http://127.0.0.1:8081/wix/webhooks"}. To receive them in
     * the test itself, inject a {@link WebhookInbox} instead.
     */
    String[] webhooks() default {};

    /**
     * With {@code http = true}: the server also answers over HTTPS, on a free port, with a certificate from the fake's
     * CA ({@link #tlsDir()}); {@link FakeMediaManagerHttp#httpsUri()} is where, {@link FakeMediaManagerHttp#sslContext()}
     * trusts it, and upload and download URLs point there.
     */
    boolean https() default false;

    /**
     * Where the CA of {@link #https()} lives (created on first use); empty (the default): the user's
     * {@code ~/.fake-wix-media-manager/tls}, so a CA trusted once stays trusted. Implies {@code https}.
     */
    String tlsDir() default "";

    /**
     * The HTTPS port answers Wix's own host names ({@code www.wixapis.com}, {@code static.wixstatic.com}, the
     * {@code wixmp.com} hosts) as Wix does, and answers carry Wix's URLs: for code that calls Wix by name, with the
     * names mapped to the fake (e.g. a container's {@code extra_hosts}). Implies {@code https}.
     */
    boolean wixHosts() default false;

    /**
     * Media URLs in answers ({@code url}, thumbnails, video renditions) point at the fake, which serves them: the bytes
     * of uploads and registered imports, placeholder images of the stated size for images without bytes.
     */
    boolean serveMedia() default false;
}
