package dev.fakewix.media.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Snapshot parity: an answer, normalised, against a snapshot kept in {@code src/test/resources/contract/snapshots}.
 *
 * <p>Normalising keeps what the contract is about (field names, nesting, enum values, root folder ids, empty strings,
 * whether a size is a decimal string) and turns what differs between runs into a class token: ids ({@code <file-id>},
 * {@code <id32>}, {@code <guid>}), timestamps ({@code <timestamp>}), URLs ({@code <url>}, {@code <wix-media-url>}),
 * tokens ({@code <jwt>}), other text ({@code <string>}), numbers ({@code <number>}), booleans ({@code <boolean>}).
 * Normalising a normalised answer changes nothing.
 *
 * <p>A snapshot file is {@code {"provenance": {...}, "ignore": [paths], "response": {...}}}. Provenance {@code "docs"}:
 * the response is a sample answer of Wix's documentation (REST names), compared loosely: every field of the sample
 * must be in the answer with the same normalised value, every element of an answer's array must match one of the
 * sample's elements (a sample may show more kinds of items than a test makes), an array the sample fills must not be
 * empty; extra fields in the answer are allowed. Provenance {@code "recorded"}: written by a real-API run with
 * {@code -Dcontract.record=true}, compared strictly (no extra and no missing fields). {@code ignore} lists paths like
 * {@code files[].media.image.faces} that the comparison skips, each for a reason given in the file's {@code notes};
 * {@code knownDifferences} lists paths where the fake is known to differ from the snapshot (each with its note): the
 * fake targets skip them, the real-API target does not, and the contract report lists them.
 */
final class SnapshotParity {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Fields whose values are the contract itself (enums, codes), kept as they are. */
    private static final Set<String> LITERAL_FIELDS = Set.of(
            "mediaType",
            "operationStatus",
            "state",
            "uploadProtocol",
            "assetKey",
            "contentDisposition",
            "rootFolder",
            "order",
            "fieldName",
            "violatedRule",
            "ruleName",
            "code");

    private static final Set<String> ROOT_FOLDERS = Set.of("media-root", "trash-root", "visitor-uploads");
    private static final Pattern TIMESTAMP =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+");
    private static final Pattern ID32 = Pattern.compile("[a-z0-9]{32}");
    private static final Pattern GUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern FILE_ID =
            Pattern.compile("[a-z0-9]{6}_[A-Za-z0-9]{32}(~mv2)?(-tmp)?(\\.[A-Za-z0-9]+)*");
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern TOKEN = Pattern.compile("<[a-z0-9-]+>");

    /** A loaded snapshot. */
    record Snapshot(
            String name,
            String provenance,
            String source,
            Set<String> ignore,
            Set<String> knownDifferences,
            JsonNode response) {
        boolean recorded() {
            return provenance.equals("recorded");
        }
    }

    private SnapshotParity() {}

    static JsonNode normalise(JsonNode node) {
        return normalise(null, node);
    }

