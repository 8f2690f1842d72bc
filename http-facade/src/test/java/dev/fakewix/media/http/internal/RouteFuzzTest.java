package dev.fakewix.media.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.http.AuthMode;
import dev.fakewix.media.http.FakeMediaManagerServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route of the route table (API, admin, transfers) called with malformed input: wrong types, nulls, huge strings
 * and arrays, deep nesting, control characters, path traversal, absurd paging, broken JSON. Whatever the input, the
 * answer is never a 5xx, an error is in the Wix shape with a request id, and a refused request changes nothing.
 *
 * <p>The cases are generated from the route table, so a route added later is fuzzed too. Deterministic: the same
 * cases in every build (their number is printed).
 */
class RouteFuzzTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SITE = "fuzz-site";
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    /** Values that stand where any field, path parameter or query value goes. */
    private static final List<String> JSON_VALUES = List.of(
            "null",
            "true",
            "-1",
            "0",
            "1e309",
            "9223372036854775808",
            "-9223372036854775809",
            "3.5",
            "\"\"",
            "\"" + "x".repeat(20_000) + "\"",
            "\"\\u0000\\u001f\\r\\n\"",
            "\"../../../../etc/passwd\"",
            "\"PT9223372036854775807S\"",
            "\"+1000000000-01-01T00:00:00Z\"",
            "[]",
            "[" + "1,".repeat(5_000) + "1]",
            "{}",
            "{\"a\":{\"b\":{\"c\":[null]}}}",
            "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]");
    /** Field names the API and admin bodies use; each gets every value above. */
    private static final List<String> FIELDS = List.of(
            "fileIds",
            "folderIds",
            "parentFolderId",
            "displayName",
            "url",
            "mimeType",
            "paging",
            "cursorPaging",
            "sort",
            "search",
            "filter",
            "query",
            "file",
            "folder",
            "fieldMask",
            "permanent",
            "labels",
            "duration",
            "instant",
            "errors",
            "readiness",
            "siteId",
            "files",
            "folders",
            "code",
            "assetKeys",
            "downloadFileName",
            "expirationInMinutes",
            "sizeInBytes",
            "private",
            "externalInfo",
            "filePath");

    private static final List<String> RAW_BODIES = List.of(
            "",
            "{",
            "{\"a\":",
            "null",
            "[]",
            "\"text\"",
            "42",
            "{\"a\":1,\"a\":2}",
            "\u0000",
            "{\"x\":\"\\ud800\"}",
            "[".repeat(2_000) + "]".repeat(2_000),
            "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000),
            "\uFEFF{}");
    private static final List<String> PATH_VALUES = List.of(
            "%20",
            "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e",
            "x".repeat(3_000),
            "%00",
            "%0d%0a",
            "%F0%9F%98%80",
            "null",
            "-1",
            "media-root",
            "trash-root",
            "%25",
            "a%2Fb");
    private static final List<String> QUERY_KEYS = List.of(
            "paging.limit",
            "paging.cursor",
            "cursorPaging.limit",
            "cursorPaging.cursor",
            "sort.fieldName",
            "sort.order",
            "parentFolderId",
            "mediaTypes",
            "search",
            "rootFolder",
            "private",
            "siteId",
            "operation",
            "limit",
            "token",
            "assetKey",
            "filename",
            "fileIds",
            "paging",
            "a" + ".b".repeat(40));
    private static final List<String> QUERY_VALUES =
            List.of("-1", "99999999999999999999", "%00", "x".repeat(10_000), "%ff");

    private static FakeMediaManager fake;
    private static FakeMediaManagerServer server;
    private static List<Route> routes;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private record Route(HttpMethod method, String path) {
        boolean hasBody() {
            return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        }
    }

    private record Case(String method, String path, String body) {}

    @BeforeAll
    static void start() {
        fake = FakeMediaManager.builder()
                .seed(10)
                .clock(VirtualClock.frozenAt(NOW))
                .build();
        server = FakeMediaManagerServer.start(fake, c -> c.port(0));
        routes = new ArrayList<>();
        for (ApiRoute r : ApiRoute.values()) {
            routes.add(new Route(r.method(), r.fullPath()));
        }
        Facade facade = new Facade(
                FakeMediaManager.builder().build(),
                new FacadeSettings(
                        "127.0.0.1", 0, AuthMode.PERMISSIVE, List.of(), 0, 1024, 1024, null, Set.of(), null, 0, true),
                new JournalStore(0, 0));
        for (PlainRoute r : facade.plainRoutes()) {
            routes.add(new Route(r.method(), r.path()));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noRouteAnswersMalformedInputWithA5xxOrLetsARefusedRequestChangeAnything() {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int serverErrors = 0;
        for (Route route : routes) {
            for (Case c : casesOf(route)) {
                cases++;
                String failure = run(c);
                if (failure != null) {
                    if (failure.startsWith("5xx")) {
                        serverErrors++;
                    }
                    if (failures.size() < 30) {
                        failures.add(c.method() + " " + abbreviate(c.path()) + " "
                                + abbreviate(String.valueOf(c.body())) + " -> " + failure);
                    }
                }
            }
        }
        System.out.println(
                "[fuzz] " + cases + " cases over " + routes.size() + " routes, " + serverErrors + " answered 5xx");
        assertThat(routes).hasSizeGreaterThan(40);
        assertThat(cases).isGreaterThan(4_000);
        assertThat(failures).as("%d of %d cases failed", failures.size(), cases).isEmpty();
    }

    private static List<Case> casesOf(Route route) {
        List<Case> cases = new ArrayList<>();
        String method = route.method().name();
        String validPath = route.path()
                .replace("{siteId}", SITE)
                .replace("{fileId}", "unknown")
                .replace("{folderId}", "unknown")
                .replace("{token}", "not-a-token")
                .replace("{archiveId}", "unknown");
        for (String value : PATH_VALUES) {
            if (route.path().contains("{")) {
                cases.add(new Case(
                        method, route.path().replaceAll("\\{[a-zA-Z]+}", value), route.hasBody() ? "{}" : null));
            }
        }
        if (route.hasBody()) {
            for (String raw : RAW_BODIES) {
                cases.add(new Case(method, validPath, raw));
            }
            for (String value : JSON_VALUES) {
                StringBuilder all = new StringBuilder("{");
                for (String field : FIELDS) {
                    all.append(all.length() > 1 ? "," : "")
                            .append('"')
                            .append(field)
                            .append("\":")
                            .append(value);
                }
                cases.add(new Case(method, validPath, all.append('}').toString()));
            }
            for (String field : FIELDS) {
                for (String value : List.of("[{\"" + field + "\":\"" + "y".repeat(2_000) + "\"}]")) {
                    cases.add(new Case(method, validPath, "{\"" + field + "\":" + value + "}"));
                }
            }
        } else {
            for (String key : QUERY_KEYS) {
                for (String value : QUERY_VALUES) {
                    cases.add(new Case(method, validPath + "?" + key + "=" + value, null));
                }
            }
            cases.add(new Case(method, validPath + "?paging.limit=1&paging.limit=2&paging=3", null));
        }
        return cases;
    }

    /** Runs one case; returns what went wrong, or {@code null}. */
    private static String run(Case c) {
        MediaSite site = fake.site(SITE);
        if (site.files().listFiles(ListFilesRequest.all()).files().isEmpty()) {
            site.files().importFile(ImportFileRequest.of("https://example.com/seed.jpg"));
            site.folders().createFolder("seed", null);
        }
        if (!fake.clock().isFrozen() || !fake.clock().instant().equals(NOW)) {
            fake.clock().freeze(); // an earlier case may have unfrozen or moved it, rightly
            fake.clock().setTo(NOW);
        }
        SiteSnapshot before = site.snapshot();
        Instant clockBefore = fake.clock().instant();
        int scenariosBefore = site.scenarios().active().size();
        HttpResponse<byte[]> response;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + c.path()))
                    .header("Authorization", "fuzz")
                    .header("wix-site-id", SITE)
                    .method(
                            c.method(),
                            c.body() == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8));
            if (c.body() != null) {
                request.header("Content-Type", "application/json");
            }
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IllegalArgumentException notAUri) {
            return null; // java.net.http refuses to send it; no client could
        } catch (IOException e) {
            return "no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (status >= 500) {
            return "5xx " + status + " " + abbreviate(body);
        }
        if (status < 400) {
            return null;
        }
        if (response.headers().firstValue("X-Wix-Request-Id").isEmpty()) {
            return status + " without X-Wix-Request-Id";
        }
        if (c.method().equals("HEAD")) {
            return null;
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return status + " not JSON: " + abbreviate(body);
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (!json.path("message").isString()
                    || (json.at("/details/applicationError/code").isMissingNode()
                            && json.at("/details/validationError/fieldViolations")
                                    .isMissingNode())) {
                return status + " not the Wix error shape: " + abbreviate(body);
            }
        } catch (RuntimeException e) {
            return status + " unparsable: " + abbreviate(body);
        }
        if (body.contains("\tat ")) {
            return status + " leaks a stack trace";
        }
        if (!site.snapshot().equals(before)
                || !fake.clock().instant().equals(clockBefore)
                || site.scenarios().active().size() != scenariosBefore) {
            return status + " refused, yet the site, clock or scenarios changed";
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "...(" + s.length() + ")";
    }
}
