package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the dashboard needs from the server, over real HTTP: its page and assets, the conditional GETs it polls with,
 * the state listing without bytes, settle, scenario counts and a journal with response bodies and latency.
 */
class DashboardRoutesTest extends ServerFixture {
    private WireClient admin() {
        return client.with("Authorization", null).with("wix-site-id", null);
    }

    private String sitePath() {
        return "/_fake/sites/" + WireClient.SITE_ID;
    }

    @Test
    void thePageIsServedWithAPolicyThatAllowsOnlyItsOwnScript() {
        WireClient.Response page = admin().get("/_fake/ui");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'", "default-src 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.body())
                .contains("<script type=\"module\" src=\"/_fake/ui/dashboard.js\"></script>")
                .doesNotContain("{{root}}", "http://", "https://");
    }

    @Test
    void thePageIsToldWhichAdminRoutesThereAre() {
        String page = admin().get("/_fake/ui").body();
        assertThat(page)
                .contains("<meta name=\"fake-admin-routes\" content=\"POST /_fake/reset, GET /_fake/sites, ")
                .contains(
                        "GET /_fake/sites/{siteId}/state", "POST /_fake/clock/advance", "GET /_fake/journal/{sequence}")
                .doesNotContain("GET /_fake/ui");
    }

    @Test
    void theAssetsComeFromTheJarWithTheirTypes() {
        assertThat(admin().get("/_fake/ui/dashboard.js").header("Content-Type")).startsWith("text/javascript");
        assertThat(admin().get("/_fake/ui/dashboard.css").header("Content-Type"))
                .startsWith("text/css");
        assertThat(admin().get("/_fake/ui/favicon.svg").header("Content-Type")).startsWith("image/svg+xml");
        assertThat(admin().get("/_fake/ui/http.js").body()).contains("'X-Fake-Admin-Token'");
        for (String module :
                List.of("dashboard", "http", "dom", "state", "sites", "library", "journal", "scenarios", "webhooks")) {
            WireClient.Response script = admin().get("/_fake/ui/" + module + ".js");
            assertThat(script.status()).as(module).isEqualTo(200);
            assertThat(script.header("Content-Type")).startsWith("text/javascript");
            assertThat(script.body())
                    .as("%s writes data as text only", module)
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write");
        }
    }

    @Test
    void anUnknownAssetIsANotFoundInTheWireShape() {
        WireClient.Response missing = admin().get("/_fake/ui/../../etc/passwd");
        assertThat(missing.status()).isEqualTo(404);
        WireClient.Response unknown = admin().get("/_fake/ui/secret.txt");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/details/applicationError/description").stringValue())
                .contains("secret.txt", "/_fake/ui");
    }

    @Test
    void anAdminGetIsTaggedWithTheDigestOfItsBody() {
        WireClient.Response first = admin().get("/_fake/sites");
        assertThat(first.header("ETag")).matches("\"[0-9a-f]{32}\"");
        assertThat(admin().send(
                                "GET",
                                "/_fake/sites",
                                null,
                                null,
                                Map.of("If-None-Match", "\"other\", " + first.header("ETag")))
                        .status())
                .isEqualTo(304);
        fake.site("another").folders().createFolder("x", null);
        assertThat(admin().send("GET", "/_fake/sites", null, null, Map.of("If-None-Match", first.header("ETag")))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void thePolledListingAnswers304WhenNothingChanged() {
        WireClient.Response first = admin().get(sitePath() + "/state?content=false");
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"");
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");

        WireClient.Response same =
                admin().send("GET", sitePath() + "/state?content=false", null, null, Map.of("If-None-Match", etag));
        assertThat(same.status()).isEqualTo(304);
        assertThat(same.bytes()).isEmpty();
        assertThat(same.header("ETag")).isEqualTo(etag);
        assertThat(admin().send(
                                "GET",
                                sitePath() + "/state?content=false",
                                null,
                                null,
                                Map.of("If-None-Match", "W/" + etag))
                        .status())
                .as("weak comparison")
                .isEqualTo(304);

        site.folders().createFolder("New", null);
        WireClient.Response changed =
                admin().send("GET", sitePath() + "/state?content=false", null, null, Map.of("If-None-Match", etag));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.body()).contains("\"New\"");
    }

