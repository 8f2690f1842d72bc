package dev.fakewix.media.core.internal.query;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.validation.Violations;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.State;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The Wix API Query Language filters that queryFileDescriptors and queryFolders accept, parsed once into a small
 * tree that can be evaluated, and written into a cursor so that later pages keep the filter.
 */
@API(status = API.Status.INTERNAL)
public final class QueryFilter {

    /** A filterable field: its name and the values it may take ({@code null}: any id). */
    public record Field(String name, Set<String> values, Set<String> operators) {}

    private static final Set<String> ALL_OPERATORS = Set.of("$eq", "$ne", "$in", "$nin");
    /** An id filter's values: as many as a page holds, each as long as a file id may be. */
    static final int MAX_IDS = 100;

    static final int MAX_ID_LENGTH = 1000;

    @Decides(Guess.QUERY_FILTER_BY_ID)
    private static final Field ID = new Field("id", null, ALL_OPERATORS);

    @Decides(Guess.QUERY_FILTER_FIELDS)
    public static final List<Field> FILE_FIELDS = List.of(
            ID,
            new Field("private", Set.of("true", "false"), Set.of("$eq", "$ne")),
            new Field("mediaType", concreteMediaTypes(), ALL_OPERATORS),
            new Field("state", names(State.values()), ALL_OPERATORS));

    public static final List<Field> FOLDER_FIELDS =
            List.of(ID, new Field("state", names(State.values()), ALL_OPERATORS));

    /** A node of a parsed filter. */
    public sealed interface Condition {
        boolean test(Function<String, String> fieldValue);
    }

    record All(List<Condition> parts) implements Condition {
        @Override
        public boolean test(Function<String, String> v) {
            return parts.stream().allMatch(p -> p.test(v));
        }
    }

    record Any(List<Condition> parts) implements Condition {
        @Override
        public boolean test(Function<String, String> v) {
            return parts.stream().anyMatch(p -> p.test(v));
        }
    }

    record Not(Condition part) implements Condition {
        @Override
        public boolean test(Function<String, String> v) {
            return !part.test(v);
        }
    }

    record In(String field, List<String> values) implements Condition {
        @Override
        public boolean test(Function<String, String> v) {
            return values.contains(v.apply(field));
        }
    }

    private QueryFilter() {}

    /** Parses a filter; {@code null} when it matches everything. Throws INVALID_ARGUMENT naming the valid choices. */
    public static Condition parse(Map<String, Object> filter, List<Field> fields, String path) {
        if (filter == null || filter.isEmpty()) {
            return null;
        }
        Reliance.met(Guess.QUERY_FILTER_FIELDS);
        return parseObject(filter, fields, path, new int[] {0}, 0);
    }

    /** Deeper or larger filters than any real query needs would not fit the cursor that must carry them. */
    static final int MAX_DEPTH = 16;

    static final int MAX_NODES = 100;

