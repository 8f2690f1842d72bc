package dev.fakewix.media.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.http.AuthMode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension's builder takes the core's and the server's own configuration as lambdas, with no copy of either. */
class OptionsAsLambdasTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static String firstIdOfAFakeSeeded(long seed) {
        return FakeMediaManager.builder()
                .seed(seed)
                .build()
                .site()
                .files()
                .importFile(ImportFileRequest.of("https://example.com/a.jpg"))
                .id();
    }

    @Nested
    class InProcess {
        @RegisterExtension
        static FakeMediaManagerExtension media =
                FakeMediaManagerExtension.builder().fake(b -> b.seed(42)).build();

        @Test
        void theCoresBuilderConfiguresTheFake(FakeMediaManager fake) {
            String id = fake.site()
                    .files()
                    .importFile(ImportFileRequest.of("https://example.com/a.jpg"))
                    .id();

            assertThat(id).isEqualTo(firstIdOfAFakeSeeded(42)).isNotEqualTo(firstIdOfAFakeSeeded(0));
        }
    }

    @Nested
    class OverHttp {
        @RegisterExtension
        static FakeMediaManagerExtension media = FakeMediaManagerExtension.builder()
                .http(true)
                .serverScope(ServerScope.PER_CLASS)
                .server(cfg -> cfg.maxJsonBodyBytes(64))
                .build();

        @Test
        void theServersConfigurationConfiguresTheSharedServer(FakeMediaManagerHttp http) throws Exception {
            String body = "{\"url\": \"https://example.com/" + "a".repeat(100) + ".jpg\"}";
            HttpResponse<String> refused = CLIENT.send(
                    http.request("/site-media/v1/files/import")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .header("Content-Type", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(413);
        }
    }

    @Nested
    class StrictAuthThroughTheServersConfiguration {
        @RegisterExtension
        static FakeMediaManagerExtension media = FakeMediaManagerExtension.builder()
                .http(true)
                .apiKey("team-key")
                .serverScope(ServerScope.PER_CLASS)
                .server(cfg -> cfg.auth(AuthMode.STRICT))
                .build();

        @Test
        void theHandedOutKeyIsAcceptedAndAnyOtherRefused(FakeMediaManagerHttp http) throws Exception {
            HttpResponse<String> accepted = CLIENT.send(
                    http.request("/site-media/v1/files").GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> refused = CLIENT.send(
                    http.request("/site-media/v1/files")
                            .setHeader("Authorization", "another-key")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(http.apiKey()).isEqualTo("team-key");
            assertThat(accepted.statusCode()).isEqualTo(200);
            assertThat(refused.statusCode()).isEqualTo(401);
        }
    }

    @Nested
    class TheCoresClockAndReadinessOverHttp {
        static final Instant START = Instant.parse("2030-06-01T12:00:00Z");

        @RegisterExtension
        static FakeMediaManagerExtension media = FakeMediaManagerExtension.builder()
                .http(true)
                .ownClock(true)
                .serverScope(ServerScope.PER_CLASS)
                .fake(b -> b.clock(VirtualClock.frozenAt(START)).readiness(Readiness.readyAfter(Duration.ofMinutes(2))))
                .build();

        @Test
        void eachTestsSiteStartsWhereTheFakesClockStartedWithTheFakesReadiness(
                MediaSite site, VirtualClock clock, FakeMediaManager fake) {
            String id = site.files()
                    .importFile(ImportFileRequest.of("https://example.com/a.jpg"))
                    .id();
            clock.advance(Duration.ofMinutes(2));

            assertThat(clock).isSameAs(site.clock()).isNotSameAs(fake.clock());
            assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(2)));
            assertThat(fake.clock().instant()).isEqualTo(START);
            assertThat(site.files().getFileDescriptor(id).operationStatus()).isEqualTo(OperationStatus.READY);
        }
    }
}
