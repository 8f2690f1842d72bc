package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.OperationStatus;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** The byte-moving URLs under /_wixmp: uploads (single and TUS), downloads, archives, streams. */
class TransfersTest extends ServerFixture {
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private String uploadUrl(String mimeType) {
        return client.post(
                        "/site-media/v1/files/generate-upload-url",
                        "{\"mimeType\":\"" + mimeType + "\",\"labels\":[\"up\"]}")
                .json()
                .get("uploadUrl")
                .stringValue();
    }

    @Test
    void aPutOfRawBytesToTheUploadUrlCreatesTheFile() {
        WireClient.Response response =
                client.send("PUT", uploadUrl("image/png") + "?filename=zulu.png", PNG, "image/png", Map.of());
        golden("upload.put", response, 200);
        String id = response.json().at("/file/id").stringValue();
        assertThat(site.files().getFileDescriptor(id).sizeInBytes()).isEqualTo(PNG.length);
    }

    @Test
    void aPostToTheUploadUrlWorksToo() {
        WireClient.Response response =
                client.send("POST", uploadUrl("image/png") + "?filename=yankee.png", PNG, "image/png", Map.of());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/file/displayName").stringValue()).isEqualTo("yankee.png");
    }

    @Test
    void anUploadUrlIsSingleUse() {
        String url = uploadUrl("image/png");
        client.send("PUT", url, PNG, "image/png", Map.of());
        WireClient.Response again = client.send("PUT", url, PNG, "image/png", Map.of());
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.json().at("/details/applicationError/code").stringValue())
                .isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void anUploadBeyondTheUploadLimitIsPayloadTooLarge() {
        server.close();
        server = FakeMediaManagerServer.start(fake, c -> c.port(0).maxUploadBytes(10));
        client = new WireClient(server.baseUri());
        WireClient.Response response = client.send("PUT", uploadUrl("image/png"), PNG, "image/png", Map.of());
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().at("/details/applicationError/code").stringValue())
                .isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aTusUploadCreatesPatchesInChunksAndReportsItsOffset() {
        var resumable = client.post(
                        "/site-media/v1/files/generate-resumable-upload-url",
                        "{\"mimeType\":\"image/png\",\"fileName\":\"tus.png\",\"uploadProtocol\":\"TUS\"}")
                .json();
        String token = resumable.get("uploadToken").stringValue();
        String tusUrl = resumable.get("uploadUrl").stringValue();
        Map<String, String> tus = new LinkedHashMap<>();
        tus.put("Tus-Resumable", "1.0.0");
        tus.put("Upload-Length", Integer.toString(PNG.length));
        tus.put(
                "Upload-Metadata",
                "uploadToken " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8))
                        + ",filename "
                        + Base64.getEncoder().encodeToString("tus.png".getBytes(StandardCharsets.UTF_8)));

        WireClient.Response created = client.send("POST", tusUrl, new byte[0], null, tus);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Tus-Resumable")).isEqualTo("1.0.0");
        String location = server.baseUri() + created.header("Location");

        int half = PNG.length / 2;
        WireClient.Response first = client.send(
                "PATCH",
                location,
                Arrays.copyOf(PNG, half),
                "application/offset+octet-stream",
                Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", "0"));
        assertThat(first.status()).isEqualTo(204);
        assertThat(first.header("Upload-Offset")).isEqualTo(Integer.toString(half));

        WireClient.Response head = client.send("HEAD", location, null, null, Map.of("Tus-Resumable", "1.0.0"));
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Upload-Offset")).isEqualTo(Integer.toString(half));
        assertThat(head.header("Upload-Length")).isEqualTo(Integer.toString(PNG.length));

        assertThat(head.header("Cache-Control")).isEqualTo("no-store");
        assertThat(head.header("Upload-Expires")).endsWith("GMT");

        String finalize = tusUrl + "/" + token + "?filename=tus.png";
        WireClient.Response early =
                client.send("PUT", finalize, "{}".getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
        assertThat(early.status()).isEqualTo(428);
        assertThat(early.json().at("/details/applicationError/code").stringValue())
                .isEqualTo("FAILED_PRECONDITION");

        WireClient.Response last = client.send(
                "PATCH",
                location,
                Arrays.copyOfRange(PNG, half, PNG.length),
                "application/offset+octet-stream",
                Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", Integer.toString(half)));
        assertThat(last.status())
                .as("TUS 1.0.0: every PATCH, the last one too, is 204")
                .isEqualTo(204);
        assertThat(last.header("Upload-Offset")).isEqualTo(Integer.toString(PNG.length));
        assertThat(site.files().listFiles(ListFilesRequest.all()).files())
                .as("no file before the finalize")
                .isEmpty();

        WireClient.Response done =
                client.send("PUT", finalize, "{}".getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
        golden("upload.tus.finalize", done, 200);
        assertThat(done.json().at("/file/displayName").stringValue()).isEqualTo("tus.png");
        assertThat(done.json().at("/file/sizeInBytes").stringValue()).isEqualTo(Integer.toString(PNG.length));
        assertThat(done.json().at("/file/operationStatus").stringValue()).isEqualTo("READY");

        WireClient.Response again =
                client.send("PUT", finalize, "{}".getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
        assertThat(again.status()).isEqualTo(403);
        assertThat(site.files().listFiles(ListFilesRequest.all()).files()).hasSize(1);
    }

    @Test
    void tusOptionsAdvertiseTheProtocolAndAnUploadAboveTheMaxSizeIsPayloadTooLarge() {
        WireClient.Response options = client.send("OPTIONS", "/_wixmp/upload/tus", null, null, Map.of());
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.header("Tus-Version")).isEqualTo("1.0.0");
        assertThat(options.header("Tus-Extension")).isEqualTo("creation,creation-with-upload,termination,expiration");
        long max = Long.parseLong(options.header("Tus-Max-Size"));

        String token = client.post("/site-media/v1/files/generate-resumable-upload-url", "{\"mimeType\":\"video/mp4\"}")
                .json()
                .get("uploadToken")
                .stringValue();
        WireClient.Response tooBig = client.send(
                "POST",
                "/_wixmp/upload/tus",
                new byte[0],
                null,
                Map.of(
                        "Tus-Resumable",
                        "1.0.0",
                        "Upload-Length",
                        Long.toString(max + 1),
                        "Upload-Metadata",
                        "token " + b64(token)));
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.json().at("/details/applicationError/code").stringValue())
                .isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aTerminatedTusUploadIsGone() {
        String token = client.post("/site-media/v1/files/generate-resumable-upload-url", "{\"mimeType\":\"image/png\"}")
                .json()
                .get("uploadToken")
                .stringValue();
        String location = server.baseUri()
                + client.send(
                                "POST",
                                "/_wixmp/upload/tus",
                                new byte[0],
                                null,
                                Map.of(
                                        "Upload-Length",
                                        "10",
                                        "Upload-Metadata",
                                        "token " + b64(token),
                                        "Tus-Resumable",
                                        "1.0.0"))
                        .header("Location");

        WireClient.Response deleted = client.send("DELETE", location, null, null, Map.of("Tus-Resumable", "1.0.0"));

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(client.send("HEAD", location, null, null, Map.of("Tus-Resumable", "1.0.0"))
                        .status())
                .isEqualTo(403);
        WireClient.Response finalize = client.send(
                "PUT",
                location + "?filename=a.png",
                "{}".getBytes(StandardCharsets.UTF_8),
                "application/json",
                Map.of());
        assertThat(finalize.status()).isEqualTo(403);
        assertThat(finalize.json().at("/details/applicationError/code").stringValue())
                .isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void aTamperedFinalizeTokenCreatesNothing() {
        WireClient.Response response = client.send(
                "PUT",
                "/_wixmp/upload/tus/eyJhbGciOiJIUzI1NiJ9.e30.AAAA?filename=a.png",
                "{}".getBytes(StandardCharsets.UTF_8),
                "application/json",
                Map.of());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().at("/details/applicationError/code").stringValue())
                .isEqualTo("PERMISSION_DENIED");
        assertThat(site.files().listFiles(ListFilesRequest.all()).files()).isEmpty();
    }

    @Test
    void aChunkedUploadWithoutContentLengthIsStreamedIn() throws Exception {
        byte[] big = new byte[5 << 20];
        new Random(7).nextBytes(big);
        HttpRequest put = HttpRequest.newBuilder(URI.create(uploadUrl("video/mp4") + "?filename=big.mp4"))
                .header("Content-Type", "video/mp4")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(put, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String id = JsonMapper.builder()
                .build()
                .readTree(answer.body())
                .at("/file/id")
                .stringValue();
        String download = site.files()
                .generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(id))
                .get(0)
                .url();
        WireClient.Response response = client.get(download);
        assertThat(response.header("Content-Length")).isEqualTo(Integer.toString(big.length));
        assertThat(response.bytes()).isEqualTo(big);
    }

    @Test
    void aFolderArchiveKeepsItsSubFoldersEntryByEntry() throws Exception {
        var top = site.folders().createFolder("top", null);
        var nested = site.folders().createFolder("nested", top.id());
        FileDescriptor a = upload("top.png", top.id());
        FileDescriptor b = upload("leaf.png", nested.id());
        FileDescriptor c = upload("leaf.png", nested.id());

        String url = site.folders().generateFolderDownloadUrl(top.id());
        WireClient.Response zip = client.get(url);

        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                bytes.put(e.getName(), in.readAllBytes());
                entries.put(e.getName(), e);
            }
        }
        assertThat(entries.keySet()).containsExactlyInAnyOrder("top.png", "nested/leaf.png", "nested/leaf (2).png");
        CRC32 crc = new CRC32();
        crc.update(PNG);
        for (String name : entries.keySet()) {
            assertThat(bytes.get(name)).as(name).isEqualTo(PNG);
            assertThat(entries.get(name).getCrc()).as("CRC of " + name).isEqualTo(crc.getValue());
        }
        assertThat(List.of(a.id(), b.id(), c.id())).doesNotHaveDuplicates();

        fake.clock().advance(Duration.ofMinutes(601));
        assertThat(client.get(url).status()).as("archive URLs expire").isEqualTo(403);
        assertThat(client.get(url.substring(0, url.indexOf('?'))).status())
                .as("and need their token")
                .isEqualTo(403);
    }

    @Test
    void aPrivateFileHasEmptyMediaUrlsAndItsBytesOnlyThroughADownloadUrl() {
        String url = client.post(
                        "/site-media/v1/files/generate-upload-url", "{\"mimeType\":\"image/png\",\"private\":true}")
                .json()
                .get("uploadUrl")
                .stringValue();
        WireClient.Response uploaded = client.send("PUT", url + "?filename=secret.png", PNG, "image/png", Map.of());

        assertThat(uploaded.json().at("/file/url").stringValue()).isEmpty();
        assertThat(uploaded.json().at("/file/media/image/image/url").stringValue())
                .isEmpty();
        String id = uploaded.json().at("/file/id").stringValue();
        String download = client.post("/site-media/v1/files/generate-file-download-url", "{\"fileId\":\"" + id + "\"}")
                .json()
                .at("/downloadUrls/0/url")
                .stringValue();
        assertThat(client.get(download).bytes()).isEqualTo(PNG);
        assertThat(client.get(download.substring(0, download.indexOf("token=") + 6) + "nope")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void registeredImportBytesAreServedByAnImportedFile() {
        WireClient.Response registered = client.send(
                "PUT",
                "/_fake/sites/" + WireClient.SITE_ID + "/import-content?url=https%3A%2F%2Fexample.com%2Fdot.png",
                PNG,
                "application/octet-stream",
                Map.of());
        assertThat(registered.status()).isEqualTo(200);

        String id = client.post("/site-media/v1/files/import", "{\"url\":\"https://example.com/dot.png\"}")
                .json()
                .at("/file/id")
                .stringValue();

        FileDescriptor file = site.files().getFileDescriptor(id);
        assertThat(file.sizeInBytes()).isEqualTo(PNG.length);
        assertThat(file.media().image().image().width()).isEqualTo(1);
        String download = site.files()
                .generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(id))
                .get(0)
                .url();
        assertThat(client.get(download).bytes()).isEqualTo(PNG);
    }

    @Test
    void aJsonBodyOverTheCapIsPayloadTooLargeInTheWixShape() {
        server.close();
        server = FakeMediaManagerServer.start(fake, c -> c.port(0).maxJsonBodyBytes(64));
        client = new WireClient(server.baseUri());

        WireClient.Response response = client.post(
                "/site-media/v1/files/import", "{\"url\":\"https://example.com/" + "a".repeat(100) + ".png\"}");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().at("/details/applicationError/code").stringValue())
                .isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(response.json().at("/details/applicationError/description").stringValue())
                .contains("at most 64 bytes");
    }

    @ParameterizedTest
    @CsvSource({
        "image/png,a.png,IMAGE",
        "image/svg+xml,b.svg,VECTOR",
        "video/mp4,c.mp4,VIDEO",
        "audio/mpeg,d.mp3,AUDIO",
        "application/pdf,e.pdf,DOCUMENT",
        "application/zip,f.zip,ARCHIVE",
        "model/gltf-binary,g.glb,MODEL3D"
    })
    void everyMediaTypeRoundTripsUploadReadyListDownload(String mimeType, String name, String mediaType) {
        byte[] bytes = (mediaType + " bytes of " + name).getBytes(StandardCharsets.UTF_8);
        WireClient.Response uploaded =
                client.send("PUT", uploadUrl(mimeType) + "?filename=" + name, bytes, mimeType, Map.of());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        String id = uploaded.json().at("/file/id").stringValue();
        assertThat(uploaded.json().at("/file/mediaType").stringValue()).isEqualTo(mediaType);
        assertThat(uploaded.json().at("/file/operationStatus").stringValue()).isEqualTo("READY");

        WireClient.Response listed = client.get("/site-media/v1/files?parentFolderId=media-root");
        assertThat(listed.json().get("files").valueStream().map(f -> f.get("id").stringValue()))
                .contains(id);
        String download = client.post("/site-media/v1/files/generate-file-download-url", "{\"fileId\":\"" + id + "\"}")
                .json()
                .at("/downloadUrls/0/url")
                .stringValue();
        WireClient.Response served = client.get(download);
        assertThat(served.bytes()).isEqualTo(bytes);
        assertThat(served.header("Content-Type")).startsWith(mimeType);
    }

    @Test
    void aClientThatWaitsForContinueGetsTheRefusalWithoutSendingTheBody() throws Exception {
        server.close();
        server = FakeMediaManagerServer.start(fake, c -> c.port(0).maxUploadBytes(10));
        client = new WireClient(server.baseUri());
        URI uri = URI.create(uploadUrl("image/png") + "?filename=a.png");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout((int) HANG.toMillis());
            socket.getOutputStream()
                    .write(("PUT " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: " + uri.getHost()
                                    + ":" + uri.getPort() + "\r\n"
                                    + "Content-Type: image/png\r\nContent-Length: 1000000\r\nExpect: 100-continue\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void aTusCreationMayCarryTheFirstBytes() {
        String token = client.post("/site-media/v1/files/generate-resumable-upload-url", "{\"mimeType\":\"image/png\"}")
                .json()
                .get("uploadToken")
                .stringValue();

        WireClient.Response created = client.send(
                "POST",
                "/_wixmp/upload/tus",
                PNG,
                "application/offset+octet-stream",
                Map.of(
                        "Tus-Resumable",
                        "1.0.0",
                        "Upload-Length",
                        Integer.toString(PNG.length),
                        "Upload-Metadata",
                        "token " + b64(token)));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Upload-Offset")).isEqualTo(Integer.toString(PNG.length));
        WireClient.Response done = client.send(
                "PUT",
                "/_wixmp/upload/tus/" + token + "?filename=first.png",
                "{}".getBytes(StandardCharsets.UTF_8),
                "application/json",
                Map.of());
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().at("/file/sizeInBytes").stringValue()).isEqualTo(Integer.toString(PNG.length));
    }

    @Test
    void anExpiredResumableUploadCannotBeFinalized() {
        String token = client.post("/site-media/v1/files/generate-resumable-upload-url", "{\"mimeType\":\"image/png\"}")
                .json()
                .get("uploadToken")
                .stringValue();
        client.send(
                "POST",
                "/_wixmp/upload/tus",
                PNG,
                "application/offset+octet-stream",
                Map.of(
                        "Tus-Resumable",
                        "1.0.0",
                        "Upload-Length",
                        Integer.toString(PNG.length),
                        "Upload-Metadata",
                        "token " + b64(token)));

        fake.clock().advance(Duration.ofDays(8));

        WireClient.Response finalize = client.send(
                "PUT",
                "/_wixmp/upload/tus/" + token + "?filename=late.png",
                "{}".getBytes(StandardCharsets.UTF_8),
                "application/json",
                Map.of());
        assertThat(finalize.status()).isEqualTo(403);
        assertThat(site.files().listFiles(ListFilesRequest.all()).files()).isEmpty();
    }

    private FileDescriptor upload(String name, String folderId) {
        String url = site.files()
                .generateFileUploadUrl(
                        GenerateFileUploadUrlRequest.of("image/png").withParentFolderId(folderId));
        return FaceAccess.get().transfers(fake).upload(url.substring(url.lastIndexOf('/') + 1), name, "image/png", PNG);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTusPatchAtTheWrongOffsetIsAConflict() {
        String token = client.post("/site-media/v1/files/generate-resumable-upload-url", "{\"mimeType\":\"image/png\"}")
                .json()
                .get("uploadToken")
                .stringValue();
        String meta = "uploadToken " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
        String location = server.baseUri()
                + client.send(
                                "POST",
                                "/_wixmp/upload/tus",
                                new byte[0],
                                null,
                                Map.of("Upload-Length", "10", "Upload-Metadata", meta, "Tus-Resumable", "1.0.0"))
                        .header("Location");
        WireClient.Response response = client.send(
                "PATCH",
                location,
                new byte[] {1, 2},
                "application/offset+octet-stream",
                Map.of("Upload-Offset", "5", "Tus-Resumable", "1.0.0"));
        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void aTusPatchWithAnotherContentTypeIsUnsupported() {
        WireClient.Response response = client.send(
                "PATCH",
                "/_wixmp/upload/tus/whatever",
                new byte[] {1},
                "application/octet-stream",
                Map.of("Upload-Offset", "0"));
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().at("/details/applicationError/code").stringValue())
                .isEqualTo("UNSUPPORTED_CONTENT_TYPE");
    }

    @Test
    void aTusPatchWhoseContentTypeHasNoMediaTypeIsUnsupported() {
        WireClient.Response response =
                client.send("PATCH", "/_wixmp/upload/tus/whatever", new byte[] {1}, ";", Map.of("Upload-Offset", "0"));
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().at("/details/applicationError/code").stringValue())
                .isEqualTo("UNSUPPORTED_CONTENT_TYPE");
    }

    @Test
    void aTusCreateWithoutTheUploadTokenIsAValidationError() {
        WireClient.Response response =
                client.send("POST", "/_wixmp/upload/tus", new byte[0], null, Map.of("Upload-Length", "3"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()
                        .at("/details/validationError/fieldViolations/0/field")
                        .stringValue())
                .isEqualTo("Upload-Metadata");
    }

    @Test
    void aDownloadUrlServesTheUploadedBytesWithTypeAndDisposition() {
        String url = fake.site(WireClient.SITE_ID)
                .files()
                .generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
        FileDescriptor file = FaceAccess.get()
                .transfers(fake)
                .upload(url.substring(url.lastIndexOf('/') + 1), "dot.png", "image/png", PNG);
        String download = site.files()
                .generateFileDownloadUrl(
                        GenerateFileDownloadUrlRequest.of(file.id()).withDownloadFileName("my dot.png"))
                .get(0)
                .url();
        WireClient.Response response = client.get(download);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bytes()).isEqualTo(PNG);
        assertThat(response.header("Content-Type")).isEqualTo("image/png");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"my dot.png\"; filename*=UTF-8''my%20dot.png");
    }

    @Test
    void anExpiredDownloadUrlIsForbiddenOrRedirects() {
        FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
        String plain = site.files()
                .generateFileDownloadUrl(
                        GenerateFileDownloadUrlRequest.of(file.id()).withExpirationInMinutes(1))
                .get(0)
                .url();
        String redirecting = site.files()
                .generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(file.id())
                        .withExpirationInMinutes(1)
                        .withExpirationRedirectUrl("https://example.com/expired"))
                .get(0)
                .url();
        fake.clock().advance(Duration.ofMinutes(2));

        WireClient.Response forbidden = client.get(plain);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().at("/details/applicationError/code").stringValue())
                .isEqualTo("PERMISSION_DENIED");
        WireClient.Response redirect = client.get(redirecting);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).isEqualTo("https://example.com/expired");
    }

    @Test
    void anArchiveUrlServesARealZipOfTheFiles() throws IOException {
        String url = site.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
        FileDescriptor uploaded = FaceAccess.get()
                .transfers(fake)
                .upload(url.substring(url.lastIndexOf('/') + 1), "dot.png", "image/png", PNG);
        FileDescriptor imported = site.files().importFile(ImportFileRequest.of("https://example.com/doc.pdf"));
        String archiveUrl = client.post(
                        "/site-media/v1/files/generate-download-url",
                        "{\"fileIds\":[\"" + uploaded.id() + "\",\"" + imported.id() + "\"]}")
                .json()
                .get("downloadUrl")
                .stringValue();

        WireClient.Response response = client.get(archiveUrl);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.bytes()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries).containsOnlyKeys("dot.png", "doc.pdf");
        assertThat(entries.get("dot.png")).isEqualTo(PNG);
        assertThat(new String(entries.get("doc.pdf"), StandardCharsets.UTF_8)).contains(imported.id());
    }

    @Test
    void aStreamingUrlServesAnHlsPlaylist() {
        FileDescriptor clip = site.files().importFile(ImportFileRequest.of("https://example.com/clip.mp4"));
        assertThat(site.files().getFileDescriptor(clip.id()).operationStatus()).isEqualTo(OperationStatus.READY);
        String url = client.post(
                        "/site-media/v1/files/generate-video-stream-url",
                        "{\"fileId\":\"" + clip.id() + "\",\"format\":\"HLS\"}")
                .json()
                .at("/downloadUrl/url")
                .stringValue();
        WireClient.Response response = client.get(url);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/vnd.apple.mpegurl");
        assertThat(response.body()).startsWith("#EXTM3U");
    }

    @Test
    void transfersAreJournaledAsUploadAndDownload() {
        client.send("PUT", uploadUrl("image/png"), PNG, "image/png", Map.of());
        assertThat(server.journal().count(Operation.UPLOAD_FILE)).isEqualTo(1);
        assertThat(server.journal().entries(e -> e.operation() == Operation.UPLOAD_FILE))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.body()).isNull();
                    assertThat(e.siteId()).isEqualTo(WireClient.SITE_ID);
                });
        assertThat(List.of(server.journal().entries().get(0).operation().sdkName()))
                .containsExactly("generateFileUploadUrl");
    }
}
