package dev.fakewix.media.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one request of {@link MediaManagerClient} and reads the answer: JSON on 200, a {@link MediaManagerApiException}
 * otherwise, with 429 retried as the {@link RateLimitBackoff} says; every attempt goes to the observer.
 */
final class HttpTransport {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final RateLimitBackoff backoff;
    private final Consumer<Exchange> observer;

    HttpTransport(HttpClient http, RateLimitBackoff backoff, Consumer<Exchange> observer) {
        this.http = http;
        this.backoff = backoff;
        this.observer = observer;
    }

    JsonNode send(Endpoint endpoint, HttpRequest request, String method, String path, JsonNode body) {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + request.uri() + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during " + method + " " + request.uri(), e);
            }
            JsonNode json = parse(response.body());
            String requestId = response.headers().firstValue("X-Wix-Request-Id").orElse(null);
            observer.accept(new Exchange(endpoint, method, path, body, response.statusCode(), requestId, json));
            if (response.statusCode() == 200) {
                if (json == null) {
                    throw error(endpoint, response, null, requestId, "the answer is not JSON");
                }
                return json;
            }
            Duration retryAfter = retryAfter(response);
            if (response.statusCode() == 429 && attempt < backoff.maxRetries()) {
                pause(backoff.delayBefore(attempt + 1, retryAfter));
                continue;
            }
            throw error(endpoint, response, json, requestId, null);
        }
    }

    private void pause(Duration d) {
        try {
            backoff.pause().pause(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off after HTTP 429", e);
        }
    }

    private static MediaManagerApiException error(
            Endpoint endpoint, HttpResponse<byte[]> response, JsonNode json, String requestId, String problem) {
        List<Violation> violations = ErrorBodies.violations(json);
        int status = response.statusCode();
        String code = ErrorBodies.code(status, json, violations);
        String message = problem != null ? problem : ErrorBodies.message(json);
        return new MediaManagerApiException(
                endpoint, status, code, message, requestId, violations, json, retryAfter(response));
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .map(v -> {
                    try {
                        return Duration.ofSeconds(Long.parseLong(v.trim()));
                    } catch (NumberFormatException e) {
                        return null; // an HTTP date: the backoff's own delay applies
                    }
                })
                .orElse(null);
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }
}
