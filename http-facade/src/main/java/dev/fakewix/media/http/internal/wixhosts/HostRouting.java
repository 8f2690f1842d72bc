package dev.fakewix.media.http.internal.wixhosts;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.http.internal.tls.HttpsConnector;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Sends a request to the route that serves it by the host it was sent to, before Javalin sees it, for the
 * standalone and embedded server (a plugin leaves the app's Jetty alone):
 * <ul>
 *   <li>With {@code --wix-hosts}, a request to one of Wix's names ({@link WixHosts}) goes where that host's path is
 *       served: {@code www.wixapis.com/site-media/v1/...} to the API, {@code upload.wixmp.com/upload/...},
 *       {@code download-files.wixmp.com/media/<id>}, {@code archive.wixmp.com/archive/wix/<id>} and
 *       {@code repackager.wixmp.com/.../<manifest>} to the transfer routes, media URLs of the CDN and any other
 *       path of those hosts to {@link MediaRoutes} (which answers an unknown one 404, as a CDN does).</li>
 *   <li>On the fake's own names, {@code /wix-privatemedia-proxy-server/v1/...} is {@code /site-media/v1/...}: the
 *       official SDK calls that path when {@code createClient({host: {apiBaseUrl}})} names a host other than
 *       Wix's.</li>
 *   <li>A request in plain HTTP on the HTTPS port is marked ({@link #PLAIN_HTTP_ON_HTTPS_PORT}) for the facade to
 *       refuse, and goes nowhere else.</li>
 * </ul>
 * The path the client sent is kept in the {@link #CLIENT_PATH} attribute, for the journal and for URLs answered
 * relative to it (a TUS upload's {@code Location}). Thread-safe (immutable).
 */
@API(status = API.Status.INTERNAL)
public final class HostRouting extends Handler.Wrapper {
    /** Request attribute: the path as the client sent it, when the route serving it has another. */
    public static final String CLIENT_PATH = "dev.fakewix.media.clientPath";
    /** Request attribute, {@code Boolean.TRUE}: the request came in plain HTTP on the HTTPS port. */
    public static final String PLAIN_HTTP_ON_HTTPS_PORT = "dev.fakewix.media.plainHttpOnHttpsPort";

    @Decides(Guess.SDK_PROXY_PATH_ALIAS)
    static final String SDK_PATH_PREFIX = "/wix-privatemedia-proxy-server/";

    private static final String API_PREFIX = "/site-media/";
    private static final Pattern DOWNLOAD = Pattern.compile("/media/([^/]+)(?:/([^/]+))?");
    private static final Pattern ARCHIVE = Pattern.compile("/archive/wix/([^/]+)");
    private static final Pattern STREAM = Pattern.compile("/video\\.wixstatic\\.com/video/([^/]+)/.*/([^/]+)");

    private final boolean wixHosts;

    public HostRouting(boolean wixHosts) {
        this.wixHosts = wixHosts;
    }

    @Override
    @Decides(Guess.WIX_HOSTS_UNKNOWN_PATH_404)
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (HttpsConnector.isPlainHttpOnHttpsPort(request)) {
            request.setAttribute(PLAIN_HTTP_ON_HTTPS_PORT, true);
            return super.handle(request, response, callback);
        }
        HttpURI uri = request.getHttpURI();
        String path = uri.getPath() == null ? "/" : uri.getPath();
        String target = target(Request.getServerName(request), path);
        if (target == null || target.equals(path)) {
            return super.handle(request, response, callback);
        }
        request.setAttribute(CLIENT_PATH, path);
        HttpURI rewritten =
                HttpURI.build(uri).pathQuery(uri.getQuery() == null ? target : target + "?" + uri.getQuery());
        return super.handle(
                new Request.Wrapper(request) {
                    @Override
                    public HttpURI getHttpURI() {
                        return rewritten;
                    }
                },
                response,
                callback);
    }

    /** Where a request for {@code path} on {@code host} is served; {@code null} where it is sent. */
    String target(String serverName, String path) {
        String host = serverName == null ? "" : serverName.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (!wixHosts || !WixHosts.isWixHost(host)) {
            return path.startsWith(SDK_PATH_PREFIX) ? API_PREFIX + path.substring(SDK_PATH_PREFIX.length()) : null;
        }
        return switch (host) {
            case WixHosts.API -> path.startsWith(API_PREFIX) ? path : media(host, path);
            case WixHosts.UPLOAD -> path.startsWith("/upload/") ? "/_wixmp" + path : media(host, path);
            case WixHosts.DOWNLOAD -> matched(DOWNLOAD, path, m -> "/_wixmp/download/" + m.group(1), host);
            case WixHosts.ARCHIVE -> matched(ARCHIVE, path, m -> "/_wixmp/archive/" + m.group(1), host);
            case WixHosts.REPACKAGER ->
                matched(STREAM, path, m -> "/_wixmp/stream/" + m.group(1) + "/" + m.group(2), host);
            default -> media(host, path); // the CDN's hosts and a site's file host
        };
    }

    private static String matched(Pattern pattern, String path, Function<Matcher, String> to, String host) {
        Matcher m = pattern.matcher(path);
        return m.matches() ? to.apply(m) : media(host, path);
    }

    private static String media(String host, String path) {
        return MediaRoutes.PREFIX + "/" + host + path;
    }

    /**
     * Notes, in the request being served, what its routing relied on: the SDK's proxy path answered as the API's.
     * (Routing runs before the request's record opens, so the record asks afterwards.)
     */
    @Decides(Guess.SDK_PROXY_PATH_ALIAS)
    public static void noteRouted(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getAttribute(CLIENT_PATH) instanceof String original && original.startsWith(SDK_PATH_PREFIX)) {
            Reliance.met(Guess.SDK_PROXY_PATH_ALIAS);
        }
    }

    /** The path the client sent: the original one of a routed request, else the request's own. */
    public static String clientPath(HttpServletRequest request) {
        Object original = request.getAttribute(CLIENT_PATH);
        return original instanceof String s ? s : request.getRequestURI();
    }
}
