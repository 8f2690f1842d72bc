package dev.fakewix.media.contract;

import dev.fakewix.media.core.FakeMediaManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What only a fake lets the suite do: script a site with a scenario in the fake's JSON form (the same document
 * {@code POST /_fake/sites/{siteId}/scenarios}, {@code --scenario FILE} and {@code Scenarios.apply(json)} take).
 */
interface FakeControl {
    /** Applies {@code scenarioJson} to {@code siteId} (a site of the fake's own, never a shared one). */
    void applyScenario(String siteId, String scenarioJson);

    /** The in-process fake, through its Java API. */
    static FakeControl javaApi(FakeMediaManager fake) {
        return (siteId, json) -> fake.site(siteId).scenarios().apply(json);
    }

    /** A fake in another process, through its admin API. */
    static FakeControl adminApi(URI baseUri) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMinutes(2))
                .build(); // loopback: only a hang is slower
        return (siteId, json) -> {
            URI uri =
                    baseUri.resolve("/_fake/sites/" + URLEncoder.encode(siteId, StandardCharsets.UTF_8) + "/scenarios");
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException("the fake refused the scenario for site " + siteId + ": "
                            + response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot reach the fake's admin API at " + uri, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while scripting site " + siteId, e);
            }
        };
    }
}
