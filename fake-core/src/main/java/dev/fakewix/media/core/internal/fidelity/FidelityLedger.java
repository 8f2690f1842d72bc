package dev.fakewix.media.core.internal.fidelity;

import dev.fakewix.media.core.internal.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The fidelity ledger ({@code docs/fidelity/ledger.json}): every behaviour line of {@code docs/fidelity.md} with its
 * stable id and provenance, read and checked here, and rendered as that page. The build packages the ledger file
 * itself into this jar ({@link #packaged()}), so that the faces can show a line's words next to what a request met
 * (the reliance report, the dashboard) from the one source the page is generated from.
 * <pre>{@code
 * FidelityLedger ledger = FidelityLedger.parse(Files.readString(Path.of("../docs/fidelity/ledger.json")));
 * String page = ledger.markdown();
 * String words = FidelityLedger.packaged().byId().get("G-059").text();
 * }</pre>
 * The ledger is a JSON array of lines in page order: {@code id} ({@code G-001}...), {@code section}, {@code provenance}
 * ({@code page}, {@code verified} or {@code guess}), {@code text} (Markdown), optional {@code sources} ({@code url},
 * {@code quote}: the page's words, or a guess's evidence), {@code verified} (the date a real-API run saw it) and
 * {@code documentationOnly} (why no code decides the guess).
 */
@API(status = API.Status.INTERNAL)
public final class FidelityLedger {
    /** Where the build puts the ledger file in the jar, beside this class. */
    static final String RESOURCE = "ledger.json";

    static final String COMMAND = "mvn -B -pl fake-core test -Dtest=FidelityLedgerTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dfidelity.write=true";
    private static final Pattern ID = Pattern.compile("G-[0-9]{3}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Where a line comes from. */
    public enum Provenance {
        PAGE("page", "quoted from a page Wix publishes"),
        VERIFIED("verified", "seen on the real API by a contract run"),
        GUESS("guess", "no published source decides it");

        private final String key;
        private final String meaning;

        Provenance(String key, String meaning) {
            this.key = key;
            this.meaning = meaning;
        }

        /** How the ledger writes it: {@code page}, {@code verified}, {@code guess}. */
        public String key() {
            return key;
        }

        /** What it means, in a few words. */
        public String meaning() {
            return meaning;
        }

        static Provenance of(String key, String id) {
            for (Provenance p : values()) {
                if (p.key.equals(key)) {
                    return p;
                }
            }
            throw new IllegalArgumentException(id + ": provenance must be page, verified or guess, was " + key);
        }
    }

    /** A page's address and its words (or, for a guess, the evidence that informed it). */
    public record Source(String url, String quote) {}

    /** One behaviour line. */
    public record Line(
            String id,
            String section,
            Provenance provenance,
            String text,
            List<Source> sources,
            String verified,
            String documentationOnly) {
        /** Whether code decides it (a guess that is not documentation only), and names it with {@link Decides}. */
        public boolean decidedInCode() {
            return provenance == Provenance.GUESS && documentationOnly == null;
        }
    }

    private final List<Line> lines;

    private FidelityLedger(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The ledger packaged in this jar (read once, on first use). */
    public static FidelityLedger packaged() {
        return Packaged.LEDGER;
    }

    /** The lines in ledger (page) order. */
    public List<Line> lines() {
        return lines;
    }

    /** The lines by id, in ledger order. */
    public Map<String, Line> byId() {
        Map<String, Line> map = new LinkedHashMap<>();
        lines.forEach(l -> map.put(l.id(), l));
        return map;
    }

    /** Parses and checks the ledger; a malformed line fails with its id and what is wrong with it. */
    @SuppressWarnings("unchecked")
    public static FidelityLedger parse(String json) {
        List<Line> lines = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object item : (List<Object>) Json.parse(json)) {
            Map<String, Object> m = (Map<String, Object>) item;
            String id = string(m, "id", "?");
            if (!ID.matcher(id).matches() || !ids.add(id)) {
                throw new IllegalArgumentException("ledger id must be G- and three digits, once each: " + id);
            }
            Provenance provenance = Provenance.of(string(m, "provenance", id), id);
            List<Source> sources = new ArrayList<>();
            for (Object s : (List<Object>) m.getOrDefault("sources", List.of())) {
                Map<String, Object> source = (Map<String, Object>) s;
                sources.add(new Source(string(source, "url", id), string(source, "quote", id)));
            }
            String verified = (String) m.get("verified");
            String documentationOnly = (String) m.get("documentationOnly");
            if (provenance == Provenance.PAGE && sources.isEmpty()) {
                throw new IllegalArgumentException(id + ": a page line quotes its page (sources: url, quote)");
            }
            if ((provenance == Provenance.VERIFIED) != (verified != null)
                    || (verified != null && !DATE.matcher(verified).matches())) {
                throw new IllegalArgumentException(id + ": a verified line, and only one, has its date as YYYY-MM-DD");
            }
            if (documentationOnly != null && (provenance != Provenance.GUESS || documentationOnly.isBlank())) {
                throw new IllegalArgumentException(id + ": documentationOnly is a guess's reason for having no code");
            }
            lines.add(new Line(
                    id,
                    string(m, "section", id),
                    provenance,
                    string(m, "text", id),
                    List.copyOf(sources),
                    verified,
                    documentationOnly));
        }
        return new FidelityLedger(lines);
    }

    private static String string(Map<String, Object> m, String key, String id) {
        if (!(m.get(key) instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(id + ": " + key + " must be a non-empty string");
        }
        return s;
    }

    Map<Provenance, Integer> counts() {
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        for (Provenance p : Provenance.values()) {
            counts.put(p, 0);
        }
        lines.forEach(l -> counts.merge(l.provenance(), 1, Integer::sum));
        return counts;
    }

    long documentationOnly() {
        return lines.stream().filter(l -> l.documentationOnly() != null).count();
    }

    /** The packaged ledger, parsed when first asked for (a test run that never asks reads nothing). */
    private static final class Packaged {
        static final FidelityLedger LEDGER = read();

        private static FidelityLedger read() {
            try (InputStream in = FidelityLedger.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "the fidelity ledger " + RESOURCE + " is missing beside " + FidelityLedger.class.getName()
                                    + " in the jar (the build copies docs/fidelity/ledger.json)");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code docs/fidelity.md}: the summary, then every line under its section, in ledger order. */
    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Fidelity: what is modelled, what is guessed\n\n");
        md.append("Generated from `docs/fidelity/ledger.json` by `")
                .append(COMMAND)
                .append("`; `FidelityLedgerTest` ")
                .append("fails the build when this page, the ledger and the code disagree.\n\n");
        md.append("Each line is one behaviour of the fake, with an id that never changes and where it comes from:\n\n");
        md.append("- **page**: a page Wix publishes says or shows it (the developer documentation, or the typings Wix ")
                .append("publishes with its SDK on npm); the quote and its address follow the line;\n");
        md.append("- **verified**: a run of the contract suite against the real API saw it, on the date given;\n");
        md.append("- **guess**: no published source decides it, so the fake does what Wix most plausibly does; the ")
                .append("evidence that informed the guess, if any, follows the line. The code that decides a guess ")
                .append("names it (`@Decides(Guess.…)`, see `dev.fakewix.media.core.internal.fidelity.Guess`), except ")
                .append("for the few lines marked documentation only.\n\n");
        md.append(
                        "If you see the real API behave otherwise, please open an issue naming the line's id: fixing a guess ")
                .append("is a small change.\n\n");
        Map<Provenance, Integer> counts = counts();
        md.append("| provenance | lines |\n|---|---:|\n");
        for (Provenance p : Provenance.values()) {
            md.append("| ")
                    .append(p.key)
                    .append(" (")
                    .append(p.meaning)
                    .append(") | ")
                    .append(counts.get(p));
            if (p == Provenance.GUESS) {
                md.append(", ").append(documentationOnly()).append(" of them documentation only");
            }
            md.append(" |\n");
        }
        md.append("| **total** | **").append(lines.size()).append("** |\n");
        String section = null;
        for (Line l : lines) {
            if (!l.section().equals(section)) {
                section = l.section();
                md.append("\n## ").append(section).append("\n\n");
            }
            md.append("- **")
                    .append(l.id())
                    .append("** ")
                    .append(label(l))
                    .append(": ")
                    .append(l.text())
                    .append('\n');
            for (Source s : l.sources()) {
                md.append("  - <")
                        .append(s.url())
                        .append(">: “")
                        .append(s.quote())
                        .append("”\n");
            }
        }
        return md.toString();
    }

    private static String label(Line l) {
        return switch (l.provenance()) {
            case PAGE -> "page";
            case VERIFIED -> "verified " + l.verified();
            case GUESS ->
                l.documentationOnly() == null ? "guess" : "guess, documentation only (" + l.documentationOnly() + ")";
        };
    }
}
