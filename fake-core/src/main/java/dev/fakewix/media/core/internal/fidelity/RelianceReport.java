package dev.fakewix.media.core.internal.fidelity;

import dev.fakewix.media.core.internal.util.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * "What your tests relied on", written out: the guesses of the fidelity ledger that requests met, with each line's
 * words, in Markdown (for people) and JSON (for tools). One writer for every face: the standalone server's report of a
 * site ({@code GET /_fake/sites/{siteId}/reliance}) and the JUnit extension's report of a run, one subject per test.
 *
 * <pre>{@code
 * RelianceReport report = RelianceReport.of(List.of(new RelianceReport.Subject(id, "ImportTest > importsACat()", met)));
 * Files.writeString(dir.resolve("reliance.md"), report.markdown());
 * System.out.println(report.summary() + "; see " + dir.resolve("reliance.md"));
 * }</pre>
 *
 * <p>Deterministic: the same subjects give the same bytes (guesses most relied on first, ties by id; subjects in the
 * order given). Immutable.
 */
@API(status = API.Status.INTERNAL)
public final class RelianceReport {
    /**
     * What one subject (a test, a site) relied on.
     *
     * @param id   what identifies it for tools (a test's unique id, a site id)
     * @param name how people read it ({@code ImportTest > importsACat()})
     * @param met  the guesses its requests met, in ledger order
     */
    public record Subject(String id, String name, List<GuessMet> met) {
        public Subject {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            met = List.copyOf(met);
        }
    }

    /** One guess over every subject: how many subjects and requests met it. */
    private record Total(Guess guess, int subjects, int requests) {}

    private static final String ABOUT = "A guessed behaviour is what the fake does where Wix's published pages say "
            + "nothing; each has a line in the fake's fidelity ledger (`docs/fidelity.md`), named by its id. If Wix "
            + "behaves otherwise, a test that relies on the guess can pass against the fake and fail against Wix: "
            + "a run of the fake's contract suite against your own site turns guesses into verified lines.";

    private final List<Subject> subjects;
    private final List<Total> totals;
    private final Map<String, FidelityLedger.Line> ledger;

    private RelianceReport(List<Subject> subjects, Map<String, FidelityLedger.Line> ledger) {
        this.subjects = List.copyOf(subjects);
        this.ledger = ledger;
        Map<Guess, int[]> counts = new LinkedHashMap<>();
        for (Subject s : this.subjects) {
            for (GuessMet m : s.met()) {
                int[] c = counts.computeIfAbsent(m.guess(), g -> new int[2]);
                c[0]++;
                c[1] += m.requests();
            }
        }
        List<Total> all = new ArrayList<>();
        counts.forEach((g, c) -> all.add(new Total(g, c[0], c[1])));
        all.sort(Comparator.comparingInt(Total::subjects)
                .reversed()
                .thenComparing(Comparator.comparingInt(Total::requests).reversed())
                .thenComparing(t -> t.guess().id()));
        this.totals = List.copyOf(all);
    }

    /** The report of {@code subjects}, with the words of the ledger packaged in the jar. */
    public static RelianceReport of(List<Subject> subjects) {
        return new RelianceReport(subjects, FidelityLedger.packaged().byId());
    }

    /** How many subjects met at least one guess. */
    public int relyingSubjects() {
        return (int) subjects.stream().filter(s -> !s.met().isEmpty()).count();
    }

    /** How many distinct guesses were met. */
    public int guesses() {
        return totals.size();
    }

    /** The guess ids most relied on first, with how many subjects and requests met each ({@code G-059 3 7}). */
    public List<String> ranking() {
        return totals.stream()
                .map(t -> t.guess().id() + " " + t.subjects() + " " + t.requests())
                .toList();
    }

    /** {@code 3 tests relied on 5 guessed behaviours} (the console's line, before where the report is). */
    public String summary() {
        int relying = relyingSubjects();
        return relying
                + (relying == 1 ? " test relied on " : " tests relied on ")
                + totals.size()
                + (totals.size() == 1 ? " guessed behaviour" : " guessed behaviours");
    }

