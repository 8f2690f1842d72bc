package dev.fakewix.media.junit;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static dev.fakewix.media.junit.EngineRuns.assertAllPassed;
import static dev.fakewix.media.junit.EngineRuns.onlyFailure;
import static dev.fakewix.media.junit.EngineRuns.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.awaitility.MediaAwait;
import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.Files;
import dev.fakewix.media.core.Lifecycle;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.SiteLimits;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.http.AuthMode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The annotation's attributes, the builder's settings, and how servers are shared. */
class ConfigurationTest {

    @Test
    void aMethodAnnotationReplacesTheClassAnnotation() {
        EngineExecutionResults results = EngineRuns.run(MethodOverridesClass.class);

        assertAllPassed(results, 2);
        assertThat(reported(results, "site")).containsExactlyInAnyOrder("class-site", "method-site");
    }

    @Test
    void subclassesInheritTheAnnotation() {
        assertAllPassed(EngineRuns.run(InheritingTest.class), 1);
    }

    @Test
    void theReadinessTextDecidesWhenFilesLeavePending() {
        assertAllPassed(EngineRuns.run(ReadinessWords.class), 4);
    }

    @Test
    void anUnreadableReadinessFailsWithTheFix() {
        assertThat(onlyFailure(EngineRuns.run(ReadyAfterWithoutDelay.class)))
                .contains("readiness = \"readyAfter\"", "needs a delay, e.g. readyAfter 5m");
        assertThat(onlyFailure(EngineRuns.run(AnOldReadinessWord.class)))
                .contains(
                        "readiness = \"after 5m\"",
                        "'after' is now 'readyAfter'",
                        "ready, readyAfter, readyAfterWallTime");
        assertThat(onlyFailure(EngineRuns.run(UnreadableDelay.class)))
                .contains("'five minutes' is not a duration", "\"5m\"", "PT5M");
    }

    @Test
    void theClockStandsAtTheFixedInstantOrFollowsWallTime() {
        assertAllPassed(EngineRuns.run(Clocks.class), 2);
        assertThat(onlyFailure(EngineRuns.run(UnreadableClock.class)))
                .contains("fixedClock = \"yesterday\" is not an ISO-8601 instant", "WithFakeMediaManager.WALL_TIME");
    }

    @Test
    void theSeedMakesIdsRepeatable() {
        EngineExecutionResults results = EngineRuns.run(Seeds.class);

        assertAllPassed(results, 3);
        assertThat(reported(results, "seed-7"))
                .hasSize(2)
                .containsOnly(reported(results, "seed-7").get(0));
        assertThat(reported(results, "seed-8")).hasSize(1).doesNotContainAnyElementsOf(reported(results, "seed-7"));
    }

    @Test
    void scenarioFilesApplyToEveryTestsSite() {
        assertAllPassed(EngineRuns.run(ScenarioFile.class), 2);
    }

    @Test
    void aMissingOrInvalidScenarioFileFailsWithWhereToPutIt() {
        assertThat(onlyFailure(EngineRuns.run(MissingScenarioFile.class)))
                .contains(
                        "scenario file \"scenarios/nope.json\" is not on the classpath",
                        "src/test/resources/scenarios/nope.json");
        assertThat(onlyFailure(EngineRuns.run(InvalidScenarioFile.class)))
                .contains(
                        "scenario file \"/scenarios/unknown-operation.json\" is not valid",
                        "unknown operation 'importFiel'");
        assertThat(onlyFailure(EngineRuns.run(MalformedScenarioFile.class)))
                .contains("scenario file \"scenarios/not-json.json\" is not valid", "not valid JSON");
    }

    @Test
    void theBuilderConfiguresReadinessLimitsAndJavaScenarios() {
        assertAllPassed(EngineRuns.run(Programmatic.class), 2);
    }

    @Test
    void serversAreSharedPerRunPerConfigurationOrPerClass() {
        EngineExecutionResults results =
                EngineRuns.run(SharedA.class, SharedB.class, OwnServerA.class, OwnServerB.class, StrictServer.class);

        assertAllPassed(results, 5);
        assertThat(reported(results, "shared"))
                .hasSize(2)
                .containsOnly(reported(results, "shared").get(0));
        assertThat(reported(results, "own"))
                .hasSize(2)
                .doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(reported(results, "shared"));
        assertThat(reported(results, "strict")).hasSize(1).doesNotContainAnyElementsOf(reported(results, "shared"));
    }

    @Test
    void theAnnotationTakesNoLockAndATestMayStillMoveTheSharedClock() {
        assertThat(AnnotationSupport.findRepeatableAnnotations(ClockMover.class, ResourceLock.class))
                .as("tests that move time take a clock of their own (ownClock), not a lock")
                .isEmpty();
        assertAllPassed(EngineRuns.runInParallel(ClockMover.class), 1);
    }

    @Test
    void theBuilderRefusesABlankSiteId() {
        assertThatThrownBy(() -> FakeMediaManagerExtension.builder().siteId(" ").build())
                .hasMessageContaining("siteId must be 1..100 characters");
    }

