package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WixErrorCode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * What a request must satisfy before any route sees it, because a web page in the tester's browser could otherwise
 * drive the fake: the {@code Host} must be one the fake answers to (against DNS rebinding, which would let a page read
 * exports and private bytes), and a call of the admin API must not be one a browser sends cross-site (a form post, a
 * foreign {@code Origin}) and must carry the admin token when one is set. A form content type is refused on POST only:
 * every other changing method is preflighted when cross-origin, and the fake answers no preflight.
 *
 * <p>The dispatcher runs {@link #checkHost} before every route and {@link #checkAdmin} before every {@code /_fake}
 * route (one before-handler each, so routes added later are covered too). Thread-safe (immutable).
 */
@API(status = API.Status.INTERNAL)
public final class RequestGuard {
    /** The header that carries the admin token. */
    public static final String ADMIN_TOKEN_HEADER = "X-Fake-Admin-Token";

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    // what a browser may send cross-site without a CORS preflight (the "CORS-safelisted" content types)
    private static final Set<String> FORM_TYPES =
            Set.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern DASHBOARD_FILES =
            Pattern.compile(".*" + Pattern.quote(AdminRoutes.PREFIX) + "/ui(/[^/]*)?");

    private final Set<String> allowedHosts;
    /** {@code .example.com} for each allowed {@code *.example.com}: one label in front of it is allowed. */
    private final List<String> allowedParents;

    private final boolean anyHost;
    private final String adminToken;
    /** The Host value allowed last: a client sends the same one on every request, so the check is one comparison. */
    private volatile String allowedLast;

    /**
     * @param allowedHosts host names (lower case, no port) answered besides loopback and {@code localhost}; {@code "*"}
     *                     answers every host
     * @param adminToken   the token admin calls must carry in {@value #ADMIN_TOKEN_HEADER}, {@code null} for none
     */
    public RequestGuard(Set<String> allowedHosts, String adminToken) {
        this.anyHost = allowedHosts.contains("*");
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.allowedParents = allowedHosts.stream()
                .filter(h -> h.startsWith("*."))
                .map(h -> h.substring(1))
                .toList();
        this.adminToken = adminToken;
    }

    /** Refuses a request whose {@code Host} is not loopback, {@code localhost} or an allowed name. */
    public void checkHost(String hostHeader) {
        if (anyHost || hostHeader == null || hostHeader.isBlank() || hostHeader.equals(allowedLast)) {
            return; // (no Host: HTTP/1.0, which no browser sends)
        }
        String host = hostOf(hostHeader);
        if (isAllowed(host)) {
            allowedLast = hostHeader;
        } else {
            throw MediaManagerException.standard(
                    WixErrorCode.PERMISSION_DENIED,
                    "This fake does not answer to Host '"
                            + abbreviate(hostHeader)
                            + "' (only loopback, localhost and the names it was told); if it is reached by"
                            + " that name on purpose (a container, a proxy), allow it with ServerConfig.allowHost(\""
                            + abbreviate(host)
                            + "\") or --allow-host " + abbreviate(host));
        }
    }

    /**
     * Refuses an admin call a browser could send from another site, and one without the admin token when one is set.
     * {@code /_fake/health} and the dashboard's page and static files need no token.
     */
    public void checkAdmin(
            String method, String path, String origin, String secFetchSite, String contentType, String token) {
        boolean changes = !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
        if (changes && origin != null && !isAllowedOrigin(origin)) {
            throw crossSite("its Origin " + abbreviate(origin) + " is another site");
        }
        if (changes && "cross-site".equalsIgnoreCase(secFetchSite)) {
            throw crossSite("the browser marked it Sec-Fetch-Site: cross-site");
        }
        // Only a POST can come from another site without a CORS preflight (a form, a no-cors fetch, sendBeacon); a
        // cross-origin PUT, PATCH or DELETE is always preflighted, and the fake grants no preflight. So a PUT with
        // curl's default form type (the import-content example: curl --data-binary @cat.png) is no page's doing.
        if (changes
                && token == null
                && "POST".equalsIgnoreCase(method)
                && contentType != null
                && FORM_TYPES.contains(mediaTypeOf(contentType))) {
            throw crossSite("its Content-Type " + abbreviate(contentType) + " is one any web page can send; send"
                    + " Content-Type: application/json (or no body)");
        }
        if (adminToken != null && !needsNoToken(method, path) && !sameToken(token)) {
            throw MediaManagerException.standard(
                    WixErrorCode.UNAUTHENTICATED,
                    token == null
                            ? "The admin API needs the admin token in the " + ADMIN_TOKEN_HEADER
                                    + " header (strict mode sets one:"
                                    + " see FakeMediaManagerServer.adminToken(), or the standalone server's --admin-token)"
                            : "The " + ADMIN_TOKEN_HEADER + " header is not this fake's admin token");
        }
    }

    /**
     * {@code /_fake/health} (container health checks call it) and the dashboard's static files: a browser loads those
     * itself and cannot add a header, and they hold no data (the page then sends the token on its own calls).
     */
    private static boolean needsNoToken(String method, String path) {
        return path.endsWith(AdminRoutes.PREFIX + "/health")
                || path.endsWith(AdminRoutes.PREFIX + "/tls/ca.pem")
                || (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))
                        && DASHBOARD_FILES.matcher(path).matches());
    }

    private boolean sameToken(String token) {
        return token != null
                && MessageDigest.isEqual(
                        token.trim().getBytes(StandardCharsets.UTF_8), adminToken.getBytes(StandardCharsets.UTF_8));
    }

    private static MediaManagerException crossSite(String why) {
        return MediaManagerException.standard(
                WixErrorCode.PERMISSION_DENIED,
                "The admin API refused a call a web page" + " could have sent from another site: " + why);
    }

    private boolean isAllowedOrigin(String origin) {
        if (anyHost) {
            return true;
        }
        try {
            URI uri = URI.create(origin.trim());
            String host = uri.getHost();
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && host != null
                    && isAllowed(hostOf(host));
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed page, a file:) and garbage
        }
    }

    private boolean isAllowed(String host) {
        return host.equals("localhost")
                || IPV4_LOOPBACK.matcher(host).matches()
                || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1")
                || allowedHosts.contains(host)
                || (!allowedParents.isEmpty() && isUnderAllowedParent(host));
    }

    private boolean isUnderAllowedParent(String host) {
        for (String parent : allowedParents) {
            if (host.endsWith(parent) && host.indexOf('.') == host.length() - parent.length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the fake answers to {@code host} (a {@code Host} value or a TLS server name): the rule of
     * {@link #checkHost}, for the HTTPS port's check of the name a client asks for in its handshake.
     */
    public boolean allows(String host) {
        return anyHost || isAllowed(hostOf(host));
    }

    /** The host of a Host header or URI host: lower case, without port and IPv6 brackets. */
    public static String hostOf(String value) {
        String h = value.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 0 ? h.substring(1, end) : h;
        }
        int colon = h.indexOf(':');
        if (colon >= 0 && h.indexOf(':', colon + 1) < 0) {
            h = h.substring(0, colon);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static String mediaTypeOf(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "...";
    }

    /** The admin token, if one is set. */
    public Optional<String> adminToken() {
        return Optional.ofNullable(adminToken);
    }
}
