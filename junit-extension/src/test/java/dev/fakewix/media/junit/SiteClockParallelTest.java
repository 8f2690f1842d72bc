package dev.fakewix.media.junit;

import static dev.fakewix.media.junit.EngineRuns.assertAllPassed;
import static dev.fakewix.media.junit.EngineRuns.reported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.OperationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** With {@code ownClock}, tests on one shared server move time independently, concurrently, with no lock. */
class SiteClockParallelTest {
    private static final int CONCURRENT_TESTS = 4;

    @Test
    void concurrentTestsOnOneServerAdvanceTheirOwnClocks() {
        EngineExecutionResults results = EngineRuns.runInParallel(OwnClocks.class);

        assertAllPassed(results, CONCURRENT_TESTS);
        assertThat(reported(results, "port"))
                .hasSize(CONCURRENT_TESTS)
                .containsOnly(reported(results, "port").get(0));
    }

    // ------------------------------------------------------------------ fixture (run by EngineTestKit only)

    @WithFakeMediaManager(
            http = true,
            ownClock = true,
            readiness = "readyAfter 3m",
            serverScope = ServerScope.PER_CLASS)
    static class OwnClocks {
        static final CyclicBarrier ALL_RUNNING = new CyclicBarrier(CONCURRENT_TESTS);

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4})
        void advancesOnlyItsOwnClock(
                int minutes,
                MediaSite site,
                VirtualClock clock,
                FakeMediaManager fake,
                FakeMediaManagerHttp http,
                TestReporter reporter)
                throws Exception {
            Instant start = Instant.parse(WithFakeMediaManager.DEFAULT_INSTANT);
            assertThat(clock).isSameAs(site.clock()).isNotSameAs(fake.clock());
            assertThat(clock.instant()).isEqualTo(start);
            FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            ALL_RUNNING.await(5, TimeUnit.MINUTES); // every test has imported before any moves time

            clock.advance(Duration.ofMinutes(minutes));
            ALL_RUNNING.await(5, TimeUnit.MINUTES); // every test has moved its clock

            assertThat(clock.instant()).isEqualTo(start.plus(Duration.ofMinutes(minutes)));
            assertThat(site.files().getFileDescriptor(file.id()).operationStatus())
                    .isEqualTo(minutes >= 3 ? OperationStatus.READY : OperationStatus.PENDING);
            assertThat(fake.clock().instant()).isEqualTo(start);
            reporter.publishEntry("port", String.valueOf(http.port()));
        }
    }
}
