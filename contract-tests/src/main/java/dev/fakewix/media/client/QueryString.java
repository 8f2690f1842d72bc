package dev.fakewix.media.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Encodes a GET request's fields as the official Wix SDK does: nested objects as dotted keys
 * ({@code paging.limit=2}), arrays as repeated keys ({@code mediaTypes=IMAGE&mediaTypes=VIDEO}), {@code null} left out,
 * values form-encoded.
 */
final class QueryString {
    private QueryString() {}

    /** {@code ?a=1&b.c=2}, or {@code ""} when nothing is set. */
    static String of(Map<String, ?> fields) {
        StringJoiner out = new StringJoiner("&", "?", "");
        out.setEmptyValue("");
        add(out, "", fields);
        return out.toString();
    }

    private static void add(StringJoiner out, String prefix, Map<String, ?> fields) {
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            addValue(out, prefix + e.getKey(), e.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    private static void addValue(StringJoiner out, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> nested) {
            add(out, key + ".", (Map<String, ?>) nested);
        } else if (value instanceof Collection<?> values) {
            for (Object v : values) {
                addValue(out, key, v);
            }
        } else {
            out.add(encode(key) + "=" + encode(String.valueOf(value)));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
