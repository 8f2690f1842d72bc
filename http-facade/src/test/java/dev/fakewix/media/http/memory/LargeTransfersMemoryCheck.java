package dev.fakewix.media.http.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.http.FakeMediaManagerServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The large-transfer cases of issue 9, under {@code -Xmx256m}, client and server in this one JVM: a 100 MiB round
 * trip (throughput and peak heap), a 1 GiB PUT with and without Content-Length (refused with 413 at the default
 * limit, complete and byte-identical above it) and a 1 GiB TUS upload in 32 MiB chunks. Not part of the default
 * build (a memory check, not a unit test); run it with
 *
 * <pre>{@code mvn -B -o -pl fake-core,http-facade test -Pmemory -Dconformance.skip=true -Dtest=LargeTransfersMemoryCheck -Dsurefire.failIfNoSpecifiedTests=false}</pre>
 *
 * Peak heap is sampled every 5 ms during the case (used heap, garbage included); "retained" is the heap in use after
 * a full GC at the end of the case, with the files still stored.
 */
class LargeTransfersMemoryCheck {
    private static final long MIB = 1024 * 1024;
    private static final long GIB = 1024 * MIB;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private FakeMediaManager fake;
    private FakeMediaManagerServer server;

    @BeforeEach
    void start() {
        fake = FakeMediaManager.builder().build();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        fake.close();
    }

    @Test
    void aHundredMibRoundTrip() throws Exception {
        server = FakeMediaManagerServer.start(fake, c -> c.port(0));
        resetPeaks();
        long t0 = System.nanoTime();
        JsonNode file = put(uploadUrl("video/mp4"), 100 * MIB, true, 200);
        long t1 = System.nanoTime();
        Download d = download(file.at("/file/id").stringValue());
        long t2 = System.nanoTime();
        assertThat(d.size).isEqualTo(100 * MIB);
        assertThat(d.md5).isEqualTo(Generated.md5Of(100 * MIB));
        report(
                "100 MiB PUT + GET",
                String.format(
                        Locale.ROOT,
                        "upload %.0f MiB/s, download %.0f MiB/s",
                        100 / seconds(t0, t1),
                        100 / seconds(t1, t2)));
    }

    @Test
    void aGibibytePutWithContentLength() throws Exception {
        gibibytePut(true);
    }

    @Test
    void aGibibytePutWithoutContentLength() throws Exception {
        gibibytePut(false);
    }

    private void gibibytePut(boolean contentLength) throws Exception {
        String how = contentLength ? "with Content-Length" : "chunked, no Content-Length";
        server = FakeMediaManagerServer.start(fake, c -> c.port(0)); // default limit: 256 MiB
        resetPeaks();
        // With Content-Length the fake answers before reading a byte: shown with Expect: 100-continue (as curl sends
        // for
        // large bodies) over a plain socket, since the JDK 17 HttpClient waits forever for a 100 that is not coming.
        JsonNode refused = contentLength
                ? refusedBeforeTheBody(uploadUrl("video/mp4"), GIB)
                : put(uploadUrl("video/mp4"), GIB, false, 413);
        assertThat(refused.at("/details/applicationError/code").stringValue()).isEqualTo("PAYLOAD_TOO_LARGE");
        report(
                "1 GiB PUT " + how + ", default limit",
                "413 " + refused.at("/details/applicationError/description").stringValue());
        server.close();

        server = FakeMediaManagerServer.start(fake, c -> c.port(0).maxUploadBytes(2 * GIB));
        resetPeaks();
        long t0 = System.nanoTime();
        JsonNode file = put(uploadUrl("video/mp4"), GIB, contentLength, 200);
        long t1 = System.nanoTime();
        assertThat(file.at("/file/sizeInBytes").stringValue()).isEqualTo(Long.toString(GIB));
        assertThat(file.at("/file/hash").stringValue()).isEqualTo(Generated.md5Of(GIB));
        Download d = download(file.at("/file/id").stringValue());
        long t2 = System.nanoTime();
        assertThat(d.size).isEqualTo(GIB);
        assertThat(d.md5).isEqualTo(Generated.md5Of(GIB));
        report(
                "1 GiB PUT " + how + ", maxUploadBytes 2 GiB",
                String.format(
                        Locale.ROOT,
                        "200, byte-identical download; upload %.0f MiB/s, download %.0f MiB/s",
                        1024 / seconds(t0, t1),
                        1024 / seconds(t1, t2)));
    }

