package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What requests over HTTP relied on: each journal entry lists the ids of the ledger's guesses its answer met (Java
 * and {@code GET /_fake/journal}), and {@code GET /_fake/sites/{siteId}/reliance} reports a site's, with each line's
 * words, as JSON or Markdown.
 */
class RelianceHttpTest extends ServerFixture {
    private static final String DEFAULT_PAGE_SIZE = "G-059";
    private static final String FONTS_UNLISTED = "G-117";
    private static final String QUERY_STRING_BOOLEANS = "G-120";
    private static final String NO_GET_FILE_BY_PATH_ID = "G-121";
    private static final String JETTY_ERRORS_IN_API_SHAPE = "G-012";
    private static final String STANDARD_ERROR_STATUSES = "G-006";

    private WireClient admin() {
        return client.with("Authorization", null).with("wix-site-id", null);
    }

    private JournalEntry last(Operation operation) {
        List<JournalEntry> entries = server.journal().entries(e -> e.operation() == operation);
        return entries.get(entries.size() - 1);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void aJournalEntryListsTheGuessesItsAnswerMetAndOnlyThose() {
        assertThat(client.get("/site-media/v1/files").status()).isEqualTo(200);
        JournalEntry withoutLimit = last(Operation.LIST_FILES);
        assertThat(client.get("/site-media/v1/files?paging.limit=5").status()).isEqualTo(200);
        JournalEntry withLimit = last(Operation.LIST_FILES);

        assertThat(withoutLimit.guesses())
                .as("no limit given: the default page size decided")
                .contains(DEFAULT_PAGE_SIZE);
        assertThat(withLimit.guesses()).as("a limit given: the request decided").doesNotContain(DEFAULT_PAGE_SIZE);
        assertThat(withoutLimit.guesses()).as("in ledger order").isSorted();
    }

    @Test
    void aListAnsweredAgainFromItsKeptAnswerMeetsWhatTheFirstMet() {
        // a font in the root: the listing decides, while it reads the files, to leave it out (G-117)
        site.files()
                .importFile(ImportFileRequest.of("https://example.com/fonts/Inter.woff2")
                        .withMimeType("font/woff2"));
        assertThat(client.get("/site-media/v1/files").status()).isEqualTo(200);
        JournalEntry first = last(Operation.LIST_FILES);
        assertThat(client.get("/site-media/v1/files").status()).isEqualTo(200); // the site did not change: kept
        JournalEntry again = last(Operation.LIST_FILES);

        assertThat(again.sequence()).isGreaterThan(first.sequence());
        assertThat(again.guesses())
                .as("the same page, given again")
                .contains(DEFAULT_PAGE_SIZE, FONTS_UNLISTED)
                .isEqualTo(first.guesses());
    }

    @Test
    void theJournalRouteCarriesTheIds() {
        assertThat(client.get("/site-media/v1/files?private=False").status())
                .as("Python's spelling")
                .isEqualTo(200);
        long sequence = last(Operation.LIST_FILES).sequence();

        JsonNode entry = admin().get("/_fake/journal/" + sequence).json();
        JsonNode listed = admin().get("/_fake/journal?operation=listFiles")
                .json()
                .get("entries")
                .get(0);

        assertThat(texts(entry.get("guesses"))).contains(DEFAULT_PAGE_SIZE, QUERY_STRING_BOOLEANS);
        assertThat(texts(listed.get("guesses"))).isEqualTo(texts(entry.get("guesses")));
    }

    @Test
    void refusalsBeforeAnyRouteCarryTheirGuessToo() {
        assertThat(client.get("/site-media/v1/files/some-file-id").status()).isEqualTo(404);
        assertThat(client.patch("/site-media/v1/folders/%ff", "{}").status()).isEqualTo(400);

        assertThat(server.journal()
                        .entries(e -> e.path().equals("/site-media/v1/files/some-file-id"))
                        .get(0)
                        .guesses())
                .as("the 404 itself, and its NOT_FOUND code (the SDK's status table)")
                .containsExactly(STANDARD_ERROR_STATUSES, NO_GET_FILE_BY_PATH_ID);
        assertThat(server.journal()
                        .entries(e -> e.path().contains("folders/%"))
                        .get(0)
                        .guesses())
                .contains(JETTY_ERRORS_IN_API_SHAPE);
    }

    @Test
    void theRelianceRouteReportsASitesGuessesWithTheirWords() throws Exception {
        client.get("/site-media/v1/files");
        client.get("/site-media/v1/files");
        client.post("/site-media/v1/files/search", "{\"search\":\"cat\"}");
        site.files().listFiles(ListFilesRequest.all()); // a plain Java call to the server's fake counts too

        WireClient.Response response = admin().get("/_fake/sites/" + WireClient.SITE_ID + "/reliance");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode report = response.json();
        assertThat(report.get("siteId").asString()).isEqualTo(WireClient.SITE_ID);
        JsonNode pageSize = null;
        for (JsonNode g : report.get("guesses")) {
            if (g.get("id").asString().equals(DEFAULT_PAGE_SIZE)) {
                pageSize = g;
            }
        }
        assertThat(pageSize).as("%s", report).isNotNull();
        assertThat(pageSize.get("requests").asInt()).isEqualTo(4);
        assertThat(pageSize.get("operations").toString()).isEqualTo("{\"listFiles\":3,\"searchFiles\":1}");
        assertThat(pageSize.get("section").asString()).isEqualTo("Lists, search, query");
        assertThat(pageSize.get("text").asString()).isEqualTo(lineText(DEFAULT_PAGE_SIZE));
    }

    @Test
    void theRelianceRouteSpeaksMarkdownToo() throws Exception {
        client.get("/site-media/v1/files");

        WireClient.Response response = admin().get("/_fake/sites/" + WireClient.SITE_ID + "/reliance?format=markdown");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/markdown");
        List<String> lines = response.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("# What site " + WireClient.SITE_ID + " relied on");
        assertThat(lines)
                .contains(
                        "| guess | requests | operations | what the fake does |",
                        "| " + DEFAULT_PAGE_SIZE + " | 1 | listFiles 1 | " + lineText(DEFAULT_PAGE_SIZE) + " |");
    }

    @Test
    void aSiteNeverUsedReliedOnNothingAndIsNotMade() {
        WireClient.Response response = admin().get("/_fake/sites/never-used/reliance");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"siteId\":\"never-used\",\"guesses\":[]}");
        assertThat(fake.hasSite("never-used")).isFalse();
    }

    @Test
    void anUnknownFormatIsRefusedSayingWhichThereAre() {
        WireClient.Response response = admin().get("/_fake/sites/" + WireClient.SITE_ID + "/reliance?format=html");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("must be json or markdown, was \\\"html\\\"");
    }

    @Test
    void theLedgerIsServedForTheDashboard() throws Exception {
        JsonNode lines = admin().get("/_fake/fidelity").json().get("lines");

        assertThat(lines.size()).isEqualTo(ledger().size());
        JsonNode first = lines.get(0);
        assertThat(first.get("id").asString()).isEqualTo("G-001");
        assertThat(first.get("provenance").asString()).isEqualTo("page");
    }

    private static JsonNode ledger() throws Exception {
        return WireClient.JSON.readTree(Files.readString(Path.of("../docs/fidelity/ledger.json")));
    }

    private static String lineText(String id) throws Exception {
        for (JsonNode line : ledger()) {
            if (line.get("id").asString().equals(id)) {
                return line.get("text").asString();
            }
        }
        throw new AssertionError(id + " is not in the ledger");
    }
}
