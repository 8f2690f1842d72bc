package dev.fakewix.media.junit.internal;

import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.GuessMet;
import dev.fakewix.media.core.internal.fidelity.RelianceReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The run's record of what each test relied on: every test that used the fake adds the guesses of the fidelity
 * ledger its requests met (in-process and over HTTP), and when the run ends (JUnit closes the root store) the report
 * is written once, {@code reliance.md} and {@code reliance.json} in the configured directory, with one summary line
 * on the console:
 * <pre>{@code
 * 3 tests relied on 5 guessed behaviours; see target/fake-wix-media-manager/reliance.md
 * }</pre>
 * Configured by JUnit configuration parameters (which include {@code -D} system properties and
 * {@code junit-platform.properties}): {@value #ENABLED} ({@code false} turns it off: no file, no line, and the
 * tests' own fakes record nothing) and {@value #DIRECTORY} (where to write, default {@value #DEFAULT_DIRECTORY}).
 * Thread-safe: tests running in parallel add their records concurrently.
 */
@SuppressWarnings("deprecation") // CloseableResource: for JUnit versions that do not close plain AutoCloseables
@API(status = API.Status.INTERNAL)
public final class RelianceLog implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    /** The configuration parameter that turns the report off ({@code false}). */
    public static final String ENABLED = "fakewix.reliance.report";
    /** The configuration parameter naming the report's directory. */
    public static final String DIRECTORY = "fakewix.reliance.dir";
    /** Where the report goes by default: Maven's build directory, relative to where the tests run. */
    public static final String DEFAULT_DIRECTORY = "target/fake-wix-media-manager";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RelianceLog.class);

    private final Path directory;
    private final PrintStream console;
    private final ConcurrentLinkedQueue<RelianceReport.Subject> tests = new ConcurrentLinkedQueue<>();

    RelianceLog(Path directory, PrintStream console) {
        this.directory = directory;
        this.console = console;
    }

    /** The run's log, made on first use; empty when the configuration turns the report off. */
    public static Optional<RelianceLog> of(ExtensionContext context) {
        boolean enabled = context.getConfigurationParameter(ENABLED)
                .map(v -> !v.trim().equalsIgnoreCase("false"))
                .orElse(true);
        if (!enabled) {
            return Optional.empty();
        }
        Path directory = Path.of(context.getConfigurationParameter(DIRECTORY)
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .orElse(DEFAULT_DIRECTORY));
        return Optional.of(context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        RelianceLog.class, k -> new RelianceLog(directory, System.out), RelianceLog.class));
    }

    /** Adds one test: its unique id, how people read it, and what its sites' requests met (merged, in id order). */
    public void add(String uniqueId, String name, List<List<GuessMet>> sites) {
        tests.add(new RelianceReport.Subject(uniqueId, name, merge(sites)));
    }

    /**
     * A test whose record is added when it ends ({@link TestFake#close()}), under its unique id and its name as people
     * read it ({@code ImportTest > importsACat()}).
     */
    public record Pending(RelianceLog log, String uniqueId, String name) {
        /** The test's record from {@code context}: its class, then each level down to it. */
        public static Pending of(RelianceLog log, ExtensionContext context) {
            List<String> levels = new ArrayList<>();
            ExtensionContext level = context;
            while (level != null && level.getTestMethod().isPresent()) {
                levels.add(0, level.getDisplayName());
                level = level.getParent().orElse(null);
            }
            String type = context.getTestClass()
                    .map(c -> c.getName()
                            .substring(c.getName().lastIndexOf('.') + 1)
                            .replace('$', '.'))
                    .orElse("");
            return new Pending(
                    log, context.getUniqueId(), type + (levels.isEmpty() ? "" : " > " + String.join(" > ", levels)));
        }
    }

    /** Writes the report, once, when the run ends. A directory it cannot write to is one line on stderr. */
    @Override
    public void close() {
        List<RelianceReport.Subject> subjects = new ArrayList<>(tests);
        subjects.sort(Comparator.comparing(RelianceReport.Subject::name).thenComparing(RelianceReport.Subject::id));
        RelianceReport report = RelianceReport.of(subjects);
        Path markdown = directory.resolve("reliance.md");
        try {
            Files.createDirectories(directory);
            Files.writeString(markdown, report.markdown(), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve("reliance.json"), report.json(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("Fake Wix Media Manager: cannot write what the tests relied on to " + directory + ": "
                    + e + " (set " + DIRECTORY + " to a writable directory, or " + ENABLED + "=false)");
            return;
        }
        console.println(report.summary() + "; see " + markdown);
    }

    /** The guesses several sites met, as one: requests added up, by operation. */
    static List<GuessMet> merge(List<List<GuessMet>> sites) {
        Map<Guess, Map<String, Integer>> operations = new EnumMap<>(Guess.class);
        for (List<GuessMet> site : sites) {
            for (GuessMet m : site) {
                Map<String, Integer> ops = operations.computeIfAbsent(m.guess(), g -> new TreeMap<>());
                m.operations().forEach((op, n) -> ops.merge(op, n, Integer::sum));
            }
        }
        List<GuessMet> out = new ArrayList<>();
        operations.forEach((g, ops) -> out.add(new GuessMet(
                g, ops.values().stream().mapToInt(Integer::intValue).sum(), ops)));
        return out;
    }
}
