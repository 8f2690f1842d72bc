package dev.fakewix.media.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Normalising and comparing answers with snapshots. */
class SnapshotParityTest {

    private static JsonNode json(String text) {
        return SnapshotParity.JSON.readTree(text);
    }

    private static SnapshotParity.Snapshot docs(String response, String ignore, String known) {
        return SnapshotParity.parse(
                "t",
                json("{\"provenance\": {\"kind\": \"docs\", \"page\": \"p\"}, \"ignore\": [" + ignore
                        + "], \"knownDifferences\": [" + known + "], \"response\": " + response + "}"));
    }

    private static SnapshotParity.Snapshot recorded(String response) {
        return SnapshotParity.parse(
                "t",
                json("{\"provenance\": {\"kind\": \"recorded\", \"date\": \"2026-12-02\"}, \"response\": " + response
                        + "}"));
    }

    @Test
    void normalisingKeepsTheContractAndTurnsRunDataIntoClassTokens() {
        JsonNode normalised = SnapshotParity.normalise(json("""
                {"file": {"id": "6acbb8_7a7bd9193ffc4130ab8ff74f5dcedf8a~mv2.jpg", "hash": "df55f859485ab04453e6afacf259ac98",
                 "siteId": "3ecba886-4267-11ee-be56-0242ac120002", "createdDate": "2022-06-06T12:45:29.000Z",
                 "sizeInBytes": "2608831", "url": "https://static.wixstatic.com/media/x", "mediaType": "IMAGE",
                 "parentFolderId": "media-root", "displayName": "space.jpg", "private": true, "labels": ["a"],
                 "thumbnailUrl": "", "media": {"image": {"width": 6031}}, "token": "eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.sig"}}"""));

        assertThat(normalised).isEqualTo(json("""
                {"file": {"id": "<file-id>", "hash": "<id32>", "siteId": "<guid>", "createdDate": "<timestamp>",
                 "sizeInBytes": "<decimal-string>", "url": "<url>", "mediaType": "IMAGE", "parentFolderId": "media-root",
                 "displayName": "<string>", "private": "<boolean>", "labels": ["<string>"], "thumbnailUrl": "",
                 "media": {"image": {"width": "<number>"}}, "token": "<jwt>"}}"""));
        assertThat(SnapshotParity.normalise(normalised)).as("idempotent").isEqualTo(normalised);
    }

    @Test
    void aDocsSnapshotAllowsExtraFieldsButNotMissingOnesOrOtherValues() {
        SnapshotParity.Snapshot snapshot = docs(
                "{\"file\": {\"id\": \"a1b2c3_00000000000000000000000000000000.pdf\", \"state\": \"OK\"}}", "", "");

        assertThat(SnapshotParity.differences(
                        snapshot,
                        json("{\"file\": {\"id\": \"zzzzzz_11111111111111111111111111111111.pdf\", "
                                + "\"state\": \"OK\", \"extra\": 1}}"),
                        false))
                .isEmpty();
        assertThat(SnapshotParity.differences(snapshot, json("{\"file\": {\"state\": \"DELETED\"}}"), false))
                .containsExactly(
                        "file.id: missing (expected \"<file-id>\")", "file.state: expected \"OK\", was \"DELETED\"");
        assertThat(SnapshotParity.differences(snapshot, json("{\"file\": {\"id\": 5, \"state\": \"OK\"}}"), false))
                .containsExactly("file.id: expected \"<file-id>\", was \"<number>\"");
    }

    @Test
    void everyElementOfAnAnswersArrayMustLookLikeOneOfTheSamples() {
        SnapshotParity.Snapshot snapshot = docs(
                "{\"files\": [{\"mediaType\": \"IMAGE\"}, {\"mediaType\": \"VIDEO\"}], \"labels\": [\"x\"]}", "", "");

        assertThat(SnapshotParity.differences(
                        snapshot, json("{\"files\": [{\"mediaType\": \"VIDEO\"}], \"labels\": [\"y\"]}"), false))
                .isEmpty();
        assertThat(SnapshotParity.differences(
                        snapshot, json("{\"files\": [{\"mediaType\": \"AUDIO\"}], \"labels\": [\"y\"]}"), false))
                .singleElement()
                .asString()
                .startsWith("files[]: element {\"mediaType\":\"AUDIO\"} is like none in the snapshot");
        assertThat(SnapshotParity.differences(
                        snapshot, json("{\"files\": [{\"mediaType\": \"IMAGE\"}], \"labels\": []}"), false))
                .containsExactly("labels: expected elements, was []");
    }

