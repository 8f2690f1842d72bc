package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Concurrent large JSON bodies on a small heap (issue 19, finding 5): each body is within {@code maxJsonBodyBytes},
 * but parsed together they ran the heap out (16 x 9.5 MiB at -Xmx256m: 7 x 500 and 15 OutOfMemoryErrors). The bytes
 * of bodies held at once are bounded now: a body that does not fit waits, then gets 503 UNAVAILABLE with
 * {@code Retry-After}, in the Wix shape. The server runs in a JVM of its own, at -Xmx128m.
 */
class JsonBodyBudgetTest {
    /** 2 MiB of tiny JSON values: about 30 MiB of tree each once parsed, 16 of them ran a 128 MiB heap out. */
    private static final int BODY_BYTES = 2 * 1024 * 1024;

    private static final int CLIENTS = 16;

    @Test
    void concurrentLargeBodiesAreServedOrToldToRetryNeverAnOutOfMemoryError() throws Exception {
        byte[] body = tinyValues(BODY_BYTES);
        try (ForkedServer server = new ForkedServer(List.of("-Xmx128m"), List.of())) {
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                // the server answers in seconds (a body may wait 10 s for room); minutes only if it hung
                HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/site-media/v1/files/import"))
                        .timeout(Duration.ofMinutes(5))
                        .header("Authorization", "any-key")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
                answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }

            Map<Integer, Integer> statuses = new TreeMap<>();
            for (CompletableFuture<HttpResponse<String>> a : answers) {
                HttpResponse<String> r = a.join();
                statuses.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() != 200) {
                    assertThat(r.statusCode()).as("%s: %s", statuses, r.body()).isEqualTo(503);
                    JsonNode error = WireClient.JSON.readTree(r.body());
                    assertThat(error.at("/details/applicationError/code").stringValue())
                            .isEqualTo("UNAVAILABLE");
                    assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
                }
            }

            assertThat(statuses)
                    .as("statuses; server log:\n%s", server.output())
                    .containsKey(200);
            assertThat(server.output()).doesNotContain("OutOfMemoryError").doesNotContain("ERROR");
            assertThat(server.isAlive()).isTrue();
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(server.baseUri().resolve("/_fake/health"))
                            .timeout(Duration.ofMinutes(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    /** {@code {"url": ..., "labelsToIgnore": ["a","a",...]}}: an unknown field, parsed into the tree all the same. */
    private static byte[] tinyValues(int size) {
        StringBuilder json = new StringBuilder(size + 64).append("{\"url\":\"https://example.com/a.png\",\"x\":[\"a\"");
        while (json.length() < size) {
            json.append(",\"a\"");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
