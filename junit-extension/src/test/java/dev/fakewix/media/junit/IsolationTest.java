package dev.fakewix.media.junit;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static dev.fakewix.media.junit.EngineRuns.assertAllPassed;
import static dev.fakewix.media.junit.EngineRuns.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.SiteLimits;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.OperationStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Every test gets a fresh fake; nothing leaks between tests, concurrent ones included; cleanup always runs. */
class IsolationTest {
    private static final int CONCURRENT_TESTS = 6;

    @Test
    void everyTestStartsWithAnEmptyFakeInProcess() {
        EngineExecutionResults results = EngineRuns.run(InProcessSequence.class);

        assertAllPassed(results, 2);
        assertThat(reported(results, "fake")).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void everyTestGetsItsOwnEmptySiteOnTheSharedServer() {
        EngineExecutionResults results = EngineRuns.run(HttpSequence.class);

        assertAllPassed(results, 2);
        assertThat(reported(results, "site")).hasSize(2).doesNotHaveDuplicates();
        assertThat(reported(results, "port"))
                .hasSize(2)
                .containsOnly(reported(results, "port").get(0));
    }

    @Test
    void everyInvocationOfParameterizedAndRepeatedTestsIsFresh() {
        EngineExecutionResults results = EngineRuns.run(Invocations.class);

        assertAllPassed(results, 6);
        assertThat(reported(results, "site")).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void concurrentTestsOnTheSharedServerNeverSeeEachOthersFilesOrRequests() {
        EngineExecutionResults results = EngineRuns.runInParallel(ConcurrentHttp.class, ConcurrentInProcess.class);

        assertAllPassed(results, 2 * CONCURRENT_TESTS);
        assertThat(reported(results, "site")).hasSize(2 * CONCURRENT_TESTS);
        assertThat(reported(results, "http-site")).hasSize(CONCURRENT_TESTS).doesNotHaveDuplicates();
    }

    @Test
    void resetReallyResetsASharedSiteBetweenTests() {
        assertAllPassed(EngineRuns.run(ResetBetweenTests.class), 2);
    }

    @Test
    void aFailingTestStillCleansUpItsSiteAndTheServerClosesAtTheEndOfTheRun() throws Exception {
        EngineExecutionResults results = EngineRuns.run(FailingThenChecking.class);

        assertThat(results.testEvents().failed().count()).isEqualTo(1);
        assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
        String failedSite = reported(results, "failedSite").get(0);
        assertThat(reported(results, "sitesAfterwards").get(0).split(","))
                .as("the failed test's site is removed from the shared server")
                .doesNotContain(failedSite);
        assertThat(reported(results, "journalOfFailedSite")).containsExactly("0");
        int port = Integer.parseInt(reported(results, "port").get(0));
        assertThatThrownBy(() -> {
                    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                        socket.getPort();
                    }
                })
                .as("the server's port after the run")
                .isInstanceOf(IOException.class);
    }

    // ------------------------------------------------------------------ fixtures (run by EngineTestKit only)

    @WithFakeMediaManager
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class InProcessSequence {
        @Test
        @Order(1)
        void first(FakeMediaManager fake, MediaSite site, TestReporter reporter) {
            assertThat(site).isEmpty();
            site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            site.folders().createFolder("photos", null);
            site.scenarios().readiness(Readiness.manual());
            reporter.publishEntry("fake", String.valueOf(System.identityHashCode(fake)));
        }

        @Test
        @Order(2)
        void second(FakeMediaManager fake, MediaSite site, TestReporter reporter) {
            assertThat(site).isEmpty();
            FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            assertThat(site).fileWithId(file.id()).isReady();
            reporter.publishEntry("fake", String.valueOf(System.identityHashCode(fake)));
        }
    }

    @WithFakeMediaManager(http = true)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class HttpSequence {
        @Test
        @Order(1)
        void first(FakeMediaManagerHttp http, MediaSite site, TestReporter reporter) {
            assertThat(Calls.importFile(http, "https://example.com/a.jpg").statusCode())
                    .isEqualTo(200);
            assertThat(site).hasFileAt("/a.jpg");
            reporter.publishEntry("site", http.siteId());
            reporter.publishEntry("port", String.valueOf(http.port()));
        }

        @Test
        @Order(2)
        void second(FakeMediaManagerHttp http, MediaSite site, TestReporter reporter) {
            HttpResponse<String> list = Calls.get(http, "/site-media/v1/files");
            assertThat(list.body()).contains("\"files\":[]");
            assertThat(site).isEmpty();
            assertThat(http).received(Operation.LIST_FILES, 1).receivedNothingElse();
            reporter.publishEntry("site", http.siteId());
            reporter.publishEntry("port", String.valueOf(http.port()));
        }
    }

    @WithFakeMediaManager(http = true)
    static class Invocations {
        @ParameterizedTest
        @ValueSource(strings = {"a.jpg", "b.png", "c.pdf"})
        void eachParameterGetsAFreshSite(String name, MediaSite site, TestReporter reporter) {
            assertThat(site).isEmpty();
            site.files().importFile(ImportFileRequest.of("https://example.com/" + name));
            reporter.publishEntry("site", site.siteId());
        }

        @RepeatedTest(3)
        void eachRepetitionGetsAFreshSite(MediaSite site, TestReporter reporter) {
            assertThat(site).isEmpty();
            site.files().importFile(ImportFileRequest.of("https://example.com/again.jpg"));
            reporter.publishEntry("site", site.siteId());
        }
    }

    /** All invocations meet at a barrier, so they provably overlap; each then sees only its own files. */
    @WithFakeMediaManager(http = true)
    static class ConcurrentHttp {
        static final CyclicBarrier ALL_RUNNING = new CyclicBarrier(CONCURRENT_TESTS);

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4, 5, 6})
        void seesOnlyItsOwnFiles(int n, FakeMediaManagerHttp http, MediaSite site, TestReporter reporter)
                throws Exception {
            for (int i = 0; i < n; i++) {
                assertThat(Calls.importFile(http, "https://example.com/t" + n + "-" + i + ".jpg")
                                .statusCode())
                        .isEqualTo(200);
            }
            ALL_RUNNING.await(5, TimeUnit.MINUTES); // every test started: under load, that takes a while
            HttpResponse<String> list = Calls.get(http, "/site-media/v1/files");

            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body().split("\"displayName\"", -1)).hasSize(n + 1);
            assertThat(site).hasFileCount(n).hasFileAt("/t" + n + "-0.jpg");
            assertThat(http)
                    .received(Operation.IMPORT_FILE, n)
                    .received(Operation.LIST_FILES, 1)
                    .receivedNothingElse();
            reporter.publishEntry("site", site.siteId());
            reporter.publishEntry("http-site", http.siteId());
        }
    }

    @WithFakeMediaManager
    static class ConcurrentInProcess {
        static final CyclicBarrier ALL_RUNNING = new CyclicBarrier(CONCURRENT_TESTS);

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4, 5, 6})
        void seesOnlyItsOwnFilesAndClock(int n, FakeMediaManager fake, MediaSite site, TestReporter reporter)
                throws Exception {
            for (int i = 0; i < n; i++) {
                site.files().importFile(ImportFileRequest.of("https://example.com/t" + n + "-" + i + ".jpg"));
            }
            fake.clock().advance(Duration.ofMinutes(n));
            ALL_RUNNING.await(5, TimeUnit.MINUTES); // every test started: under load, that takes a while

            assertThat(site.files().listFiles(ListFilesRequest.all()).files()).hasSize(n);
            assertThat(fake.clock().instant())
                    .isEqualTo(
                            Instant.parse(WithFakeMediaManager.DEFAULT_INSTANT).plusSeconds(60L * n));
            reporter.publishEntry("site", site.siteId());
        }
    }

    /** A fixed site id on the shared server: the second test must find no trace of the first. */
    @WithFakeMediaManager(http = true, siteId = "fixed-site")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ResetBetweenTests {
        @Test
        @Order(1)
        void leavesEverythingBehind(MediaSite site) {
            FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/kept.jpg"));
            FileDescriptor trashed = site.files().importFile(ImportFileRequest.of("https://example.com/trashed.jpg"));
            site.folders().createFolder("photos", null);
            site.files().bulkDeleteFiles(List.of(trashed.id()), false);
            site.scenarios()
                    .on(Operation.LIST_FILES)
                    .failWith(WixErrorCode.UNAVAILABLE)
                    .always();
            site.scenarios().readiness(Readiness.manual());
            site.scenarios().limits(SiteLimits.unlimited().withStorageQuota(1));
            assertThat(site).hasFileWithId(file.id()).hasTrashedFileCount(1).hasFolderAt("/photos");
        }

        @Test
        @Order(2)
        void findsAFreshSite(MediaSite site) {
            assertThat(site).isEmpty();
            assertThat(site.scenarios().active()).isEmpty();
            assertThat(site.scenarios().limits()).isEqualTo(SiteLimits.unlimited());
            FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/new.jpg"));
            assertThat(site.files().listFiles(ListFilesRequest.all()).files()).hasSize(1);
            assertThat(site.files().getFileDescriptor(file.id()).operationStatus())
                    .isEqualTo(OperationStatus.READY);
        }
    }

    @WithFakeMediaManager(http = true)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class FailingThenChecking {
        @Test
        @Order(1)
        void failsWithFilesInItsSite(MediaSite site, FakeMediaManagerHttp http, TestReporter reporter)
                throws Exception {
            reporter.publishEntry("failedSite", site.siteId());
            site.files().importFile(ImportFileRequest.of("https://example.com/left-behind.jpg"));
            HttpClient.newHttpClient()
                    .send(http.request("/site-media/v1/files").GET().build(), HttpResponse.BodyHandlers.discarding());
            site.scenarios().on(Operation.IMPORT_FILE).failWithStatus(500).always();
            throw new AssertionError("this test fails on purpose");
        }

        @Test
        @Order(2)
        void findsEveryOtherSiteEmpty(
                FakeMediaManager fake, MediaSite site, FakeMediaManagerHttp http, TestReporter reporter) {
            reporter.publishEntry("sitesAfterwards", String.join(",", fake.siteIds()));
            reporter.publishEntry(
                    "journalOfFailedSite",
                    String.valueOf(http.journal()
                            .entries(e -> !site.siteId().equals(e.siteId()) && e.operation() == Operation.LIST_FILES)
                            .size()));
            for (String other : fake.siteIds()) {
                if (!other.equals(site.siteId())) {
                    assertThat(fake.site(other)).isEmpty();
                    assertThat(fake.site(other).scenarios().active()).isEmpty();
                }
            }
            reporter.publishEntry("port", String.valueOf(http.port()));
        }
    }
}
