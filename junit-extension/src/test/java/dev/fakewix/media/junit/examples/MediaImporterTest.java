package dev.fakewix.media.junit.examples;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static dev.fakewix.media.assertj.RequestConditions.errorCode;
import static dev.fakewix.media.assertj.RequestConditions.status;
import static dev.fakewix.media.assertj.RequestConditions.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.Scenarios;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.junit.FakeMediaManagerHttp;
import dev.fakewix.media.junit.WithFakeMediaManager;
import dev.fakewix.media.junit.examples.MediaImporter.ImportException;
import dev.fakewix.media.junit.examples.MediaImporter.ImportedFile;
import dev.fakewix.media.junit.examples.MediaImporter.Pause;
import dev.fakewix.media.junit.examples.MediaImporter.Reason;
import dev.fakewix.media.junit.examples.MediaImporter.Settings;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example: {@link MediaImporter}, a user's REST client, tested against the fake over HTTP for each path it has.
 * Wix takes a while to process a file; here files turn READY 90 seconds after import, on the fake's clock.
 */
@WithFakeMediaManager(http = true, ownClock = true, readiness = "readyAfter 90s")
class MediaImporterTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Settings FAST = new Settings(Duration.ofSeconds(30), 5, 3, Duration.ofSeconds(1));

    private final List<Duration> pauses = new ArrayList<>(); // what the importer would have slept

    @Test
    void importsAFileAndPollsUntilItIsReady(FakeMediaManagerHttp http, VirtualClock clock, MediaSite site)
            throws Exception {
        Instant start = clock.instant();
        MediaImporter importer = importer(http, clock::advance); // each pause moves the fake's time, not ours

        ImportedFile file = importer.importAndWait("https://cdn.example.com/p/42.jpg", "product-42.jpg");

        assertThat(file.displayName()).isEqualTo("product-42.jpg");
        assertThat(file.mediaType()).isEqualTo("IMAGE");
        assertThat(site).fileAt("/product-42.jpg").isReady();
        assertThat(clock.instant()).isEqualTo(start.plusSeconds(90));
        assertThat(http)
                .received(Operation.IMPORT_FILE, 1)
                .received(Operation.GET_FILE_DESCRIPTOR, 4) // at 0, 30, 60 and 90 seconds
                .receivedNothingElse();
    }

    @Test
    void reportsAFileWhoseProcessingFailed(FakeMediaManagerHttp http, Scenarios scenarios, MediaSite site) {
        scenarios.readiness(Readiness.failed("UNSUPPORTED_FILE_FORMAT", "cannot decode the image"));

        assertThatThrownBy(() ->
                        importer(http, pauses::add).importAndWait("https://cdn.example.com/p/broken.jpg", "broken.jpg"))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PROCESSING_FAILED));
        assertThat(site).fileNamed("broken.jpg").hasFailed();
    }

    @Test
    void rejectsAnInvalidUrlWithTheFieldThatIsWrong(FakeMediaManagerHttp http, MediaSite site) {
        assertThatThrownBy(() -> importer(http, pauses::add).importAndWait("not a url", "x.jpg"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID_REQUEST);
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.wixCode()).isEqualTo("INVALID_ARGUMENT");
                    assertThat(e.violations()).singleElement().asString().startsWith("url: ");
                });
        assertThat(site).isEmpty();
        assertThat(http).received(Operation.IMPORT_FILE, 1, status(400)).receivedNothingElse();
    }

    @Test
    @WithFakeMediaManager(http = true, scenarios = "scenarios/quota-exceeded.json") // the JSON form of a scenario
    void reportsThatTheSiteIsFullWithoutRetrying(FakeMediaManagerHttp http) {

        assertThatThrownBy(() -> importer(http, pauses::add).importAndWait("https://cdn.example.com/p/1.jpg", "1.jpg"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.QUOTA_EXCEEDED);
                    assertThat(e.wixCode()).isEqualTo("SITE_QUOTA_EXCEEDED");
                });
        assertThat(pauses).isEmpty();
        assertThat(http)
                .received(Operation.IMPORT_FILE, 1, errorCode("SITE_QUOTA_EXCEEDED"))
                .receivedNothingElse();
    }

    @Test
    void retriesWhileTheServiceIsUnavailable(FakeMediaManagerHttp http, Scenarios scenarios) throws Exception {
        scenarios.readiness(Readiness.ready());
        scenarios.on(Operation.IMPORT_FILE).failWithStatus(503).times(2); // the Java form of a scenario

        ImportedFile file = importer(http, pauses::add).importAndWait("https://cdn.example.com/p/7.jpg", "7.jpg");

        assertThat(file.displayName()).isEqualTo("7.jpg");
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(http)
                .received(Operation.IMPORT_FILE, 2, errorCode("UNAVAILABLE"))
                .received(Operation.IMPORT_FILE, 1, succeeded())
                .received(Operation.GET_FILE_DESCRIPTOR, 1)
                .receivedNothingElse();
    }

    @Test
    void honoursRetryAfterWhenThrottled(FakeMediaManagerHttp http, Scenarios scenarios) throws Exception {
        scenarios.readiness(Readiness.ready());
        scenarios
                .on(Operation.IMPORT_FILE)
                .failWithStatus(429)
                .retryAfter(Duration.ofSeconds(5))
                .once();

        importer(http, pauses::add).importAndWait("https://cdn.example.com/p/8.jpg", "8.jpg");

        assertThat(pauses).containsExactly(Duration.ofSeconds(5)); // Retry-After wins over the 1 s back-off
    }

    @Test
    void givesUpWhenTheServiceStaysUnavailable(FakeMediaManagerHttp http, Scenarios scenarios) {
        scenarios.on(Operation.IMPORT_FILE).failWithStatus(503).always();

        assertThatThrownBy(() -> importer(http, pauses::add).importAndWait("https://cdn.example.com/p/9.jpg", "9.jpg"))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        assertThat(http).received(Operation.IMPORT_FILE, 3).receivedNothingElse();
    }

    @Test
    @WithFakeMediaManager(http = true, readiness = "manual")
    void givesUpWhenProcessingTakesTooLong(FakeMediaManagerHttp http, MediaSite site) {

        assertThatThrownBy(
                        () -> importer(http, pauses::add).importAndWait("https://cdn.example.com/p/10.mp4", "10.mp4"))
                .isInstanceOfSatisfying(
                        ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_READY_IN_TIME));
        assertThat(pauses).hasSize(FAST.maxPolls() - 1).containsOnly(FAST.pollInterval());
        assertThat(site).fileNamed("10.mp4").isPending();
    }

    private static MediaImporter importer(FakeMediaManagerHttp http, Pause pause) {
        return new MediaImporter(CLIENT, http.baseUri(), http.apiKey(), http.siteId(), FAST, pause);
    }
}
