package dev.fakewix.media.core.internal.content;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.validation.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The one place the fake may touch a network, and only when a test asks for it: an import of an {@code http(s)} URL
 * whose host is a loopback address (a server the test runs) is fetched, its bytes streamed into the content store.
 * Redirects are not followed, so nothing beyond loopback is ever reached. Thread-safe.
 */
@API(status = API.Status.INTERNAL)
@Decides(Guess.LOOPBACK_IMPORT_FETCH)
public final class LoopbackFetch {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();

    private LoopbackFetch() {}

    /** Whether {@code url} is an http(s) URL on a loopback address. */
    public static boolean isLoopback(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return false;
            }
            String host = uri.getHost().startsWith("[")
                    ? uri.getHost().substring(1, uri.getHost().length() - 1)
                    : uri.getHost();
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** GETs the URL (with the request's {@code urlParams} and {@code urlHeaders}) into stored bytes, or INVALID_ARGUMENT. */
    public static StoredBytes fetch(
            ContentStore store,
            String url,
            Map<String, Object> params,
            Map<String, Object> headers,
            long maxBytes,
            String field) {
        Reliance.met(Guess.LOOPBACK_IMPORT_FETCH);
        StringBuilder target = new StringBuilder(url);
        if (params != null && !params.isEmpty()) {
            target.append(url.contains("?") ? '&' : '?');
            params.forEach((k, v) -> target.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8))
                    .append('&'));
            target.setLength(target.length() - 1);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.toString()))
                .timeout(TIMEOUT)
                .GET();
        if (headers != null) {
            headers.forEach((k, v) -> request.header(k, String.valueOf(v)));
        }
        try {
            HttpResponse<InputStream> response =
                    CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw failed(field, url, "it answered " + response.statusCode());
                }
                return store.write(body, maxBytes, limit -> failed(field, url, "it has more than " + limit + " bytes"));
            }
        } catch (IOException e) {
            throw failed(field, url, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(field, url, "interrupted");
        }
    }

    private static MediaManagerException failed(String field, String url, String why) {
        return MediaManagerException.invalidArgument(List.of(FieldViolation.of(
                field, "VALIDATION", "could not fetch " + Violations.abbreviate(url) + " from loopback: " + why)));
    }
}
