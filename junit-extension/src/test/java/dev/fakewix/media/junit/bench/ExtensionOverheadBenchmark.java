package dev.fakewix.media.junit.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.junit.FakeMediaManagerHttp;
import dev.fakewix.media.junit.WithFakeMediaManager;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Measures what {@code @WithFakeMediaManager} costs per test: runs 1,000 generated tests through the JUnit Platform
 * Launcher without the extension, with it in-process, and with it over HTTP (one shared server per run, a fresh
 * site per test), interleaved over several rounds after a warm-up, and prints the median cost per test of each and
 * the difference. Not a unit test: run it on a quiet machine (see {@code BENCHMARKS.md}).
 *
 * <p>Every variant's test has the same (trivial) body; the extension variants take the fake as parameters, so
 * the figure includes building the fake, resolving the parameters, and resetting the site afterwards. The HTTP figure
 * also includes starting and stopping the shared server once per 1,000 tests.
 */
public final class ExtensionOverheadBenchmark {
    static final int TESTS = 1000;
    /** What the tests compute, kept so that the JIT cannot drop their work. */
    static final LongAdder SINK = new LongAdder();

    private ExtensionOverheadBenchmark() {}

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Launcher launcher = LauncherFactory.create();
        Class<?>[] variants = {WithoutExtension.class, InProcess.class, OverHttp.class};
        List<List<Double>> millis = new ArrayList<>();
        for (Class<?> ignored : variants) {
            millis.add(new ArrayList<>());
        }
        for (int round = 0; round < warmup + rounds; round++) {
            for (int v = 0; v < variants.length; v++) {
                double ms = runOnce(launcher, variants[v]);
                if (round >= warmup) {
                    millis.get(v).add(ms);
                }
            }
        }
        double plain = median(millis.get(0));
        double inProcess = median(millis.get(1));
        double http = median(millis.get(2));
        System.out.printf(
                Locale.ROOT,
                "%d tests, median of %d rounds after %d warm-up rounds (Java %s, %d cores)%n",
                TESTS,
                rounds,
                warmup,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  without extension : %8.1f ms  (%.3f ms/test)%n", plain, plain / TESTS);
        System.out.printf(
                Locale.ROOT,
                "  in-process        : %8.1f ms  (%.3f ms/test)  overhead %.3f ms/test%n",
                inProcess,
                inProcess / TESTS,
                (inProcess - plain) / TESTS);
        System.out.printf(
                Locale.ROOT,
                "  HTTP (shared)     : %8.1f ms  (%.3f ms/test)  overhead %.3f ms/test%n",
                http,
                http / TESTS,
                (http - plain) / TESTS);
        System.out.printf(
                Locale.ROOT,
                "  rounds (ms): without %s | in-process %s | http %s%n",
                millis.get(0),
                millis.get(1),
                millis.get(2));
    }

    private static double runOnce(Launcher launcher, Class<?> fixture) {
        LauncherDiscoveryRequest discovery =
                request().selectors(selectClass(fixture)).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        long start = System.nanoTime();
        launcher.execute(discovery, listener);
        double ms = (System.nanoTime() - start) / 1e6;
        TestExecutionSummary summary = listener.getSummary();
        if (summary.getTestsSucceededCount() != TESTS) {
            summary.printFailuresTo(new PrintWriter(System.err, true, Charset.defaultCharset()), 5);
            throw new IllegalStateException(fixture.getSimpleName() + ": " + summary.getTestsSucceededCount() + " of "
                    + TESTS + " tests passed");
        }
        return Math.round(ms * 10) / 10.0;
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    // ------------------------------------------------------------------ the generated tests

    static class WithoutExtension {
        @RepeatedTest(TESTS)
        void test(RepetitionInfo info) {
            SINK.add(info.getCurrentRepetition());
        }
    }

    @WithFakeMediaManager
    static class InProcess {
        @RepeatedTest(TESTS)
        void test(RepetitionInfo info, MediaSite site) {
            SINK.add(info.getCurrentRepetition() + site.siteId().length());
        }
    }

    @WithFakeMediaManager(http = true)
    static class OverHttp {
        @RepeatedTest(TESTS)
        void test(RepetitionInfo info, MediaSite site, FakeMediaManagerHttp http) {
            SINK.add(info.getCurrentRepetition() + site.siteId().length() + http.port());
        }
    }
}
