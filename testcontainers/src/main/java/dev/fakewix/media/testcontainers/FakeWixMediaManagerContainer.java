package dev.fakewix.media.testcontainers;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.fakewix.media.http.RequestJournal;
import dev.fakewix.media.testcontainers.internal.JournalJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * The fake Wix Media Manager's container image, for tests that run the fake outside the JVM: another language's
 * client, a docker-compose stack, or a Spring Boot app whose Wix base URL is set at start.
 *
 * <pre>{@code
 * @Testcontainers
 * class UploadServiceTest {
 *     @Container
 *     static FakeWixMediaManagerContainer fake = new FakeWixMediaManagerContainer()
 *             .withScenario(Path.of("src/test/resources/quota-exceeded.json"));
 *
 *     @Test
 *     void importsOnce() {
 *         String site = fake.newSiteId();                       // a site of this test's own
 *         new UploadService(fake.baseUrl(), site).importLogo();  // the code under test, over HTTP
 *         MediaManagerAssertions.assertThat(fake.journal()).forSite(site).received(Operation.IMPORT_FILE, 1);
 *     }
 * }
 * }</pre>
 *
 * <p>Configuration before start: the server's options as environment variables ({@link #withOption}, one per
 * {@code --option} of the standalone server, e.g. {@code withOption("--readiness", "manual")}), files copied into the
 * container ({@link #withScenario}, {@link #withState}), a data directory ({@link #withDataDir}). After start: the base
 * URL, sites, and the admin API as methods ({@link #reset()}, {@link #seed}, {@link #addScenario},
 * {@link #advanceClock}, {@link #journal()}).
 *
 * <p>The port is published on 127.0.0.1 only when the container engine runs on this machine (a remote Docker host
 * publishes as Testcontainers does by default, and the fake is told to answer to that host's name). Waits for
 * {@code GET /_fake/health}. Works against Docker and against podman's Docker API ({@code DOCKER_HOST=unix:///run/podman/podman.sock},
 * {@code TESTCONTAINERS_RYUK_DISABLED=true}).
 *
 * <p>Thread-safe after start: the admin methods are plain HTTP calls; {@link #newSiteId()} hands out a distinct site
 * to every caller, so parallel tests sharing one container keep apart.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class FakeWixMediaManagerContainer extends GenericContainer<FakeWixMediaManagerContainer> {
    /** The image's repository; {@link #DEFAULT_IMAGE} adds the tag this module was built and tested with. */
    public static final DockerImageName IMAGE_REPOSITORY;
    /** The image of this module's version. */
    public static final DockerImageName DEFAULT_IMAGE;
    /** The port the server listens on inside the container. */
    public static final int HTTP_PORT = 8080;
    /** The image's data directory (its volume). */
    public static final String DATA_DIR = "/data";
    /** The site used by requests without a {@code wix-site-id} header, unless {@code --site-id} says otherwise. */
    public static final String DEFAULT_SITE_ID = "3ecba886-4267-11ee-be56-0242ac120002";

    private static final String ENV_PREFIX = "FAKE_WIX_";
    private static final String CONFIG_DIR = "/tmp/fake-wix-config/";

    static {
        Properties image = new Properties();
        try (InputStream in = FakeWixMediaManagerContainer.class.getResourceAsStream("image.properties")) {
            image.load(Objects.requireNonNull(in, "image.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IMAGE_REPOSITORY = DockerImageName.parse(image.getProperty("repository"));
        DEFAULT_IMAGE = IMAGE_REPOSITORY.withTag(image.getProperty("tag"));
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicLong sites = new AtomicLong();
    private final List<String> scenarios = new ArrayList<>();
    private @Nullable String adminToken;
    private int configFiles;

    /** The image of this module's version ({@link #DEFAULT_IMAGE}). */
    public FakeWixMediaManagerContainer() {
        this(DEFAULT_IMAGE);
    }

    /** Another tag of the image, or a copy of it under another name. */
    public FakeWixMediaManagerContainer(String image) {
        this(DockerImageName.parse(image));
    }

    /**
     * Another tag of the image, or a copy under another name declared with
     * {@code DockerImageName.parse("registry.example/fake-wix:1").asCompatibleSubstituteFor(IMAGE_REPOSITORY)}.
     */
    public FakeWixMediaManagerContainer(DockerImageName image) {
        super(image);
        image.assertCompatibleWith(IMAGE_REPOSITORY);
        addExposedPort(HTTP_PORT);
        waitingFor(Wait.forHttp("/_fake/health")
                .forPort(HTTP_PORT)
                .forStatusCode(200)
                .withStartupTimeout(Duration.ofMinutes(2)));
    }

    /** At start, when the container engine is known: where the port is published, which host name the fake answers. */
    @Override
    protected void configure() {
        super.configure();
        String host = getHost();
        if (isLoopback(host)) {
            // published on 127.0.0.1 only: nothing on the network reaches a test's fake
            withCreateContainerCmdModifier(cmd -> Objects.requireNonNull(cmd.getHostConfig())
                    .withPublishAllPorts(false)
                    .withPortBindings(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(HTTP_PORT))));
        } else if (!getEnvMap().containsKey(environmentVariable("--allow-host"))) {
            withOption("--allow-host", host); // the fake answers only the host names it was told
        }
    }

    // ------------------------------------------------------------------ configuration (before start)

    /**
     * Sets an option of the standalone server, by the environment variable the server reads for it
     * ({@code --journal-capacity} is {@code FAKE_WIX_JOURNAL_CAPACITY}); a repeatable option takes a comma-separated
     * list, a switch such as {@code --no-dashboard} takes {@code "true"}. See README "Standalone jar" for the options.
     */
    public FakeWixMediaManagerContainer withOption(String option, String value) {
        Objects.requireNonNull(value, "value");
        return withEnv(environmentVariable(option), value);
    }

    /** The seed of ids ({@code --seed}): the same seed and the same calls give the same ids. */
    public FakeWixMediaManagerContainer withSeed(long seed) {
        return withOption("--seed", Long.toString(seed));
    }

    /** How new files leave PENDING ({@code --readiness}, the words of {@code Readiness}: {@code ready}, {@code manual}, {@code "readyAfter 5m"}, ...). */
    public FakeWixMediaManagerContainer withReadiness(String readiness) {
        return withOption("--readiness", readiness);
    }

    /** The token the admin API requires ({@code --admin-token}); this object's admin methods send it. */
    public FakeWixMediaManagerContainer withAdminToken(String token) {
        this.adminToken = Objects.requireNonNull(token, "token");
        return withOption("--admin-token", token);
    }

    /** Applies a JSON scenario file to the default site at start ({@code --scenario FILE}); repeatable. */
    public FakeWixMediaManagerContainer withScenario(Path file) {
        return withScenario(null, file);
    }

    /** Applies a JSON scenario file to {@code siteId} at start ({@code --scenario SITE=FILE}); repeatable. */
    public FakeWixMediaManagerContainer withScenario(@Nullable String siteId, Path file) {
        String inContainer = copyIn(file, "scenario");
        scenarios.add(siteId == null ? inContainer : siteId + "=" + inContainer);
        return withOption("--scenario", String.join(",", scenarios));
    }

    /** Seeds sites from a snapshot file at start ({@code --state FILE}: as {@code GET /_fake/sites/{id}/state} exports). */
    public FakeWixMediaManagerContainer withState(Path file) {
        return withOption("--state", copyIn(file, "state"));
    }

    /**
     * Keeps the fake's state in {@code hostDirectory}, mounted at the image's {@value #DATA_DIR} volume and passed as
     * {@code --data-dir /data}: every site, file, folder, trash bin, stored byte, scenario and the clock survive the
     * container, and a later container on the same directory starts where this one stopped (every write it
     * acknowledged is there, even after a kill). One container at a time per directory; the directory must be
     * writable by the image's user, uid 10001. {@code withState} and {@code withScenario} then seed only sites the
     * directory does not hold yet. See the project's docs/persistence.md.
     *
     * <pre>{@code
     * Path data = Files.createDirectories(Path.of("build/fake-media"));   // writable by uid 10001
     * try (var fake = new FakeWixMediaManagerContainer().withDataDir(data)) {
     *     fake.start();
     *     // ... the state is in build/fake-media, for the next container
     * }
     * }</pre>
     */
    // A bind mount is the point (the state outlives the container); Testcontainers deprecates binds because a remote
    // container engine cannot see the host's directories.
    @SuppressWarnings("deprecation")
    public FakeWixMediaManagerContainer withDataDir(Path hostDirectory) {
        withFileSystemBind(hostDirectory.toAbsolutePath().toString(), DATA_DIR);
        return withOption("--data-dir", DATA_DIR);
    }

    private String copyIn(Path file, String kind) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such " + kind + " file: " + file.toAbsolutePath());
        }
        configFiles++;
        String target = CONFIG_DIR + kind + "-" + configFiles + ".json";
        try {
            // world-readable: the server runs as a non-root user
            withCopyToContainer(Transferable.of(Files.readAllBytes(file), 0644), target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + kind + " file " + file, e);
        }
        return target;
    }

    // ------------------------------------------------------------------ after start

    /** The fake's base URL on this machine, e.g. {@code http://127.0.0.1:32771}: where {@code www.wixapis.com} was. */
    public URI baseUrl() {
        return URI.create("http://" + getHost() + ":" + getMappedPort(HTTP_PORT));
    }

    /** The default site (requests without a {@code wix-site-id} header land there). */
    public String siteId() {
        String configured = getEnvMap().get(environmentVariable("--site-id"));
        return configured == null ? DEFAULT_SITE_ID : configured;
    }

    /**
     * A site no other caller of this container got: a test that sends it as {@code wix-site-id} shares the server
     * but not its files with parallel tests. The ids are deterministic (a counter), so a seeded run repeats.
     */
    public String newSiteId() {
        return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012x", sites.incrementAndGet());
    }

    /** Empties every site ({@code POST /_fake/reset}). */
    public void reset() {
        admin("POST", "/_fake/reset", null);
    }

    /** Empties one site (its files, folders, scenarios). */
    public void reset(String siteId) {
        admin("POST", "/_fake/sites/" + encode(siteId) + "/reset", null);
    }

    /** Replaces a site's state by a snapshot (JSON, as {@code GET /_fake/sites/{siteId}/state} exports it). */
    public void seed(String siteId, String snapshotJson) {
        admin("PUT", "/_fake/sites/" + encode(siteId) + "/state", snapshotJson);
    }

    /** A site's state as JSON (a snapshot that {@link #seed} takes back). */
    public String state(String siteId) {
        return admin("GET", "/_fake/sites/" + encode(siteId) + "/state", null);
    }

    /** Adds a JSON scenario to a site (errors, latency, faults, readiness, limits); answers the active behaviours. */
    public String addScenario(String siteId, String scenarioJson) {
        return admin("POST", "/_fake/sites/" + encode(siteId) + "/scenarios", scenarioJson);
    }

    /** Moves the fake's virtual clock forward (files due by then leave PENDING on their next read). */
    public void advanceClock(Duration duration) {
        admin("POST", "/_fake/clock/advance", "{\"duration\":\"" + duration + "\"}");
    }

    /**
     * The requests the fake answered so far, as the journal keeps them, for the AssertJ journal assertions
     * ({@code MediaManagerAssertions.assertThat(fake.journal()).forSite(site).received(...)}): a copy, read now.
     */
    public RequestJournal journal() {
        var entries = JournalJson.entries(admin("GET", "/_fake/journal", null));
        RequestJournal journal = new RequestJournal(Math.max(entries.size(), 1), Long.MAX_VALUE);
        entries.forEach(journal::record);
        return journal;
    }

    /** Forgets every journal entry. */
    public void clearJournal() {
        admin("DELETE", "/_fake/journal", null);
    }

    private String admin(String method, String path, @Nullable String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (adminToken != null) {
            request.header("X-Fake-Admin-Token", adminToken);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " on the fake at " + baseUrl() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + path, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** {@code --journal-capacity} is {@code FAKE_WIX_JOURNAL_CAPACITY}, as the standalone server reads it. */
    static String environmentVariable(@Nullable String option) {
        if (option == null || !option.matches("--[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException(
                    "an option is written as on the command line, e.g. \"--readiness\"; got " + option);
        }
        return ENV_PREFIX + option.substring(2).toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean isLoopback(String host) {
        try {
            return "localhost".equalsIgnoreCase(host)
                    || InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
