package dev.fakewix.media.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.http.AuthMode;
import dev.fakewix.media.http.FakeMediaManagerServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** In strict mode the server's admin API needs its token; the injected {@link FakeMediaManagerHttp} carries it. */
@WithFakeMediaManager(http = true, auth = AuthMode.STRICT, apiKey = "the-only-key")
class StrictAdminTokenTest {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void anAdminCallThroughTheInjectedRequestBuilderCarriesTheStrictServersToken(
            FakeMediaManagerHttp http, MediaSite site) throws Exception {
        site.folders().createFolder("Pets", null);
        assertThat(http.adminToken()).isPresent();

        HttpResponse<String> reset = client.send(
                http.request("/_fake/sites/" + http.siteId() + "/reset")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(reset.statusCode()).as(reset.body()).isBetween(200, 299);
        assertThat(site.folders().listFolders(ListFoldersRequest.all()).folders())
                .isEmpty();
    }

    @Test
    void withoutTheTokenTheSameAdminCallIsRefusedAndChangesNothing(FakeMediaManagerHttp http, MediaSite site)
            throws Exception {
        site.folders().createFolder("Pets", null);
        HttpRequest.Builder bare = HttpRequest.newBuilder(http.uri("/_fake/sites/" + http.siteId() + "/reset"));
        http.headers().forEach(bare::header);

        HttpResponse<String> reset = client.send(
                bare.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(reset.statusCode()).isIn(401, 403);
        assertThat(reset.body()).contains(FakeMediaManagerServer.ADMIN_TOKEN_HEADER);
        assertThat(site.folders().listFolders(ListFoldersRequest.all()).folders())
                .hasSize(1);
    }
}
