package dev.fakewix.media.core.internal.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fidelity ledger, its page and the code agree: {@code docs/fidelity.md} is what {@link FidelityLedger} renders
 * from {@code docs/fidelity/ledger.json}; every {@link Guess} is a guess line of the ledger and is decided somewhere in
 * the main code of some module; every guess line has its {@link Guess} unless it is marked documentation-only; every
 * ledger id written anywhere in the code or the README exists. Regenerate the page with {@value FidelityLedger#COMMAND}.
 */
class FidelityLedgerTest {
    private static final Path ROOT = Path.of(System.getProperty("fidelity.root", ".."));
    private static final Path LEDGER = ROOT.resolve("docs/fidelity/ledger.json");
    private static final Path PAGE = ROOT.resolve("docs/fidelity.md");
    private static final Pattern GUESS_REFERENCE = Pattern.compile("\\bGuess\\.([A-Z][A-Z0-9_]*)\\b");
    private static final Pattern LEDGER_ID = Pattern.compile("\\bG-[0-9]{3}\\b");
    /** A {@code @Decides(...)} mark, one guess or a list of them. */
    private static final Pattern DECIDES_MARK = Pattern.compile("@Decides\\((\\{[^}]*\\}|[^)]*)\\)");

    private static FidelityLedger ledger() throws IOException {
        return FidelityLedger.parse(Files.readString(LEDGER));
    }

    @Test
    void thePageInTheTreeIsTheLedgerRendered() throws IOException {
        String rendered = ledger().markdown();
        if (Boolean.getBoolean("fidelity.write")) {
            Files.writeString(PAGE, rendered);
        }

        assertThat(PAGE)
                .as("%s exists; write it with: %s", PAGE, FidelityLedger.COMMAND)
                .exists();
        assertThat(Files.readString(PAGE))
                .as("%s is not what %s renders; regenerate it with: %s", PAGE, LEDGER, FidelityLedger.COMMAND)
                .isEqualTo(rendered);
    }

    @Test
    void everyGuessConstantIsAGuessLineOfTheLedger() throws IOException {
        Map<String, FidelityLedger.Line> lines = ledger().byId();

        assertThat(Guess.values()).allSatisfy(g -> {
            assertThat(lines)
                    .as("%s names %s, which is not in %s", g, g.id(), LEDGER)
                    .containsKey(g.id());
            assertThat(lines.get(g.id()).decidedInCode())
                    .as(
                            "%s (%s) is no guess decided in code in the ledger any "
                                    + "more: remove the constant and its @Decides marks",
                            g, g.id())
                    .isTrue();
        });
        assertThat(Arrays.stream(Guess.values()).map(Guess::id))
                .as("one constant per ledger id")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyGuessLineHasItsConstantUnlessItIsDocumentationOnly() throws IOException {
        List<String> constants = Arrays.stream(Guess.values()).map(Guess::id).toList();

        List<String> missing = ledger().lines().stream()
                .filter(FidelityLedger.Line::decidedInCode)
                .map(FidelityLedger.Line::id)
                .filter(id -> !constants.contains(id))
                .toList();
        assertThat(missing)
                .as("guesses of the ledger without a Guess constant: add one and mark the code that "
                        + "decides it with @Decides, or give the line documentationOnly with the reason")
                .isEmpty();
    }

    @Test
    void everyGuessIsDecidedSomewhereInTheMainCode() {
        Map<String, List<Path>> named = new TreeMap<>();
        forEachMainSource((file, text) -> {
            if (!file.endsWith(Path.of("fidelity", "Guess.java"))) {
                Matcher m = GUESS_REFERENCE.matcher(text);
                while (m.find()) {
                    named.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(file);
                }
            }
        });

        List<String> undecided = Arrays.stream(Guess.values())
                .filter(g -> !named.containsKey(g.name()))
                .map(g -> "Guess." + g.name() + " (" + g.id() + ")")
                .toList();
        assertThat(undecided)
                .as("guesses no main code names: mark the code that decides each with " + "@Decides(Guess.NAME)")
                .isEmpty();
    }

    @Test
    void theLedgerTheJarCarriesIsTheOneInDocs() throws IOException {
        byte[] packaged;
        try (java.io.InputStream in = FidelityLedger.class.getResourceAsStream(FidelityLedger.RESOURCE)) {
            assertThat(in)
                    .as("the build copies %s into the jar beside FidelityLedger (fake-core's pom)", LEDGER)
                    .isNotNull();
            packaged = in.readAllBytes();
        }

        assertThat(new String(packaged, java.nio.charset.StandardCharsets.UTF_8))
                .as("the ledger in the jar is %s as it is (rebuild: mvn -pl fake-core process-resources)", LEDGER)
                .isEqualTo(Files.readString(LEDGER));
        assertThat(FidelityLedger.packaged().byId().keySet())
                .containsExactlyElementsOf(ledger().byId().keySet());
    }

    /**
     * A guess a request can meet is recorded where it is decided ({@code Reliance.met(Guess.X)}, or a helper handed
     * the constant): the main code names it outside its {@code @Decides} marks. One that configuration or a test
     * control decides ({@code perRequest() == false}) is named by no run-time code, so no report says a test relied
     * on it.
     */
    @Test
    void everyGuessARequestCanMeetIsRecordedAtRunTime() {
        Map<String, List<Path>> recorded = new TreeMap<>();
        forEachMainSource((file, text) -> {
            if (!file.endsWith(Path.of("fidelity", "Guess.java"))) {
                Matcher m = GUESS_REFERENCE.matcher(DECIDES_MARK.matcher(text).replaceAll(""));
                while (m.find()) {
                    recorded.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(file);
                }
            }
        });

        assertThat(Arrays.stream(Guess.values())
                        .filter(Guess::perRequest)
                        .filter(g -> !recorded.containsKey(g.name()))
                        .map(g -> "Guess." + g.name() + " (" + g.id() + ")")
                        .toList())
                .as(
                        "guesses a request can meet that no run-time code records: call Reliance.met(Guess.NAME) where "
                                + "the guess shapes the answer, or make it Guess.NAME(id, false) saying why no request meets it")
                .isEmpty();
        assertThat(Arrays.stream(Guess.values())
                        .filter(g -> !g.perRequest())
                        .filter(g -> recorded.containsKey(g.name()))
                        .map(g -> "Guess." + g.name() + " in " + recorded.get(g.name()))
                        .toList())
                .as("guesses marked as met by no request, yet recorded at run time")
                .isEmpty();
    }

    @Test
    void everyLedgerIdWrittenInTheCodeOrTheReadmeExists() throws IOException {
        Map<String, FidelityLedger.Line> lines = ledger().byId();
        TreeSet<String> unknown = new TreeSet<>();
        forEachMainSource((file, text) -> collectUnknown(text, lines, file, unknown));
        collectUnknown(Files.readString(ROOT.resolve("README.md")), lines, ROOT.resolve("README.md"), unknown);

        assertThat(unknown).as("ledger ids that %s does not hold", LEDGER).isEmpty();
    }

    /**
     * The names of the notes this project was started from, which no clone holds (spelled in pieces, so that this
     * file does not cite them itself).
     */
    private static final String[] PRIVATE_SOURCES = {"reference " + "\u00a7", "WIRE" + ".md", "../" + "shared"};

    @Test
    void theLedgerCitesNoPrivateSource() throws IOException {
        assertThat(ledger().lines())
                .allSatisfy(l -> assertThat(l.text() + l.sources())
                        .as("%s cites what users cannot read", l.id())
                        .doesNotContain(PRIVATE_SOURCES));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[{\"id\":\"G-1\",\"section\":\"S\",\"provenance\":\"guess\",\"text\":\"t\"}] | G- and three digits",
                "[{\"id\":\"G-001\",\"section\":\"S\",\"provenance\":\"rumour\",\"text\":\"t\"}] | page, verified or guess",
                "[{\"id\":\"G-001\",\"section\":\"S\",\"provenance\":\"page\",\"text\":\"t\"}] | quotes its page",
                "[{\"id\":\"G-001\",\"section\":\"S\",\"provenance\":\"verified\",\"text\":\"t\"}] | its date as YYYY-MM-DD",
                "[{\"id\":\"G-001\",\"section\":\"S\",\"provenance\":\"page\",\"text\":\"t\",\"documentationOnly\":\"x\","
                        + "\"sources\":[{\"url\":\"u\",\"quote\":\"q\"}]}] | a guess's reason",
                "[{\"id\":\"G-001\",\"section\":\"S\",\"provenance\":\"guess\"}] | text must be a non-empty string"
            })
    void aMalformedLedgerLineIsRefusedSayingWhatIsWrong(String json, String expected) {
        Assertions.assertThatThrownBy(() -> FidelityLedger.parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected);
    }

    private static void collectUnknown(
            String text, Map<String, FidelityLedger.Line> lines, Path file, Set<String> unknown) {
        Matcher m = LEDGER_ID.matcher(text);
        while (m.find()) {
            if (!lines.containsKey(m.group())) {
                unknown.add(m.group() + " in " + file);
            }
        }
    }

    /** Every module's main Java sources, wherever the build was started from. */
    private static void forEachMainSource(BiConsumer<Path, String> action) {
        List<Path> roots;
        try (Stream<Path> modules = Files.list(ROOT)) {
            roots = modules.map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(roots)
                .as("module sources under %s", ROOT.toAbsolutePath())
                .anyMatch(r -> r.toString().contains("fake-core"))
                .anyMatch(r -> r.toString().contains("http-facade"));
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    action.accept(f, Files.readString(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
