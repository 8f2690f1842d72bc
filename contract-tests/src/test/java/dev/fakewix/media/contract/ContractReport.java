package dev.fakewix.media.contract;

import dev.fakewix.media.client.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes {@code docs/contract-report.md} from the contract tests' markers and the snapshots: every behaviour with its
 * provenance, the counts and shares by provenance, endpoint and error-code coverage, the snapshots and the fake's
 * known differences. {@code ContractReportTest} fails when the file in the tree is not what this writes.
 */
final class ContractReport {
    static final String COMMAND = "mvn -B -pl contract-tests -am test -Dtest=ContractReportTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dcontract.report.write=true";

    private ContractReport() {}

    static String generate(List<ContractCatalogue.Entry> entries, Path snapshotDir) {
        StringBuilder md = new StringBuilder();
        md.append("# Contract report: what is proven, what is assumed\n\n");
        md.append("Generated from the contract tests' provenance markers and the snapshots by `")
                .append(COMMAND)
                .append("`; `ContractReportTest` fails the build when this page is out of date. The suite is in ")
                .append("`contract-tests/` (see the README, \"Contract tests\").\n\n");
        md.append(
                        "Every contract test runs against the fake twice on every build (in-process and as the standalone jar) ")
                .append(
                        "and, when `WIX_API_KEY` and `WIX_SITE_ID` are set, against the real Wix API. Its marker says where ")
                .append("the behaviour it checks comes from:\n\n");
        md.append("- **verified against the real API**: the test passed against Wix on the date given;\n");
        md.append(
                        "- **derived from the docs**: it checks what a page of Wix's documentation says or shows (its sample ")
                .append("answers become the snapshots below), not yet observed on the real API;\n");
        md.append("- **fake-only**: a behaviour of the fake that neither source shows (a guess of `docs/fidelity.md`, ")
                .append("or a scripted scenario).\n\n");

        Map<Provenance.Kind, Integer> counts = new EnumMap<>(Provenance.Kind.class);
        for (Provenance.Kind k : Provenance.Kind.values()) {
            counts.put(k, 0);
        }
        entries.forEach(e -> counts.merge(e.provenance().kind(), 1, Integer::sum));
        md.append("## Summary\n\n| provenance | tests | share |\n|---|---:|---:|\n");
        for (Provenance.Kind k : Provenance.Kind.values()) {
            md.append("| ")
                    .append(k.label)
                    .append(" | ")
                    .append(counts.get(k))
                    .append(" | ")
                    .append(percent(counts.get(k), entries.size()))
                    .append(" |\n");
        }
        md.append("| **total** | **").append(entries.size()).append("** | 100% |\n\n");

        Map<Endpoint, List<String>> byEndpoint = new EnumMap<>(Endpoint.class);
        for (ContractCatalogue.Entry e : entries) {
            for (Endpoint ep : e.exercises()) {
                byEndpoint.computeIfAbsent(ep, k -> new ArrayList<>()).add(e.id());
            }
        }
        List<ContractCatalogue.DocumentedCode> covered = ContractCatalogue.DOCUMENTED_CODES.stream()
                .filter(c -> entries.stream().anyMatch(e -> e.errors().contains(c)))
                .toList();
        md.append("Endpoints whose success path is covered: **")
                .append(byEndpoint.size())
                .append("/")
                .append(Endpoint.values().length)
                .append("**. Documented error codes covered (method and code, ")
                .append("[errors per method](api-reference.md#errors-per-method)): **")
                .append(covered.size())
                .append("/")
                .append(ContractCatalogue.DOCUMENTED_CODES.size())
                .append("**.\n\n");

        md.append("## Endpoints\n\n| endpoint | HTTP | success path covered by |\n|---|---|---|\n");
        for (Endpoint ep : Endpoint.values()) {
            md.append("| `")
                    .append(ep.sdkName())
                    .append("` | ")
                    .append(ep.httpMethod())
                    .append(' ')
                    .append(ep.pathTemplate())
                    .append(" | ")
                    .append(String.join(", ", byEndpoint.getOrDefault(ep, List.of("**not covered**"))))
                    .append(" |\n");
        }

        md.append("\n## Documented error codes\n\n| method | code | covered by | provenance |\n|---|---|---|---|\n");
        for (ContractCatalogue.DocumentedCode c : ContractCatalogue.DOCUMENTED_CODES) {
            List<ContractCatalogue.Entry> tests =
                    entries.stream().filter(e -> e.errors().contains(c)).toList();
            md.append("| `")
                    .append(c.endpoint().sdkName())
                    .append("` | `")
                    .append(c.code())
                    .append("` | ")
                    .append(
                            tests.isEmpty()
                                    ? "**not covered**"
                                    : String.join(
                                            ", ",
                                            tests.stream()
                                                    .map(ContractCatalogue.Entry::id)
                                                    .toList()))
                    .append(" | ")
                    .append(String.join(
                            ", ",
                            tests.stream()
                                    .map(e -> e.provenance().kind().label)
                                    .distinct()
                                    .toList()))
                    .append(" |\n");
        }

        md.append("\n## Behaviours\n\n| behaviour | test | provenance | source |\n|---|---|---|---|\n");
        for (ContractCatalogue.Entry e : entries) {
            md.append("| ")
                    .append(e.behaviour())
                    .append(" | ")
                    .append(e.id())
                    .append(" | ")
                    .append(e.provenance().kind().label)
                    .append(" | ")
                    .append(source(e.provenance()))
                    .append(" |\n");
        }

        md.append(
                        "\n## Snapshots\n\nAnswers are normalised (ids, dates, hashes, URLs, tokens become class tokens) and ")
                .append(
                        "compared with these files in `contract-tests/src/test/resources/contract/snapshots/`. A real-API ")
                .append(
                        "run with `-Dcontract.record=true` records them from Wix (provenance `recorded`); until then they ")
                .append(
                        "are derived from the documentation's sample answers.\n\n| snapshot | provenance | source | fields not compared |\n|---|---|---|---|\n");
        List<String> known = new ArrayList<>();
        for (String name : SnapshotParity.names(snapshotDir)) {
            SnapshotParity.Snapshot s = SnapshotParity.load(snapshotDir, name);
            md.append("| ")
                    .append(name)
                    .append(" | ")
                    .append(s.recorded() ? "recorded from the real API" : "derived from the docs")
                    .append(" | ")
                    .append(s.recorded() ? s.source() : "`" + s.source() + "`")
                    .append(" | ")
                    .append(
                            s.ignore().isEmpty()
                                    ? ""
                                    : String.join(
                                            ", ",
                                            s.ignore().stream()
                                                    .sorted()
                                                    .map(p -> "`" + p + "`")
                                                    .toList()))
                    .append(" |\n");
            JsonNode doc = read(snapshotDir.resolve(name + ".json"));
            Map<String, List<String>> pathsByNote = new LinkedHashMap<>();
            doc.path("knownDifferences")
                    .forEach(k -> pathsByNote
                            .computeIfAbsent(k.path("note").asString(), n -> new ArrayList<>())
                            .add("`" + k.path("path").asString() + "`"));
            pathsByNote.forEach(
                    (note, paths) -> known.add("- snapshot " + name + ", " + String.join(", ", paths) + ": " + note));
        }
        for (ContractCatalogue.Entry e : entries) {
            if (e.knownDifference() != null) {
                known.add("- " + e.id() + ": " + e.knownDifference()
                        + " (the check fails on the fake, as it should until the fake is fixed)");
            }
        }
        md.append("\n## Known differences of the fake\n\n");
        md.append(known.isEmpty() ? "None.\n" : String.join("\n", known) + "\n");
        md.append(
                        "\nOn the fake targets these snapshot paths are skipped and these checks must fail; the real-API target ")
                .append("expects Wix's documented behaviour in both.\n");
        return md.toString();
    }

    private static String source(Provenance p) {
        return switch (p.kind()) {
            case VERIFIED -> "passed against Wix on " + p.detail();
            case DOCS -> "`" + p.detail() + "`";
            case FAKE_ONLY -> p.detail();
        };
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static JsonNode read(Path file) {
        try {
            return SnapshotParity.JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
