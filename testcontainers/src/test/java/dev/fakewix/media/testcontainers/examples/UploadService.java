package dev.fakewix.media.testcontainers.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A user's code under test: imports the company logo into the Wix Media Manager at the base URL it is given. */
class UploadService {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI wixApi;
    private final String siteId;

    UploadService(URI wixApi, String siteId) {
        this.wixApi = wixApi;
        this.siteId = siteId;
    }

    void importLogo() {
        HttpRequest request = HttpRequest.newBuilder(wixApi.resolve("/site-media/v1/files/import"))
                .header("Authorization", "api-key")
                .header("wix-site-id", siteId)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"https://cdn.example.com/logo.png\",\"mediaType\":\"IMAGE\"}"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("import failed: " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
