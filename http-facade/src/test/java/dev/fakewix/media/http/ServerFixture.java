package dev.fakewix.media.http;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A deterministic fake (seed 7, frozen clock) behind a server on a free port, fresh for every test. */
abstract class ServerFixture {
    static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    /**
     * How long a test waits for another thread or process (a webhook, an answer on a raw socket, a page) before it
     * calls it a hang: long, because the build shares 2 cores with others; every wait ends as soon as its condition
     * holds.
     */
    static final Duration HANG = Duration.ofMinutes(2);

    FakeMediaManager fake;
    FakeMediaManagerServer server;
    WireClient client;
    MediaSite site;

    @BeforeEach
    void startServer() {
        fake = FakeMediaManager.builder()
                .seed(7)
                .clock(VirtualClock.frozenAt(NOW))
                .tokenSecret("fake-wix-media-manager:7")
                .build();
        server = FakeMediaManagerServer.start(fake, config -> configure(config.port(0)));
        client = new WireClient(server.baseUri());
        site = fake.site(WireClient.SITE_ID);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Subclasses add configuration. */
    void configure(ServerConfig config) {}

    void golden(String name, WireClient.Response response, int expectedStatus) {
        Assertions.assertThat(response.status())
                .as("status of %s: %s", name, response)
                .isEqualTo(expectedStatus);
        Assertions.assertThat(response.header("Content-Type")).startsWith("application/json");
        Assertions.assertThat(response.header("X-Wix-Request-Id")).isNotBlank();
        Golden.assertMatches(name, response, server.baseUri());
    }

    static Consumer<ServerConfig> noChange() {
        return c -> {};
    }
}
