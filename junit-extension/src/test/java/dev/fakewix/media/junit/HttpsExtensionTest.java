package dev.fakewix.media.junit;

import static dev.fakewix.media.junit.EngineRuns.assertAllPassed;
import static dev.fakewix.media.junit.EngineRuns.onlyFailure;
import static dev.fakewix.media.junit.EngineRuns.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.http.RequestJournal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** {@code https}, {@code tlsDir}, {@code wixHosts} and {@code serveMedia} of the annotation, and the injected SSLContext. */
class HttpsExtensionTest {
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Test
    void aTestCallsTheFakeOverHttpsWithTheInjectedSslContextAndFetchesFileUrl() {
        var results = EngineRuns.run(OverHttps.class);
        assertAllPassed(results, 1);
        assertThat(reported(results, "scheme")).containsExactly("https");
    }

    @Test
    void withoutHttpsTheSslContextSaysWhatToAdd() {
        assertThat(onlyFailure(EngineRuns.run(WithoutHttps.class))).contains("add https = true");
    }

    @Test
    void attributesThatNeedTheServerSaySo() {
        assertThat(onlyFailure(EngineRuns.run(HttpsWithoutHttp.class))).contains("add http = true");
        assertThat(onlyFailure(EngineRuns.run(BothMediaModes.class))).contains("choose one");
    }

    @WithFakeMediaManager(http = true, https = true, tlsDir = "target/fake-tls", serveMedia = true)
    static class OverHttps {
        @Test
        void uploadsAndDownloadsOverHttps(FakeMediaManagerHttp http, TestReporter reporter) throws Exception {
            HttpClient client =
                    HttpClient.newBuilder().sslContext(http.sslContext()).build();
            URI https = http.httpsUri().orElseThrow();
            HttpResponse<String> generated = client.send(
                    HttpRequest.newBuilder(https.resolve("/site-media/v1/files/generate-upload-url"))
                            .header("Authorization", http.apiKey())
                            .header("wix-site-id", http.siteId())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"mimeType\":\"image/png\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String uploadUrl = generated.body().replaceAll(".*\"uploadUrl\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> put = client.send(
                    HttpRequest.newBuilder(URI.create(uploadUrl + "?filename=cat.png"))
                            .header("Content-Type", "image/png")
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(PNG))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String fileUrl = put.body()
                    .replaceAll(
                            "^\\{\"file\":\\{\"id\":\"[^\"]+\",\"displayName\":\"[^\"]+\",\"url\":\"([^\"]+)\".*",
                            "$1");
            HttpResponse<byte[]> media = client.send(
                    HttpRequest.newBuilder(URI.create(fileUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(uploadUrl).startsWith(https.toString());
            assertThat(put.statusCode()).isEqualTo(200);
            assertThat(fileUrl).startsWith(https + "/_media/static.wixstatic.com/media/");
            assertThat(media.body()).isEqualTo(PNG);
            reporter.publishEntry("scheme", URI.create(fileUrl).getScheme());
        }
    }

    @WithFakeMediaManager(http = true)
    static class WithoutHttps {
        @Test
        void asksForTheContext(FakeMediaManagerHttp http) {
            assertThat(http.httpsUri()).isEmpty();
            http.sslContext();
        }
    }

    @WithFakeMediaManager(https = true)
    static class HttpsWithoutHttp {
        @Test
        void runs() {}
    }

    @WithFakeMediaManager(http = true, wixHosts = true, serveMedia = true)
    static class BothMediaModes {
        @Test
        void runs() {}
    }

    @Test
    void theRecordsOldConstructorHasNoHttps() {
        FakeMediaManagerHttp http = new FakeMediaManagerHttp(
                URI.create("http://127.0.0.1:1/"), 1, "s", "k", new RequestJournal(1), Optional.empty());
        assertThat(http.httpsUri()).isEmpty();
        assertThatThrownBy(http::sslContext).hasMessageContaining("https = true");
    }
}
