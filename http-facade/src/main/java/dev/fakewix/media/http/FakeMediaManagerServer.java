package dev.fakewix.media.http;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.http.internal.Facade;
import dev.fakewix.media.http.internal.FacadeSettings;
import dev.fakewix.media.http.internal.RequestGuard;
import dev.fakewix.media.http.internal.tls.CertificateAuthority;
import dev.fakewix.media.http.internal.tls.HttpsConnector;
import dev.fakewix.media.http.internal.tls.ServerIdentity;
import dev.fakewix.media.http.internal.tls.TlsSetup;
import dev.fakewix.media.http.internal.tls.TrustedCa;
import dev.fakewix.media.http.internal.wixhosts.HostRouting;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.apiguardian.api.API;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The fake Wix Media Manager as an HTTP server that real clients (the official Wix SDK, your HTTP code) cannot tell
 * from {@code https://www.wixapis.com/site-media/v1}.
 *
 * <pre>{@code
 * FakeMediaManager fake = FakeMediaManager.builder().seed(42).build();
 * try (FakeMediaManagerServer server = FakeMediaManagerServer.start(fake, config -> config.port(0))) {
 *     URI api = server.baseUri().resolve("/site-media/v1/files");   // what your code calls
 *     runCodeUnderTest(server.baseUri());
 *     assertThat(server.journal().count(Operation.IMPORT_FILE)).isEqualTo(1);
 *     assertThat(fake.site().files().listFiles(ListFilesRequest.all()).files()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>Serves the 27 API routes under {@code /site-media/v1}, the admin API under {@code /_fake} and the upload,
 * download, archive and streaming URLs under {@code /_wixmp} (the fake's transfer URLs are pointed at the server when
 * it starts). Listens on {@code 127.0.0.1} unless configured otherwise. Thread-safe; {@link #close()} stops it.
 * A server that fails to start (e.g. the port is taken) throws and holds no resources.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FakeMediaManagerServer implements AutoCloseable {
    /** The header that carries the admin token (see {@link #adminToken()}). */
    public static final String ADMIN_TOKEN_HEADER = RequestGuard.ADMIN_TOKEN_HEADER;

    private final FakeMediaManager fake;
    private final FakeMediaManagerPlugin plugin;
    private final Javalin app;
    private final URI baseUri;
    /** The HTTPS port's CA; {@code null} without HTTPS. */
    private final CertificateAuthority authority;

    private FakeMediaManagerServer(
            FakeMediaManager fake,
            FakeMediaManagerPlugin plugin,
            Javalin app,
            URI baseUri,
            CertificateAuthority authority) {
        this.fake = fake;
        this.plugin = plugin;
        this.app = app;
        this.baseUri = baseUri;
        this.authority = authority;
    }

    /** Starts a server over a new fake with the defaults ({@code FakeMediaManager.builder().build()}). */
    public static FakeMediaManagerServer start(Consumer<ServerConfig> configurer) {
        return start(FakeMediaManager.builder().build(), configurer);
    }

    /** Starts a server over {@code fake}, configured by {@code configurer}. */
    public static FakeMediaManagerServer start(FakeMediaManager fake, Consumer<ServerConfig> configurer) {
        Objects.requireNonNull(fake, "fake");
        Objects.requireNonNull(configurer, "configurer");
        FakeMediaManagerPlugin plugin = new FakeMediaManagerPlugin(fake, configurer, true);
        FacadeSettings settings = plugin.settings();
        // before the server exists: a TLS directory that cannot serve fails the start with its own message
        CertificateAuthority authority = settings.hosting().https() ? TlsSetup.authority(settings) : null;
        ServerIdentity identity =
                authority == null ? null : authority.issueServerCertificate(TlsSetup.serverNames(settings));
        plugin.facade().useAuthority(authority);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.generateEtags = false;
            config.http.maxRequestSize = Math.max(settings.maxJsonBodyBytes(), settings.maxUploadBytes());
            // Wix cursors may be up to 16000 characters, and they travel in GET query strings.
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(64 * 1024);
                http.setHeaderCacheCaseSensitive(true); // see FakeMediaManagerPlugin: auth judges each request's bytes
            });
            config.jetty.modifyServer(
                    server -> server.setErrorHandler(plugin.facade().jettyErrorHandler()));
            if (identity != null) {
                addHttps(config, settings, identity, plugin.facade());
            }
            config.jetty.modifyServletContextHandler(
                    context -> context.setErrorHandler(plugin.facade().servletErrorHandler()));
            config.registerPlugin(plugin);
        });
        try {
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            app.stop();
            throw e;
        }
        // the plain port; transfer URLs point at the HTTPS port when there is one (the plugin's base URI)
        URI baseUri = settings.baseUri() != null
                ? settings.baseUri()
                : URI.create("http://" + FakeMediaManagerPlugin.uriHost(settings.host()) + ":" + app.port());
        return new FakeMediaManagerServer(fake, plugin, app, baseUri, authority);
    }

    /**
     * The HTTPS port beside the plain one (which stays first, so {@link #port()} is still the plain port), and the
     * routing by host that Wix's names and the SDK's {@code apiBaseUrl} path need.
     */
    private static void addHttps(
            JavalinConfig config, FacadeSettings settings, ServerIdentity identity, Facade facade) {
        config.jetty.addConnector((server, http) -> {
            ServerConnector plain = new ServerConnector(server, new HttpConnectionFactory(http));
            plain.setHost(settings.host());
            plain.setPort(settings.port());
            return plain;
        });
        config.jetty.addConnector((server, http) -> HttpsConnector.create(
                server,
                http,
                settings.host(),
                settings.hosting().httpsPort(),
                identity,
                facade::allowsHost,
                facade::refusedServerName));
        config.jetty.modifyServer(server ->
                server.insertHandler(new HostRouting(settings.hosting().wixHosts())));
    }

    /** Where clients reach the server, e.g. {@code http://127.0.0.1:54321}; the API is at {@code /site-media/v1}. */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Where clients reach the HTTPS port ({@link ServerConfig#httpsPort(int)}), e.g. {@code https://127.0.0.1:54322};
     * empty without one. The certificate covers {@code localhost} too.
     */
    public Optional<URI> httpsUri() {
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof ServerConnector sc && HttpsConnector.NAME.equals(sc.getName())) {
                return Optional.of(URI.create(
                        "https://" + FakeMediaManagerPlugin.uriHost(sc.getHost()) + ":" + sc.getLocalPort()));
            }
        }
        return Optional.empty();
    }

    /**
     * The file of the CA certificate that signed the HTTPS port's certificate, for clients outside the JVM
     * ({@code NODE_EXTRA_CA_CERTS}, {@code REQUESTS_CA_BUNDLE}, {@code CURL_CA_BUNDLE}); empty without HTTPS.
     */
    public Optional<Path> caCertificateFile() {
        return Optional.ofNullable(authority).map(CertificateAuthority::certificateFile);
    }

    /**
     * A TLS context that trusts the fake's CA, for clients in this JVM; it trusts nothing else, so use it for the
     * fake only.
     *
     * <pre>{@code
     * HttpClient client = HttpClient.newBuilder().sslContext(server.sslContext()).build();
     * }</pre>
     *
     * @throws IllegalStateException when the server has no HTTPS port
     */
    public SSLContext sslContext() {
        if (authority == null) {
            throw new IllegalStateException("This server has no HTTPS port: start it with config.httpsPort(0)");
        }
        return TrustedCa.sslContext(authority.certificate());
    }

    /** The port the server listens on (the actual one when configured with 0). */
    public int port() {
        return app.port();
    }

    /** The fake the server serves; tests may use its Java API alongside HTTP. */
    public FakeMediaManager fake() {
        return fake;
    }

    /**
     * The token the admin API ({@code /_fake}) requires in the {@value #ADMIN_TOKEN_HEADER} header, if any: the
     * configured one ({@link ServerConfig#adminToken(String)}), or in strict mode by default a random one.
     *
     * <pre>{@code
     * HttpRequest.newBuilder(server.baseUri().resolve("/_fake/reset"))
     *         .header(FakeMediaManagerServer.ADMIN_TOKEN_HEADER, server.adminToken().orElseThrow())
     *         .POST(HttpRequest.BodyPublishers.noBody()).build();
     * }</pre>
     */
    public Optional<String> adminToken() {
        return plugin.adminToken();
    }

    /** The requests the server answered. */
    public RequestJournal journal() {
        return plugin.journal();
    }

    /** The address the listening socket is bound to (e.g. {@code 127.0.0.1}), for tests of the default binding. */
    String boundHost() {
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                return sc.getHost();
            }
        }
        return null;
    }

    /** Sets how long a connection may stay silent (Jetty's default is 30 s), for tests of a client that stalls. */
    void idleTimeout(Duration timeout) {
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setIdleTimeout(timeout.toMillis());
            }
        }
    }

    /** Stops the server and frees its port. Idempotent. */
    @Override
    public void close() {
        app.stop();
    }

    @Override
    public String toString() {
        return "FakeMediaManagerServer[" + baseUri + "]";
    }
}
