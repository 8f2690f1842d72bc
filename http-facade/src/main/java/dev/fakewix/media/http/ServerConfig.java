package dev.fakewix.media.http;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.http.internal.ApiKey;
import dev.fakewix.media.http.internal.FacadeSettings;
import dev.fakewix.media.http.internal.HostingSettings;
import dev.fakewix.media.http.internal.RequestGuard;
import dev.fakewix.media.http.internal.wixhosts.WixHosts;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of a {@link FakeMediaManagerServer} or a {@link FakeMediaManagerPlugin}, given as a lambda.
 *
 * <pre>{@code
 * FakeMediaManagerServer.start(fake, config -> config
 *         .port(0)                                   // any free port (the default)
 *         .auth(AuthMode.STRICT)
 *         .apiKey("reader", Set.of("site-a"), false)  // read-only key of one site
 *         .apiKey("admin", Set.of("*"), true)         // manage key of every site
 *         .journalCapacity(5000));
 * }</pre>
 *
 * <p>Defaults: port 0, host {@code 127.0.0.1} (loopback only), {@link AuthMode#PERMISSIVE}, a journal of
 * {@value RequestJournal#DEFAULT_CAPACITY} entries within {@value RequestJournal#DEFAULT_MAX_BYTES} bytes, JSON bodies
 * up to 10 MiB, uploads (streamed, any size in bounded memory) up to 256 MiB; answers loopback and {@code localhost} only ({@link #allowHost(String...)});
 * an admin token only in strict mode ({@link #adminToken(String)}); the dashboard at {@code /_fake/ui} on. Not
 * thread-safe; it is read once, when the server starts.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ServerConfig {
    /** The site id that, in {@link #apiKey(String, Set, boolean)}, stands for every site. */
    public static final String ANY_SITE = "*";

    private int port = 0;
    private String host = "127.0.0.1";
    private AuthMode auth = AuthMode.PERMISSIVE;
    private final List<ApiKey> apiKeys = new ArrayList<>();
    private int journalCapacity = RequestJournal.DEFAULT_CAPACITY;

    @Decides(Guess.JSON_BODY_LIMIT)
    private long maxJsonBodyBytes = 10L * 1024 * 1024;

    private long maxUploadBytes = 256L * 1024 * 1024;
    private URI baseUri;
    private boolean dashboard = true;
    private final Set<String> allowedHosts = new LinkedHashSet<>();
    private String adminToken;
    private boolean adminTokenSet;
    private long journalMaxBytes = RequestJournal.DEFAULT_MAX_BYTES;
    private Integer httpsPort;
    private Path tlsDir;
    private boolean wixHosts;
    private boolean serveMedia;

    ServerConfig() {}

    /**
     * The directory of the CA when none is configured ({@link #tlsDir(java.nio.file.Path)}):
     * {@code ~/.fake-wix-media-manager/tls}, shared by every fake of this user, so that a CA trusted once stays trusted.
     */
    public static Path defaultTlsDir() {
        return Path.of(System.getProperty("user.home"), ".fake-wix-media-manager", "tls");
    }

    /** The TCP port; {@code 0} (the default) picks a free one, see {@link FakeMediaManagerServer#port()}. */
    public ServerConfig port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535 (0 = any free port), was " + port);
        }
        this.port = port;
        return this;
    }

    /**
     * The address to listen on; default {@code 127.0.0.1}, so the fake is not reachable from other machines. Use
     * {@code 0.0.0.0} to listen on every interface (e.g. inside a container).
     */
    public ServerConfig host(String host) {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException(
                    "host must not be blank; use 127.0.0.1 for loopback or 0.0.0.0 for all interfaces");
        }
        this.host = host;
        return this;
    }

    /** How API requests are authenticated; default {@link AuthMode#PERMISSIVE}. */
    public ServerConfig auth(AuthMode auth) {
        this.auth = Objects.requireNonNull(auth, "auth");
        return this;
    }

    /**
     * Declares an API key for {@link AuthMode#STRICT}.
     *
     * @param key      the exact {@code Authorization} header value (a {@code Bearer } prefix is accepted too)
     * @param siteIds  the sites the key may act on; {@value #ANY_SITE} means every site
     * @param canWrite {@code true} for a manage key, {@code false} for a read-only key (writes get 403)
     */
    public ServerConfig apiKey(String key, Set<String> siteIds, boolean canWrite) {
        apiKeys.add(new ApiKey(key, siteIds, canWrite));
        return this;
    }

    /** How many requests the {@link RequestJournal} keeps (default {@value RequestJournal#DEFAULT_CAPACITY}; 0 keeps none). */
    public ServerConfig journalCapacity(int capacity) {
        this.journalCapacity = (int) atLeast(0, capacity, "journal capacity must be >= 0");
        return this;
    }

    /** Largest JSON request body of the API and admin routes (default 10 MiB); larger ones get 413. */
    public ServerConfig maxJsonBodyBytes(long bytes) {
        this.maxJsonBodyBytes = atLeast(2, bytes, "maxJsonBodyBytes must be at least 2 (room for {})");
        return this;
    }

    /**
     * Largest upload to an upload URL, and largest whole TUS upload, advertised as {@code Tus-Max-Size} (default
     * 256 MiB); larger ones get 413. Bodies are streamed, so a large limit costs disk, not heap.
     */
    public ServerConfig maxUploadBytes(long bytes) {
        this.maxUploadBytes = atLeast(1, bytes, "maxUploadBytes must be positive");
        return this;
    }

    /**
     * Where clients reach the server, used in generated upload and download URLs. Default: derived from the host
     * and the actual port. Set it when the fake sits behind a proxy or a container port mapping.
     */
    public ServerConfig baseUri(URI baseUri) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        return this;
    }

    /**
     * Whether the web dashboard is served at {@code /_fake/ui} (default {@code true}): a page over the admin API that
     * shows the sites' files, folders and trash, the request journal, scenarios and the clock. {@code false} answers
     * {@code /_fake/ui} with 404 like any unknown path.
     *
     * <pre>{@code
     * FakeMediaManagerServer.start(fake, config -> config.dashboard(false));
     * }</pre>
     */
    public ServerConfig dashboard(boolean enabled) {
        this.dashboard = enabled;
        return this;
    }

    /**
     * Host names the server answers to besides loopback addresses and {@code localhost}, e.g. the name of its
     * container ({@code "media-fake"}); {@value #ANY_SITE} answers every name. Requests with another {@code Host} get
     * 403, so that a web page cannot reach the fake through DNS rebinding. The host the server listens on and the
     * host of {@link #baseUri(URI)} are allowed without saying.
     */
    public ServerConfig allowHost(String... hosts) {
        for (String host : hosts) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("an allowed host must not be blank; use \"*\" to allow every host");
            }
            allowedHosts.add(host.trim().equals(ANY_SITE) ? ANY_SITE : RequestGuard.hostOf(host));
        }
        return this;
    }

    /**
     * The token the admin API ({@code /_fake}) requires in the {@code X-Fake-Admin-Token} header; {@code null} for
     * none. Default: none in {@link AuthMode#OFF} and {@link AuthMode#PERMISSIVE}, a random one in
     * {@link AuthMode#STRICT} (read it from {@link FakeMediaManagerServer#adminToken()}). {@code /_fake/health}
     * never needs it.
     */
    public ServerConfig adminToken(@Nullable String token) {
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("an admin token must not be blank; pass null for no token");
        }
        this.adminToken = token == null ? null : token.trim();
        this.adminTokenSet = true;
        return this;
    }

    /**
     * How much memory the {@link RequestJournal} may hold (default {@value RequestJournal#DEFAULT_MAX_BYTES} bytes);
     * the oldest entries fall out first, whatever {@link #journalCapacity(int)} allows.
     */
    public ServerConfig journalMaxBytes(long bytes) {
        this.journalMaxBytes = atLeast(0, bytes, "journalMaxBytes must be >= 0");
        return this;
    }

    /**
     * Also serves every route over HTTPS on this port ({@code 0}: any free one, see
     * {@link FakeMediaManagerServer#httpsUri()}), next to the plain HTTP port. The certificate is issued at start by
     * the fake's CA ({@link #tlsDir(java.nio.file.Path)}) for loopback, {@code localhost}, the allowed hosts and every
     * host name of Wix that the fake's URLs name; clients trust the CA ({@link FakeMediaManagerServer#sslContext()},
     * {@code GET /_fake/tls/ca.pem}, the file {@link FakeMediaManagerServer#caCertificateFile()}). Not used by a
     * {@link FakeMediaManagerPlugin}: the app owns its connectors.
     *
     * <pre>{@code
     * FakeMediaManagerServer server = FakeMediaManagerServer.start(fake, config -> config.httpsPort(0));
     * HttpClient client = HttpClient.newBuilder().sslContext(server.sslContext()).build();
     * client.send(HttpRequest.newBuilder(server.httpsUri().orElseThrow().resolve("/site-media/v1/files")).build(),
     *         HttpResponse.BodyHandlers.ofString());
     * }</pre>
     */
    public ServerConfig httpsPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("httpsPort must be 0..65535 (0 = any free port), was " + port);
        }
        this.httpsPort = port;
        return this;
    }

    /**
     * Where the CA of the HTTPS port lives: {@code ca.pem} and {@code ca-key.pem} (owner-only), created on first use;
     * put your own CA's certificate and unencrypted key there under those names to use it instead. Default
     * {@link #defaultTlsDir()}. A directory whose files cannot be used fails the start with a message that says why.
     */
    public ServerConfig tlsDir(Path directory) {
        this.tlsDir = Objects.requireNonNull(directory, "directory");
        return this;
    }

    /**
     * With {@link #httpsPort(int)}: the HTTPS port answers requests by the host they are sent to, as Wix's hosts do
     * ({@code www.wixapis.com}, the media URLs of {@code static.wixstatic.com} and {@code video.wixstatic.com},
     * uploads and downloads at the {@code wixmp.com} hosts), and the URLs in answers are Wix's own. Map those names to
     * the fake (a hosts file, docker-compose {@code extra_hosts}) and trust its CA, and code written for Wix runs
     * against it unchanged. Default {@code false}.
     */
    public ServerConfig wixHosts(boolean enabled) {
        this.wixHosts = enabled;
        return this;
    }

    /**
     * Points the media URLs in answers ({@code url}, thumbnails, previews, video renditions...) at the fake, which
     * serves them: the bytes of uploads and registered imports, a placeholder image of the stated size for images it
     * has no bytes of. Default {@code false}: the URLs are Wix's, as the real API answers.
     */
    public ServerConfig serveMedia(boolean enabled) {
        this.serveMedia = enabled;
        return this;
    }

    FacadeSettings settings() {
        if (auth == AuthMode.STRICT && apiKeys.isEmpty()) {
            throw new IllegalStateException(
                    "AuthMode.STRICT needs at least one API key: add config.apiKey(key, siteIds, canWrite)"
                            + " (or --keys FILE for the standalone server)");
        }
        Set<String> hosts = new LinkedHashSet<>(allowedHosts);
        if (!host.equals("0.0.0.0") && !host.equals("::") && !host.equals("[::]")) {
            hosts.add(RequestGuard.hostOf(host));
        }
        if (baseUri != null && baseUri.getHost() != null) {
            hosts.add(RequestGuard.hostOf(baseUri.getHost()));
        }
        if (wixHosts) {
            hosts.addAll(WixHosts.NAMES);
        }
        if (tlsDir != null && httpsPort == null) {
            throw new IllegalStateException(
                    "tlsDir(...) (--tls-dir) is the CA of the HTTPS port: add httpsPort(...)" + " (--https-port)");
        }
        HostingSettings hosting = new HostingSettings(
                httpsPort, httpsPort == null ? null : tlsDir != null ? tlsDir : defaultTlsDir(), wixHosts, serveMedia);
        String token = adminTokenSet ? adminToken : auth == AuthMode.STRICT ? randomToken() : null;
        return new FacadeSettings(
                host,
                port,
                auth,
                List.copyOf(apiKeys),
                journalCapacity,
                maxJsonBodyBytes,
                maxUploadBytes,
                baseUri,
                hosts,
                token,
                journalMaxBytes,
                dashboard,
                hosting);
    }

    /** A size setting's one check; the message names the rule, the value follows it. */
    private static long atLeast(long min, long value, String rule) {
        if (value < min) {
            throw new IllegalArgumentException(rule + ", was " + value);
        }
        return value;
    }

    private static String randomToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
