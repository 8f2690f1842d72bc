package dev.fakewix.media.assertj;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static dev.fakewix.media.assertj.RequestConditions.bodyContains;
import static dev.fakewix.media.assertj.RequestConditions.bodyHas;
import static dev.fakewix.media.assertj.RequestConditions.errorCode;
import static dev.fakewix.media.assertj.RequestConditions.queryParam;
import static dev.fakewix.media.assertj.RequestConditions.status;
import static dev.fakewix.media.assertj.RequestConditions.succeeded;
import static org.assertj.core.api.Assertions.allOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.Scenarios;
import dev.fakewix.media.http.JournalEntry;
import dev.fakewix.media.http.RequestJournal;
import dev.fakewix.media.junit.FakeMediaManagerHttp;
import dev.fakewix.media.junit.WithFakeMediaManager;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@WithFakeMediaManager(http = true)
class RequestJournalAssertTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void countsOperationsWithTheirParametersAndNothingElse(FakeMediaManagerHttp http, Scenarios scenarios)
            throws Exception {
        scenarios.on(Operation.IMPORT_FILE).failWithStatus(503).once();
        post(http, "/site-media/v1/files/import", "{\"url\": \"https://example.com/a.jpg\", \"private\": true}");
        post(
                http,
                "/site-media/v1/files/import",
                "{\"url\":\"https://example.com/a.jpg\",\"displayName\":\"cat.jpg\"}");
        get(http, "/site-media/v1/files?paging.limit=2&mediaTypes=IMAGE&mediaTypes=VIDEO");

        assertThat(http)
                .received(Operation.IMPORT_FILE, 2)
                .received(
                        Operation.IMPORT_FILE,
                        1,
                        allOf(status(503), errorCode("UNAVAILABLE"), bodyHas("private", true)))
                .received(Operation.IMPORT_FILE, 1, allOf(succeeded(), bodyHas("displayName", "cat.jpg")))
                .received(
                        Operation.LIST_FILES,
                        1,
                        allOf(queryParam("paging.limit", "2"), queryParam("mediaTypes", "VIDEO")))
                .didNotReceive(Operation.SEARCH_FILES)
                .receivedNothingElse();
    }

    @Test
    void aMissingOperationNamesTheClosestOneReceived(FakeMediaManagerHttp http) throws Exception {
        post(
                http,
                "/site-media/v1/bulk/files/import",
                "{\"importFileRequests\":[{\"url\":\"https://example.com/a.jpg\"}]}");

        assertThatThrownBy(() -> assertThat(http).received(Operation.BULK_IMPORT_FILE, 1))
                .hasMessageContainingAll(
                        "to have received",
                        "exactly 1 bulkImportFile (BULK_IMPORT_FILE) request",
                        "found 0",
                        "closest: bulkImportFiles (BULK_IMPORT_FILES) (1 request(s))",
                        "received: [bulkImportFiles x1]");
    }

    @Test
    void aWrongCountListsTheRequestsFound(FakeMediaManagerHttp http) throws Exception {
        get(http, "/site-media/v1/files");

        assertThatThrownBy(() -> assertThat(http).received(Operation.LIST_FILES, 2))
                .hasMessageContainingAll(
                        "site \"" + http.siteId() + "\"",
                        "exactly 2 listFiles (LIST_FILES) requests",
                        "found 1:",
                        "GET /site-media/v1/files -> 200 [listFiles]");
    }

    @Test
    void aConditionMissShowsTheRequestsThatDidNotMatch(FakeMediaManagerHttp http) throws Exception {
        post(
                http,
                "/site-media/v1/files/import",
                "{\"url\":\"https://example.com/a.jpg\",\"displayName\":\"dog.jpg\"}");

        assertThatThrownBy(() -> assertThat(http).received(Operation.IMPORT_FILE, 1, bodyHas("displayName", "cat.jpg")))
                .hasMessageContainingAll(
                        "matching body with \"displayName\": \"cat.jpg\"",
                        "found 0 matching, among 1",
                        "not matching:",
                        "\"displayName\":\"dog.jpg\"");
    }

    @Test
    void nothingElseListsTheUnassertedRequests(FakeMediaManagerHttp http) throws Exception {
        get(http, "/site-media/v1/files");
        get(http, "/site-media/v1/folders");

        assertThatThrownBy(() -> assertThat(http).received(Operation.LIST_FILES).receivedNothingElse())
                .hasMessageContainingAll("nothing else", "GET /site-media/v1/folders -> 200 [listFolders]")
                .hasMessageNotContaining("/site-media/v1/files ");
        assertThatThrownBy(() -> assertThat(http).receivedNothing()).hasMessageContaining("found 2");
    }

    @Test
    void onlyTheTestsSiteIsSeenThroughHttpButTheWholeJournalThroughIt(FakeMediaManagerHttp http) throws Exception {
        HttpRequest otherSite = HttpRequest.newBuilder(http.uri("/site-media/v1/files"))
                .header("Authorization", http.apiKey())
                .header("wix-site-id", "someone-else")
                .GET()
                .build();
        CLIENT.send(otherSite, HttpResponse.BodyHandlers.ofString());

        assertThat(http).receivedNothing();
        assertThat(http.journal())
                .received(Operation.LIST_FILES)
                .forSite("someone-else")
                .received(Operation.LIST_FILES, 1);
    }

    /** Someone opens the dashboard mid-test and previews a file: the page's calls are journaled, and not the test's. */
    @Test
    void theDashboardsOwnRequestsAreNotTheCodeUnderTests(FakeMediaManagerHttp http) throws Exception {
        post(http, "/site-media/v1/files/import", "{\"url\":\"https://example.com/a.jpg\",\"displayName\":\"a.jpg\"}");
        HttpRequest fromDashboard = http.request("/site-media/v1/files?paging.limit=100")
                .header("X-Fake-Dashboard", "1")
                .GET()
                .build();
        assertThat(CLIENT.send(fromDashboard, HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);

        assertThat(http).received(Operation.IMPORT_FILE, 1).receivedNothingElse();
        assertThat(http).didNotReceive(Operation.LIST_FILES);
        assertThat(http.count(Operation.LIST_FILES)).isZero();
        assertThat(http.journal().count(Operation.LIST_FILES)).isZero();
        assertThat(http.journal().entries(e -> e.operation() == Operation.LIST_FILES))
                .singleElement()
                .satisfies(e -> assertThat(e.fromDashboard()).isTrue());
    }

    @Test
    void aFullJournalIsPointedOut() {
        RequestJournal tiny = new RequestJournal(1);
        tiny.record(new JournalEntry(
                1,
                Instant.EPOCH,
                "s",
                Operation.LIST_FILES,
                "GET",
                "/site-media/v1/files",
                Map.of(),
                null,
                200,
                null,
                null));

        assertThatThrownBy(() -> assertThat(tiny).received(Operation.LIST_FILES, 2))
                .hasMessageContaining("the journal is full (capacity 1)");
    }

    @Test
    void bodyConditionsDescribeThemselves() {
        assertThat(bodyContains("x").toString()).isEqualTo("body containing \"x\"");
        assertThat(bodyHas("limit", 50).toString()).isEqualTo("body with \"limit\": 50");
    }

    private static void get(FakeMediaManagerHttp http, String path) throws IOException, InterruptedException {
        CLIENT.send(http.request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void post(FakeMediaManagerHttp http, String path, String json)
            throws IOException, InterruptedException {
        CLIENT.send(
                http.request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
