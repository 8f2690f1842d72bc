package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WixErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The web dashboard's routes: one HTML page, its script modules and its style sheet, read from the jar once. The page is a
 * face over the admin API and the REST API (it has no routes of its own beyond these static files), so every rule
 * stays in the core. Its Content-Security-Policy allows only its own script: even a file name that slipped into the
 * markup could not run code. Thread-safe (immutable after construction).
 */
final class Dashboard {
    private static final String RESOURCES = "/dev/fakewix/media/http/dashboard/";
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self' data: blob: http: https:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** Where, in the page, the server writes the path the app is mounted under (empty for the standalone server). */
    private static final String ROOT_PLACEHOLDER = "{{root}}";
    /** Where it writes the admin routes there are ({@code GET /_fake/clock, ...}), so the page asks only for those. */
    private static final String ROUTES_PLACEHOLDER = "{{adminRoutes}}";

    /** The page's script modules: dashboard.js polls and wires the buttons, each view has its own module. */
    private static final List<String> SCRIPTS = List.of(
            "dashboard.js",
            "http.js",
            "dom.js",
            "state.js",
            "sites.js",
            "library.js",
            "journal.js",
            "scenarios.js",
            "webhooks.js");

    @SuppressWarnings("ArrayRecordComponent") // a body carried, never compared or hashed
    private record Asset(String contentType, byte[] bytes) {}

    private final String path;
    private final String page;
    private final String adminRoutes;
    private final Map<String, Asset> assets = new LinkedHashMap<>();

    Dashboard(String path, List<PlainRoute> adminRoutes) {
        this.path = path;
        this.adminRoutes =
                adminRoutes.stream().map(r -> r.method() + " " + r.path()).collect(Collectors.joining(", "));
        this.page = new String(read("index.html"), StandardCharsets.UTF_8);
        for (String script : SCRIPTS) {
            assets.put(script, new Asset("text/javascript; charset=utf-8", read(script)));
        }
        assets.put("dashboard.css", new Asset("text/css; charset=utf-8", read("dashboard.css")));
        assets.put("favicon.svg", new Asset("image/svg+xml", read("favicon.svg")));
    }

    List<PlainRoute> routes() {
        return List.of(
                new PlainRoute(HttpMethod.GET, path, this::page),
                new PlainRoute(HttpMethod.GET, path + "/{asset}", this::asset));
    }

    private Reply page(Exchange ex) {
        String contextPath =
                ex.ctx().contextPath() == null ? "" : ex.ctx().contextPath().replaceAll("/+$", "");
        byte[] html = page.replace(ROOT_PLACEHOLDER, escape(contextPath))
                .replace(ROUTES_PLACEHOLDER, escape(adminRoutes))
                .getBytes(StandardCharsets.UTF_8);
        return secured(new Reply(200, "text/html; charset=utf-8", html, Map.of()));
    }

    private Reply asset(Exchange ex) {
        String name = ex.pathParam("asset");
        Asset asset = assets.get(name);
        if (asset == null) {
            throw MediaManagerException.standard(
                    WixErrorCode.NOT_FOUND,
                    "The dashboard has no file " + name + "; open " + path + " and it loads what it needs");
        }
        return secured(new Reply(200, asset.contentType(), asset.bytes(), Map.of()));
    }

    private static Reply secured(Reply reply) {
        return reply.withHeader("Content-Security-Policy", CSP)
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Referrer-Policy", "no-referrer");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static byte[] read(String name) {
        try (InputStream in = Dashboard.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the dashboard file " + RESOURCES + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
