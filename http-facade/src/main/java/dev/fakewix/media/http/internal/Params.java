package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request's parameters as one JSON tree, whether they came as a JSON body or as a GET query string, read with
 * precise type errors. Query strings are turned into the same tree the body would give: dotted keys nest
 * ({@code paging.limit=2} is {@code {"paging":{"limit":"2"}}}) and repeated keys make arrays; numbers and booleans
 * are then read from their text.
 *
 * <p>Every accessor returns {@code null} for an absent (or JSON {@code null}) value. A value of the wrong type is
 * recorded as a field violation (rule {@code FORMAT}, {@code INVALID_ENUM_VALUE}) and read as absent (a list with a
 * wrong item is unusable as a whole, so that no other item is reported at a shifted index). An API handler passes
 * what it read to the core, whose check of the request throws the type violations ({@link #typeViolations()}) at
 * once with its own constraint violations of the rest, as one 400 {@code INVALID_ARGUMENT}; other routes throw them
 * with {@link #check()}:
 * <pre>{@code
 * List<FileDescriptor> files = site.files().getFileDescriptors(p.strings("fileIds"));
 * }</pre>
 * Unknown fields are ignored. Not thread-safe: one instance per request.
 */
@API(status = API.Status.INTERNAL)
public final class Params {
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");
    private static final Map<String, Boolean> JSON_BOOLEANS = Map.of("true", true, "false", false);
    /** What Go's strconv.ParseBool takes (grpc-gateway); Google's transcoders take these and more. */
    private static final Map<String, Boolean> QUERY_BOOLEANS = Map.ofEntries(
            Map.entry("true", true),
            Map.entry("True", true),
            Map.entry("TRUE", true),
            Map.entry("t", true),
            Map.entry("T", true),
            Map.entry("1", true),
            Map.entry("false", false),
            Map.entry("False", false),
            Map.entry("FALSE", false),
            Map.entry("f", false),
            Map.entry("F", false),
            Map.entry("0", false));

    private final JsonNode node;
    private final String path;
    private final boolean fromQuery;
    private final List<FieldViolation> violations;

    private Params(JsonNode node, String path, boolean fromQuery, List<FieldViolation> violations) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = path;
        this.fromQuery = fromQuery;
        this.violations = violations;
    }

    /** Parameters of a JSON body; an empty body counts as {@code {}}. */
    public static Params ofBody(byte[] body) {
        if (body == null || isBlank(body)) {
            return new Params(JsonNodeFactory.instance.objectNode(), "", false, new ArrayList<>());
        }
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(body);
        } catch (JacksonException e) {
            throw notJson(e);
        }
        if (tree == null || !tree.isObject()) {
            throw MediaManagerException.standard(
                    WixErrorCode.INVALID_ARGUMENT,
                    "The request body must be a JSON object, e.g. {}; got " + describe(tree));
        }
        return new Params(tree, "", false, new ArrayList<>());
    }

    /** Parameters of a JSON object read already (the head of a streamed document); {@code null} counts as {}. */
    static Params ofTree(JsonNode object) {
        return new Params(
                object == null ? JsonNodeFactory.instance.objectNode() : object, "", false, new ArrayList<>());
    }

    /** The 400 for a body that is not JSON: what the parser found, and where. */
    static MediaManagerException notJson(JacksonException e) {
        return MediaManagerException.standard(
                WixErrorCode.INVALID_ARGUMENT,
                "The request body is not valid JSON: " + e.getOriginalMessage() + location(e));
    }

    /** Query keys have at most this many dot-separated parts ({@code paging.limit} has 2). */
    @Decides(Guess.QUERY_KEY_DEPTH_LIMIT)
    static final int MAX_QUERY_KEY_DEPTH = 16;

    private static String abbreviated(String key) {
        return key.length() <= 100 ? key : key.substring(0, 100) + "...";
    }

    /** Parameters of a query string, given as decoded names and their values in order. */
    public static Params ofQuery(Map<String, List<String>> query) {
        List<FieldViolation> violations = new ArrayList<>();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String key = e.getKey();
            List<String> values = e.getValue();
            if (key.isEmpty() || values == null || values.isEmpty()) {
                continue;
            }
            String[] parts = key.split("\\.", -1);
            if (parts.length > MAX_QUERY_KEY_DEPTH) {
                Reliance.met(Guess.QUERY_KEY_DEPTH_LIMIT);
                // the API's deepest query field is three levels down; a deeper key would only build a tree that
                // later trips Jackson's nesting limit
                violations.add(FieldViolation.of(
                        abbreviated(key),
                        "FORMAT",
                        "nests " + parts.length + " levels deep; query keys have at most " + MAX_QUERY_KEY_DEPTH
                                + " dot-separated parts"));
                continue;
            }
            ObjectNode parent = root;
            boolean conflict = Arrays.stream(parts).anyMatch(String::isEmpty);
            for (int i = 0; i < parts.length - 1 && !conflict; i++) {
                JsonNode child = parent.get(parts[i]);
                if (child == null) {
                    parent = parent.putObject(parts[i]);
                } else if (child.isObject()) {
                    parent = (ObjectNode) child;
                } else {
                    conflict = true;
                }
            }
            String leaf = parts[parts.length - 1];
            if (conflict || (parent.get(leaf) != null)) {
                violations.add(
                        FieldViolation.of(
                                key,
                                "FORMAT",
                                "clashes with another query parameter (a dotted key"
                                        + " names a field of an object, e.g. paging.limit and paging.cursor, but not paging itself)"));
                continue;
            }
            if (values.size() == 1) {
                parent.put(leaf, values.get(0));
            } else {
                ArrayNode array = parent.putArray(leaf);
                values.forEach(array::add);
            }
        }
        return new Params(root, "", true, violations);
    }

    // ---------------------------------------------------------------- typed reads

    /** Whether the field is present and not {@code null}. */
    public boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    public String string(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            return v.stringValue();
        }
        return wrong(name, "must be a string", v);
    }

    /** A required string: absent or empty is a {@code REQUIRED_FIELD} violation. */
    public String requiredString(String name) {
        String s = string(name);
        if (s == null && (value(name) == null)) {
            violations.add(FieldViolation.of(field(name), "REQUIRED_FIELD", "is required"));
        } else if (s != null && s.isEmpty()) {
            violations.add(FieldViolation.of(field(name), "REQUIRED_FIELD", "must not be empty"));
            return null;
        }
        return s;
    }

    public Integer integer(String name) {
        Long v = integral(name, "must be an integer");
        if (v == null) {
            return null;
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            return wrong(name, "must be a 32-bit integer", value(name));
        }
        return v.intValue();
    }

    /** An int64, sent as a JSON number or, as Wix does for {@code sizeInBytes}, as a decimal string. */
    public Long int64(String name) {
        return integral(name, "must be an integer (a number or a decimal string)");
    }

    /**
     * A boolean: JSON {@code true}/{@code false} (or those words as strings); in a query string also the other
     * spellings gRPC transcoders take, {@code 1 t T TRUE True 0 f F FALSE False} (Python's requests writes
     * {@code private=False}).
     */
    @Decides(Guess.QUERY_STRING_BOOLEANS)
    public Boolean bool(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isString()) {
            Boolean parsed = fromQuery ? QUERY_BOOLEANS.get(v.stringValue()) : JSON_BOOLEANS.get(v.stringValue());
            if (fromQuery && !"true".equals(v.stringValue()) && !"false".equals(v.stringValue())) {
                Reliance.met(Guess.QUERY_STRING_BOOLEANS); // Python's False, Go's t: accepted, or refused naming them
            }
            if (parsed != null) {
                return parsed;
            }
        }
        return wrong(
                name,
                fromQuery
                        ? "must be a boolean (true or false; also 1, t, T, TRUE, True, 0, f, F, FALSE, " + "False)"
                        : "must be a boolean (true or false)",
                v);
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        return enumOf(v, field(name), type);
    }

    public List<String> strings(String name) {
        List<JsonNode> items = items(name);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>(items.size());
        boolean usable = true;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.isString()) {
                out.add(item.stringValue());
            } else {
                violations.add(FieldViolation.of(
                        field(name) + "[" + i + "]", "FORMAT", "must be a string, got " + describe(item)));
                usable = false;
            }
        }
        return usable ? out : null;
    }

    public <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
        List<JsonNode> items = items(name);
        if (items == null) {
            return null;
        }
        List<E> out = new ArrayList<>(items.size());
        boolean usable = true;
        for (int i = 0; i < items.size(); i++) {
            E e = enumOf(items.get(i), field(name) + "[" + i + "]", type);
            if (e != null) {
                out.add(e);
            } else {
                usable = false;
            }
        }
        return usable ? out : null;
    }

    /** An ISO-8601 instant, e.g. {@code 2024-01-01T10:00:00.000Z}. */
    public Instant instant(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return wrong(name, "must be an ISO-8601 instant such as 2024-01-01T10:00:00.000Z", value(name));
        }
    }

    /** An ISO-8601 duration, e.g. {@code PT10M}. */
    public Duration duration(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return wrong(name, "must be an ISO-8601 duration such as PT10M or PT1H30M", value(name));
        }
    }

    /** A required value: absent is a {@code REQUIRED_FIELD} violation. */
    public <T> T required(String name, T value) {
        if (value == null && value(name) == null) {
            violations.add(FieldViolation.of(field(name), "REQUIRED_FIELD", "is required"));
        }
        return value;
    }

    /** A free-form JSON object as plain Java values ({@code null} members left out). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            return wrong(name, "must be an object", v);
        }
        return (Map<String, Object>) Json.toJava(v);
    }

    /** A nested object's parameters (empty when absent). */
    public Params child(String name) {
        JsonNode v = value(name);
        if (v != null && !v.isObject()) {
            wrong(name, "must be an object", v);
            v = null;
        }
        return new Params(v, field(name), fromQuery, violations);
    }

    /** The parameters of each object of an array, or {@code null} when absent. */
    public List<Params> objects(String name) {
        List<JsonNode> items = items(name);
        if (items == null) {
            return null;
        }
        List<Params> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemPath = field(name) + "[" + i + "]";
            if (!item.isObject()) {
                violations.add(FieldViolation.of(itemPath, "FORMAT", "must be an object, got " + describe(item)));
                item = null;
            }
            out.add(new Params(item, itemPath, fromQuery, violations));
        }
        return out;
    }

    /**
     * The parameters of item {@code index} of array {@code name}, read on its own (a streamed array holds one item
     * at a time); its violations are recorded with these, as {@link #objects} records them.
     */
    Params item(String name, int index, JsonNode item) {
        String itemPath = field(name) + "[" + index + "]";
        if (item == null || !item.isObject()) {
            violations.add(FieldViolation.of(itemPath, "FORMAT", "must be an object, got " + describe(item)));
            item = null;
        }
        return new Params(item, itemPath, fromQuery, violations);
    }

    /** Records a violation at the full path of item {@code index} of array {@code name}, field {@code field}. */
    void itemViolation(String name, int index, String field, String rule, String description) {
        violations.add(FieldViolation.of(field(name) + "[" + index + "]." + field, rule, description));
    }

    /** The raw JSON of a field, {@code null} when absent. */
    public JsonNode raw(String name) {
        return value(name);
    }

    /** Records a violation found while reading (for shapes the typed reads do not cover). */
    public void violation(String name, String rule, String description) {
        violations.add(FieldViolation.of(field(name), rule, description));
    }

    /** Returns {@code value}, or throws every recorded violation as one 400 INVALID_ARGUMENT. */
    public <T> T valid(T value) {
        check();
        return value;
    }

    /**
     * The type violations recorded so far (none when every field read had its type). An API handler does not throw
     * them: the core's check of the request does, with its own violations of the rest of the request
     * ({@code FaceAccess.checkedWith}).
     */
    public List<FieldViolation> typeViolations() {
        return List.copyOf(violations);
    }

    /** Throws every recorded violation as one 400 INVALID_ARGUMENT. */
    public void check() {
        if (!violations.isEmpty()) {
            throw MediaManagerException.invalidArgument(List.copyOf(violations));
        }
    }

    /** The full path of a field, e.g. {@code paging.limit} or {@code importFileRequests[2].url}. */
    public String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    // ---------------------------------------------------------------- plumbing

    private JsonNode value(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        // A query string cannot send an empty array or "no value"; an empty text means "not given" for non-strings.
        if (fromQuery && v.isArray() && v.isEmpty()) {
            return null;
        }
        return v;
    }

    private Long integral(String name, String expectation) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isFloatingPointNumber() && v.canConvertToExactIntegral() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isString()) {
            String text = v.stringValue().trim();
            if (fromQuery && text.isEmpty()) {
                return null;
            }
            if (INTEGER.matcher(text).matches()) {
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException tooBig) {
                    return wrong(name, "must fit in a 64-bit integer", v);
                }
            }
        }
        return wrong(name, expectation, v);
    }

    private List<JsonNode> items(String name) {
        JsonNode v = value(name);
        if (v == null) {
            return null;
        }
        List<JsonNode> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(out::add);
            return out;
        }
        if (fromQuery) {
            out.add(v); // one occurrence of a repeatable query key
            return out;
        }
        return wrong(name, "must be an array", v);
    }

    private <E extends Enum<E>> E enumOf(JsonNode v, String field, Class<E> type) {
        if (v.isString()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(v.stringValue())) {
                    return constant;
                }
            }
        }
        violations.add(FieldViolation.of(
                field,
                "INVALID_ENUM_VALUE",
                "must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                        + "; got " + describe(v)));
        return null;
    }

    @SuppressWarnings("TypeParameterUnusedInFormals") // always null: typed so that each reader can return it
    private <T> T wrong(String name, String expectation, JsonNode v) {
        violations.add(FieldViolation.of(field(name), "FORMAT", expectation + ", got " + describe(v)));
        return null;
    }

    /** How a value looks, for messages: strings quoted and shortened, other JSON as is. */
    static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        String text = v.isString()
                ? '"' + v.stringValue() + '"'
                : v.isArray() && !v.isEmpty() ? "an array " + v : v.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