    @Test
    void aGibibyteTusUploadInThirtyTwoMibChunks() throws Exception {
        server = FakeMediaManagerServer.start(fake, c -> c.port(0).maxUploadBytes(2 * GIB));
        resetPeaks();
        JsonNode resumable = api("/site-media/v1/files/generate-resumable-upload-url", "{\"mimeType\":\"video/mp4\"}");
        String uploadUrl = resumable.get("uploadUrl").stringValue();
        String token = resumable.get("uploadToken").stringValue();
        long t0 = System.nanoTime();
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(uploadUrl))
                        .header("Tus-Resumable", "1.0.0")
                        .header("Upload-Length", Long.toString(GIB))
                        .header(
                                "Upload-Metadata",
                                "filename " + b64("big.mp4") + ",contentType " + b64("video/mp4") + ",token "
                                        + b64(token))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        URI location = server.baseUri()
                .resolve(created.headers().firstValue("Location").orElseThrow());
        long chunk = 32 * MIB;
        Generated source = new Generated(GIB);
        for (long offset = 0; offset < GIB; offset += chunk) {
            long n = Math.min(chunk, GIB - offset);
            Generated part = source.slice(n);
            HttpResponse<String> patched = http.send(
                    HttpRequest.newBuilder(location)
                            .method(
                                    "PATCH",
                                    HttpRequest.BodyPublishers.fromPublisher(
                                            HttpRequest.BodyPublishers.ofInputStream(() -> part), n))
                            .header("Tus-Resumable", "1.0.0")
                            .header("Upload-Offset", Long.toString(offset))
                            .header("Content-Type", "application/offset+octet-stream")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(patched.statusCode()).as(patched.body()).isEqualTo(204);
        }
        HttpResponse<String> finalized = http.send(
                HttpRequest.newBuilder(URI.create(uploadUrl + "/" + token + "?filename=big.mp4"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long t1 = System.nanoTime();
        assertThat(finalized.statusCode()).as(finalized.body()).isEqualTo(200);
        JsonNode file = JSON.readTree(finalized.body());
        assertThat(file.at("/file/hash").stringValue()).isEqualTo(Generated.md5Of(GIB));
        Download d = download(file.at("/file/id").stringValue());
        assertThat(d.md5).isEqualTo(Generated.md5Of(GIB));
        HttpResponse<InputStream> state = http.send(
                HttpRequest.newBuilder(server.baseUri().resolve("/_fake/sites/" + fake.defaultSiteId() + "/state"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long stateBytes;
        try (InputStream in = state.body()) {
            stateBytes = in.transferTo(OutputStream.nullOutputStream());
        }
        assertThat(state.statusCode()).isEqualTo(200);
        assertThat(stateBytes).isGreaterThan(GIB * 4 / 3);
        report(
                "1 GiB TUS, 32 chunks of 32 MiB, finalize, download, state export",
                String.format(
                        Locale.ROOT,
                        "204 x32, 200 finalize, byte-identical download; upload %.0f MiB/s; state export %d bytes streamed",
                        1024 / seconds(t0, t1),
                        stateBytes));
    }

    // ---------------------------------------------------------------- helpers

    private String uploadUrl(String mimeType) throws Exception {
        return api("/site-media/v1/files/generate-upload-url", "{\"mimeType\":\"" + mimeType + "\"}")
                .get("uploadUrl")
                .stringValue();
    }

    private JsonNode api(String path, String body) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(server.baseUri().resolve(path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "any")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private JsonNode put(String url, long size, boolean contentLength, int expectedStatus) throws Exception {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(size));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "?filename=big.mp4"))
                .header("Content-Type", "video/mp4")
                .PUT(contentLength ? HttpRequest.BodyPublishers.fromPublisher(body, size) : body);
        HttpResponse<String> r;
        try {
            r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(
                    "the fake broke the connection instead of answering " + expectedStatus + ": " + e, e);
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expectedStatus);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(r.body());
    }

    /** Sends only the head of a PUT with {@code Expect: 100-continue} and reads the fake's answer. */
    private static JsonNode refusedBeforeTheBody(String url, long size) throws Exception {
        URI uri = URI.create(url + "?filename=big.mp4");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head =
                    "PUT " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":"
                            + uri.getPort() + "\r\nContent-Type: video/mp4\r\nContent-Length: " + size
                            + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
            long length = -1;
            for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Long.parseLong(line.substring(15).trim());
                }
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    assertThat(line).contains("application/json");
                }
            }
            char[] body = new char[(int) length];
            int read = 0;
            while (read < length) {
                read += in.read(body, read, body.length - read);
            }
            return JSON.readTree(new String(body, 0, read));
        }
    }

