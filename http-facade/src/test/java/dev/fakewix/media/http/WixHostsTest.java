package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.model.ImportFileRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * With {@code wixHosts(true)} the HTTPS port answers as Wix's hosts do, reached by their names (the TLS server name
 * and {@code Host}, as a client whose hosts file maps them to the fake). run-wix-hosts.sh proves the same with the
 * official SDK, Python and curl in a network namespace; this test runs in any JVM.
 */
class WixHostsTest {
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private static final String API = "www.wixapis.com";
    private static final Map<String, String> AUTH = Map.of("Authorization", "k", "Content-Type", "application/json");

    @TempDir
    Path tlsDir;

    private FakeMediaManager fake;
    private FakeMediaManagerServer server;
    private TlsClient client;

    @BeforeEach
    void start() {
        fake = FakeMediaManager.builder().seed(5).build();
        server = FakeMediaManagerServer.start(
                fake, c -> c.port(0).httpsPort(0).tlsDir(tlsDir).wixHosts(true));
        client = new TlsClient(
                server.sslContext(), server.httpsUri().orElseThrow().getPort());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TlsClient.Answer call(String method, String url, byte[] body, Map<String, String> headers)
            throws Exception {
        URI uri = URI.create(url);
        return client.send(
                method,
                uri.getHost(),
                uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                body,
                headers);
    }

    private JsonNode api(String method, String path, String json) throws Exception {
        TlsClient.Answer answer = call(
                method,
                "https://" + API + "/site-media/v1" + path,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                AUTH);
        assertThat(answer.status()).as("%s %s: %s", method, path, answer.text()).isEqualTo(200);
        return WireClient.JSON.readTree(answer.body());
    }

    @Test
    void anUploadToWixsUploadHostIsServedAtWixsCdnUrlByteForByte() throws Exception {
        String uploadUrl = api("POST", "/files/generate-upload-url", "{\"mimeType\":\"image/png\"}")
                .get("uploadUrl")
                .stringValue();
        TlsClient.Answer put = call("PUT", uploadUrl + "?filename=cat.png", PNG, Map.of("Content-Type", "image/png"));
        String id = WireClient.JSON.readTree(put.body()).at("/file/id").stringValue();
        String url = api("GET", "/files/get-file-by-id?fileId=" + id, null)
                .at("/file/url")
                .stringValue();

        TlsClient.Answer media = call("GET", url, null, Map.of());

        assertThat(uploadUrl).startsWith("https://upload.wixmp.com/upload/");
        assertThat(put.status()).isEqualTo(200);
        assertThat(url).isEqualTo("https://static.wixstatic.com/media/" + id);
        assertThat(media.status()).isEqualTo(200);
        assertThat(media.header("Content-Type")).isEqualTo("image/png");
        assertThat(media.body()).isEqualTo(PNG);
        JournalEntry fetched =
                server.journal().entries().get(server.journal().entries().size() - 1);
        assertThat(fetched.path()).as("journaled as the client sent it").isEqualTo("/media/" + id);
        assertThat(fetched.status()).isEqualTo(200);
    }

    @Test
    void everyUrlTheFakeHandsOutIsInTheCertificateAndAnswered() throws Exception {
        MediaSite site = fake.site();
        List<String> imports = List.of(
                "https://example.com/a/photo.jpg",
                "https://example.com/a/clip.mp4",
                "https://example.com/a/song.mp3",
                "https://example.com/a/report.pdf",
                "https://example.com/a/bundle.zip",
                "https://example.com/a/model.glb",
                "https://example.com/a/logo.svg");
        for (String url : imports) {
            site.registerImportContent(url, ("bytes of " + url).getBytes(StandardCharsets.UTF_8));
            site.files().importFile(ImportFileRequest.of(url));
        }
        JsonNode files = api("GET", "/files?paging.limit=100", null).get("files");
        Set<String> urls = new LinkedHashSet<>();
        for (JsonNode file : files) {
            collectUrls(file, urls);
        }
        String video = null;
        List<String> ids = new ArrayList<>();
        for (JsonNode file : files) {
            ids.add(file.get("id").stringValue());
            if (file.get("mediaType").stringValue().equals("VIDEO")) {
                video = file.get("id").stringValue();
            }
        }
        urls.add(api(
                        "POST",
                        "/files/generate-file-download-url",
                        "{\"fileId\":\"" + video + "\",\"assetKeys\":[\"src\",\"720p\"]}")
                .at("/downloadUrls/1/url")
                .stringValue());
        urls.add(api("POST", "/files/generate-download-url", "{\"fileIds\":[\"" + String.join("\",\"", ids) + "\"]}")
                .get("downloadUrl")
                .stringValue());
        urls.add(api("POST", "/files/generate-video-stream-url", "{\"fileId\":\"" + video + "\",\"format\":\"HLS\"}")
                .at("/downloadUrl/url")
                .stringValue());

        assertThat(urls).hasSizeGreaterThan(15);
        Set<String> hosts = new LinkedHashSet<>();
        for (String url : urls) {
            hosts.add(URI.create(url).getHost());
            // TlsClient checks the certificate against the URL's host name
            TlsClient.Answer answer = call("GET", url, null, Map.of());
            assertThat(answer.status()).as("GET %s: %s", url, answer.text()).isEqualTo(200);
        }
        assertThat(hosts)
                .contains(
                        "static.wixstatic.com",
                        "video.wixstatic.com",
                        "download-files.wixmp.com",
                        "archive.wixmp.com",
                        "repackager.wixmp.com",
                        fake.defaultSiteId() + ".usrfiles.com");
    }

    @Test
    void anUnknownPathOfAWixHostIs404AsACdnAnswersAndJournaled() throws Exception {
        TlsClient.Answer answer = call("GET", "https://static.wixstatic.com/nothing/here.png", null, Map.of());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(WireClient.JSON
                        .readTree(answer.body())
                        .at("/details/applicationError/description")
                        .stringValue())
                .contains("https://static.wixstatic.com/nothing/here.png");
        JournalEntry entry =
                server.journal().entries().get(server.journal().entries().size() - 1);
        assertThat(entry.path()).isEqualTo("/nothing/here.png");
        assertThat(entry.status()).isEqualTo(404);
    }

    @Test
    void theAdminApiIsNotOnWixsNames() throws Exception {
        TlsClient.Answer onWix = call("GET", "https://www.wixapis.com/_fake/journal", null, Map.of());
        TlsClient.Answer onLoopback = client.get("localhost", "/_fake/journal");

        assertThat(onWix.status()).isEqualTo(404);
        assertThat(onLoopback.status()).isEqualTo(200);
    }

    @Test
    void aResumableUploadGoesThroughWixsUploadHost() throws Exception {
        JsonNode resumable = api(
                "POST",
                "/files/generate-resumable-upload-url",
                "{\"mimeType\":\"image/png\",\"fileName\":\"tus.png\",\"uploadProtocol\":\"TUS\"}");
        String endpoint = resumable.get("uploadUrl").stringValue();
        String token = resumable.get("uploadToken").stringValue();
        TlsClient.Answer created = call(
                "POST",
                endpoint,
                new byte[0],
                Map.of(
                        "Tus-Resumable",
                        "1.0.0",
                        "Upload-Length",
                        Integer.toString(PNG.length),
                        "Upload-Metadata",
                        "token " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8))));
        String location = created.header("Location");
        TlsClient.Answer patched = call(
                "PATCH",
                URI.create(endpoint).resolve(location).toString(),
                PNG,
                Map.of(
                        "Tus-Resumable",
                        "1.0.0",
                        "Upload-Offset",
                        "0",
                        "Content-Type",
                        "application/offset+octet-stream"));
        TlsClient.Answer finished = call(
                "PUT",
                endpoint + "/" + token + "?filename=tus.png",
                "{}".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json"));

        assertThat(endpoint).isEqualTo("https://upload.wixmp.com/upload/tus");
        assertThat(created.status()).isEqualTo(201);
        assertThat(location).as("relative to the URL the client posted to").isEqualTo("/upload/tus/" + token);
        assertThat(patched.status()).isEqualTo(204);
        assertThat(finished.status()).as(finished.text()).isEqualTo(200);
    }

    private static void collectUrls(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getKey().equals("sourceUrl")) { // the import's origin: not the fake's URL
                    collectUrls(field.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectUrls(n, out));
        } else if (node.isString() && node.stringValue().startsWith("https://")) {
            out.add(node.stringValue());
        }
    }
}
