package dev.fakewix.media.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.fakewix.media.core.Files;
import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "What your tests relied on": at the end of a run the extension writes {@code reliance.md} and {@code reliance.json}
 * naming, for each test, the guesses of the fidelity ledger its requests met, in-process and over HTTP (on a shared
 * server each test has its own site, which is how a test's requests are told apart). Asserted line by line on a small
 * suite whose tests meet known guesses.
 */
class RelianceReportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static EngineExecutionResults run(Path dir, boolean parallel, Class<?>... fixtures) {
        var kit = EngineTestKit.engine("junit-jupiter")
                .selectors(java.util.Arrays.stream(fixtures)
                        .map(c -> selectClass(c))
                        .toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .configurationParameter("fakewix.reliance.dir", dir.toString());
        if (parallel) {
            kit = kit.configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                    .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                    .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                    .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "8");
        }
        return kit.execute();
    }

    private static String words(String id) throws IOException {
        for (JsonNode line : JSON.readTree(java.nio.file.Files.readString(Path.of("../docs/fidelity/ledger.json")))) {
            if (line.get("id").asString().equals(id)) {
                return line.get("text").asString();
            }
        }
        throw new AssertionError(id + " is not in the ledger");
    }

    private static String row(String id, int tests, int requests) throws IOException {
        return "| " + id + " | " + tests + " | " + requests + " | " + words(id).replace("|", "\\|") + " |";
    }

    @Test
    @ResourceLock(Resources.SYSTEM_OUT) // the summary line goes to the console: this test reads it there
    void theReportNamesWhatEachTestReliedOnInProcessAndOverHttp(@TempDir Path dir) throws IOException {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        EngineExecutionResults results;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            results = run(dir, false, ReliantSuite.class);
        } finally {
            System.setOut(console);
        }
        EngineRuns.assertAllPassed(results, 4);
        assertThat(printed.toString(StandardCharsets.UTF_8).lines())
                .as("one line on the console")
                .containsExactly("3 tests relied on 6 guessed behaviours; see " + dir.resolve("reliance.md"));

        List<String> md = java.nio.file.Files.readAllLines(dir.resolve("reliance.md"));
        List<String> expected = new ArrayList<>(List.of(
                "# What the tests relied on",
                "",
                "3 tests relied on 6 guessed behaviours of the fake Wix Media Manager; 1 test relied on none.",
                ""));
        assertThat(md.subList(0, 4)).as(String.join("\n", md)).containsExactlyElementsOf(expected);
        assertThat(md.get(4))
                .startsWith("A guessed behaviour is what the fake does where Wix's published pages say nothing");
        assertThat(md.get(5)).isEmpty();
        int table = md.indexOf("## Guessed behaviours, most relied on first");
        assertThat(table).isEqualTo(6);
        assertThat(md.subList(table, md.size()))
                .containsExactly(
                        "## Guessed behaviours, most relied on first",
                        "",
                        "| guess | tests | requests | what the fake does |",
                        "|---|---:|---:|---|",
                        row("G-059", 2, 3),
                        row("G-006", 1, 1),
                        row("G-028", 1, 1),
                        row("G-029", 1, 1),
                        row("G-037", 1, 1),
                        row("G-121", 1, 1),
                        "",
                        "## By test",
                        "",
                        "### RelianceReportTest.ReliantSuite > importsANameWithoutExtension(Files)",
                        "",
                        "- G-028 (importFile 1): " + words("G-028"),
                        "- G-029 (importFile 1): " + words("G-029"),
                        "- G-037 (importFile 1): " + words("G-037"),
                        "",
                        "### RelianceReportTest.ReliantSuite > listsTwiceWithTheDefaultPageSize(Files)",
                        "",
                        "- G-059 (listFiles 2): " + words("G-059"),
                        "",
                        "### RelianceReportTest.ReliantSuite > overHttpAFilePathWithAnId(FakeMediaManagerHttp)",
                        "",
                        "- G-006 (other request 1): " + words("G-006"),
                        "- G-059 (listFiles 1): " + words("G-059"),
                        "- G-121 (other request 1): " + words("G-121"));

        JsonNode json = JSON.readTree(dir.resolve("reliance.json").toFile());
        assertThat(json.get("summary").asString()).isEqualTo("3 tests relied on 6 guessed behaviours");
        assertThat(json.get("testsRun").asInt()).isEqualTo(4);
        assertThat(json.get("testsRelying").asInt()).isEqualTo(3);
        assertThat(json.get("guesses").toString())
                .isEqualTo(JSON.writeValueAsString(JSON.readTree("["
                        + guess("G-059", 2, 3) + "," + guess("G-006", 1, 1) + "," + guess("G-028", 1, 1) + ","
                        + guess("G-029", 1, 1) + "," + guess("G-037", 1, 1) + ","
                        + guess("G-121", 1, 1) + "]")));
        List<String> tests = new ArrayList<>();
        json.get("tests").forEach(t -> tests.add(t.get("name").asString() + " " + t.get("guesses")));
        assertThat(tests)
                .containsExactly(
                        "RelianceReportTest.ReliantSuite > importsANameWithoutExtension(Files) ["
                                + met("G-028", "importFile", 1) + "," + met("G-029", "importFile", 1) + ","
                                + met("G-037", "importFile", 1) + "]",
                        "RelianceReportTest.ReliantSuite > listsTwiceWithTheDefaultPageSize(Files) ["
                                + met("G-059", "listFiles", 2) + "]",
                        "RelianceReportTest.ReliantSuite > overHttpAFilePathWithAnId(FakeMediaManagerHttp) ["
                                + met("G-006", "other request", 1) + "," + met("G-059", "listFiles", 1) + ","
                                + met("G-121", "other request", 1) + "]",
                        "RelianceReportTest.ReliantSuite > reliesOnNothing(Files) []");
        assertThat(json.get("tests").get(0).get("id").asString()).startsWith("[engine:junit-jupiter]");
    }

    /** One test's entry for a guess: {@code {"id":"G-059","requests":2,"operations":{"listFiles":2}}}. */
    private static String met(String id, String operation, int requests) {
        return "{\"id\":\"" + id + "\",\"requests\":" + requests + ",\"operations\":{\"" + operation + "\":" + requests
                + "}}";
    }

    private static String guess(String id, int tests, int requests) throws IOException {
        return JSON.writeValueAsString(java.util.Map.of("id", id)).replace("}", "") + ",\"section\":"
                + JSON.writeValueAsString(section(id)) + ",\"text\":" + JSON.writeValueAsString(words(id))
                + ",\"tests\":" + tests + ",\"requests\":" + requests + "}";
    }

    private static String section(String id) throws IOException {
        for (JsonNode line : JSON.readTree(java.nio.file.Files.readString(Path.of("../docs/fidelity/ledger.json")))) {
            if (line.get("id").asString().equals(id)) {
                return line.get("section").asString();
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void testsRunningInParallelAreEachRecorded(@TempDir Path dir) throws IOException {
        EngineExecutionResults results = run(dir, true, ManyListings.class);
        EngineRuns.assertAllPassed(results, 12);

        JsonNode json = JSON.readTree(dir.resolve("reliance.json").toFile());
        assertThat(json.get("testsRun").asInt()).isEqualTo(12);
        assertThat(json.get("guesses").get(0).get("id").asString()).isEqualTo("G-059");
        assertThat(json.get("guesses").get(0).get("tests").asInt()).isEqualTo(12);
        assertThat(json.get("guesses").get(0).get("requests").asInt())
                .as("each test's own site, counted apart")
                .isEqualTo(12);
    }

    @Test
    void theReportCanBeTurnedOff(@TempDir Path dir) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ReliantSuite.class))
                .configurationParameter("fakewix.reliance.dir", dir.toString())
                .configurationParameter("fakewix.reliance.report", "false")
                .execute();
        EngineRuns.assertAllPassed(results, 4);

        assertThat(dir.resolve("reliance.md")).doesNotExist();
        assertThat(dir.resolve("reliance.json")).doesNotExist();
    }

    // ------------------------------------------------------------------ fixtures (run by EngineTestKit only)

    @WithFakeMediaManager
    static class ReliantSuite {
        @Test
        void listsTwiceWithTheDefaultPageSize(Files files) {
            files.listFiles(ListFilesRequest.all());
            files.listFiles(ListFilesRequest.all());
        }

        @Test
        void importsANameWithoutExtension(Files files) {
            files.importFile(ImportFileRequest.of("https://example.com/x")
                    .withMimeType("image/jpeg")
                    .withDisplayName("image1"));
        }

        @Test
        @WithFakeMediaManager(http = true)
        void overHttpAFilePathWithAnId(FakeMediaManagerHttp http) {
            assertThat(Calls.get(http, "/site-media/v1/files/some-file-id").statusCode())
                    .isEqualTo(404);
            assertThat(Calls.get(http, "/site-media/v1/files").statusCode()).isEqualTo(200);
        }

        @Test
        void reliesOnNothing(Files files) {
            files.listFiles(ListFilesRequest.all().withPaging(CursorPaging.limit(10)));
        }
    }

    @WithFakeMediaManager(http = true)
    static class ManyListings {
        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
        void lists(int n, FakeMediaManagerHttp http) {
            assertThat(Calls.get(http, "/site-media/v1/files").statusCode()).isEqualTo(200);
        }
    }
}