    private static JsonNode normalise(String field, JsonNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node.isObject()) {
            ObjectNode out = f.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.set(e.getKey(), normalise(e.getKey(), e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = f.arrayNode();
            node.forEach(element -> out.add(normalise(field, element)));
            return out;
        }
        if (node.isNull()) {
            return node;
        }
        if (node.isBoolean()) {
            return f.stringNode("<boolean>");
        }
        if (node.isNumber()) {
            return f.stringNode("<number>");
        }
        String text = node.asString();
        if ((field != null && LITERAL_FIELDS.contains(field))
                || text.isEmpty()
                || ROOT_FOLDERS.contains(text)
                || TOKEN.matcher(text).matches()) {
            return f.stringNode(text);
        }
        return f.stringNode(classify(text));
    }

    private static String classify(String text) {
        if (TIMESTAMP.matcher(text).matches()) {
            return "<timestamp>";
        }
        if (DECIMAL.matcher(text).matches()) {
            return "<decimal-string>";
        }
        if (text.startsWith("wix:")) {
            return "<wix-media-url>";
        }
        if (text.startsWith("http://") || text.startsWith("https://")) {
            return "<url>";
        }
        if (ID32.matcher(text).matches()) {
            return "<id32>";
        }
        if (GUID.matcher(text).matches()) {
            return "<guid>";
        }
        if (FILE_ID.matcher(text).matches()) {
            return "<file-id>";
        }
        if (text.startsWith("ey") && JWT.matcher(text).matches()) {
            return "<jwt>";
        }
        return "<string>";
    }

    /**
     * The differences between {@code snapshot} and {@code actual} (normalised here); empty when they agree. The
     * snapshot's known differences of the fake (its {@code knownDifferences} paths) are skipped unless
     * {@code realApi} (a real run still checks them); on the fake they must still differ, or the entry is stale and
     * that is reported as a difference.
     */
    static List<String> differences(Snapshot snapshot, JsonNode actual, boolean realApi) {
        JsonNode expected = normalise(snapshot.response());
        JsonNode answer = normalise(actual);
        List<String> strictDiff = new ArrayList<>();
        compare("", expected, answer, snapshot.recorded(), snapshot.ignore(), strictDiff);
        if (realApi || snapshot.knownDifferences().isEmpty()) {
            return strictDiff;
        }
        Set<String> skipped = new HashSet<>(snapshot.ignore());
        skipped.addAll(snapshot.knownDifferences());
        List<String> out = new ArrayList<>();
        compare("", expected, answer, snapshot.recorded(), skipped, out);
        if (out.isEmpty() && strictDiff.isEmpty()) {
            // The fake matches the docs now: the known difference is gone, and so must its entry be.
            out.add("knownDifferences "
                    + snapshot.knownDifferences().stream().sorted().toList() + " of snapshot " + snapshot.name()
                    + " no longer differ on the fake: remove them from the snapshot file");
        }
        return out;
    }

    private static void compare(
            String path, JsonNode expected, JsonNode actual, boolean strict, Set<String> ignore, List<String> out) {
        if (ignore.contains(path)) {
            return;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                out.add(at(path) + ": expected an object, was " + actual);
                return;
            }
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                String child = join(path, e.getKey());
                if (ignore.contains(child)) {
                    continue;
                }
                if (!actual.has(e.getKey())) {
                    out.add(child + ": missing (expected " + e.getValue() + ")");
                } else {
                    compare(child, e.getValue(), actual.get(e.getKey()), strict, ignore, out);
                }
            }
            if (strict) {
                for (String name : actual.propertyNames()) {
                    if (!expected.has(name) && !ignore.contains(join(path, name))) {
                        out.add(join(path, name) + ": not in the snapshot (was " + actual.get(name) + ")");
                    }
                }
            }
            return;
        }
        if (expected.isArray()) {
            if (!actual.isArray()) {
                out.add(at(path) + ": expected an array, was " + actual);
                return;
            }
            String elements = path + "[]";
            if (expected.isEmpty() != actual.isEmpty() && (strict || !expected.isEmpty())) {
                out.add(at(path) + ": expected " + (expected.isEmpty() ? "no elements" : "elements") + ", was "
                        + actual);
                return;
            }
            if (expected.isEmpty()) {
                return;
            }
            // Every element of the answer must look like one of the snapshot's (a docs sample may show more kinds of
            // items than a test makes); a recorded snapshot must also have each of its kinds in the answer.
            for (JsonNode a : distinct(actual)) {
                if (!anyMatches(elements, expected, a, strict, ignore)) {
                    out.add(elements + ": element " + a + " is like none in the snapshot; closest: "
                            + closest(elements, expected, a, strict, ignore));
                }
            }
            if (strict) {
                for (JsonNode e : distinct(expected)) {
                    // the roles swapped on purpose: each of the snapshot's elements must have one like it in the answer
                    if (!anyMatches(elements, /* expectedElements= */ actual, /* actual= */ e, strict, ignore)) {
                        out.add(elements + ": no element like " + e + " in the answer");
                    }
                }
            }
            return;
        }
        if (!expected.equals(actual)) {
            out.add(at(path) + ": expected " + expected + ", was " + actual);
        }
    }

    /** Whether {@code actual} matches one of the {@code expected} elements. */
    private static boolean anyMatches(
            String path, JsonNode expectedElements, JsonNode actual, boolean strict, Set<String> ignore) {
        for (JsonNode e : expectedElements) {
            List<String> diff = new ArrayList<>();
            compare(path, e, actual, strict, ignore, diff);
            if (diff.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The differences from the expected element that differs least. */
    private static String closest(
            String path, JsonNode expectedElements, JsonNode actual, boolean strict, Set<String> ignore) {
        List<String> best = null;
        for (JsonNode e : expectedElements) {
            List<String> diff = new ArrayList<>();
            compare(path, e, actual, strict, ignore, diff);
            if (best == null || diff.size() < best.size()) {
                best = diff;
            }
        }
        return best == null ? "none" : String.join("; ", best);
    }

    private static List<JsonNode> distinct(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        Set<JsonNode> seen = new HashSet<>();
        array.forEach(e -> {
            if (seen.add(e)) {
                out.add(e);
            }
        });
        return out;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String at(String path) {
        return path.isEmpty() ? "(the answer)" : path;
    }

    // ---- Files -------------------------------------------------------------------------------------------------

    /** Loads {@code <name>.json} from the snapshot directory (the source tree) or, without one, the class path. */
    static Snapshot load(Path dir, String name) {
        JsonNode doc;
        try {
            if (dir != null && Files.isRegularFile(dir.resolve(name + ".json"))) {
                doc = JSON.readTree(Files.readAllBytes(dir.resolve(name + ".json")));
            } else {
                try (InputStream in =
                        SnapshotParity.class.getResourceAsStream("/contract/snapshots/" + name + ".json")) {
                    if (in == null) {
                        throw new IllegalStateException(
                                "no snapshot '" + name + "' in " + dir + " nor on the class path;"
                                        + " write one derived from the docs, or record it from the real API (-Dcontract.record=true)");
                    }
                    doc = JSON.readTree(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read snapshot " + name, e);
        }
        return parse(name, doc);
    }

    static Snapshot parse(String name, JsonNode doc) {
        String provenance = doc.path("provenance").path("kind").asString("");
        if (!provenance.equals("docs") && !provenance.equals("recorded")) {
            throw new IllegalStateException("snapshot " + name
                    + ": provenance.kind must be \"docs\" or \"recorded\", was '" + provenance + "'");
        }
        String source = provenance.equals("docs")
                ? doc.path("provenance").path("page").asString("")
                : doc.path("provenance").path("date").asString("");
        if (source.isEmpty()) {
            throw new IllegalStateException("snapshot " + name + ": a docs snapshot names its page (provenance.page),"
                    + " a recorded one its date (provenance.date)");
        }
        Set<String> ignore = new HashSet<>();
        doc.path("ignore").forEach(p -> ignore.add(p.asString()));
        Set<String> known = new HashSet<>();
        doc.path("knownDifferences").forEach(k -> known.add(k.path("path").asString()));
        if (!doc.has("response")) {
            throw new IllegalStateException("snapshot " + name + " has no \"response\"");
        }
        return new Snapshot(name, provenance, source, Set.copyOf(ignore), Set.copyOf(known), doc.get("response"));
    }

    /** Writes the normalised {@code actual} as a recorded snapshot, replacing a docs-derived one. */
    static void record(Path dir, String name, JsonNode actual) {
        if (dir == null) {
            throw new IllegalStateException("contract.record=true needs contract.snapshotDir (the build sets it)");
        }
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        ObjectNode provenance = doc.putObject("provenance");
        provenance.put("kind", "recorded");
        provenance.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        doc.putArray("ignore");
        doc.set("response", normalise(actual));
        try {
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve(name + ".json"),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record snapshot " + name, e);
        }
    }

    /** The names of every snapshot on the class path directory {@code dir}. */
    static List<String> names(Path dir) {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