    /** Identifies a server (ports are reused once a server closes, journals are not). */
    private static String server(FakeMediaManagerHttp http) {
        return String.valueOf(System.identityHashCode(http.journal()));
    }

    // ------------------------------------------------------------------ fixtures (run by EngineTestKit only)

    @WithFakeMediaManager(siteId = "class-site")
    static class MethodOverridesClass {
        @Test
        void usesTheClassSettings(MediaSite site, TestReporter reporter) {
            reporter.publishEntry("site", site.siteId());
        }

        @Test
        @WithFakeMediaManager(siteId = "method-site", readiness = "manual")
        void usesItsOwnSettings(MediaSite site, TestReporter reporter) {
            FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            assertThat(site).fileWithId(file.id()).isPending();
            reporter.publishEntry("site", site.siteId());
        }
    }

    @WithFakeMediaManager(readiness = "manual", siteId = "base-site")
    abstract static class AnnotatedBase {}

    static class InheritingTest extends AnnotatedBase {
        @Test
        void getsTheBaseSettings(MediaSite site) {
            assertThat(site.siteId()).isEqualTo("base-site");
            FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            assertThat(site).fileWithId(file.id()).isPending();
        }
    }

    static class ReadinessWords {
        @Test
        @WithFakeMediaManager
        void immediate(Files files) {
            FileDescriptor file = files.importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            assertThat(file).isPending();
            assertThat(files.getFileDescriptor(file.id())).isReady();
        }

        @Test
        @WithFakeMediaManager(readiness = "manual")
        void manual(MediaSite site, Lifecycle lifecycle, VirtualClock clock) {
            FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            clock.advance(Duration.ofDays(1));
            assertThat(site).fileWithId(file.id()).isPending();
            lifecycle.markReady(file.id());
            assertThat(site).fileWithId(file.id()).isReady();
        }

        @Test
        @WithFakeMediaManager(readiness = "readyAfter 5m")
        void afterFiveMinutesOnTheVirtualClock(MediaSite site, VirtualClock clock) {
            FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/a.mp4"));
            clock.advance(Duration.ofMinutes(4));
            assertThat(site).fileWithId(file.id()).isPending();
            clock.advance(Duration.ofMinutes(1));
            assertThat(site).fileWithId(file.id()).isReady();
        }

        @Test
        @WithFakeMediaManager(readiness = "readyAfterWallTime 50ms")
        void afterFiftyMillisecondsOfRealTime(MediaSite site) {
            FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/a.mp4"));
            assertThat(MediaAwait.untilFileReady(site, file.id()).operationStatus())
                    .isEqualTo(OperationStatus.READY);
        }
    }

    @WithFakeMediaManager(readiness = "readyAfter")
    static class ReadyAfterWithoutDelay {
        @Test
        void test(MediaSite site) {}
    }

    @WithFakeMediaManager(readiness = "after 5m")
    static class AnOldReadinessWord {
        @Test
        void test(MediaSite site) {}
    }

    @WithFakeMediaManager(readiness = "readyAfter five minutes")
    static class UnreadableDelay {
        @Test
        void test(MediaSite site) {}
    }

    static class Clocks {
        @Test
        @WithFakeMediaManager(fixedClock = "2030-06-15T12:00:00Z")
        void standsStill(VirtualClock clock, Files files) {
            assertThat(clock.isFrozen()).isTrue();
            assertThat(clock.instant()).isEqualTo(Instant.parse("2030-06-15T12:00:00Z"));
            FileDescriptor file = files.importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            assertThat(file.createdDate()).isEqualTo(Instant.parse("2030-06-15T12:00:00Z"));
        }

        @Test
        @WithFakeMediaManager(fixedClock = WithFakeMediaManager.WALL_TIME)
        void followsWallTime(VirtualClock clock) {
            assertThat(clock.isFrozen()).isFalse();
            assertThat(clock.instant()).isAfter(Instant.parse("2025-01-01T00:00:00Z"));
        }
    }

    @WithFakeMediaManager(fixedClock = "yesterday")
    static class UnreadableClock {
        @Test
        void test(MediaSite site) {}
    }

    static class Seeds {
        @Test
        @WithFakeMediaManager(seed = 7)
        void first(Files files, TestReporter reporter) {
            reporter.publishEntry(
                    "seed-7",
                    files.importFile(ImportFileRequest.of("https://example.com/a.jpg"))
                            .id());
        }

        @Test
        @WithFakeMediaManager(seed = 7)
        void second(Files files, TestReporter reporter) {
            reporter.publishEntry(
                    "seed-7",
                    files.importFile(ImportFileRequest.of("https://example.com/a.jpg"))
                            .id());
        }

        @Test
        @WithFakeMediaManager(seed = 8)
        void other(Files files, TestReporter reporter) {
            reporter.publishEntry(
                    "seed-8",
                    files.importFile(ImportFileRequest.of("https://example.com/a.jpg"))
                            .id());
        }
    }

