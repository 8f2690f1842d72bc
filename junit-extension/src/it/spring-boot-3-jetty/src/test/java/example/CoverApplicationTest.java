package example;

import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.junit.FakeMediaManagerHttp;
import dev.fakewix.media.junit.WithFakeMediaManager;
import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.jetty.JettyWebServer;

import java.util.Map;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on its own Jetty 12.0, calling the fake (on its relocated Jetty 12.1) through Boot's RestClient:
 * one JVM, two Jettys, the user's Jackson 2 on one side and the fake's relocated Jackson 3 on the other.
 *
 * <p>Boot's HTTP clients (the app's RestClient, the test's TestRestTemplate) run on Jetty's client here, whose read
 * timeout defaults to 10 s: the first request of a cold JVM on a machine whose 2 cores other builds saturate took
 * longer ("I/O error on POST ... Request timed out"). The timeouts below are generous; a hang still fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.http.client.read-timeout=2m", "spring.http.client.connect-timeout=1m"})
@WithFakeMediaManager(http = true)
class CoverApplicationTest {
    @Autowired
    TestRestTemplate app;

    @Autowired
    WebServerApplicationContext context;

    @Autowired
    CoverApplication.WixProperties wix;

    @BeforeEach
    void pointTheApplicationAtTheFake(FakeMediaManagerHttp http) {
        wix.setBaseUrl(http.baseUri().toString());
        wix.setApiKey(http.apiKey());
        wix.setSiteId(http.siteId());
    }

    @Test
    void theApplicationOnItsOwnJettyImportsIntoTheFake(FakeMediaManagerHttp http, MediaSite site) {
        assertThat(context.getWebServer()).isInstanceOf(JettyWebServer.class);
        assertThat(Jetty.VERSION).startsWith("12.0.");

        @SuppressWarnings("unchecked")
        Map<String, String> answer = app.postForObject("/covers?url={url}", null, Map.class, "https://example.com/cover.jpg");

        assertThat(answer).containsKey("fileId");
        assertThat(site).hasFileAt("/cover.jpg");
        assertThat(http).received(Operation.IMPORT_FILE, 1).receivedNothingElse();
    }
}
