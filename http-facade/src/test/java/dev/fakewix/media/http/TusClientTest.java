package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import io.tus.java.client.TusClient;
import io.tus.java.client.TusURLMemoryStore;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Wix's resumable-upload page, done with a real TUS client (tus-java-client): create with the token in the metadata,
 * upload in chunks, stop half-way, resume from the server's offset, then the finalize PUT that creates the file.
 */
class TusClientTest extends ServerFixture {
    private static final int SIZE = 3 * 1024 * 1024 + 123;

    @Test
    void anInterruptedUploadResumesAndOnlyTheFinalizeCreatesTheFile() throws Exception {
        byte[] bytes = new byte[SIZE];
        new Random(42).nextBytes(bytes);
        JsonNode resumable = client.post(
                        "/site-media/v1/files/generate-resumable-upload-url",
                        "{\"mimeType\":\"video/mp4\",\"uploadProtocol\":\"TUS\"}")
                .json();
        String uploadUrl = resumable.get("uploadUrl").stringValue();
        String token = resumable.get("uploadToken").stringValue();

        TusURLMemoryStore store = new TusURLMemoryStore();
        TusUploader first = client(uploadUrl, store).resumeOrCreateUpload(upload(bytes, token));
        first.setChunkSize(64 * 1024);
        first.setRequestPayloadSize(1024 * 1024);
        while (first.getOffset() < SIZE / 2 && first.uploadChunk() > -1) {
            // the connection goes away half-way: no more chunks from this uploader
        }
        first.finish(false);
        long sent = first.getOffset();
        assertThat(sent).isBetween(1L, (long) SIZE - 1);
        assertThat(site.files().listFiles(ListFilesRequest.all()).files()).isEmpty();

        TusUploader resumed = client(uploadUrl, store).resumeOrCreateUpload(upload(bytes, token));
        assertThat(resumed.getOffset())
                .as("the offset the server reports on HEAD")
                .isEqualTo(sent);
        resumed.setRequestPayloadSize(1024 * 1024);
        while (resumed.uploadChunk() > -1) {
            // until every byte is there
        }
        resumed.finish();
        assertThat(site.files().listFiles(ListFilesRequest.all()).files())
                .as("a complete upload is no file yet")
                .isEmpty();

        HttpResponse<String> finalized = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(uploadUrl + "/" + token + "?filename="
                                        + URLEncoder.encode("talk.mp4", StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(finalized.statusCode()).as(finalized.body()).isEqualTo(200);
        String id = WireClient.JSON.readTree(finalized.body()).at("/file/id").stringValue();
        FileDescriptor file = site.files().getFileDescriptor(id);
        assertThat(file.displayName()).isEqualTo("talk.mp4");
        assertThat(file.sizeInBytes()).isEqualTo(SIZE);
        String download = site.files()
                .generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(id))
                .get(0)
                .url();
        assertThat(client.get(download).bytes()).isEqualTo(bytes);
    }

    private static TusClient client(String uploadUrl, TusURLMemoryStore store) throws Exception {
        TusClient tus = new TusClient();
        tus.setUploadCreationURL(new URL(uploadUrl));
        tus.enableResuming(store);
        return tus;
    }

    private static TusUpload upload(byte[] bytes, String token) {
        TusUpload upload = new TusUpload();
        upload.setInputStream(new ByteArrayInputStream(bytes));
        upload.setSize(bytes.length);
        upload.setFingerprint("talk.mp4-" + bytes.length);
        upload.setMetadata(Map.of("filename", "talk.mp4", "contentType", "video/mp4", "token", token));
        return upload;
    }
}
