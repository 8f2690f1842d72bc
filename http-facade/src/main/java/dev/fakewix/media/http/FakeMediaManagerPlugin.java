package dev.fakewix.media.http;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.http.internal.Facade;
import dev.fakewix.media.http.internal.FacadeSettings;
import dev.fakewix.media.http.internal.JournalStore;
import dev.fakewix.media.http.internal.tls.HttpsConnector;
import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;

/**
 * Mounts the fake Wix Media Manager inside your own Javalin app: the API under {@code /site-media/v1}, the admin API
 * under {@code /_fake} and the transfer URLs under {@code /_wixmp}, next to your own routes.
 *
 * <pre>{@code
 * FakeMediaManager fake = FakeMediaManager.builder().build();
 * FakeMediaManagerPlugin media = new FakeMediaManagerPlugin(fake, config -> config.auth(AuthMode.OFF));
 * Javalin app = Javalin.create(config -> {
 *     config.registerPlugin(media);
 *     config.routes.get("/hello", ctx -> ctx.result("hi"));
 * }).start(0);
 * // the SDK (or your code) now calls http://localhost:<port>/site-media/v1/...
 * media.journal().entries();
 * }</pre>
 *
 * <p>Of the {@link ServerConfig}, the plugin uses everything but {@code port} and {@code host}, which are the app's,
 * and the HTTPS options ({@code httpsPort}, {@code tlsDir}, {@code wixHosts}), which it refuses: TLS is the app's too.
 * Upload and download URLs point at the app once it has started (or at {@link ServerConfig#baseUri(URI)} if set).
 * The plugin registers no global exception handler and claims only its own path prefixes, so the app's routes and
 * error handling are untouched. Two things reach beyond them: its prefixes answer only loopback and {@code localhost}
 * {@code Host}s unless {@link ServerConfig#allowHost(String...)} names more, and the app's Jetty caches header values
 * case-sensitively (so that auth judges each request's own bytes on keep-alive connections). One plugin instance
 * serves one app.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FakeMediaManagerPlugin extends Plugin<ServerConfig> {
    private final FakeMediaManager fake;
    private final boolean catchAllRoot;
    private final FacadeSettings settings;
    private final Facade facade;
    private final RequestJournal journal;
    private volatile URI baseUri;

    /** The plugin with the default configuration ({@link AuthMode#PERMISSIVE}). */
    public FakeMediaManagerPlugin(FakeMediaManager fake) {
        this(fake, config -> {});
    }

    public FakeMediaManagerPlugin(FakeMediaManager fake, Consumer<ServerConfig> configurer) {
        this(fake, configurer, false);
    }

    FakeMediaManagerPlugin(FakeMediaManager fake, Consumer<ServerConfig> configurer, boolean catchAllRoot) {
        super(Objects.requireNonNull(configurer, "configurer"), new ServerConfig());
        this.fake = Objects.requireNonNull(fake, "fake");
        this.catchAllRoot = catchAllRoot;
        this.settings = pluginConfig.settings();
        if (!catchAllRoot && settings.hosting().https()) {
            // the app owns its connectors and its Jetty: an HTTPS port and routing by host are the server's to add
            throw new IllegalArgumentException(
                    "httpsPort, tlsDir and wixHosts are options of FakeMediaManagerServer and"
                            + " the standalone server; a plugin is served by your app's own connectors (configure TLS on your"
                            + " Javalin app instead)");
        }
        JournalStore store = new JournalStore(settings.journalCapacity(), settings.journalMaxBytes());
        this.journal = new RequestJournal(store);
        this.facade = new Facade(fake, settings, store);
    }

    @Override
    public void onInitialize(JavalinState state) {
        // Jetty caches header fields per connection and, by default, finds a cached field ignoring the case of its
        // value: on one keep-alive connection "Authorization: MANAGER-A" after "manager-a" reached the handler as
        // "manager-a". Auth must judge the bytes of each request, so values are cached case-sensitively (this only
        // makes the app's Jetty report headers more exactly).
        state.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
        facade.mount(state.routes, catchAllRoot);
        state.events.serverStarted(() -> {
            URI uri = settings().baseUri() != null ? settings().baseUri() : derivedBaseUri(state);
            baseUri = uri;
            facade.serveTransfersFrom(uri);
        });
        if (settings().baseUri() != null) {
            facade.serveTransfersFrom(settings().baseUri());
        }
    }

    @Override
    public String name() {
        return "FakeMediaManagerPlugin";
    }

    /** The fake this plugin serves. */
    public FakeMediaManager fake() {
        return fake;
    }

    /** The requests this plugin answered. */
    public RequestJournal journal() {
        return journal;
    }

    /**
     * The token the admin API requires in the {@value FakeMediaManagerServer#ADMIN_TOKEN_HEADER} header, if any
     * (see {@link ServerConfig#adminToken(String)}; strict mode sets a random one by default).
     */
    public Optional<String> adminToken() {
        return Optional.ofNullable(settings.adminToken());
    }

    /** Where the app is reached, once it has started; {@code null} before. */
    public @Nullable URI baseUri() {
        return baseUri;
    }

    Facade facade() {
        return facade;
    }

    FacadeSettings settings() {
        return settings;
    }

    private static URI derivedBaseUri(JavalinState state) {
        int port = -1;
        String scheme = "http";
        for (Connector c : state.jettyInternal.server.getConnectors()) {
            if (c instanceof ServerConnector sc && sc.getLocalPort() > 0) {
                // the standalone server's HTTPS port, when it has one: clients that check for https: get it
                if (HttpsConnector.NAME.equals(sc.getName())) {
                    port = sc.getLocalPort();
                    scheme = "https";
                    break;
                }
                if (port < 0) {
                    port = sc.getLocalPort();
                }
            }
        }
        String host = state.jetty.host;
        String contextPath = state.router.contextPath == null ? "" : state.router.contextPath.replaceAll("/+$", "");
        return URI.create(scheme + "://" + uriHost(host) + ":" + port + contextPath);
    }

    /** A host to put in a URL: wildcard addresses become loopback, IPv6 literals get brackets. */
    static String uriHost(String host) {
        if (host == null || host.isBlank() || host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        if (host.equals("::") || host.equals("[::]")) {
            return "[::1]";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