    @SuppressWarnings("unchecked")
    private static Condition parseObject(
            Map<String, Object> filter, List<Field> fields, String path, int[] nodes, int depth) {
        nodes[0]++;
        if (depth > MAX_DEPTH || nodes[0] > MAX_NODES) {
            throw invalid(
                    path,
                    "the filter is too "
                            + (depth > MAX_DEPTH
                                    ? "deeply nested (at most " + MAX_DEPTH + " levels)"
                                    : "large (at most " + MAX_NODES + " conditions)"));
        }
        List<Condition> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            switch (key) {
                case "$and", "$or" -> {
                    if (!(value instanceof List<?> list) || list.isEmpty()) {
                        throw invalid(path + "." + key, key + " takes a non-empty array of filters");
                    }
                    List<Condition> inner = new ArrayList<>();
                    for (Object item : list) {
                        if (!(item instanceof Map<?, ?> m)) {
                            throw invalid(path + "." + key, key + " items must be filter objects");
                        }
                        inner.add(parseObject((Map<String, Object>) m, fields, path, nodes, depth + 1));
                    }
                    parts.add(key.equals("$and") ? new All(inner) : new Any(inner));
                }
                case "$not" -> {
                    if (!(value instanceof Map<?, ?> m)) {
                        throw invalid(path + ".$not", "$not takes a filter object");
                    }
                    parts.add(new Not(parseObject((Map<String, Object>) m, fields, path, nodes, depth + 1)));
                }
                default -> {
                    nodes[0]++;
                    parts.add(parseField(key, value, fields, path));
                }
            }
        }
        return parts.size() == 1 ? parts.get(0) : new All(parts);
    }

    private static Condition parseField(String rawName, Object value, List<Field> fields, String path) {
        String name = rawName.equals("_updatedDate") ? "updatedDate" : rawName;
        Field field = fields.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> invalid(
                        path + "." + rawName,
                        "filtering by '" + rawName + "' is not supported; filterable fields: "
                                + String.join(
                                        ", ", fields.stream().map(Field::name).toList())));
        if (field.equals(ID)) {
            Reliance.met(Guess.QUERY_FILTER_BY_ID);
        }
        if (value instanceof Map<?, ?> ops) {
            List<Condition> parts = new ArrayList<>();
            for (Map.Entry<?, ?> op : ops.entrySet()) {
                String operator = String.valueOf(op.getKey());
                if (!field.operators().contains(operator)) {
                    throw invalid(
                            path + "." + rawName,
                            "operator " + operator + " is not supported on '" + name + "'; supported: "
                                    + String.join(
                                            ", ",
                                            field.operators().stream().sorted().toList()));
                }
                boolean listOp = operator.equals("$in") || operator.equals("$nin");
                List<String> values;
                if (listOp) {
                    if (!(op.getValue() instanceof List<?> list)) {
                        throw invalid(path + "." + rawName, operator + " takes an array of values");
                    }
                    if (field.values() == null && list.size() > MAX_IDS) {
                        throw invalid(
                                path + "." + rawName,
                                operator + " takes at most " + MAX_IDS + " ids, had " + list.size());
                    }
                    Set<String> distinct = new LinkedHashSet<>(); // few valid values: repeats add nothing
                    for (Object v : list) {
                        distinct.add(value(field, v, path + "." + rawName));
                    }
                    values = new ArrayList<>(distinct);
                } else {
                    values = List.of(value(field, op.getValue(), path + "." + rawName));
                }
                Condition c = new In(name, List.copyOf(values));
                parts.add(operator.equals("$ne") || operator.equals("$nin") ? new Not(c) : c);
            }
            if (parts.isEmpty()) {
                throw invalid(path + "." + rawName, "an operator object must hold at least one operator");
            }
            return parts.size() == 1 ? parts.get(0) : new All(parts);
        }
        return new In(name, List.of(value(field, value, path + "." + rawName)));
    }

    private static String value(Field field, Object value, String path) {
        if (field.values() == null) {
            if (!(value instanceof String id) || id.isEmpty() || id.length() > MAX_ID_LENGTH) {
                throw invalid(
                        path,
                        "'" + Violations.abbreviate(String.valueOf(value)) + "' is not an id: '" + field.name()
                                + "' takes ids, strings of 1 to " + MAX_ID_LENGTH + " characters");
            }
            return id;
        }
        String text = value instanceof String || value instanceof Boolean ? String.valueOf(value) : null;
        if (text == null || !field.values().contains(text)) {
            throw invalid(
                    path,
                    "'" + value + "' is not a valid value of '" + field.name() + "'; valid values: "
                            + String.join(", ", field.values().stream().sorted().toList()));
        }
        return text;
    }

    private static MediaManagerException invalid(String field, String description) {
        return MediaManagerException.invalidArgument(List.of(FieldViolation.of(field, "VALIDATION", description)));
    }

    private static Set<String> concreteMediaTypes() {
        return Set.copyOf(Arrays.stream(MediaType.values())
                .filter(MediaType::isConcrete)
                .map(Enum::name)
                .toList());
    }

    private static Set<String> names(Enum<?>[] values) {
        return Set.copyOf(Arrays.stream(values).map(Enum::name).toList());
    }

    static void write(Condition c, DataOutputStream out) throws IOException {
        if (c instanceof All a) {
            out.writeByte('A');
            writeList(a.parts(), out);
        } else if (c instanceof Any a) {
            out.writeByte('O');
            writeList(a.parts(), out);
        } else if (c instanceof Not n) {
            out.writeByte('N');
            write(n.part(), out);
        } else if (c instanceof In in) {
            out.writeByte('I');
            out.writeUTF(in.field());
            out.writeShort(in.values().size());
            for (String v : in.values()) {
                out.writeUTF(v);
            }
        }
    }

    private static void writeList(List<Condition> parts, DataOutputStream out) throws IOException {
        out.writeShort(parts.size());
        for (Condition p : parts) {
            write(p, out);
        }
    }

    static Condition read(DataInputStream in, int depth) throws IOException {
        if (depth > 32) {
            throw new IOException("filter nested too deeply");
        }
        int tag = in.readByte();
        switch (tag) {
            case 'A', 'O' -> {
                int n = in.readShort();
                List<Condition> parts = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    parts.add(read(in, depth + 1));
                }
                return tag == 'A' ? new All(parts) : new Any(parts);
            }
            case 'N' -> {
                return new Not(read(in, depth + 1));
            }
            case 'I' -> {
                String field = in.readUTF();
                int n = in.readShort();
                List<String> values = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    values.add(in.readUTF());
                }
                return new In(field, values);
            }
            default -> throw new IOException("bad filter tag " + tag);
        }
    }

    static String describe(Condition c) {
        return c == null ? "all" : c.toString().toLowerCase(Locale.ROOT);
    }
}