    private record Download(long size, String md5) {}

    private Download download(String fileId) throws Exception {
        String url = fake.site()
                .files()
                .generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(fileId))
                .get(0)
                .url();
        HttpResponse<InputStream> r = http.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        long size;
        try (InputStream in = new DigestInputStream(r.body(), md5)) {
            size = in.transferTo(OutputStream.nullOutputStream());
        }
        return new Download(size, HexFormat.of().formatHex(md5.digest()));
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static final AtomicLong PEAK = new AtomicLong();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    static {
        // Sample the used heap every 5 ms on a daemon thread for as long as the check runs (nothing cancels it).
        Future<?> unusedSampling = Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread sampler = new Thread(task, "heap-sampler");
                    sampler.setDaemon(true);
                    return sampler;
                })
                .scheduleAtFixedRate(
                        () -> PEAK.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max),
                        0,
                        5,
                        TimeUnit.MILLISECONDS);
    }

    private static void resetPeaks() {
        System.gc();
        PEAK.set(MEMORY.getHeapMemoryUsage().getUsed());
    }

    private static void report(String name, String result) {
        long peak = PEAK.get();
        System.gc();
        long retained = MEMORY.getHeapMemoryUsage().getUsed();
        long max = Runtime.getRuntime().maxMemory();
        String line = String.format(
                Locale.ROOT,
                "[memory] %-58s | %s | peak heap %d MiB, retained %d MiB, max %d MiB",
                name,
                result,
                peak / MIB,
                retained / MIB,
                max / MIB);
        System.out.println(line);
        try {
            Path out = Path.of("target", "memory-results.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(retained).as("heap retained with the files stored").isLessThan(max / 2);
    }

    /** Deterministic bytes of any length, generated as they are read (never held). */
    static final class Generated extends InputStream {
        private long left;
        private long state = 0x9E3779B97F4A7C15L;

        Generated(long size) {
            this.left = size;
        }

        /** The next {@code n} bytes of this stream, as a stream of their own. */
        Generated slice(long n) {
            Generated part = new Generated(n);
            part.state = state;
            // advance this stream past the slice
            try {
                skipNBytes(n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return part;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            // whole 8-byte words only (but the last), so that slices stay aligned with the stream they came from
            int n = (int) Math.min(len & ~7, left);
            if (n == 0) {
                n = (int) Math.min(len, left);
            }
            for (int i = 0; i < n; i += 8) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                long v = state;
                for (int j = 0; j < 8 && i + j < n; j++) {
                    b[off + i + j] = (byte) (v >>> (8 * j));
                }
            }
            left -= n;
            return n;
        }

        private static final Map<Long, String> MD5S = new ConcurrentHashMap<>();

        static String md5Of(long size) throws Exception {
            String known = MD5S.get(size);
            if (known != null) {
                return known;
            }
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1 << 16];
            try (Generated g = new Generated(size)) {
                for (int n; (n = g.read(buffer, 0, buffer.length)) > 0; ) {
                    md5.update(buffer, 0, n);
                }
            }
            String hex = HexFormat.of().formatHex(md5.digest());
            MD5S.put(size, hex);
            return hex;
        }
    }
}
