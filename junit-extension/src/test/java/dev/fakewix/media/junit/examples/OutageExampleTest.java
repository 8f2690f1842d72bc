package dev.fakewix.media.junit.examples;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static dev.fakewix.media.assertj.RequestConditions.bodyHas;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.junit.FakeMediaManagerExtension;
import dev.fakewix.media.junit.FakeMediaManagerHttp;
import dev.fakewix.media.junit.examples.MediaImporter.ImportedFile;
import dev.fakewix.media.junit.examples.MediaImporter.Settings;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The programmatic registration: every test of this class starts with one 503 outage of the import endpoint, and
 * videos need a manual nudge (settings an annotation cannot carry).
 */
class OutageExampleTest {
    @RegisterExtension
    static final FakeMediaManagerExtension MEDIA = FakeMediaManagerExtension.builder()
            .http(true)
            .fake(b -> b.readiness(Readiness.ready().forMediaType(MediaType.VIDEO, Readiness.manual())))
            .scenario(site -> site.scenarios()
                    .on(Operation.IMPORT_FILE)
                    .failWithStatus(503)
                    .once())
            .build();

    private final List<Duration> pauses = new ArrayList<>();

    @Test
    void anImageSurvivesTheOutage(FakeMediaManagerHttp http) throws Exception {
        MediaImporter importer = new MediaImporter(
                HttpClient.newHttpClient(),
                http.baseUri(),
                http.apiKey(),
                http.siteId(),
                Settings.defaults(),
                pauses::add);

        ImportedFile file = importer.importAndWait("https://cdn.example.com/banner.png", "banner.png");

        assertThat(file.mediaType()).isEqualTo("IMAGE");
        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
        assertThat(http).received(Operation.IMPORT_FILE, 2, bodyHas("displayName", "banner.png"));
    }

    @Test
    void theOutageIsThereAgainForTheNextTest(FakeMediaManagerHttp http) throws Exception {
        MediaImporter importer = new MediaImporter(
                HttpClient.newHttpClient(),
                http.baseUri(),
                http.apiKey(),
                http.siteId(),
                Settings.defaults(),
                pauses::add);

        importer.importAndWait("https://cdn.example.com/logo.png", "logo.png");

        assertThat(pauses).hasSize(1);
    }
}
