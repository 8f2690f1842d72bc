package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.HttpFault;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response to write: status, content type, body and extra headers; or, when {@code fault} is set, the response a
 * scripted {@link HttpFault} breaks.
 */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers, HttpFault fault) {
    public static final String JSON = "application/json";

    public Reply {
        headers = Map.copyOf(headers);
    }

    public Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, null);
    }

    /** 200 with a JSON body. */
    public static Reply json(byte[] body) {
        return new Reply(200, JSON, body, Map.of());
    }

    public static Reply json(int status, byte[] body) {
        return new Reply(status, JSON, body, Map.of());
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, contentType, body, h, fault);
    }
}
