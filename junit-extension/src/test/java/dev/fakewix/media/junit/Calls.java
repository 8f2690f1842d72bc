package dev.fakewix.media.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP calls to the fake, the way any client would make them, for the extension's own tests. */
final class Calls {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Calls() {}

    static HttpResponse<String> get(FakeMediaManagerHttp http, String path) {
        return send(http.request(path).GET().build());
    }

    static HttpResponse<String> post(FakeMediaManagerHttp http, String path, String json) {
        return send(http.request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    static HttpResponse<String> importFile(FakeMediaManagerHttp http, String url) {
        return post(http, "/site-media/v1/files/import", "{\"url\":\"" + url + "\"}");
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
