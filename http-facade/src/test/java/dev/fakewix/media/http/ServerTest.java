package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import io.javalin.Javalin;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The embedded server, the Javalin plugin and the journal as public API. */
class ServerTest {

    @Test
    void theServerListensOnLoopbackByDefault() {
        try (FakeMediaManagerServer server = FakeMediaManagerServer.start(config -> {})) {
            assertThat(server.boundHost()).isEqualTo("127.0.0.1");
            assertThat(server.baseUri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
            assertThat(server.port()).isPositive();
        }
    }

    @Test
    void aServerCanListenOnAnotherAddressWhenAsked() throws Exception {
        try (FakeMediaManagerServer server = FakeMediaManagerServer.start(config -> config.host("0.0.0.0"))) {
            assertThat(server.boundHost()).isEqualTo("0.0.0.0");
            assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(InetAddress.getByName(server.baseUri().getHost()).isLoopbackAddress())
                    .isTrue();
        }
    }

    @Test
    void closingTheServerFreesItsPort() throws Exception {
        FakeMediaManagerServer server = FakeMediaManagerServer.start(config -> {});
        int port = server.port();
        server.close();
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aTakenPortFailsToStartWithAnException() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> FakeMediaManagerServer.start(config -> config.port(taken.getLocalPort())))
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void invalidConfigurationIsRefusedWithAMessageThatSaysWhy() {
        assertThatThrownBy(() -> FakeMediaManagerServer.start(config -> config.port(70000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..65535");
        assertThatThrownBy(() -> FakeMediaManagerServer.start(config -> config.apiKey("k", Set.of(), true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one site");
    }

    @Test
    void theServerServesTheGivenFakeAndPointsItsTransferUrlsAtItself() {
        FakeMediaManager fake = FakeMediaManager.builder().build();
        try (FakeMediaManagerServer server = FakeMediaManagerServer.start(fake, config -> config.port(0))) {
            assertThat(server.fake()).isSameAs(fake);
            String url = fake.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
            assertThat(url).startsWith(server.baseUri() + "/_wixmp/upload/");
        }
    }

    @Test
    void thePluginMountsTheFakeNextToTheAppsOwnRoutes() {
        FakeMediaManager fake = FakeMediaManager.builder().build();
        FakeMediaManagerPlugin plugin = new FakeMediaManagerPlugin(fake, config -> config.auth(AuthMode.OFF));
        Javalin app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.registerPlugin(plugin);
                    config.routes.get("/hello", ctx -> ctx.result("hi"));
                })
                .start("127.0.0.1", 0);
        try {
            URI base = URI.create("http://127.0.0.1:" + app.port());
            WireClient client = new WireClient(base).with("Authorization", null).with("wix-site-id", null);
            assertThat(client.get("/hello").body()).isEqualTo("hi");
            assertThat(client.post("/site-media/v1/files/import", "{\"url\":\"https://example.com/a.jpg\"}")
                            .status())
                    .isEqualTo(200);
            assertThat(fake.site().files().listFiles(ListFilesRequest.all()).files())
                    .hasSize(1);
            assertThat(plugin.journal().count(Operation.IMPORT_FILE)).isEqualTo(1);
            assertThat(plugin.baseUri()).isEqualTo(base);
            assertThat(fake.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png")))
                    .startsWith(base + "/_wixmp/upload/");
            // the app's own unknown paths stay the app's (Javalin's default 404), the fake's prefixes are the fake's
            assertThat(client.get("/not-the-fakes").body()).doesNotContain("applicationError");
            assertThat(client.get("/site-media/v1/nothing")
                            .json()
                            .at("/details/applicationError/code")
                            .stringValue())
                    .isEqualTo("NOT_FOUND");
        } finally {
            app.stop();
        }
    }

    @Test
    void theJournalIsABoundedRingBuffer() {
        try (FakeMediaManagerServer server = FakeMediaManagerServer.start(config -> config.journalCapacity(3))) {
            WireClient client = new WireClient(server.baseUri());
            for (int i = 0; i < 5; i++) {
                client.get("/site-media/v1/files?paging.limit=" + (i + 1));
            }
            List<JournalEntry> entries = server.journal().entries();
            assertThat(entries).hasSize(3);
            assertThat(entries)
                    .extracting(e -> e.query().get("paging.limit"))
                    .containsExactly(List.of("3"), List.of("4"), List.of("5"));
            assertThat(server.journal().count(Operation.LIST_FILES)).isEqualTo(3);
            server.journal().clear();
            assertThat(server.journal().entries()).isEmpty();
        }
    }

    @Test
    void theJournalForgetsOneSitesEntriesOnRequest() {
        try (FakeMediaManagerServer server = FakeMediaManagerServer.start(config -> {})) {
            WireClient client = new WireClient(server.baseUri());
            client.get("/site-media/v1/files");
            client.with("wix-site-id", "other-site").get("/site-media/v1/files");
            client.with("wix-site-id", "other-site").get("/site-media/v1/folders");

            int forgotten = server.journal().removeIf(e -> "other-site".equals(e.siteId()));

            assertThat(forgotten).isEqualTo(2);
            assertThat(server.journal().entries())
                    .extracting(JournalEntry::siteId)
                    .containsExactly(WireClient.SITE_ID);
        }
    }

    @Test
    void aJournalEntryDescribesTheRequestAndItsAnswer() {
        try (FakeMediaManagerServer server = FakeMediaManagerServer.start(config -> {})) {
            WireClient client = new WireClient(server.baseUri());
            WireClient.Response response = client.post("/site-media/v1/files/get-files", "{\"fileIds\":[\"nope\"]}");
            JournalEntry entry = server.journal().entries().get(0);
            assertThat(response.header("X-Wix-Request-Id")).isEqualTo("fake-" + entry.sequence());
            assertThat(entry.operation()).isEqualTo(Operation.GET_FILE_DESCRIPTORS);
            assertThat(entry.method()).isEqualTo("POST");
            assertThat(entry.path()).isEqualTo("/site-media/v1/files/get-files");
            assertThat(entry.siteId()).isEqualTo(WireClient.SITE_ID);
            assertThat(entry.body()).isEqualTo("{\"fileIds\":[\"nope\"]}");
            assertThat(entry.status()).isEqualTo(400);
            assertThat(entry.errorCode()).isEqualTo("RESOURCE_NOT_FOUND");
            assertThat(entry.isError()).isTrue();
            assertThat(entry.scenario()).isNull();
        }
    }

    @Test
    void unknownPathsAreJournaledWithoutAnOperation() {
        try (FakeMediaManagerServer server = FakeMediaManagerServer.start(config -> {})) {
            new WireClient(server.baseUri()).get("/nowhere");
            assertThat(server.journal().entries()).singleElement().satisfies(e -> {
                assertThat(e.operation()).isNull();
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.errorCode()).isEqualTo("NOT_FOUND");
            });
        }
    }

    @Test
    void everyPublicEntryPointWorksTogether() {
        FakeMediaManager fake = FakeMediaManager.builder()
                .clock(VirtualClock.frozenAt(Instant.parse("2024-01-01T00:00:00Z")))
                .build();
        try (FakeMediaManagerServer server = FakeMediaManagerServer.start(
                fake,
                config -> config.port(0)
                        .host("127.0.0.1")
                        .auth(AuthMode.STRICT)
                        .apiKey("k", Set.of("*"), true)
                        .journalCapacity(10)
                        .maxJsonBodyBytes(1024)
                        .maxUploadBytes(1024)
                        .baseUri(URI.create("http://example.test")))) {
            fake.site().files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            assertThat(fake.site()
                            .files()
                            .generateFilesDownloadUrl(List.of(fake.site()
                                    .files()
                                    .listFiles(ListFilesRequest.all())
                                    .files()
                                    .get(0)
                                    .id())))
                    .startsWith("http://example.test/_wixmp/archive/");
            assertThat(server.baseUri()).isEqualTo(URI.create("http://example.test"));
            WireClient.Response r = new WireClient(URI.create("http://127.0.0.1:" + server.port()))
                    .with("Authorization", "k")
                    .get("/site-media/v1/files");
            assertThat(r.status()).isEqualTo(200);
            RequestJournal journal = server.journal();
            assertThat(journal.capacity()).isEqualTo(10);
            assertThat(journal.entries(JournalEntry::isError)).isEmpty();
            JournalEntry made = new JournalEntry(
                    99, Instant.EPOCH, null, null, "GET", "/x", Map.of("a", List.of("b")), null, 200, null, null);
            journal.record(made);
            assertThat(journal.entries()).last().isEqualTo(made);
            assertThat(server.toString()).contains(server.baseUri().toString());
            assertThat(AuthMode.values()).containsExactly(AuthMode.OFF, AuthMode.PERMISSIVE, AuthMode.STRICT);
            assertThat(new RequestJournal(0).capacity()).isZero();
            assertThat(RequestJournal.DEFAULT_CAPACITY).isEqualTo(1000);
        }
    }
}