    @WithFakeMediaManager(http = true, scenarios = "scenarios/quota-exceeded.json")
    static class ScenarioFile {
        @Test
        void inProcess(Files files) {
            assertThatThrownBy(() -> files.importFile(ImportFileRequest.of("https://example.com/a.jpg")))
                    .isInstanceOfSatisfying(
                            MediaManagerException.class,
                            e -> assertThat(e.code()).isEqualTo(WixErrorCode.SITE_QUOTA_EXCEEDED.name()));
            files.importFile(ImportFileRequest.of("https://example.com/a.jpg"));
        }

        @Test
        void overHttp(FakeMediaManagerHttp http) {
            assertThat(Calls.importFile(http, "https://example.com/a.jpg").body())
                    .contains("SITE_QUOTA_EXCEEDED");
            assertThat(Calls.importFile(http, "https://example.com/a.jpg").statusCode())
                    .isEqualTo(200);
        }
    }

    @WithFakeMediaManager(scenarios = "scenarios/nope.json")
    static class MissingScenarioFile {
        @Test
        void test(MediaSite site) {}
    }

    @WithFakeMediaManager(scenarios = "/scenarios/unknown-operation.json")
    static class InvalidScenarioFile {
        @Test
        void test(MediaSite site) {}
    }

    @WithFakeMediaManager(scenarios = "scenarios/not-json.json")
    static class MalformedScenarioFile {
        @Test
        void test(MediaSite site) {}
    }

    static class Programmatic {
        @RegisterExtension
        static FakeMediaManagerExtension media = FakeMediaManagerExtension.builder()
                .http(true)
                .siteId("programmatic-site")
                .fake(b -> b.readiness(Readiness.ready().forMediaType(MediaType.VIDEO, Readiness.manual()))
                        .limits(SiteLimits.unlimited().withMaxFileSize(1_000)))
                .scenarioFile("scenarios/quota-exceeded.json")
                .scenario(site -> site.scenarios()
                        .on(Operation.LIST_FILES)
                        .failWithStatus(503)
                        .once())
                .build();

        @Test
        void appliesEverySetting(MediaSite site, FakeMediaManagerHttp http) {
            assertThat(site.siteId()).isEqualTo("programmatic-site");
            assertThat(site.scenarios().limits().maxFileSizeBytes()).isEqualTo(1_000);
            assertThat(Calls.get(http, "/site-media/v1/files").statusCode()).isEqualTo(503);
            assertThat(Calls.get(http, "/site-media/v1/files").statusCode()).isEqualTo(200);
            assertThat(Calls.importFile(http, "https://example.com/a.mp4").body())
                    .contains("SITE_QUOTA_EXCEEDED");
            FileDescriptor video = site.files().importFile(ImportFileRequest.of("https://example.com/a.mp4"));
            FileDescriptor image = site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            assertThat(site).fileWithId(video.id()).isPending();
            assertThat(site).fileWithId(image.id()).isReady();
        }

        @Test
        void appliesThemAgainToTheNextTest(FakeMediaManagerHttp http) {
            assertThat(Calls.get(http, "/site-media/v1/files").statusCode()).isEqualTo(503);
        }
    }

    @WithFakeMediaManager(http = true)
    static class SharedA {
        @Test
        void test(FakeMediaManagerHttp http, TestReporter reporter) {
            reporter.publishEntry("shared", server(http));
        }
    }

    @WithFakeMediaManager(http = true)
    static class SharedB {
        @Test
        void test(FakeMediaManagerHttp http, TestReporter reporter) {
            reporter.publishEntry("shared", server(http));
        }
    }

    @WithFakeMediaManager(http = true, serverScope = ServerScope.PER_CLASS)
    static class OwnServerA {
        @Test
        void test(FakeMediaManagerHttp http, TestReporter reporter) {
            reporter.publishEntry("own", server(http));
        }
    }

    @WithFakeMediaManager(http = true, serverScope = ServerScope.PER_CLASS)
    static class OwnServerB {
        @Test
        void test(FakeMediaManagerHttp http, TestReporter reporter) {
            reporter.publishEntry("own", server(http));
        }
    }

    @WithFakeMediaManager(http = true, auth = AuthMode.STRICT, apiKey = "the-only-key")
    static class StrictServer {
        @Test
        void acceptsOnlyItsKey(FakeMediaManagerHttp http, TestReporter reporter) {
            assertThat(http.apiKey()).isEqualTo("the-only-key");
            assertThat(Calls.get(http, "/site-media/v1/files").statusCode()).isEqualTo(200);
            HttpRequest wrongKey = HttpRequest.newBuilder(http.uri("/site-media/v1/files"))
                    .header("Authorization", "another-key")
                    .header("wix-site-id", http.siteId())
                    .GET()
                    .build();
            assertThat(Calls.send(wrongKey).statusCode()).isEqualTo(401);
            reporter.publishEntry("strict", server(http));
        }
    }

    @WithFakeMediaManager(http = true, readiness = "readyAfter 1h")
    static class ClockMover {
        @Test
        void movesTheSharedClock(MediaSite site, VirtualClock clock, FakeMediaManager fake) {
            FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/a.mp4"));
            clock.advance(Duration.ofHours(1));
            assertThat(site).fileWithId(file.id()).isReady();
            assertThat(fake.clock()).isSameAs(clock);
        }
    }
}
