package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that stops sending half-way through its body (issue 19, finding 8): once the server's idle timeout
 * passes, it is a client error in the Wix shape, journaled as such, and logged in one line below ERROR; before, an
 * upload answered 500 INTERNAL and the log got an ERROR with a stack trace.
 */
class StalledClientTest extends ServerFixture {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureTheLogAndShortenTheIdleTimeout() {
        // slf4j-simple looks System.err up on every line, so the server's log lands here while the test runs
        originalErr = System.err;
        System.setErr(new PrintStream(new TeeStream(originalErr, log), true, StandardCharsets.UTF_8));
        server.idleTimeout(Duration.ofMillis(500));
    }

    @AfterEach
    void restoreTheLog() {
        System.setErr(originalErr);
    }

    @Test
    void anUploadWhoseClientStallsIsAClientErrorLoggedInOneLine() throws IOException {
        String url = site.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
        String path = url.substring(url.indexOf("/_wixmp/"));

        String answer = stall("PUT " + path + "?filename=a.png HTTP/1.1", "image/png");

        assertClientError(answer, path);
        assertThat(site.files().listFiles(ListFilesRequest.all()).files()).isEmpty();
    }

    @Test
    void aTusChunkWhoseClientStallsIsAClientErrorAndTheOffsetStays() throws IOException {
        String token = site.files()
                .generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("video/mp4"))
                .uploadToken();
        String path = "/_wixmp/upload/tus/" + token;

        String answer = stall(
                "PATCH " + path + " HTTP/1.1\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0",
                "application/offset+octet-stream");

        assertClientError(answer, path);
        assertThat(FaceAccess.get().transfers(fake).resumableStatus(token).offset())
                .as("a chunk that did not arrive whole is taken back")
                .isZero();
    }

    @Test
    void aJsonBodyWhoseClientStallsIsAClientErrorLoggedInOneLine() throws IOException {
        String path = "/site-media/v1/files/import";

        String answer = stall(
                "POST " + path + " HTTP/1.1\r\nAuthorization: " + WireClient.API_KEY + "\r\nwix-site-id: "
                        + WireClient.SITE_ID,
                "application/json");

        assertClientError(answer, path);
    }

    /** Sends the head and 10 of the 100,000 announced body bytes, then waits for the server to give up. */
    private String stall(String requestLineAndHeaders, String contentType) throws IOException {
        return WireClient.raw(
                server.port(),
                (requestLineAndHeaders + "\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                                + "\r\nContent-Length: 100000\r\n\r\n{\"url\":\"ht")
                        .getBytes(StandardCharsets.ISO_8859_1));
    }

    private void assertClientError(String answer, String path) {
        JournalEntry entry = lastEntryFor(path);
        assertThat(entry.status())
                .as("journaled status of %s; answer: %s; log: %s", path, answer, log())
                .isBetween(400, 499);
        assertThat(entry.errorCode()).isNotEqualTo("INTERNAL");
        if (!answer.isEmpty()) { // the client may be gone before the answer: when it is written, it is in the Wix shape
            assertThat(answer)
                    .startsWith("HTTP/1.1 4")
                    .contains("\"applicationError\"")
                    .doesNotContain("INTERNAL");
        }
        String text = log();
        assertThat(text)
                .as("the log")
                .doesNotContain("ERROR")
                .doesNotContain("\tat ")
                .doesNotContain("Exception:");
        String logged = path.substring(0, Math.min(path.length(), 100)); // the log cuts long paths (tokens)
        List<String> lines = text.lines().filter(l -> l.contains(logged)).toList();
        assertThat(lines).as("the log: %s", text).hasSize(1);
        assertThat(lines.get(0)).contains("WARN");
    }

    /** The entry is recorded once the answer is written, so the client may read it a moment before. */
    private JournalEntry lastEntryFor(String path) {
        List<JournalEntry> entries = Awaitility.await("the journal entry of " + path)
                .atMost(Duration.ofMinutes(2))
                .until(() -> server.journal().entries(e -> e.path().equals(path)), found -> !found.isEmpty());
        return entries.get(entries.size() - 1);
    }

    private String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** Writes to the console and to the captured log. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        TeeStream(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int x) throws IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}
