package dev.fakewix.media.contract;

import static dev.fakewix.media.client.MediaManagerClient.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.fakewix.media.client.MediaManagerApiException;
import dev.fakewix.media.client.MediaManagerClient;
import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.http.FakeMediaManagerServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The suite's own rules, proven by running contract tests through the JUnit Platform test kit: the real-API target
 * skips with its reason when the variables are absent; a failing test's items and the run folder are deleted for good
 * (the real-API target's own code, pointed at a fake); provenance markers and coverage claims are enforced.
 */
class SuiteSelfTest {
    private static final String SITE = "self-test-site";

    private static EngineTestKit.Builder kit() {
        return EngineTestKit.engine("junit-jupiter").configurationParameter("contract.selfTest", "true");
    }

    private static String fixture(String method) {
        return CleanupAfterFailureFixture.class.getName() + "#" + method + "(" + ContractSession.class.getName() + ")";
    }

    @Test
    void theRealApiTargetIsSkippedWithItsReasonWhenTheVariablesAreAbsent() {
        EngineExecutionResults results = kit().selectors(selectClass(FolderContractTest.class))
                .configurationParameter("contract.targets", "real-wix")
                .configurationParameter("contract.env.WIX_API_KEY", "")
                .configurationParameter("contract.env.WIX_SITE_ID", "")
                .execute();

        results.testEvents().assertStatistics(s -> s.started(0).skipped(8));
        assertThat(results.testEvents().skipped().stream()
                        .map(e -> e.getPayload(String.class).orElse("")))
                .allSatisfy(reason -> assertThat(reason)
                        .isEqualTo("real Wix API: skipped because WIX_API_KEY and WIX_SITE_ID"
                                + " are not both set (set them to run the suite against your own site)"));
    }

    @Test
    void aJobThatRequiresTheRealApiFailsWithoutTheVariables() {
        EngineExecutionResults results = kit().selectors(selectMethod(FolderContractTest.class.getName()
                        + "#getsAFolderById(" + ContractSession.class.getName() + ")"))
                .configurationParameter("contract.targets", "real-wix")
                .configurationParameter("contract.requireRealApi", "true")
                .configurationParameter("contract.env.WIX_API_KEY", "")
                .configurationParameter("contract.env.WIX_SITE_ID", "")
                .execute();

        results.testEvents().assertStatistics(s -> s.failed(1));
        assertThat(results.testEvents().failed().stream().map(SuiteSelfTest::failureMessage))
                .singleElement()
                .asString()
                .startsWith("contract.requireRealApi=true, but WIX_API_KEY and WIX_SITE_ID are not both set");
    }

    @Test
    void onCiAMissingStandaloneJarFailsEveryTestWithTheFixInsteadOfSkipping() {
        EngineExecutionResults results = kit().selectors(selectClass(FolderContractTest.class))
                .configurationParameter("contract.targets", "standalone-jar")
                .configurationParameter("contract.standaloneJar", "/no/such/standalone.jar")
                .configurationParameter("contract.env.CI", "true")
                .execute();

        results.testEvents().assertStatistics(s -> s.skipped(0).failed(8));
        assertThat(results.testEvents().failed().stream().map(SuiteSelfTest::failureMessage))
                .allSatisfy(m -> assertThat(m)
                        .startsWith("no standalone jar at /no/such/standalone.jar: build it first (mvn -B verify"));
    }

    @Test
    void oneOfTheTwoVariablesIsNotEnough() {
        EngineExecutionResults results = kit().selectors(selectClass(FolderContractTest.class))
                .configurationParameter("contract.targets", "real-wix")
                .configurationParameter("contract.env.WIX_API_KEY", "a-key")
                .configurationParameter("contract.env.WIX_SITE_ID", "")
                .execute();

        results.testEvents().assertStatistics(s -> s.started(0).skipped(8));
    }

    @Test
    void aFailingTestsItemsAndTheRunFolderAreDeletedForGood() {
        try (FakeMediaManagerServer server =
                FakeMediaManagerServer.start(FakeMediaManager.builder().build(), c -> c.port(0))) {
            EngineExecutionResults results = kit().selectors(selectMethod(fixture("failsAfterCreatingFilesAndFolders")))
                    .configurationParameter("contract.targets", "real-wix")
                    .configurationParameter("contract.env.WIX_API_KEY", "self-test-key")
                    .configurationParameter("contract.env.WIX_SITE_ID", SITE)
                    .configurationParameter(
                            "contract.wixApiBase", server.baseUri().toString())
                    .execute();

            results.testEvents().assertStatistics(s -> s.started(1).failed(1));
            assertThat(results.testEvents().failed().stream().map(SuiteSelfTest::failureMessage))
                    .containsExactly("failing on purpose after creating 4 files and 4 folders");
            assertThat(cleanupEntries(results)).containsExactly("deleted permanently 4 file(s) and 2 folder(s)");

            MediaManagerClient site = MediaManagerClient.builder()
                    .baseUri(server.baseUri())
                    .apiKey("k")
                    .siteId(SITE)
                    .build();
            assertThat(site.searchFiles(fields()).path("files"))
                    .as("files anywhere in the site")
                    .isEmpty();
            assertThat(site.searchFolders(fields()).path("folders"))
                    .as("folders anywhere in the site")
                    .isEmpty();
            assertThat(site.listDeletedFiles(fields()).path("files"))
                    .as("the trash bin")
                    .isEmpty();
            assertThat(site.listDeletedFolders(fields()).path("folders"))
                    .as("the trash bin")
                    .isEmpty();
            assertThat(site.listFolders(fields("parentFolderId", "media-root")).path("folders"))
                    .isEmpty();
        }
    }

    @Test
    void aRealRunWithTheRecordFlagRecordsTheSnapshotsThatLaterRunsCompareStrictly(@TempDir Path snapshots)
            throws Exception {
        try (FakeMediaManagerServer server =
                FakeMediaManagerServer.start(FakeMediaManager.builder().build(), c -> c.port(0))) {
            String test = FolderContractTest.class.getName() + "#createsAFolderInsideAnother("
                    + ContractSession.class.getName() + ")";
            EngineTestKit.Builder realRun = kit().selectors(selectMethod(test))
                    .configurationParameter("contract.targets", "real-wix")
                    .configurationParameter("contract.env.WIX_API_KEY", "self-test-key")
                    .configurationParameter("contract.env.WIX_SITE_ID", "3ecba886-4267-11ee-be56-0242ac120002")
                    .configurationParameter(
                            "contract.wixApiBase", server.baseUri().toString())
                    .configurationParameter("contract.snapshotDir", snapshots.toString());

            realRun.configurationParameter("contract.record", "true")
                    .execute()
                    .testEvents()
                    .assertStatistics(s -> s.succeeded(1));
            SnapshotParity.Snapshot recorded = SnapshotParity.load(snapshots, "create-folder");
            assertThat(recorded.recorded()).isTrue();
            assertThat(recorded.response().path("folder").path("siteId").asString())
                    .isEqualTo("<guid>");

            realRun.configurationParameter("contract.record", "false")
                    .execute()
                    .testEvents()
                    .assertStatistics(s -> s.succeeded(1));

            // A recorded snapshot is strict: a field the answer lacks fails the next run.
            Files.writeString(
                    snapshots.resolve("create-folder.json"),
                    Files.readString(snapshots.resolve("create-folder.json"))
                            .replace("\"state\" : \"OK\"", "\"state\" : \"OK\", \"mustBeThere\" : \"<string>\""));
            EngineExecutionResults strict = realRun.execute();
            strict.testEvents().assertStatistics(s -> s.failed(1));
            assertThat(strict.testEvents().failed().stream().map(SuiteSelfTest::failureMessage))
                    .singleElement()
                    .asString()
                    .contains("folder.mustBeThere: missing");
        }
    }

    @Test
    // run(), not start(): the hook's body on this thread; a started hook would make the JVM's own start() at exit fail
    @SuppressWarnings("DoNotCall")
    void theRunFolderIsDeletedWhenTheRunIsInterrupted() {
        try (FakeMediaManagerServer server =
                FakeMediaManagerServer.start(FakeMediaManager.builder().build(), c -> c.port(0))) {
            MediaManagerClient site = MediaManagerClient.builder()
                    .baseUri(server.baseUri())
                    .apiKey("k")
                    .siteId(SITE)
                    .build();
            RunFolder folder = RunFolder.create(site);
            site.createFolder("left behind by an interrupted test", folder.id());
            assertThat(folder.name()).matches("fake-wix-contract-\\d{8}T\\d{6}Z-[0-9a-f]{6}");

            folder.shutdownHook().run(); // what the JVM runs on Ctrl-C or SIGTERM

            MediaManagerApiException gone =
                    Assertions.catchThrowableOfType(MediaManagerApiException.class, () -> site.getFolder(folder.id()));
            assertThat(gone.code()).isEqualTo("RESOURCE_NOT_FOUND");
            assertThat(site.searchFolders(fields()).path("folders")).isEmpty();
            folder.close(); // already gone: nothing to do, no error
        }
    }

    @Test
    void aContractTestNeedsExactlyOneProvenanceMarker() {
        EngineExecutionResults results = kit().selectors(
                        selectMethod(fixture("hasTwoProvenanceMarkers")),
                        selectMethod(fixture("hasNoProvenanceMarker")))
                .configurationParameter("contract.targets", "in-process")
                .execute();

        assertThat(results.containerEvents().failed().stream().map(SuiteSelfTest::failureMessage))
                .containsExactlyInAnyOrder(
                        "CleanupAfterFailureFixture.hasTwoProvenanceMarkers has 2 provenance markers [Provenance[kind=DOCS, "
                                + "detail=two markers on purpose], Provenance[kind=FAKE_ONLY, detail=two markers on purpose]]; "
                                + "a contract test needs exactly one: @VerifiedAgainstRealApi(date = \"yyyy-MM-dd\"), "
                                + "@DerivedFromDocs(page = \"...\") or @FakeOnly(reason = \"...\")",
                        "CleanupAfterFailureFixture.hasNoProvenanceMarker has 0 provenance markers []; a contract test needs "
                                + "exactly one: @VerifiedAgainstRealApi(date = \"yyyy-MM-dd\"), @DerivedFromDocs(page = \"...\") "
                                + "or @FakeOnly(reason = \"...\")");
    }

    @Test
    void aTestThatClaimsAnEndpointItNeverCalledFails() {
        EngineExecutionResults results = kit().selectors(selectMethod(fixture("claimsMoreThanItDoes")))
                .configurationParameter("contract.targets", "in-process")
                .execute();

        results.testEvents().assertStatistics(s -> s.failed(1));
        assertThat(results.testEvents().failed().stream().map(SuiteSelfTest::failureMessage))
                .containsExactly(
                        "claimsMoreThanItDoes: @Exercises names queryFolders, but it never answered 200 in this test");
    }

    private static String failureMessage(Event event) {
        return event.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::getMessage)
                .orElse("");
    }

    private static List<String> cleanupEntries(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
                .filter(m -> m.containsKey("contract.cleanup"))
                .map(m -> m.get("contract.cleanup"))
                .toList();
    }
}
