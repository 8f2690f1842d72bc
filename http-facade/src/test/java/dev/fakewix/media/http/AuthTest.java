package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The three auth modes: who may call, for which site, and what a refusal looks like on the wire. */
class AuthTest extends OnDemandServer {
    private static final String SITE_A = "site-a";
    private static final String SITE_B = "site-b";
    private static final String IMPORT = "{\"url\":\"https://example.com/a.jpg\"}";

    private WireClient start(Consumer<ServerConfig> config) {
        return start(FakeMediaManager.builder().build(), config);
    }

    private static void assertRefused(WireClient.Response response, int status, String code) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.json().at("/details/applicationError/code").stringValue())
                .isEqualTo(code);
        assertThat(response.header("X-Wix-Request-Id")).isNotBlank();
    }

    @Test
    void permissiveModeIsTheDefaultAndAcceptsAnyNonEmptyKey() {
        WireClient client = start(c -> {});
        assertThat(client.with("Authorization", "anything at all")
                        .get("/site-media/v1/files")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void permissiveModeRefusesAMissingAuthorizationWith401() {
        WireClient client = start(c -> {});
        assertRefused(client.with("Authorization", null).get("/site-media/v1/files"), 401, "UNAUTHENTICATED");
        assertRefused(client.with("Authorization", "  ").get("/site-media/v1/files"), 401, "UNAUTHENTICATED");
    }

    @Test
    void permissiveModeCreatesSitesOnFirstUseAndKeepsThemApart() {
        WireClient client = start(c -> {});
        client.with("wix-site-id", SITE_A).post("/site-media/v1/files/import", IMPORT);
        assertThat(fake.site(SITE_A).files().listFiles(ListFilesRequest.all()).files())
                .hasSize(1);
        assertThat(client.with("wix-site-id", SITE_B)
                        .get("/site-media/v1/files")
                        .json()
                        .get("files"))
                .isEmpty();
    }

    @Test
    void withoutASiteHeaderTheDefaultSiteIsUsed() {
        WireClient client = start(c -> {});
        client.with("wix-site-id", null).post("/site-media/v1/files/import", IMPORT);
        assertThat(fake.site().files().listFiles(ListFilesRequest.all()).files())
                .hasSize(1);
    }

    @Test
    void offModeNeedsNoKey() {
        WireClient client = start(c -> c.auth(AuthMode.OFF));
        assertThat(client.with("Authorization", null)
                        .post("/site-media/v1/files/import", IMPORT)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void strictModeAcceptsAConfiguredManageKeyForItsSite() {
        WireClient client = start(c -> c.auth(AuthMode.STRICT).apiKey("admin", Set.of(SITE_A), true));
        assertThat(client.with("Authorization", "admin")
                        .with("wix-site-id", SITE_A)
                        .post("/site-media/v1/files/import", IMPORT)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void strictModeRefusesAnUnknownKeyWith401() {
        WireClient client = start(c -> c.auth(AuthMode.STRICT).apiKey("admin", Set.of(SITE_A), true));
        assertRefused(
                client.with("Authorization", "guess")
                        .with("wix-site-id", SITE_A)
                        .get("/site-media/v1/files"),
                401,
                "UNAUTHENTICATED");
    }

    @Test
    void strictModeRefusesAReadOnlyKeyOnWritesWith403ButLetsItRead() {
        WireClient reader = start(c -> c.auth(AuthMode.STRICT).apiKey("reader", Set.of(SITE_A), false))
                .with("Authorization", "reader")
                .with("wix-site-id", SITE_A);
        assertThat(reader.get("/site-media/v1/files").status()).isEqualTo(200);
        assertRefused(reader.post("/site-media/v1/files/import", IMPORT), 403, "PERMISSION_DENIED");
        assertRefused(reader.post("/site-media/v1/folders", "{\"displayName\":\"x\"}"), 403, "PERMISSION_DENIED");
        assertThat(fake.site(SITE_A).files().listFiles(ListFilesRequest.all()).files())
                .isEmpty();
    }

    @Test
    void strictModeRefusesAKeyUsedForAnotherSiteWith403() {
        WireClient client = start(c -> c.auth(AuthMode.STRICT).apiKey("admin", Set.of(SITE_A), true));
        assertRefused(
                client.with("Authorization", "admin")
                        .with("wix-site-id", SITE_B)
                        .get("/site-media/v1/files"),
                403,
                "PERMISSION_DENIED");
    }

    @Test
    void strictModeKeyForEverySiteAcceptsAnySite() {
        WireClient client = start(c -> c.auth(AuthMode.STRICT).apiKey("root", Set.of(ServerConfig.ANY_SITE), true));
        assertThat(client.with("Authorization", "Bearer root")
                        .with("wix-site-id", SITE_B)
                        .get("/site-media/v1/files")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void strictModeWithoutASiteHeaderUsesTheKeysOnlySite() {
        WireClient client = start(c -> c.auth(AuthMode.STRICT).apiKey("admin", Set.of(SITE_A), true));
        client.with("Authorization", "admin").with("wix-site-id", null).post("/site-media/v1/files/import", IMPORT);
        assertThat(fake.site(SITE_A).files().listFiles(ListFilesRequest.all()).files())
                .hasSize(1);
    }

    @Test
    void strictModeWithoutKeysIsAConfigurationError() {
        assertThatThrownBy(() -> start(c -> c.auth(AuthMode.STRICT)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("config.apiKey");
    }

    @Test
    void inStrictModeTheAdminApiNeedsTheAdminTokenNotAnApiKey() {
        WireClient client = start(c -> c.auth(AuthMode.STRICT).apiKey("admin", Set.of(SITE_A), true))
                .with("Authorization", null);
        assertThat(client.get("/_fake/health").status())
                .as("health checks need no token")
                .isEqualTo(200);
        assertRefused(client.post("/_fake/reset", "{}"), 401, "UNAUTHENTICATED");
        assertRefused(client.with("Authorization", "admin").post("/_fake/reset", "{}"), 401, "UNAUTHENTICATED");
        assertRefused(
                client.with(FakeMediaManagerServer.ADMIN_TOKEN_HEADER, "guess").get("/_fake/sites"),
                401,
                "UNAUTHENTICATED");
        String token = server.adminToken().orElseThrow();
        assertThat(token).matches("[0-9a-f]{32}");
        assertThat(client.with(FakeMediaManagerServer.ADMIN_TOKEN_HEADER, token)
                        .post("/_fake/reset", "{}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anAdminTokenCanBePinnedOrSwitchedOff() {
        WireClient client = start(c -> c.adminToken("pinned-token"));
        assertThat(server.adminToken()).contains("pinned-token");
        assertRefused(client.get("/_fake/sites"), 401, "UNAUTHENTICATED");
        assertThat(client.with(FakeMediaManagerServer.ADMIN_TOKEN_HEADER, "pinned-token")
                        .get("/_fake/sites")
                        .status())
                .isEqualTo(200);
        server.close();
        WireClient open = start(c ->
                c.auth(AuthMode.STRICT).apiKey("admin", Set.of(SITE_A), true).adminToken(null));
        assertThat(server.adminToken()).isEmpty();
        assertThat(open.post("/_fake/reset", "{}").status()).isEqualTo(200);
    }

    @Test
    void transferUrlsNeedNoKeyEvenInStrictMode() {
        WireClient client = start(c -> c.auth(AuthMode.STRICT).apiKey("admin", Set.of("*"), true));
        String url = fake.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
        WireClient.Response upload = client.with("Authorization", null)
                .send("PUT", url, new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png", Map.of());
        assertThat(upload.status()).as("%s", upload).isLessThan(500).isNotEqualTo(401);
    }
}
