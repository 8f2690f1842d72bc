package dev.fakewix.media.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.fakewix.media.client.Endpoint;
import dev.fakewix.media.client.Exchange;
import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.internal.fidelity.FidelityLedger;
import dev.fakewix.media.http.FakeMediaManagerServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import tools.jackson.databind.JsonNode;

/**
 * The file a run against the real Wix API writes, naming the guessed ledger lines it verified: written by the real-API
 * target's own code pointed at a fake standing in for Wix (as {@link SuiteSelfTest} does), never by a run on the
 * fakes; the writer's JSON line by line; every {@link ChecksGuess} id is a line of the ledger.
 */
class VerifiedLinesTest {
    private static final String LIST_FOLDERS_TEST = FolderContractTest.class.getName()
            + "#listsTheSubFoldersOfAFolderSortedByNameAPageAtATime(" + ContractSession.class.getName() + ")";

    private static EngineTestKit.Builder kit(Path file) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("contract.selfTest", "true")
                .configurationParameter(VerifiedLines.FILE_PARAMETER, file.toString())
                .selectors(selectMethod(LIST_FOLDERS_TEST));
    }

    @Test
    void aRunOnTheRealApiWritesTheLinesItsPassingTestsCheckedWithTheirRequests(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("contract-verified.json");
        try (FakeMediaManagerServer standIn =
                FakeMediaManagerServer.start(FakeMediaManager.builder().build(), c -> c.port(0))) {
            kit(file)
                    .configurationParameter("contract.targets", "real-wix")
                    .configurationParameter("contract.env.WIX_API_KEY", "self-test-key")
                    .configurationParameter("contract.env.WIX_SITE_ID", "verified-lines-site")
                    .configurationParameter(
                            "contract.wixApiBase", standIn.baseUri().toString())
                    .execute()
                    .testEvents()
                    .assertStatistics(s -> s.succeeded(1));

            JsonNode written = SnapshotParity.JSON.readTree(Files.readString(file));
            assertThat(written.path("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(written.path("target").asString())
                    .isEqualTo(standIn.baseUri().toString());
            assertThat(written.path("contradicted")).isEmpty();
            List<String> ids = new ArrayList<>();
            written.path("verified").forEach(v -> ids.add(v.path("id").asString()));
            assertThat(ids).containsExactly("G-061", "G-062");
            JsonNode evidence = written.path("verified").get(0).path("tests").get(0);
            assertThat(evidence.path("test").asString())
                    .isEqualTo("FolderContractTest.listsTheSubFoldersOfAFolderSortedByNameAPageAtATime");
            assertThat(evidence.path("outcome").asString()).isEqualTo("passed");
            List<String> requests = new ArrayList<>();
            evidence.path("requests")
                    .forEach(r -> requests.add(r.path("method").asString() + " "
                            + r.path("path").asString().replaceAll("\\?.*", "") + " "
                            + r.path("status").asInt()));
            assertThat(requests)
                    .as("the test's own requests (its folder, three folders, two pages), not the cleanup's")
                    .containsExactly(
                            "POST /site-media/v1/folders 200",
                            "POST /site-media/v1/folders 200",
                            "POST /site-media/v1/folders 200",
                            "POST /site-media/v1/folders 200",
                            "GET /site-media/v1/folders 200",
                            "GET /site-media/v1/folders 200");
            evidence.path("requests")
                    .forEach(r -> assertThat(r.path("requestId").asString())
                            .as("Wix's request id")
                            .isNotBlank());
        }
    }

    @Test
    void aRunOnTheFakesVerifiesNothingAndWritesNoFile(@TempDir Path dir) {
        Path file = dir.resolve("contract-verified.json");
        kit(file)
                .configurationParameter("contract.targets", "in-process")
                .execute()
                .testEvents()
                .assertStatistics(s -> s.succeeded(1));

        assertThat(file).doesNotExist();
    }

    @Test
    void theFileNamesEachLineOnceWithItsWordsAndALineAFailingTestChecksIsContradicted() {
        Exchange listed = new Exchange(
                Endpoint.LIST_FOLDERS,
                "GET",
                "/site-media/v1/folders?parentFolderId=f",
                null,
                200,
                "1733550000.1234",
                null);
        Exchange refused = new Exchange(
                Endpoint.LIST_FOLDERS, "GET", "/site-media/v1/folders", null, 401, "1733550000.5678", null);
        String json = VerifiedLines.json(
                LocalDate.parse("2026-12-07"),
                "https://www.wixapis.com",
                List.of(
                        new VerifiedLines.Check(
                                "FolderContractTest.b", List.of("G-062", "G-061"), null, List.of(listed)),
                        new VerifiedLines.Check("FileContractTest.a", List.of("G-062"), null, List.of()),
                        new VerifiedLines.Check(
                                "ClientContractTest.c",
                                List.of("G-006"),
                                "expected 401 but was 403",
                                List.of(refused))));

        Map<String, FidelityLedger.Line> ledger = FidelityLedger.packaged().byId();
        assertThat(json.lines())
                .containsExactly(
                        "{",
                        "  \"about\" : \"Guessed lines of the fake Wix Media Manager's fidelity ledger (docs/fidelity.md) that its "
                                + "contract suite checked against the real Wix API. Send this file to the project (an issue) to "
                                + "turn them into verified lines.\",",
                        "  \"date\" : \"2026-12-07\",",
                        "  \"target\" : \"https://www.wixapis.com\",",
                        "  \"verified\" : [ {",
                        "    \"id\" : \"G-061\",",
                        "    \"provenance\" : \"guess\",",
                        "    \"text\" : " + quoted(ledger.get("G-061").text()) + ",",
                        "    \"tests\" : [ {",
                        "      \"test\" : \"FolderContractTest.b\",",
                        "      \"outcome\" : \"passed\",",
                        "      \"requests\" : [ {",
                        "        \"method\" : \"GET\",",
                        "        \"path\" : \"/site-media/v1/folders?parentFolderId=f\",",
                        "        \"status\" : 200,",
                        "        \"requestId\" : \"1733550000.1234\"",
                        "      } ]",
                        "    } ]",
                        "  }, {",
                        "    \"id\" : \"G-062\",",
                        "    \"provenance\" : \"guess\",",
                        "    \"text\" : " + quoted(ledger.get("G-062").text()) + ",",
                        "    \"tests\" : [ {",
                        "      \"test\" : \"FileContractTest.a\",",
                        "      \"outcome\" : \"passed\",",
                        "      \"requests\" : [ ]",
                        "    }, {",
                        "      \"test\" : \"FolderContractTest.b\",",
                        "      \"outcome\" : \"passed\",",
                        "      \"requests\" : [ {",
                        "        \"method\" : \"GET\",",
                        "        \"path\" : \"/site-media/v1/folders?parentFolderId=f\",",
                        "        \"status\" : 200,",
                        "        \"requestId\" : \"1733550000.1234\"",
                        "      } ]",
                        "    } ]",
                        "  } ],",
                        "  \"contradicted\" : [ {",
                        "    \"id\" : \"G-006\",",
                        "    \"provenance\" : \"guess\",",
                        "    \"text\" : " + quoted(ledger.get("G-006").text()) + ",",
                        "    \"tests\" : [ {",
                        "      \"test\" : \"ClientContractTest.c\",",
                        "      \"outcome\" : \"failed: expected 401 but was 403\",",
                        "      \"requests\" : [ {",
                        "        \"method\" : \"GET\",",
                        "        \"path\" : \"/site-media/v1/folders\",",
                        "        \"status\" : 401,",
                        "        \"requestId\" : \"1733550000.5678\"",
                        "      } ]",
                        "    } ]",
                        "  } ]",
                        "}");
    }

    @Test
    void anIdTheLedgerLacksIsRefusedNamingTheTest() {
        assertThatThrownBy(() -> VerifiedLines.json(
                        LocalDate.parse("2026-12-07"),
                        "https://www.wixapis.com",
                        List.of(new VerifiedLines.Check("FolderContractTest.b", List.of("G-999"), null, List.of()))))
                .hasMessage("@ChecksGuess names G-999, which is not in the fidelity ledger ([FolderContractTest.b])");
    }

    /** Each id a contract test names is a line of the ledger, one that is not quoted from a page (nothing to verify). */
    @Test
    void everyIdAContractTestChecksIsALineOfTheLedgerThatAPageDoesNotDecide() {
        Map<String, FidelityLedger.Line> ledger = FidelityLedger.packaged().byId();
        List<String> problems = new ArrayList<>();
        int named = 0;
        for (ContractCatalogue.Entry e : ContractCatalogue.entries()) {
            ChecksGuess checks = e.method().getAnnotation(ChecksGuess.class);
            for (String id : checks == null ? new String[0] : checks.value()) {
                named++;
                FidelityLedger.Line line = ledger.get(id);
                if (line == null) {
                    problems.add(e.id() + ": " + id + " is not in the ledger");
                } else if (line.provenance() == FidelityLedger.Provenance.PAGE) {
                    problems.add(e.id() + ": " + id + " is quoted from a page, not a guess to verify");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(named).as("ids named by @ChecksGuess").isEqualTo(6);
    }

    private static String quoted(String text) {
        return SnapshotParity.JSON.writeValueAsString(text);
    }
}
