package dev.fakewix.media.testcontainers.internal;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.http.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Reads the admin API's journal page ({@code GET /_fake/journal}: {@code {"entries":[...]}}) back into
 * {@link JournalEntry} values, so that the AssertJ journal assertions work on a container's journal as on an in-JVM
 * server's. A small reader of its own: this module must not bring a JSON library onto the user's test class path
 * (the fake's own Jackson is relocated inside the server artifact, and is not for use here).
 */
@API(status = API.Status.INTERNAL)
public final class JournalJson {
    private final String text;
    private int at;

    private JournalJson(String text) {
        this.text = text;
    }

    /** The entries of a journal page, oldest first. */
    public static List<JournalEntry> entries(String json) {
        JournalJson reader = new JournalJson(json);
        Object page = reader.value();
        reader.skipSpace();
        if (reader.at != json.length()
                || !(page instanceof Map<?, ?> map)
                || !(map.get("entries") instanceof List<?> list)) {
            throw new IllegalArgumentException("not a journal page ({\"entries\":[...]}): " + abbreviate(json));
        }
        List<JournalEntry> entries = new ArrayList<>(list.size());
        for (Object item : list) {
            entries.add(entry((Map<?, ?>) item));
        }
        return entries;
    }

    private static JournalEntry entry(Map<?, ?> e) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (e.get("query") instanceof Map<?, ?> q) {
            q.forEach((k, v) -> query.put(
                    (String) k, ((List<?>) v).stream().map(String::valueOf).toList()));
        }
        String operation = (String) e.get("operation");
        Number latency = (Number) e.get("latencyMillis");
        return new JournalEntry(
                ((Number) e.get("sequence")).longValue(),
                Instant.parse((String) e.get("receivedAt")),
                (String) e.get("siteId"),
                operation == null ? null : Operation.fromName(operation),
                (String) e.get("method"),
                (String) e.get("path"),
                query,
                (String) e.get("body"),
                ((Number) e.get("status")).intValue(),
                (String) e.get("errorCode"),
                (String) e.get("scenario"),
                (String) e.get("responseBody"),
                latency == null ? Duration.ZERO : Duration.ofNanos(Math.round(latency.doubleValue() * 1_000_000)),
                Boolean.TRUE.equals(e.get("fromDashboard")),
                e.get("guesses") instanceof List<?> guesses
                        ? guesses.stream().map(String::valueOf).toList()
                        : List.of());
    }

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", true);
            case 'f' -> literal("false", false);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek('}')) {
            return map;
        }
        do {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            map.put(key, value());
            skipSpace();
        } while (peek(','));
        expect('}');
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        at++;
        skipSpace();
        if (peek(']')) {
            return list;
        }
        do {
            list.add(value());
            skipSpace();
        } while (peek(','));
        expect(']');
        return list;
    }

    private String string() {
        expect('"');
        StringBuilder s = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return s.toString();
            }
            if (c != '\\') {
                s.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("four hex digits");
                    }
                    s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> s.append(escaped); // \" \\ \/
            }
        }
        throw error("the end of a string");
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error(word);
        }
        at += word.length();
        return value;
    }

    private Number number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String digits = text.substring(start, at);
        try {
            return digits.matches("-?\\d+") ? Long.parseLong(digits) : Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            throw error("a number");
        }
    }

    private boolean peek(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("'" + c + "'");
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException(
                "journal JSON: expected " + expected + " at offset " + at + " of " + abbreviate(text));
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
