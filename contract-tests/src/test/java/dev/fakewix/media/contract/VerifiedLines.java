package dev.fakewix.media.contract;

import dev.fakewix.media.client.Exchange;
import dev.fakewix.media.core.internal.fidelity.FidelityLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which guessed lines of the fidelity ledger a run against the real Wix API verified: every {@link ChecksGuess} test
 * that ran on the real-API target adds what it checked, whether it passed, and the requests it made (method, path,
 * status and Wix's {@code X-Wix-Request-Id}, the evidence). When the run ends the file is written once, by default
 * {@value #DEFAULT_FILE} ({@code contract.verifiedFile} moves it): a user sends it back, and the lines it verifies turn
 * from guesses into verified lines (the ledger's {@code verified} provenance) for everyone.
 *
 * <pre>{@code
 * WIX_API_KEY=... WIX_SITE_ID=... mvn -B -pl contract-tests -am verify -Dcontract.targets=real-wix
 * # -> contract-tests/target/contract-verified.json
 * }</pre>
 *
 * A line is verified when every test that checks it passed, contradicted when one failed (Wix behaves otherwise: the
 * guess is wrong). Runs on the fakes add nothing and write no file: a fake cannot verify its own guesses.
 * Thread-safe.
 */
final class VerifiedLines implements AutoCloseable { // JUnit closes AutoCloseable store values (5.13+)
    static final String FILE_PARAMETER = "contract.verifiedFile";
    static final String DEFAULT_FILE = "target/contract-verified.json";
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(VerifiedLines.class);

    /**
     * What one test checked on the real API.
     *
     * @param test      {@code FolderContractTest.listsTheSubFolders...}
     * @param ids       the ledger lines it checks ({@link ChecksGuess})
     * @param failure   why it failed, {@code null} when it passed
     * @param exchanges the requests it made, in order
     */
    record Check(String test, List<String> ids, String failure, List<Exchange> exchanges) {
        Check {
            ids = List.copyOf(ids);
            exchanges = List.copyOf(exchanges);
        }
    }

    private final Path file;
    private final String target;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Check> checks = new ConcurrentLinkedQueue<>();

    VerifiedLines(Path file, String target, Clock clock) {
        this.file = file;
        this.target = target;
        this.clock = clock;
    }

    /** Adds what {@code test} checked on the real API, when it carries {@link ChecksGuess}; else does nothing. */
    static void record(
            ExtensionContext context, ContractConfig config, Method test, List<Exchange> made, Throwable failure) {
        ChecksGuess checks = test.getAnnotation(ChecksGuess.class);
        if (checks == null) {
            return;
        }
        Path file = Path.of(context.getConfigurationParameter(FILE_PARAMETER)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .orElse(DEFAULT_FILE));
        VerifiedLines lines = context.getRoot()
                .getStore(NS)
                .getOrComputeIfAbsent(
                        VerifiedLines.class,
                        k -> new VerifiedLines(file, config.wixApiBase().toString(), Clock.systemUTC()),
                        VerifiedLines.class);
        lines.add(new Check(
                test.getDeclaringClass().getSimpleName() + "." + test.getName(),
                List.of(checks.value()),
                failure == null ? null : String.valueOf(failure.getMessage()),
                made));
    }

    void add(Check check) {
        checks.add(check);
    }

    /** Writes the file when the run ends. */
    @Override
    public void close() {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(
                    file, json(LocalDate.now(clock), target, new ArrayList<>(checks)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write the verified ledger lines to " + file + " (set " + FILE_PARAMETER
                            + " to a writable path)",
                    e);
        }
        System.out.println("Contract suite: ledger lines checked against " + target + " written to " + file);
    }

    /**
     * The file: the date, the API the checks ran against, and per ledger line (in id order) its words and each test
     * that checked it with its requests; {@code verified} lines first, then {@code contradicted} ones.
     */
    static String json(LocalDate date, String target, List<Check> checks) {
        Map<String, FidelityLedger.Line> ledger = FidelityLedger.packaged().byId();
        Map<String, List<Check>> byId = new TreeMap<>();
        checks.stream()
                .sorted(Comparator.comparing(Check::test))
                .forEach(c -> c.ids()
                        .forEach(id ->
                                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(c)));
        ObjectNode out = SnapshotParity.JSON.createObjectNode();
        out.put(
                "about",
                "Guessed lines of the fake Wix Media Manager's fidelity ledger (docs/fidelity.md) that its "
                        + "contract suite checked against the real Wix API. Send this file to the project (an issue) to turn "
                        + "them into verified lines.");
        out.put("date", date.toString());
        out.put("target", target);
        ArrayNode verified = out.putArray("verified");
        ArrayNode contradicted = out.putArray("contradicted");
        byId.forEach((id, tests) -> {
            FidelityLedger.Line line = ledger.get(id);
            if (line == null) {
                throw new IllegalArgumentException(
                        "@ChecksGuess names " + id + ", which is not in the fidelity ledger ("
                                + tests.stream().map(Check::test).toList() + ")");
            }
            boolean failed = tests.stream().anyMatch(t -> t.failure() != null);
            ObjectNode entry = (failed ? contradicted : verified).addObject();
            entry.put("id", id);
            entry.put("provenance", line.provenance().key());
            entry.put("text", line.text());
            ArrayNode evidence = entry.putArray("tests");
            for (Check t : tests) {
                ObjectNode test = evidence.addObject();
                test.put("test", t.test());
                test.put("outcome", t.failure() == null ? "passed" : "failed: " + t.failure());
                ArrayNode requests = test.putArray("requests");
                for (Exchange e : t.exchanges()) {
                    ObjectNode r = requests.addObject();
                    r.put("method", e.method());
                    r.put("path", e.path());
                    r.put("status", e.status());
                    r.put("requestId", e.requestId());
                }
            }
        });
        return SnapshotParity.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n";
    }
}
