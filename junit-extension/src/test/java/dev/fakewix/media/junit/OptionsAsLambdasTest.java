package dev.fakewix.media.junit;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.model.ImportFileRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The extension's builder takes the core's and the server's own configuration as lambdas, with no copy of either. */
class OptionsAsLambdasTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static String firstIdOfAFakeSeeded(long seed) {
        return FakeMediaManager.builder().seed(seed).build().files()
                .importFile(ImportFileRequest.of("https://example.com/a.jpg")).id();
    }

    @Nested
    class InProcess {
        @RegisterExtension
        static FakeMediaManagerExtension media = FakeMediaManagerExtension.builder().fake(b -> b.seed(42)).build();

        @Test
        void theCoresBuilderConfiguresTheFake(FakeMediaManager fake) {
            String id = fake.files().importFile(ImportFileRequest.of("https://example.com/a.jpg")).id();

            assertThat(id).isEqualTo(firstIdOfAFakeSeeded(42)).isNotEqualTo(firstIdOfAFakeSeeded(0));
        }
    }

    @Nested
    class OverHttp {
        @RegisterExtension
        static FakeMediaManagerExtension media = FakeMediaManagerExtension.builder().http(true)
                .serverScope(ServerScope.PER_CLASS).server(cfg -> cfg.maxJsonBodyBytes(64)).build();

        @Test
        void theServersConfigurationConfiguresTheSharedServer(FakeMediaManagerHttp http) throws Exception {
            String body = "{\"url\": \"https://example.com/" + "a".repeat(100) + ".jpg\"}";
            HttpResponse<String> refused = CLIENT.send(http.request("/site-media/v1/files/import")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(413);
        }
    }
}