    /** The run's report in Markdown: the guesses most relied on, then each test's. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# What the tests relied on\n\n");
        md.append(summary()).append(" of the fake Wix Media Manager");
        int none = subjects.size() - relyingSubjects();
        md.append(none == 0 ? "." : "; " + none + (none == 1 ? " test relied on none." : " tests relied on none."));
        md.append("\n\n").append(ABOUT).append("\n");
        if (totals.isEmpty()) {
            return md.toString();
        }
        md.append("\n## Guessed behaviours, most relied on first\n\n");
        md.append("| guess | tests | requests | what the fake does |\n|---|---:|---:|---|\n");
        for (Total t : totals) {
            md.append("| ")
                    .append(t.guess().id())
                    .append(" | ")
                    .append(t.subjects())
                    .append(" | ")
                    .append(t.requests())
                    .append(" | ")
                    .append(cell(text(t.guess())))
                    .append(" |\n");
        }
        md.append("\n## By test\n");
        for (Subject s : subjects) {
            if (s.met().isEmpty()) {
                continue;
            }
            md.append("\n### ").append(s.name()).append("\n\n");
            for (GuessMet m : s.met()) {
                md.append("- ")
                        .append(m.id())
                        .append(" (")
                        .append(operations(m))
                        .append("): ")
                        .append(oneLine(text(m.guess())))
                        .append('\n');
            }
        }
        return md.toString();
    }

    /** The run's report as JSON: the totals, then each test (every test run, those that met nothing too). */
    public String json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("summary", summary());
        out.put("testsRun", subjects.size());
        out.put("testsRelying", relyingSubjects());
        List<Object> guesses = new ArrayList<>();
        for (Total t : totals) {
            Map<String, Object> g = line(t.guess());
            g.put("tests", t.subjects());
            g.put("requests", t.requests());
            guesses.add(g);
        }
        out.put("guesses", guesses);
        List<Object> tests = new ArrayList<>();
        for (Subject s : subjects) {
            Map<String, Object> test = new LinkedHashMap<>();
            test.put("id", s.id());
            test.put("name", s.name());
            test.put("guesses", metList(s.met(), false));
            tests.add(test);
        }
        out.put("tests", tests);
        return Json.writeIndented(out);
    }

    /** One site's report in Markdown ({@code GET /_fake/sites/{siteId}/reliance?format=markdown}). */
    public static String siteMarkdown(String siteId, List<GuessMet> met) {
        Map<String, FidelityLedger.Line> lines = FidelityLedger.packaged().byId();
        StringBuilder md = new StringBuilder("# What site ").append(siteId).append(" relied on\n\n");
        md.append("Requests to this site met ")
                .append(met.size())
                .append(met.size() == 1 ? " guessed behaviour" : " guessed behaviours")
                .append(" of the fake.\n\n");
        md.append(ABOUT).append('\n');
        if (!met.isEmpty()) {
            md.append("\n| guess | requests | operations | what the fake does |\n|---|---:|---|---|\n");
            for (GuessMet m : met) {
                md.append("| ")
                        .append(m.id())
                        .append(" | ")
                        .append(m.requests())
                        .append(" | ")
                        .append(cell(operations(m)))
                        .append(" | ")
                        .append(cell(wordsOf(m.guess(), lines)))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    /** One site's report as JSON ({@code GET /_fake/sites/{siteId}/reliance}). */
    public static String siteJson(String siteId, List<GuessMet> met) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("siteId", siteId);
        out.put("guesses", metList(met, true));
        return Json.write(out);
    }

    private static List<Object> metList(List<GuessMet> met, boolean withLine) {
        Map<String, FidelityLedger.Line> lines = FidelityLedger.packaged().byId();
        List<Object> out = new ArrayList<>();
        for (GuessMet m : met) {
            Map<String, Object> g = withLine ? line(m.guess(), lines) : new LinkedHashMap<>(Map.of("id", m.id()));
            g.put("requests", m.requests());
            g.put("operations", new LinkedHashMap<>(m.operations()));
            out.add(g);
        }
        return out;
    }

    private Map<String, Object> line(Guess guess) {
        return line(guess, ledger);
    }

    private static Map<String, Object> line(Guess guess, Map<String, FidelityLedger.Line> lines) {
        Map<String, Object> g = new LinkedHashMap<>();
        FidelityLedger.Line line = lines.get(guess.id());
        g.put("id", guess.id());
        g.put("section", line == null ? "" : line.section());
        g.put("text", line == null ? "" : line.text());
        return g;
    }

    private String text(Guess guess) {
        return wordsOf(guess, ledger);
    }

    /** The ledger line's words (the constant's name, should a jar ever lack the line). */
    private static String wordsOf(Guess guess, Map<String, FidelityLedger.Line> lines) {
        FidelityLedger.Line line = lines.get(guess.id());
        return line == null ? guess.name() : line.text();
    }

    /** {@code listFiles 2, searchFiles 1}: the requests that met a guess, by operation. */
    private static String operations(GuessMet m) {
        StringBuilder out = new StringBuilder();
        m.operations()
                .forEach((op, n) -> out.append(out.length() == 0 ? "" : ", ")
                        .append(op)
                        .append(' ')
                        .append(n));
        return out.toString();
    }

    /** A ledger line in a table cell: on one line, its pipes escaped. */
    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
