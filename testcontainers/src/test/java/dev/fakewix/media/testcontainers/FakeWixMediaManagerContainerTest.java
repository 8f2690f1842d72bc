package dev.fakewix.media.testcontainers;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import dev.fakewix.media.assertj.RequestConditions;
import dev.fakewix.media.core.Operation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

/**
 * The image just built, through Testcontainers, on the machine's container engine (podman's Docker API in CI): seed,
 * call as the code under test would, assert on the journal, reset. Skipped without an engine, except with CI=true.
 */
class FakeWixMediaManagerContainerTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String SCENARIO_SITE = "scenario-site";
    private static FakeWixMediaManagerContainer fake;

    @BeforeAll
    static void startTheImageJustBuilt() {
        boolean engine = DockerClientFactory.instance().isDockerAvailable();
        if (!engine && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("no container engine for Testcontainers, and CI=true forbids skipping:"
                    + " .ci/run starts podman's Docker API (DOCKER_HOST=unix:///run/podman/podman.sock)");
        }
        assumeTrue(engine, "SKIPPED: no container engine for Testcontainers (see README \"Testcontainers\")");
        // the image is this build's: ThisBuildsImage loaded its tarball
        Path resources = Path.of("src", "test", "resources");
        fake = new FakeWixMediaManagerContainer()
                .withReadiness("readyAfter PT5M")
                .withScenario(SCENARIO_SITE, resources.resolve("list-files-unavailable-once.json"))
                .withState(resources.resolve("pets-site.json"));
        fake.start();
    }

    @AfterAll
    static void stop() {
        if (fake != null) {
            fake.stop();
        }
    }

    @Test
    void seedCallAssertOnTheJournalAndReset() throws Exception {
        String site = fake.newSiteId();
        String snapshot = Files.readString(Path.of("src", "test", "resources", "pets-site.json"));
        fake.seed(site, snapshot.replace("\"pets\"", "\"" + site + "\""));

        assertThat(get("/site-media/v1/folders/folder-1", site).body()).contains("\"displayName\":\"Pets\"");
        assertThat(get("/site-media/v1/files", site).statusCode()).isEqualTo(200);

        assertThat(fake.journal())
                .forSite(site)
                .received(Operation.GET_FOLDER, 1, RequestConditions.succeeded())
                .received(Operation.LIST_FILES, 1)
                .receivedNothingElse();

        fake.reset(site);
        assertThat(get("/site-media/v1/folders/folder-1", site).body()).contains("RESOURCE_NOT_FOUND");
    }

    @Test
    void theStateFileAndTheScenarioFileApplyAtStart() throws Exception {
        assertThat(get("/site-media/v1/folders/folder-1", "pets").statusCode()).isEqualTo(200);
        assertThat(get("/site-media/v1/files", SCENARIO_SITE).statusCode()).isEqualTo(503);
        assertThat(get("/site-media/v1/files", SCENARIO_SITE).statusCode()).isEqualTo(200);
        assertThat(fake.journal())
                .forSite(SCENARIO_SITE)
                .received(Operation.LIST_FILES, 1, RequestConditions.status(503))
                .received(Operation.LIST_FILES, 1, RequestConditions.succeeded());
    }

    @Test
    void theVirtualClockMovesPendingFilesToReady() throws Exception {
        String site = fake.newSiteId();
        String imported = post(
                        "/site-media/v1/files/import",
                        site,
                        "{\"url\":\"https://cdn.example.com/cat.jpg\",\"mediaType\":\"IMAGE\"}")
                .body();
        assertThat(imported).contains("\"operationStatus\":\"PENDING\"");
        String id = imported.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        fake.advanceClock(Duration.ofMinutes(5));
        assertThat(get("/site-media/v1/files/get-file-by-id?fileId=" + id, site).body())
                .contains("\"operationStatus\":\"READY\"");
    }

    @Test
    void withADataDirectoryTheStateOutlivesTheContainer(@TempDir Path data) throws Exception {
        // the image's user (10001) writes there: a directory of this test's user must let it
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        String site = "kept-site";
        try (FakeWixMediaManagerContainer first = new FakeWixMediaManagerContainer().withDataDir(data)) {
            first.start();
            assertThat(send(
                                    HttpRequest.newBuilder(first.baseUrl().resolve("/site-media/v1/files/import"))
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(
                                                    "{\"url\":\"https://cdn.example.com/kept.jpg\"}")),
                                    site)
                            .statusCode())
                    .isEqualTo(200);
        }
        try (FakeWixMediaManagerContainer second = new FakeWixMediaManagerContainer().withDataDir(data)) {
            second.start();
            assertThat(send(
                                    HttpRequest.newBuilder(second.baseUrl().resolve("/site-media/v1/files"))
                                            .GET(),
                                    site)
                            .body())
                    .contains("\"displayName\":\"kept.jpg\"");
        }
    }

    @Test
    void theFakeIsReachedOn127001AndPublishedThereOnly() {
        assertThat(fake.baseUrl().getHost()).isEqualTo("127.0.0.1");
        Ports.Binding[] bindings = fake.getContainerInfo()
                .getNetworkSettings()
                .getPorts()
                .getBindings()
                .get(ExposedPort.tcp(FakeWixMediaManagerContainer.HTTP_PORT));
        assertThat(bindings).extracting(Ports.Binding::getHostIp).containsOnly("127.0.0.1");
        assertThat(fake.getContainerInfo().getHostConfig().getPublishAllPorts()).isNotEqualTo(true);
    }

    private static HttpResponse<String> get(String path, String site) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), site);
    }

    private static HttpResponse<String> post(String path, String site, String json) throws Exception {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                site);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String site) throws Exception {
        return HTTP.send(
                request.header("Authorization", "test-key")
                        .header("wix-site-id", site)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return fake.baseUrl().resolve(path);
    }
}
