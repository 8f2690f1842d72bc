package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Any export the fake produced imports back (issue 19, finding 7): {@code PUT /_fake/sites/{id}/state} and
 * {@code --state FILE} stream the snapshot, so neither the 10 MiB cap on JSON bodies nor the heap limits what a site
 * may hold. Before, an export over 10 MiB (a 40,000-file site, one 8 MiB upload) was refused with 413, and
 * {@code --state} read the whole file.
 */
class StateTransferTest extends OnDemandServer {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Tens of MiB over loopback take seconds, beside other builds on 2 cores maybe a minute; a hang takes longer. */
    private static final Duration TRANSFER = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    private MediaSite startServer() {
        start(
                FakeMediaManager.builder()
                        .seed(7)
                        .clock(VirtualClock.frozenAt(NOW))
                        .build(),
                c -> c.port(0));
        return fake.site(WireClient.SITE_ID);
    }

    /** Uploads {@code size} seeded random bytes as one file; answers its MD5. */
    private static String upload(FakeMediaManager fake, MediaSite site, int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        String url = site.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("video/mp4"));
        FaceAccess.get()
                .transfers(fake)
                .upload(url.substring(url.lastIndexOf('/') + 1), "talk.mp4", "video/mp4", bytes);
        return md5(bytes);
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TRANSFER);
    }

    private Path export(URI base, String siteId) throws IOException, InterruptedException {
        Path file = dir.resolve("site-" + System.nanoTime() + ".json");
        HttpResponse<Path> r = HTTP.send(
                request(base.resolve("/_fake/sites/" + siteId + "/state")).build(),
                HttpResponse.BodyHandlers.ofFile(file));
        assertThat(r.statusCode()).isEqualTo(200);
        return file;
    }

    private static HttpResponse<String> put(URI base, String siteId, Path state)
            throws IOException, InterruptedException {
        return HTTP.send(
                request(base.resolve("/_fake/sites/" + siteId + "/state"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofFile(state))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anExportHoldingAnEightMiBUploadImportsBack() throws Exception {
        MediaSite site = startServer();
        String md5 = upload(fake, site, 8 * 1024 * 1024);
        Path state = export(server.baseUri(), site.siteId());
        assertThat(Files.size(state)).isGreaterThan(10L * 1024 * 1024);
        site.reset();

        HttpResponse<String> imported = put(server.baseUri(), site.siteId(), state);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(WireClient.JSON.readTree(imported.body()).get("files").asInt())
                .isEqualTo(1);
        FileDescriptor file =
                site.files().listFiles(ListFilesRequest.all()).files().get(0);
        assertThat(md5(FaceAccess.get().transfers(fake).content(site.siteId(), file.id())))
                .isEqualTo(md5);
    }

    @Test
    void anExportOfFortyThousandFilesImportsBack() throws Exception {
        MediaSite site = startServer();
        List<ImportFileRequest> batch = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            batch.add(ImportFileRequest.of("https://example.com/photos/" + i + ".jpg"));
            if (batch.size() == 100) {
                site.files().bulkImportFiles(batch);
                batch.clear();
            }
        }
        Path state = export(server.baseUri(), site.siteId());
        assertThat(Files.size(state)).isGreaterThan(10L * 1024 * 1024);
        byte[] before = Files.readAllBytes(state);
        site.reset();

        HttpResponse<String> imported = put(server.baseUri(), site.siteId(), state);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(WireClient.JSON.readTree(imported.body()).get("files").asInt())
                .isEqualTo(40_000);
        assertThat(Files.readAllBytes(export(server.baseUri(), site.siteId())))
                .as("exported again: the same")
                .isEqualTo(before);
    }

    @Test
    void aBadItemDeepInAStreamedImportIsNamedAndChangesNothing() throws Exception {
        MediaSite site = startServer();
        site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
        site.files().importFile(ImportFileRequest.of("https://example.com/b.jpg"));
        String json = Files.readString(export(server.baseUri(), site.siteId()));
        JsonNode tree = WireClient.JSON.readTree(json);
        ((ObjectNode) tree.get("files").get(1).get("file")).put("mediaType", "HOLOGRAM");
        ((ObjectNode) tree.get("files").get(1)).put("content", "not base64!");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, tree.toString());

        HttpResponse<String> refused = put(server.baseUri(), site.siteId(), bad);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("files[1].file.mediaType", "files[1].content");
        assertThat(site.files().listFiles(ListFilesRequest.all()).files()).hasSize(2);
    }

    /**
     * A 48 MiB upload's export (64 MiB of JSON) into a server with a 64 MiB heap, by PUT and by {@code --state}: the
     * old reader held the whole body (and refused it over 10 MiB), the whole file, and the decoded bytes.
     */
    @Test
    void aLargeExportImportsIntoASmallHeapByPutAndByStateFile() throws Exception {
        MediaSite site = startServer();
        String md5 = upload(fake, site, 48 * 1024 * 1024);
        Path state = export(server.baseUri(), site.siteId());
        String siteId = site.siteId();
        String fileId =
                site.files().listFiles(ListFilesRequest.all()).files().get(0).id();
        server.close();

        try (ForkedServer small = new ForkedServer(List.of("-Xmx64m"), List.of())) {
            HttpResponse<String> imported = put(small.baseUri(), siteId, state);
            assertThat(imported.statusCode())
                    .as("%s\n%s", imported.body(), small.output())
                    .isEqualTo(200);
            assertThat(downloadMd5(small.baseUri(), siteId, fileId)).isEqualTo(md5);
        }
        try (ForkedServer seeded = new ForkedServer(List.of("-Xmx64m"), List.of("--state", state.toString()))) {
            assertThat(downloadMd5(seeded.baseUri(), siteId, fileId))
                    .as(seeded.output())
                    .isEqualTo(md5);
        }
    }

    private static String downloadMd5(URI base, String siteId, String fileId) throws Exception {
        HttpResponse<String> url = HTTP.send(
                request(base.resolve("/site-media/v1/files/generate-file-download-url"))
                        .header("Authorization", "any")
                        .header("wix-site-id", siteId)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"fileId\":\"" + fileId + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(url.statusCode()).as(url.body()).isEqualTo(200);
        String download =
                WireClient.JSON.readTree(url.body()).at("/downloadUrls/0/url").stringValue();
        HttpResponse<InputStream> bytes =
                HTTP.send(request(URI.create(download)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(bytes.statusCode()).isEqualTo(200);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        try (InputStream in = bytes.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md5.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