    @Test
    void aFileLeavingPendingChangesTheListingsTag() {
        site.scenarios().readiness(Readiness.readyAfter(Duration.ofMinutes(5)));
        site.files().importFile(ImportFileRequest.of("https://example.com/later.jpg"));
        String pending = admin().get(sitePath() + "/state?content=false").header("ETag");
        assertThat(admin().get(sitePath() + "/state?content=false").header("ETag"))
                .isEqualTo(pending);

        fake.clock().advance(Duration.ofMinutes(5));

        WireClient.Response ready =
                admin().send("GET", sitePath() + "/state?content=false", null, null, Map.of("If-None-Match", pending));
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().at("/files/0/file/operationStatus").stringValue())
                .isEqualTo("READY");
    }

    @Test
    void theJournalListCanLeaveOutTheBodiesAndOneEntryHasThemAll() {
        client.post("/site-media/v1/folders", "{\"displayName\":\"Pets\"}");
        JsonNode listed = admin().get("/_fake/journal?bodies=false").json().at("/entries/0");
        assertThat(listed.has("body")).isFalse();
        assertThat(listed.has("responseBody")).isFalse();
        assertThat(listed.get("path").stringValue()).isEqualTo("/site-media/v1/folders");

        JsonNode whole = admin().get("/_fake/journal/" + listed.get("sequence").longValue())
                .json();
        assertThat(whole.get("body").stringValue()).isEqualTo("{\"displayName\":\"Pets\"}");
        assertThat(whole.get("responseBody").stringValue()).contains("\"Pets\"");
        assertThat(whole.get("sequence")).isEqualTo(listed.get("sequence"));
    }

    @Test
    void aJournalEntryThatIsNotThereIsANotFoundWithTheReason() {
        WireClient.Response missing = admin().get("/_fake/journal/12345");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().at("/details/applicationError/description").stringValue())
                .contains("12345", "newest 1000");
        WireClient.Response bad = admin().get("/_fake/journal/latest");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json()
                        .at("/details/validationError/fieldViolations/0/field")
                        .stringValue())
                .isEqualTo("sequence");
        assertThat(admin().get("/_fake/journal/count").body()).isEqualTo("{\"count\":0}");
    }

    @Test
    void errorsAndWritesCarryNoETag() {
        assertThat(admin().get("/_fake/journal?limit=-1").header("ETag")).isNull();
        assertThat(admin().post("/_fake/clock/freeze", "{}").header("ETag")).isNull();
    }

    @Test
    void theStateWithoutContentListsEverythingButTheBytes() {
        String url = site.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("text/plain"));
        FaceAccess.get()
                .transfers(fake)
                .upload(
                        url.substring(url.lastIndexOf('/') + 1),
                        "hi.txt",
                        "text/plain",
                        "hello".getBytes(StandardCharsets.UTF_8));

        JsonNode full = admin().get(sitePath() + "/state").json();
        JsonNode listing = admin().get(sitePath() + "/state?content=false").json();
        assertThat(full.at("/files/0/content").stringValue()).isEqualTo("aGVsbG8=");
        assertThat(listing.at("/files/0").has("content")).isFalse();
        ((ObjectNode) full.at("/files/0")).remove("content");
        assertThat(listing).isEqualTo(full);
    }

    @Test
    void aContentFlagThatIsNotABooleanIsAValidationError() {
        WireClient.Response bad = admin().get(sitePath() + "/state?content=maybe");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json()
                        .at("/details/validationError/fieldViolations/0/field")
                        .stringValue())
                .isEqualTo("content");
    }

    @Test
    void settleBringsDueFilesUpToDateAndAnswersWhatIsStillPending() {
        site.scenarios().readiness(Readiness.readyAfter(Duration.ofMinutes(5)));
        String due = site.files()
                .importFile(ImportFileRequest.of("https://example.com/due.jpg"))
                .id();
        fake.clock().advance(Duration.ofMinutes(5));
        String later = site.files()
                .importFile(ImportFileRequest.of("https://example.com/later.jpg"))
                .id();

        WireClient.Response settled = admin().post(sitePath() + "/settle", "{}");
        assertThat(settled.status()).isEqualTo(200);
        assertThat(settled.body()).isEqualTo("{\"fileIds\":[\"" + later + "\"]}");
        assertThat(site.lifecycle().pendingFileIds()).containsExactly(later).doesNotContain(due);
    }

    @Test
    void scenariosTellHowManyMoreRequestsTheyActOn() {
        site.scenarios()
                .apply("{\"errors\": [{\"operation\": \"listFiles\", \"status\": 503, \"times\": 3}],"
                        + " \"latency\": [{\"operation\": \"*\", \"fixed\": \"PT0S\"}]}");
        client.get("/site-media/v1/files");

        JsonNode scenarios = admin().get(sitePath() + "/scenarios").json().get("scenarios");
        assertThat(scenarios).hasSize(2);
        assertThat(scenarios.get(0).get("timesMet").intValue()).isEqualTo(1);
        assertThat(scenarios.get(0).get("remaining").intValue()).isEqualTo(2);
        assertThat(scenarios.get(1).has("remaining"))
                .as("a latency without a count has no end")
                .isFalse();
    }

    @Test
    void theJournalKeepsTheResponseBodyAndTheLatency() {
        client.post("/site-media/v1/folders", "{\"displayName\":\"Pets\"}");
        client.get("/site-media/v1/folders/nope");

        JsonNode entries = admin().get("/_fake/journal").json().get("entries");
        assertThat(entries.get(0).get("responseBody").stringValue()).contains("\"displayName\":\"Pets\"");
        assertThat(entries.get(1).get("responseBody").stringValue()).contains("Folder nope does not exist");
        assertThat(entries.get(0).get("latencyMillis").doubleValue()).isPositive();
        assertThat(server.journal().entries().get(0).latency()).isPositive();
    }

    @Test
    void downloadsAreJournaledWithoutTheirBytes() {
        String url = site.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
        WireClient.Response uploaded =
                client.send("PUT", url + "?filename=pixel.png", DashboardBrowserTest.PIXEL_PNG, "image/png", Map.of());
        assertThat(uploaded.status()).isEqualTo(200);
        String fileId = uploaded.json().at("/file/id").stringValue();
        String download = client.post(
                        "/site-media/v1/files/generate-file-download-url", "{\"fileId\":\"" + fileId + "\"}")
                .json()
                .at("/downloadUrls/0/url")
                .stringValue();
        assertThat(client.get(download).bytes()).isEqualTo(DashboardBrowserTest.PIXEL_PNG);

        assertThat(server.journal().entries()).last().satisfies(e -> {
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.responseBody()).isNull();
        });
    }

    @Test
    void theStreamedJournalListIsTaggedByWhatItHolds() {
        client.get("/site-media/v1/files");
        WireClient.Response first = admin().get("/_fake/journal?bodies=false&limit=500");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.json().get("entries")).hasSize(1);
        assertThat(admin().send(
                                "GET",
                                "/_fake/journal?bodies=false&limit=500",
                                null,
                                null,
                                Map.of("If-None-Match", etag))
                        .status())
                .isEqualTo(304);
        assertThat(admin().send("GET", "/_fake/journal?limit=500", null, null, Map.of("If-None-Match", etag))
                        .status())
                .as("another query is another list")
                .isEqualTo(200);

        client.get("/site-media/v1/folders");
        WireClient.Response grown =
                admin().send("GET", "/_fake/journal?bodies=false&limit=500", null, null, Map.of("If-None-Match", etag));
        assertThat(grown.status()).isEqualTo(200);
        assertThat(grown.json().get("entries")).hasSize(2);

        admin().delete("/_fake/journal");
        WireClient.Response cleared = admin().send(
                        "GET",
                        "/_fake/journal?bodies=false&limit=500",
                        null,
                        null,
                        Map.of("If-None-Match", grown.header("ETag")));
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("entries")).isEmpty();
    }

    @Test
    void aLongResponseBodyIsKeptCutLikeARequestBody() {
        for (int i = 0; i < 90; i++) {
            site.folders().createFolder("a folder with a rather long name, number " + i, null);
        }
        client.get("/site-media/v1/folders?paging.limit=100");
        JournalEntry entry = server.journal().entries().get(0);
        assertThat(entry.responseBody())
                .hasSizeLessThan(RequestJournal.MAX_BODY_BYTES + 100)
                .contains("...[cut: ");
        assertThat(entry.latency()).isPositive();
    }

    @Nested
    class WithAnAdminToken extends ServerFixture {
        @Override
        void configure(ServerConfig config) {
            config.adminToken("s3cret");
        }

        @Test
        void thePageLoadsWithoutTheTokenButItsDataNeedsIt() {
            WireClient browser = client.with("Authorization", null).with("wix-site-id", null);
            assertThat(browser.get("/_fake/ui").status()).isEqualTo(200);
            assertThat(browser.get("/_fake/ui/").status()).isEqualTo(200);
            assertThat(browser.get("/_fake/ui/dashboard.js").status()).isEqualTo(200);
            assertThat(browser.get("/_fake/sites").status()).isEqualTo(401);
            assertThat(browser.get("/_fake/ui/../sites").status())
                    .as("no way around the token")
                    .isNotEqualTo(200);
            assertThat(browser.with("X-Fake-Admin-Token", "s3cret")
                            .get("/_fake/sites")
                            .status())
                    .isEqualTo(200);
            assertThat(browser.post("/_fake/ui", "{}").status())
                    .as("only reading the page needs no token")
                    .isIn(401, 405);
        }
    }

    @Nested
    class WhenTurnedOff extends ServerFixture {
        @Override
        void configure(ServerConfig config) {
            config.dashboard(false);
        }

        @Test
        void theDashboardIsAnUnknownPath() {
            WireClient.Response page = client.with("Authorization", null).get("/_fake/ui");
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.json().at("/details/applicationError/description").stringValue())
                    .contains("No route for GET /_fake/ui");
            assertThat(client.get("/_fake/ui/dashboard.js").status()).isEqualTo(404);
            assertThat(client.get("/_fake/health").status()).isEqualTo(200);
        }
    }
}