    @Test
    void ignoredPathsAreSkippedAndKnownDifferencesOnlyOnTheFake() {
        SnapshotParity.Snapshot snapshot = docs(
                "{\"folders\": [{\"state\": \"DELETED\", \"internalTags\": []}]}",
                "\"folders[].internalTags\"",
                "{\"path\": \"folders[].state\", \"note\": \"n\"}");
        JsonNode fake = json("{\"folders\": [{\"state\": \"OK\"}]}");

        assertThat(SnapshotParity.differences(snapshot, fake, false)).isEmpty();
        assertThat(SnapshotParity.differences(snapshot, fake, true))
                .singleElement()
                .asString()
                .contains("folders[].state: expected \"DELETED\", was \"OK\"");
        assertThat(SnapshotParity.differences(snapshot, json("{\"folders\": [{\"state\": \"DELETED\"}]}"), false))
                .as("a fake that was fixed makes the entry stale")
                .containsExactly("knownDifferences [folders[].state] of "
                        + "snapshot t no longer differ on the fake: remove them from the snapshot file");
    }

    @Test
    void aRecordedSnapshotIsComparedStrictlyBothWays() {
        SnapshotParity.Snapshot snapshot = recorded("{\"a\": \"<string>\", \"list\": [\"<string>\"]}");

        assertThat(SnapshotParity.differences(snapshot, json("{\"a\": \"x\", \"list\": [\"y\"]}"), false))
                .isEmpty();
        assertThat(SnapshotParity.differences(snapshot, json("{\"a\": \"x\", \"list\": [\"y\"], \"b\": 1}"), false))
                .containsExactly("b: not in the snapshot (was \"<number>\")");
        assertThat(SnapshotParity.differences(snapshot, json("{\"a\": \"x\", \"list\": []}"), false))
                .containsExactly("list: expected elements, was []");
    }

    @Test
    void recordingWritesTheNormalisedAnswerAsARecordedSnapshot(@TempDir Path dir) throws Exception {
        SnapshotParity.record(
                dir,
                "create-folder",
                json("{\"folder\": {\"id\": \"128833f888ea4846bbfbe8f164f3c6b5\", \"state\": \"OK\"}}"));

        SnapshotParity.Snapshot snapshot = SnapshotParity.load(dir, "create-folder");
        assertThat(snapshot.recorded()).isTrue();
        assertThat(snapshot.source()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(snapshot.response()).isEqualTo(json("{\"folder\": {\"id\": \"<id32>\", \"state\": \"OK\"}}"));
        assertThat(Files.readString(dir.resolve("create-folder.json"))).contains("\"kind\" : \"recorded\"");
    }

    @Test
    void aSnapshotWithoutItsProvenanceIsRefused() {
        assertThatThrownBy(() -> SnapshotParity.parse("x", json("{\"response\": {}}")))
                .hasMessageContaining("provenance.kind must be \"docs\" or \"recorded\"");
        assertThatThrownBy(() ->
                        SnapshotParity.parse("x", json("{\"provenance\": {\"kind\": \"docs\"}, \"response\": {}}")))
                .hasMessageContaining("a docs snapshot names its page");
        assertThatThrownBy(() -> SnapshotParity.load(Path.of("no-such-dir"), "no-such-snapshot"))
                .hasMessageContaining("no snapshot 'no-such-snapshot'");
    }

    @Test
    void everySnapshotInTheTreeParsesAndNamesItsSource() {
        Path dir = Path.of(System.getProperty("contract.snapshotDir", "src/test/resources/contract/snapshots"));
        assertThat(SnapshotParity.names(dir)).hasSizeGreaterThanOrEqualTo(21).allSatisfy(name -> {
            SnapshotParity.Snapshot s = SnapshotParity.load(dir, name);
            assertThat(s.source()).isNotBlank();
        });
    }
}
