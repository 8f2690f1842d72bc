package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.HttpFault;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A response to write: status, content type, body and extra headers; or, when {@code fault} is set, the response a
 * scripted {@link HttpFault} breaks; or, when {@code streamed} is set, a body written straight to the connection
 * (downloads, archives, state exports), so that no large answer is ever held on the heap.
 */
@API(status = API.Status.INTERNAL)
public record Reply(
        int status,
        String contentType,
        Body body,
        Map<String, String> headers,
        HttpFault fault,
        StreamedBody streamed) {
    public static final String JSON = "application/json";

    /** A body written to the response's stream; {@code length} is {@code -1} when unknown (chunked). */
    public interface StreamedBody {
        long length();

        void writeTo(OutputStream out) throws IOException;
    }

    public Reply {
        headers = Map.copyOf(headers);
    }

    public Reply(int status, String contentType, byte[] body, Map<String, String> headers, HttpFault fault) {
        this(status, contentType, Body.of(body), headers, fault, null);
    }

    public Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, Body.of(body), headers, null, null);
    }

    /** A streamed answer. */
    public static Reply streamed(int status, String contentType, StreamedBody body, Map<String, String> headers) {
        return new Reply(status, contentType, Body.empty(), headers, null, body);
    }

    /** 200 with a JSON body. */
    public static Reply json(byte[] body) {
        return json(Body.of(body));
    }

    /** 200 with a JSON body. */
    public static Reply json(Body body) {
        return new Reply(200, JSON, body, Map.of(), null, null);
    }

    public static Reply json(int status, byte[] body) {
        return new Reply(status, JSON, body, Map.of());
    }

    /** The same answer, broken on the wire by {@code fault}. */
    public Reply withFault(HttpFault fault) {
        return new Reply(status, contentType, body, headers, fault, streamed);
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, contentType, body, h, fault, streamed);
    }
}
