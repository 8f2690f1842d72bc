package example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.junit.FakeMediaManagerHttp;
import dev.fakewix.media.junit.WithFakeMediaManager;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** What a user's test does over HTTP, with the user's own Jackson 2 next to the fake on the test class path. */
@WithFakeMediaManager(http = true)
class OverHttpTest {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aPostIsAnsweredWithTheFileItCreated(FakeMediaManagerHttp http, MediaSite site) throws Exception {
        HttpResponse<String> response = client.send(http.request("/site-media/v1/files/import")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"url\": \"https://example.com/cat.jpg\", \"displayName\": \"cat.jpg\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("status of POST /files/import, body: %s", response.body()).isEqualTo(200);
        JsonNode file = new ObjectMapper().readTree(response.body()).get("file");    // the user's Jackson 2
        assertThat(file.get("displayName").asText()).isEqualTo("cat.jpg");
        assertThat(site).hasFileAt("/cat.jpg");
        assertThat(http).received(Operation.IMPORT_FILE, 1).receivedNothingElse();
    }

    @Test
    void anErrorHasTheWixShape(FakeMediaManagerHttp http) throws Exception {
        HttpResponse<String> response = client.send(http.request("/site-media/v1/files/import")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"not a url\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode violations = new ObjectMapper().readTree(response.body())
                .at("/details/validationError/fieldViolations");
        assertThat(violations.get(0).get("field").asText()).isEqualTo("url");
    }
}
