package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The eight findings of the hardening review (issue 10), each reproduced through a real client. Every one of them
 * failed before the fix; they stay as regression tests.
 */
class SecurityRegressionTest extends OnDemandServer {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final String SITE = WireClient.SITE_ID;

    private WireClient start(Consumer<ServerConfig> config) {
        return start(
                FakeMediaManager.builder()
                        .seed(7)
                        .clock(VirtualClock.frozenAt(NOW))
                        .build(),
                config);
    }

    /** The Wix error shape, a request id and no stack trace. */
    private static void assertWixError(WireClient.Response response, int status, String code) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("%s", response).startsWith("application/json");
        assertThat(response.header("X-Wix-Request-Id")).as("%s", response).startsWith("fake-");
        JsonNode json = response.json();
        assertThat(json.get("message").stringValue()).isNotBlank();
        String actual = json.at("/details/applicationError/code").isMissingNode()
                ? (json.at("/details/validationError").isMissingNode() ? null : "INVALID_ARGUMENT")
                : json.at("/details/applicationError/code").stringValue();
        assertThat(actual).as("%s", response).isEqualTo(code);
        assertThat(response.body()).doesNotContain("\tat ");
    }

    // ---------------------------------------------------------------- 1. forgeable tokens

    @Nested
    class Tokens {
        @Test
        void aTokenSignedWithTheSeedDerivedKeyDoesNotDownloadAPrivateFile() throws Exception {
            WireClient client = start(c -> {});
            FileDescriptor file = fake.site(SITE)
                    .files()
                    .importFile(ImportFileRequest.of("https://example.com/secret.pdf")
                            .withPrivate(true));
            long iat = NOW.getEpochSecond();
            String claims =
                    "{\"iss\":\"urn:app:fake-wix-media-manager\",\"aud\":[\"urn:service:file.download\"],\"iat\":" + iat
                            + ",\"exp\":" + (iat + 3600) + ",\"obj\":[[{\"path\":\"/media/" + file.id()
                            + "\"}]],\"dis\":{\"filename\":\"x.pdf\","
                            + "\"type\":\"attachment\"},\"siteId\":\"" + SITE + "\"}";
            String forged = jwt(claims, ("fake-wix-media-manager:" + fake.seed()).getBytes(StandardCharsets.UTF_8));
            String url = fake.site(SITE)
                    .files()
                    .generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(file.id()))
                    .get(0)
                    .url();
            assertThat(client.get(url).status()).as("the real URL works").isEqualTo(200);
            String forgedPath = url.substring(0, url.indexOf("token=") + 6) + forged;
            assertWixError(client.get(forgedPath), 403, "PERMISSION_DENIED");
        }

        @Test
        void tokensDifferBetweenFakesOfTheSameSeedUnlessASecretIsPinned() {
            String a = uploadUrl(FakeMediaManager.builder()
                    .seed(7)
                    .clock(VirtualClock.frozenAt(NOW))
                    .build());
            String b = uploadUrl(FakeMediaManager.builder()
                    .seed(7)
                    .clock(VirtualClock.frozenAt(NOW))
                    .build());
            assertThat(a).isNotEqualTo(b);
            String pinnedA = uploadUrl(FakeMediaManager.builder()
                    .seed(7)
                    .clock(VirtualClock.frozenAt(NOW))
                    .tokenSecret("s3cret-for-ci")
                    .build());
            String pinnedB = uploadUrl(FakeMediaManager.builder()
                    .seed(7)
                    .clock(VirtualClock.frozenAt(NOW))
                    .tokenSecret("s3cret-for-ci")
                    .build());
            assertThat(pinnedA).isEqualTo(pinnedB);
        }

        private String uploadUrl(FakeMediaManager f) {
            return f.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
        }

        private String jwt(String claims, byte[] key) throws Exception {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String unsigned = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                    + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return unsigned + "." + b64.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.UTF_8)));
        }
    }

    // ---------------------------------------------------------------- 2. auth per connection

    @Nested
    class AuthPerRequest {
        @Test
        void oneKeepAliveConnectionGetsEachRequestJudgedOnItsOwnHeader() throws Exception {
            start(c -> c.auth(AuthMode.STRICT).apiKey("manager-a", Set.of("*"), true));
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            assertThat(status(http, "manager-a")).isEqualTo(200);
            assertThat(status(http, "MANAGER-A")).isEqualTo(401);
            assertThat(status(http, "manager-a")).isEqualTo(200);
            HttpClient other =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            assertThat(status(other, "MANAGER-A")).isEqualTo(401);
            assertThat(status(other, "manager-a")).isEqualTo(200);
        }

        private int status(HttpClient http, String key) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/site-media/v1/files"))
                    .header("Authorization", key)
                    .header("wix-site-id", SITE)
                    .GET()
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    // ---------------------------------------------------------------- 3. drive-by admin

    @Nested
    class DriveByAdmin {
        @Test
        void aCrossSiteResetIsRefusedAndChangesNothing() {
            WireClient client = start(c -> {});
            fake.site(SITE).files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            WireClient.Response response = client.send(
                    "POST",
                    "/_fake/sites/" + SITE + "/reset",
                    "x".getBytes(StandardCharsets.UTF_8),
                    "text/plain",
                    Map.of("Origin", "http://evil.example"));
            assertWixError(response, 403, "PERMISSION_DENIED");
            assertThat(fake.site(SITE).files().listFiles(ListFilesRequest.all()).files())
                    .hasSize(1);
            JournalEntry refused =
                    server.journal().entries().get(server.journal().entries().size() - 1);
            assertThat(refused.status()).as("a refused admin call is journaled").isEqualTo(403);
            assertThat(refused.path()).endsWith("/reset");
        }

        @Test
        void aSameOriginAdminCallIsServedAndABrowserMarkedCrossSiteOneIsNot() {
            WireClient client = start(c -> {});
            String self = "http://127.0.0.1:" + server.port();
            assertThat(client.send(
                                    "POST",
                                    "/_fake/clock/advance",
                                    "{\"duration\":\"PT1M\"}".getBytes(StandardCharsets.UTF_8),
                                    "application/json",
                                    Map.of("Origin", self))
                            .status())
                    .isEqualTo(200);
            assertWixError(
                    client.send(
                            "POST",
                            "/_fake/clock/advance",
                            "{\"duration\":\"PT1M\"}".getBytes(StandardCharsets.UTF_8),
                            "application/json",
                            Map.of("Sec-Fetch-Site", "cross-site")),
                    403,
                    "PERMISSION_DENIED");
            assertWixError(
                    client.send("POST", "/_fake/reset", null, null, Map.of("Origin", "null")),
                    403,
                    "PERMISSION_DENIED");
            assertThat(fake.clock().instant()).isEqualTo(NOW.plusSeconds(60));
            assertThat(client.send("GET", "/_fake/sites", null, null, Map.of("Origin", "http://evil.example"))
                            .status())
                    .as("reading needs no Origin check: the browser does not let the page see the answer")
                    .isEqualTo(200);
        }

        @Test
        void aSimpleFormPostWithoutOriginIsRefusedToo() {
            WireClient client = start(c -> {});
            fake.site(SITE).files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            WireClient.Response response = client.send(
                    "POST",
                    "/_fake/reset",
                    "a=b".getBytes(StandardCharsets.UTF_8),
                    "application/x-www-form-urlencoded",
                    Map.of());
            assertWixError(response, 403, "PERMISSION_DENIED");
            assertThat(fake.site(SITE).files().listFiles(ListFilesRequest.all()).files())
                    .hasSize(1);
        }

        @Test
        void aPutWithCurlsDefaultFormTypeIsServedBecauseNoPageCanSendItWithoutAPreflight() throws IOException {
            WireClient client = start(c -> {});
            WireClient.Response put = client.send(
                    "PUT",
                    "/_fake/sites/" + SITE + "/import-content?url=https%3A%2F%2Fexample.com%2Fa.png",
                    "bytes".getBytes(StandardCharsets.UTF_8),
                    "application/x-www-form-urlencoded",
                    Map.of());
            assertThat(put.status()).as("%s", put).isEqualTo(200);
            assertWixError(
                    client.send(
                            "POST",
                            "/_fake/sites/" + SITE + "/reset",
                            "a=b".getBytes(StandardCharsets.UTF_8),
                            "text/plain",
                            Map.of()),
                    403,
                    "PERMISSION_DENIED");
            // the reason a PUT is safe: a page's cross-origin PUT needs a preflight, and the fake grants none
            String preflight = raw("OPTIONS /_fake/sites/" + SITE + "/import-content HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Origin: http://evil.example\r\nAccess-Control-Request-Method: PUT\r\nConnection: close\r\n\r\n");
            assertThat(preflight.toLowerCase(Locale.ROOT)).doesNotContain("access-control-allow");
            assertWixError(
                    client.send(
                            "PUT",
                            "/_fake/sites/" + SITE + "/import-content?url=https%3A%2F%2Fexample.com%2Fa.png",
                            "bytes".getBytes(StandardCharsets.UTF_8),
                            "text/plain",
                            Map.of("Origin", "http://evil.example")),
                    403,
                    "PERMISSION_DENIED");
        }

        @Test
        void aForeignHostIsRefusedSoDnsRebindingCannotReadExports() throws IOException {
            start(c -> {});
            String answer = raw("GET /_fake/sites/" + SITE
                    + "/state HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
            assertThat(answer)
                    .startsWith("HTTP/1.1 403")
                    .contains("PERMISSION_DENIED", "attacker.example", "X-Wix-Request-Id");
            String local = raw(
                    "GET /_fake/health HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n");
            assertThat(local).startsWith("HTTP/1.1 200");
        }

        @Test
        void anAllowedHostIsServed() throws IOException {
            start(c -> c.allowHost("media-fake"));
            String answer = raw("GET /_fake/health HTTP/1.1\r\nHost: media-fake:8080\r\nConnection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 200");
        }

        @Test
        void strictModeProtectsTheAdminApiWithAToken() {
            WireClient client = start(c -> c.auth(AuthMode.STRICT).apiKey("k", Set.of("*"), true));
            assertWixError(client.post("/_fake/reset", null), 401, "UNAUTHENTICATED");
            assertThat(server.adminToken()).isPresent();
            assertThat(client.with(
                                    FakeMediaManagerServer.ADMIN_TOKEN_HEADER,
                                    server.adminToken().get())
                            .post("/_fake/reset", null)
                            .status())
                    .isEqualTo(200);
        }
    }

    // ---------------------------------------------------------------- 4. poisoned snapshots

    @Nested
    class PoisonedSnapshots {
        private ObjectNode exported(WireClient client) {
            String folder = fake.site(SITE).folders().createFolder("docs", null).id();
            fake.site(SITE)
                    .files()
                    .importFile(
                            ImportFileRequest.of("https://example.com/a.jpg").withParentFolderId(folder));
            return (ObjectNode) client.get("/_fake/sites/" + SITE + "/state").json();
        }

        private void assertRefusedAndSiteIntact(WireClient client, String body, String... problems) {
            SiteSnapshot before = fake.site(SITE).snapshot();
            WireClient.Response response = client.put("/_fake/sites/" + SITE + "/state", body);
            assertWixError(response, 400, "INVALID_ARGUMENT");
            assertThat(response.body()).contains(problems);
            assertThat(fake.site(SITE).snapshot()).isEqualTo(before);
            assertThat(client.get("/site-media/v1/files").status()).isEqualTo(200);
        }

        @Test
        void aSnapshotWithoutDatesIsRefusedListingEveryProblem() {
            WireClient client = start(c -> {});
            ObjectNode state = exported(client);
            ((ObjectNode) state.get("folders").get(0).get("folder")).remove("createdDate");
            ((ObjectNode) state.get("files").get(0).get("file")).remove("updatedDate");
            assertRefusedAndSiteIntact(
                    client, state.toString(), "folders[0].folder.createdDate", "files[0].file.updatedDate");
        }

        @Test
        void aFileIdTwiceIsRefused() {
            WireClient client = start(c -> {});
            ObjectNode state = exported(client);
            ((ArrayNode) state.get("files")).add(state.get("files").get(0).deepCopy());
            assertRefusedAndSiteIntact(client, state.toString(), "files[1].file.id");
        }

        @Test
        void aFolderCycleIsRefused() {
            WireClient client = start(c -> {});
            ObjectNode state = exported(client);
            ObjectNode folder = (ObjectNode) state.get("folders").get(0).get("folder");
            folder.put("parentFolderId", folder.get("id").stringValue());
            assertRefusedAndSiteIntact(client, state.toString(), "folders[0].folder.parentFolderId");
        }

        @Test
        void anEmptyBodyIsRefusedInsteadOfEmptyingTheSite() {
            WireClient client = start(c -> {});
            exported(client);
            assertRefusedAndSiteIntact(client, "", "body");
        }

        @Test
        void theJavaRestoreRefusesAPoisonedSnapshotToo() {
            start(c -> {});
            SiteSnapshot good = fake.site(SITE).snapshot();
            fake.site(SITE).files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            SiteSnapshot withFile = fake.site(SITE).snapshot();
            SiteSnapshot twice = new SiteSnapshot(
                    SITE,
                    withFile.idCounter(),
                    List.of(withFile.files().get(0), withFile.files().get(0)),
                    withFile.folders());
            fake.site(SITE).restore(good);
            assertThatThrownBy(() -> fake.site(SITE).restore(twice))
                    .isInstanceOf(MediaManagerException.class)
                    .hasMessageContaining("files[1].file.id");
            assertThat(fake.site(SITE).snapshot()).isEqualTo(good);
        }
    }

    // ---------------------------------------------------------------- 5. 5xx and bodiless errors

    @Nested
    class BadInput {
        @Test
        void deeplyNestedQueryKeysAre400() {
            WireClient client = start(c -> {});
            String key = "paging.limit" + ".a".repeat(600);
            assertWixError(client.get("/site-media/v1/files?" + key + "=1"), 400, "INVALID_ARGUMENT");
            assertWixError(client.get("/_fake/journal?" + key + "=1"), 400, "INVALID_ARGUMENT");
        }

        @Test
        void clockOverflowIs400AndLeavesTheClock() {
            WireClient client = start(c -> {});
            assertWixError(
                    client.post("/_fake/clock/advance", "{\"duration\":\"PT9223372036854775807S\"}"),
                    400,
                    "INVALID_ARGUMENT");
            assertWixError(
                    client.post("/_fake/clock/set", "{\"instant\":\"+1000000000-01-01T00:00:00Z\"}"),
                    400,
                    "INVALID_ARGUMENT");
            assertThat(fake.clock().instant()).isEqualTo(NOW);
        }

        @Test
        void badPercentEncodingInThePathIsAWixError() {
            WireClient client = start(c -> {});
            WireClient.Response response = client.patch("/site-media/v1/folders/%ff", "{}");
            assertWixError(response, 400, "INVALID_ARGUMENT");
            JournalEntry entry =
                    server.journal().entries().get(server.journal().entries().size() - 1);
            assertThat(entry.sequence())
                    .as("journaled under its request id")
                    .isEqualTo(
                            Long.parseLong(response.header("X-Wix-Request-Id").substring("fake-".length())));
            assertThat(entry.status()).isEqualTo(400);
            assertThat(entry.path()).startsWith("/site-media/v1/folders/");
        }

        @Test
        void aHugeHeaderIsA431WithAWixBody() throws IOException {
            start(c -> {});
            String answer = raw("GET /site-media/v1/files HTTP/1.1\r\nHost: localhost\r\nAuthorization: k\r\nX-Big: "
                    + "a".repeat(100 * 1024) + "\r\nConnection: close\r\n\r\n");
            assertThat(answer)
                    .startsWith("HTTP/1.1 431")
                    .containsIgnoringCase("content-type: application/json")
                    .contains("X-Wix-Request-Id", "\"applicationError\"");
            assertThat(server.journal().entries())
                    .anySatisfy(e -> assertThat(e.status()).isEqualTo(431));
        }

        @Test
        void anAnswerGivenBeforeTheBodyIsReadStillReachesAKeepAliveClient() {
            WireClient client = start(c -> {});
            byte[] big = ("{\"x\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 5; i++) {
                // TUS creation reads headers only; the 2 MiB body is never read by the route
                WireClient.Response r = client.send("POST", "/_wixmp/upload/tus", big, "application/json", Map.of());
                assertWixError(r, 400, "INVALID_ARGUMENT");
                assertThat(client.get("/_fake/health").status()).isEqualTo(200);
            }
        }

        @Test
        void anAbsurdRetryAfterIs400() {
            WireClient client = start(c -> {});
            assertWixError(
                    client.post(
                            "/_fake/sites/" + SITE + "/scenarios",
                            "{\"errors\":[{\"operation\":\"listFiles\",\"status\":429,\"retryAfterSeconds\":99999999999}]}"),
                    400,
                    "INVALID_ARGUMENT");
        }
    }

    // ---------------------------------------------------------------- 6. exponential globs

    @Nested
    class Globs {
        @Test
        void aPathologicalNamePatternAnswersAtOnce() {
            WireClient client = start(c -> {});
            assertThat(client.post(
                                    "/_fake/sites/" + SITE + "/scenarios",
                                    "{\"readiness\":{\"policy\":\"ready\","
                                            + "\"rules\":[{\"policy\":\"manual\",\"namePattern\":\"******zz\"}]}}")
                            .status())
                    .isEqualTo(200);
            // a guard against the old exponential matcher (far beyond minutes); the linear one answers in microseconds
            assertTimeoutPreemptively(ServerFixture.HANG, () -> {
                WireClient.Response r = client.post(
                        "/site-media/v1/files/import",
                        "{\"url\":\"https://example.com/a.jpg\",\"displayName\":\"" + "a".repeat(200) + ".jpg\"}");
                assertThat(r.status()).isEqualTo(200);
            });
        }
    }

    // ---------------------------------------------------------------- 7. journal memory

    @Nested
    class JournalMemory {
        @Test
        void largeBodiesAreCutAndTheCutIsMarked() {
            WireClient client = start(c -> {});
            String big = "{\"search\":\"" + "x".repeat(100 * 1024) + "\"}";
            client.post("/site-media/v1/files/search", big);
            JournalEntry entry =
                    server.journal().entries().get(server.journal().entries().size() - 1);
            assertThat(entry.body().length()).isLessThan(20 * 1024);
            assertThat(entry.body()).contains("cut", Integer.toString(big.length()));
        }

        @Test
        void theJournalIsBoundedByBytesAndReadingItNeverFails() {
            RequestJournal journal = new RequestJournal(10_000);
            String body = "y".repeat(100 * 1024);
            for (int i = 0; i < 10_000; i++) {
                journal.record(new JournalEntry(i, NOW, SITE, null, "POST", "/x", Map.of(), body, 200, null, null));
            }
            assertThat(journal.retainedBytes()).isLessThanOrEqualTo(RequestJournal.DEFAULT_MAX_BYTES);
            WireClient client = start(c -> {});
            for (int i = 0; i < 100; i++) {
                client.post("/site-media/v1/files/search", "{\"search\":\"" + body + "\"}");
            }
            WireClient.Response all = client.get("/_fake/journal");
            assertThat(all.status()).isEqualTo(200);
            JsonNode entries = all.json().get("entries");
            assertThat(entries).hasSize(100);
            long middle = entries.get(49).get("sequence").longValue();
            JsonNode page = client.get("/_fake/journal?afterSequence=" + middle + "&limit=10")
                    .json()
                    .get("entries");
            assertThat(page).hasSize(10);
            assertThat(page.get(0).get("sequence").longValue())
                    .isEqualTo(entries.get(50).get("sequence").longValue());
            assertThat(client.get("/_fake/journal?afterSequence=" + Long.MAX_VALUE)
                            .body())
                    .isEqualTo("{\"entries\":[],\"missed\":0}");
        }
    }

    // ---------------------------------------------------------------- 8. invisible crashes

    @Nested
    class Crashes {
        @Test
        void anErrorAnswers500InternalNamingItAndIsJournaled() {
            WireClient client = start(c -> {});
            fake.onEvent(e -> {
                throw new NoClassDefFoundError("com/example/Clash");
            });
            WireClient.Response response =
                    client.post("/site-media/v1/files/import", "{\"url\":\"https://example.com/a.jpg\"}");
            assertWixError(response, 500, "INTERNAL");
            assertThat(response.body()).contains("NoClassDefFoundError");
            JournalEntry last =
                    server.journal().entries().get(server.journal().entries().size() - 1);
            assertThat(last.status()).isEqualTo(500);
            assertThat(last.errorCode()).isEqualTo("INTERNAL");
        }
    }

    // ---------------------------------------------------------------- raw HTTP

    /** What a raw HTTP/1.1 exchange answers; for what java.net.http will not send (a Host header, huge headers). */
    private String raw(String request) throws IOException {
        return WireClient.raw(server.port(), request.getBytes(StandardCharsets.ISO_8859_1));
    }
}
