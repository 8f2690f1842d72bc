package dev.fakewix.media.http.internal;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The facade's JSON plumbing: one mapper, streaming output, Wix timestamps, plain-Java views of trees. */
@API(status = API.Status.INTERNAL)
public final class Json {
    /** Streaming output needs no mapper; the factory is cheap to build. Thread-safe and shared. */
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** ISO-8601 in UTC with exactly three fraction digits, as Wix writes timestamps ({@code 2024-01-01T10:00:00.000Z}). */
    private static final DateTimeFormatter WIX_INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {}

    /**
     * The mapper that reads request bodies, snapshots and keys files into trees. Thread-safe and shared; built on first
     * use, because building it loads several hundred classes that a server answering only GETs never needs.
     */
    public static JsonMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** Writes one JSON document with a streaming generator. */
    public static byte[] write(Consumer<JsonGenerator> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            body.accept(g);
        }
        return out.toByteArray();
    }

    /** Writes one JSON document straight to {@code out} (a large state export), which stays open. */
    public static void writeTo(OutputStream out, Consumer<JsonGenerator> body) {
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush(); // the response's stream is the container's to close
            }
        })) {
            body.accept(g);
        }
    }

    public static String instant(Instant instant) {
        // Every file written carries three of these: formatted by hand, as WIX_INSTANT would (yyyy is the year of
        // the era, so years before 1 AD, which the fake's clock never shows, go to the formatter).
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 1 || year > 9999) {
            return WIX_INSTANT.format(instant);
        }
        char[] c = new char[24];
        digits(c, 0, year, 4);
        c[4] = '-';
        digits(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, t.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, t.getHour(), 2);
        c[13] = ':';
        digits(c, 14, t.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, t.getSecond(), 2);
        c[19] = '.';
        digits(c, 20, t.getNano() / 1_000_000, 3);
        c[23] = 'Z';
        return new String(c);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The UTF-8 bytes of {@code text} as a quoted JSON string. */
    public static byte[] quoted(String text) {
        // Cursors (base64) and ids need no escaping: copy them straight, as Jackson would write them.
        int n = text.length();
        byte[] out = new byte[n + 2];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return escapedQuoted(text);
            }
            out[i + 1] = (byte) c;
        }
        out[0] = '"';
        out[n + 1] = '"';
        return out;
    }

    private static byte[] escapedQuoted(String text) {
        byte[] inner = JsonStringEncoder.getInstance().quoteAsUTF8(text);
        byte[] out = new byte[inner.length + 2];
        out[0] = '"';
        System.arraycopy(inner, 0, out, 1, inner.length);
        out[out.length - 1] = '"';
        return out;
    }

    /** Writes maps, lists, strings, numbers, booleans and nulls (the free-form {@code data} of errors). */
    public static void writeValue(JsonGenerator g, Object value) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            // Maps without an order of their own (Map.of) iterate differently from run to run: sort them.
            Iterable<? extends Map.Entry<?, ?>> entries =
                    map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?>
                            ? map.entrySet()
                            : map.entrySet().stream()
                                    .sorted(Comparator.comparing(e -> String.valueOf(e.getKey())))
                                    .toList();
            for (Map.Entry<?, ?> e : entries) {
                g.writeName(String.valueOf(e.getKey()));
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (value instanceof Instant i) {
            g.writeString(instant(i));
        } else {
            g.writeString(String.valueOf(value));
        }
    }

    /**
     * A plain-Java view of a JSON value: {@link LinkedHashMap}, {@link ArrayList}, {@link String}, {@link Long} /
     * {@link Double}, {@link Boolean}. Object members whose value is {@code null} are left out, so the result can go
     * into {@code Map.copyOf}.
     */
    public static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                Object v = toJava(e.getValue());
                if (v != null) {
                    map.put(e.getKey(), v);
                }
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                list.add(toJava(item));
            }
            return list;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asString();
    }

    /** Holder of the lazily built mapper (the JVM's class initialisation makes it thread-safe). */
    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder().build();
    }
}
