package dev.fakewix.media.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs fixture classes through the JUnit Platform {@link EngineTestKit}, as a user's build would, and reads what
 * happened: outcomes, failure messages and the report entries fixtures publish with {@code TestReporter}.
 */
final class EngineRuns {
    private EngineRuns() {}

    /** A fixture run's report of what its tests relied on would overwrite this run's: only RelianceReportTest wants it. */
    private static final String RELIANCE_REPORT = "fakewix.reliance.report";

    static EngineExecutionResults run(Class<?>... fixtures) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(Arrays.stream(fixtures)
                        .map(c -> selectClass(c))
                        .toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .configurationParameter(RELIANCE_REPORT, "false")
                .execute();
    }

    /** Runs with {@code junit.jupiter.execution.parallel.enabled=true}, everything CONCURRENT, 8 threads. */
    static EngineExecutionResults runInParallel(Class<?>... fixtures) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(Arrays.stream(fixtures).map(c -> selectClass(c)).toArray(DiscoverySelector[]::new))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "8")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.max-pool-size", "64")
                .configurationParameter(RELIANCE_REPORT, "false")
                .execute();
    }

    /** Asserts that every test passed, naming the failures (with their messages) when not. */
    static void assertAllPassed(EngineExecutionResults results, int expectedTests) {
        assertThat(failures(results)).as("failures").isEmpty();
        assertThat(containerFailures(results)).as("container failures").isEmpty();
        assertThat(results.testEvents().succeeded().count()).as("tests passed").isEqualTo(expectedTests);
    }

    /** Test display name -> failure message of every failed test. */
    static Map<String, String> failures(EngineExecutionResults results) {
        Map<String, String> out = new HashMap<>();
        results.testEvents().failed().stream().forEach(e -> out.put(name(e), message(e)));
        return out;
    }

    static Map<String, String> containerFailures(EngineExecutionResults results) {
        Map<String, String> out = new HashMap<>();
        results.containerEvents().failed().stream().forEach(e -> out.put(name(e), message(e)));
        return out;
    }

    /** The only failure message of a run that must fail exactly once. */
    static String onlyFailure(EngineExecutionResults results) {
        List<String> messages = new ArrayList<>(failures(results).values());
        messages.addAll(containerFailures(results).values());
        assertThat(messages).as("failures of the run").hasSize(1);
        return messages.get(0);
    }

    /** Every report entry published by the fixtures, in order. */
    static List<Map<String, String>> reports(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
                .collect(Collectors.toList());
    }

    /** The values of one report key, in order. */
    static List<String> reported(EngineExecutionResults results, String key) {
        return reports(results).stream()
                .filter(m -> m.containsKey(key))
                .map(m -> m.get(key))
                .collect(Collectors.toList());
    }

    private static String name(Event e) {
        return e.getTestDescriptor().getUniqueId().toString();
    }

    private static String message(Event e) {
        Throwable t = e.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .orElse(null);
        return t == null ? "" : t.toString();
    }
}
