package dev.fakewix.media.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real {@link HttpClient} aimed at a test server, sending the headers the official SDK sends. */
final class WireClient {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String API_KEY = "test-api-key";
    static final String SITE_ID = "0f0e0d0c-0000-4000-8000-000000000001";

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    WireClient(URI base) {
        this.base = base;
        headers.put("Authorization", API_KEY);
        headers.put("wix-site-id", SITE_ID);
    }

    /** A copy that sends {@code name: value} too (or drops the header when {@code value} is null). */
    WireClient with(String name, String value) {
        WireClient copy = new WireClient(base);
        copy.headers.clear();
        copy.headers.putAll(headers);
        if (value == null) {
            copy.headers.remove(name);
        } else {
            copy.headers.put(name, value);
        }
        return copy;
    }

    Response get(String path) {
        return send("GET", path, null, null);
    }

    Response post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    Response patch(String path, String json) {
        return send("PATCH", path, json, "application/json");
    }

    Response put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    Response send(String method, String path, String body, String contentType) {
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType, Map.of());
    }

    Response send(String method, String path, byte[] body, String contentType, Map<String, String> extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        path.startsWith("http") ? URI.create(path) : base.resolve(path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        extraHeaders.forEach(request::header);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code request} on a raw connection to {@code port} and answers everything the server sends until it
     * closes, as ISO-8859-1: for what java.net.http will not send (a Host header, huge headers, a body that stalls).
     */
    static String raw(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) ServerFixture.HANG.toMillis());
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (SocketException reset) {
                // the server may close after answering a request it refused while reading it
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @SuppressWarnings("ArrayRecordComponent") // a body carried, never compared or hashed
    record Response(int status, Map<String, List<String>> headers, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(bytes);
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst()
                    .map(e -> e.getValue().get(0))
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }
}
