package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The standalone server with {@code --data-dir}, as a real process killed as a crash kills it ({@code kill -9}) and
 * started again on the same directory: every write it acknowledged is there, a torn last record is dropped with a
 * warning, a reset empties the directory's state, and a directory it must not use is refused with exit status 2.
 */
class DataDirectoryProcessTest {
    private static final String SITE = "0f0e0d0c-0000-4000-8000-0000000000d1";
    private static final int WRITES = 1000;
    private static final int CLIENTS = 8;
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @TempDir
    Path work;

    private String[] args(Path data) {
        return new String[] {"--port", "0", "--seed", "11", "--site-id", SITE, "--data-dir", data.toString()};
    }

    /** What the clients were told: every file and folder acknowledged, and what became of it. */
    private static final class Acknowledged {
        final Map<String, String> fileNames = new ConcurrentHashMap<>();
        final Map<String, String> uploadMd5 = new ConcurrentHashMap<>();
        final Set<String> trashed = ConcurrentHashMap.newKeySet();
        final Set<String> deleted = ConcurrentHashMap.newKeySet();
        final Map<String, String> folderNames = new ConcurrentHashMap<>();
        final AtomicInteger writes = new AtomicInteger();
    }

    @Test
    void athousandAcknowledgedWritesSurviveAKillNineAndATornTailIsDroppedWithAWarning() throws Exception {
        Path data = work.resolve("data");
        Acknowledged ack = new Acknowledged();
        JsonNode stateBefore;
        JsonNode scenariosBefore;
        String clockBefore;
        try (ServerProcess server = ServerProcess.start(work, args(data))) {
            WireClient client = new WireClient(server.baseUri()).with("wix-site-id", SITE);
            assertThat(client.post(
                                    "/_fake/sites/" + SITE + "/scenarios",
                                    "{\"errors\":[{\"operation\":\"generateVideoStreamingUrl\",\"status\":503,\"times\":3}],"
                                            + "\"limits\":{\"maxFileSizeBytes\":5000000}}")
                            .status())
                    .isEqualTo(200);
            assertThat(client.post("/_fake/clock/freeze", "").status()).isEqualTo(200);
            assertThat(client.post("/_fake/clock/advance", "{\"duration\":\"PT3H\"}")
                            .status())
                    .isEqualTo(200);
            writeConcurrently(client, ack);
            assertThat(ack.writes.get()).isGreaterThanOrEqualTo(WRITES);
            stateBefore = client.get("/_fake/sites/" + SITE + "/state").json();
            scenariosBefore = client.get("/_fake/sites/" + SITE + "/scenarios").json();
            clockBefore = client.get("/_fake/clock").json().get("now").asString();
            server.kill9();
        }

        try (ServerProcess again = ServerProcess.start(work, args(data))) {
            WireClient client = new WireClient(again.baseUri()).with("wix-site-id", SITE);
            JsonNode state = client.get("/_fake/sites/" + SITE + "/state").json();
            assertThat(state).isEqualTo(stateBefore);
            assertEveryAcknowledgedWriteIsThere(client, state, ack);
            assertThat(client.get("/_fake/sites/" + SITE + "/scenarios").json()).isEqualTo(scenariosBefore);
            assertThat(client.get("/_fake/clock").json().get("now").asString()).isEqualTo(clockBefore);
            assertThat(again.stderr()).doesNotContain("WARNING");

            // one more write, then the crash tears its record
            assertThat(client.post("/site-media/v1/folders", "{\"displayName\":\"the last one\"}")
                            .status())
                    .isEqualTo(200);
            again.kill9();
        }
        Path log = newestLog(data);
        long before = Files.size(log);
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
            ch.truncate(before - 5);
        }

        try (ServerProcess third = ServerProcess.start(work, args(data))) {
            WireClient client = new WireClient(third.baseUri()).with("wix-site-id", SITE);
            JsonNode state = client.get("/_fake/sites/" + SITE + "/state").json();
            assertThat(state).isEqualTo(stateBefore);
            List<String> warnings =
                    third.stderr().lines().filter(l -> l.contains("WARNING")).toList();
            assertThat(warnings)
                    .singleElement()
                    .asString()
                    .startsWith("WARNING: site " + SITE)
                    .contains("torn")
                    .contains(log.getFileName().toString())
                    .contains("bytes")
                    .contains("kept the");
        }
    }

    /**
     * {@value #CLIENTS} clients at once (so records share forces), each its own mix: folders, imports into them,
     * uploads, renames, moves to the trash bin and deletions for good, until {@value #WRITES} writes are acknowledged.
     */
    private static void writeConcurrently(WireClient client, Acknowledged ack) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int me = c;
                work.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    String folder = "media-root";
                    for (int i = 0; ack.writes.get() < WRITES; i++) {
                        String name = "c" + me + "-" + i;
                        switch (i % 8) {
                            case 0 -> {
                                JsonNode f =
                                        ok(client.post("/site-media/v1/folders", "{\"displayName\":\"" + name + "\"}"));
                                folder = f.at("/folder/id").asString();
                                ack.folderNames.put(folder, name);
                            }
                            case 1, 2, 3 -> {
                                JsonNode f = ok(client.post(
                                        "/site-media/v1/files/import",
                                        "{\"url\":\"https://example.com/" + name + ".jpg\",\"displayName\":\"" + name
                                                + ".jpg\",\"parentFolderId\":\"" + folder + "\"}"));
                                String id = f.at("/file/id").asString();
                                mine.add(id);
                                ack.fileNames.put(id, name + ".jpg");
                            }
                            case 4 -> {
                                String url = ok(client.post(
                                                "/site-media/v1/files/generate-upload-url",
                                                "{\"mimeType\":\"image/png\",\"fileName\":\"" + name + ".png\"}"))
                                        .get("uploadUrl")
                                        .asString();
                                ack.writes.incrementAndGet();
                                byte[] bytes = (name + " bytes").getBytes(StandardCharsets.UTF_8);
                                byte[] body = new byte[PNG.length + bytes.length];
                                System.arraycopy(PNG, 0, body, 0, PNG.length);
                                System.arraycopy(bytes, 0, body, PNG.length, bytes.length);
                                WireClient.Response r = client.send("PUT", url, body, "image/png", Map.of());
                                String id = ok(r).at("/file/id").asString();
                                mine.add(id);
                                ack.fileNames.put(id, name + ".png");
                                ack.uploadMd5.put(id, md5(body));
                            }
                            case 5 -> {
                                String id = mine.remove(0);
                                ok(client.post("/site-media/v1/bulk/files/delete", "{\"fileIds\":[\"" + id + "\"]}"));
                                ack.trashed.add(id);
                            }
                            case 6 -> {
                                String id = mine.remove(0);
                                ok(client.post(
                                        "/site-media/v1/bulk/files/delete",
                                        "{\"fileIds\":[\"" + id + "\"],\"permanent\":true}"));
                                ack.deleted.add(id);
                                ack.fileNames.remove(id);
                                ack.uploadMd5.remove(id);
                            }
                            default -> {
                                String id = mine.get(mine.size() - 1);
                                String renamed = "renamed-" + name + (ack.uploadMd5.containsKey(id) ? ".png" : ".jpg");
                                ok(client.patch(
                                        "/site-media/v1/files/update-file-descriptor",
                                        "{\"file\":{\"id\":\"" + id + "\",\"displayName\":\"" + renamed + "\"}}"));
                                ack.fileNames.put(id, renamed);
                            }
                        }
                        ack.writes.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertEveryAcknowledgedWriteIsThere(WireClient client, JsonNode state, Acknowledged ack) {
        Map<String, JsonNode> files = new HashMap<>();
        state.get("files").forEach(f -> files.put(f.at("/file/id").asString(), f));
        Map<String, JsonNode> folders = new HashMap<>();
        state.get("folders").forEach(f -> folders.put(f.at("/folder/id").asString(), f));
        ack.folderNames.forEach((id, name) -> {
            assertThat(folders).as("folder %s", name).containsKey(id);
            assertThat(folders.get(id).at("/folder/displayName").asString()).isEqualTo(name);
        });
        ack.fileNames.forEach((id, name) -> {
            assertThat(files).as("file %s", name).containsKey(id);
            JsonNode f = files.get(id);
            assertThat(f.at("/file/displayName").asString()).isEqualTo(name);
            assertThat(f.get("trashed").asBoolean())
                    .as("%s in the trash bin", name)
                    .isEqualTo(ack.trashed.contains(id));
        });
        assertThat(files.keySet()).as("files deleted for good").doesNotContainAnyElementsOf(ack.deleted);
        assertThat(files).hasSize(ack.fileNames.size());
        ack.uploadMd5.forEach((id, md5) -> {
            String url = ok(client.post(
                            "/site-media/v1/files/generate-file-download-url", "{\"fileId\":\"" + id + "\"}"))
                    .at("/downloadUrls/0/url")
                    .asString();
            WireClient.Response bytes = client.get(url);
            assertThat(bytes.status()).isEqualTo(200);
            assertThat(md5(bytes.bytes())).as("bytes of %s", id).isEqualTo(md5);
        });
    }

    @Test
    void aResetSiteStaysEmptyAfterACrash() throws Exception {
        Path data = work.resolve("data");
        try (ServerProcess server = ServerProcess.start(work, args(data))) {
            WireClient client = new WireClient(server.baseUri()).with("wix-site-id", SITE);
            for (int i = 0; i < 5; i++) {
                ok(client.post("/site-media/v1/files/import", "{\"url\":\"https://example.com/" + i + ".jpg\"}"));
            }
            assertThat(client.post("/_fake/sites/" + SITE + "/reset", "").status())
                    .isEqualTo(200);
            server.kill9();
        }
        try (ServerProcess again = ServerProcess.start(work, args(data))) {
            WireClient client = new WireClient(again.baseUri()).with("wix-site-id", SITE);
            assertThat(client.get("/_fake/sites/" + SITE + "/state").json().get("files"))
                    .isEmpty();
        }
    }

    @Test
    void aDirectoryTheServerMustNotUseIsRefusedInOneLineWithStatus2() throws Exception {
        Path newer = Files.createDirectories(work.resolve("newer"));
        Files.writeString(newer.resolve("FORMAT"), "{\"format\":2,\"writtenBy\":\"fake-wix-media-manager\"}");
        ServerProcess.Exit refused = ServerProcess.run(work, args(newer));
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.stderr())
                .doesNotContain("\n")
                .startsWith("error: data directory " + newer)
                .contains("newer version")
                .contains("format 2");

        Path damaged = Files.createDirectories(work.resolve("damaged"));
        Files.writeString(damaged.resolve("FORMAT"), "{\"format\":");
        ServerProcess.Exit corrupt = ServerProcess.run(work, args(damaged));
        assertThat(corrupt.status()).isEqualTo(2);
        assertThat(corrupt.stderr()).doesNotContain("\n").contains("damaged").contains("FORMAT");

        Path file = Files.writeString(work.resolve("plain-file"), "x");
        ServerProcess.Exit unwritable = ServerProcess.run(work, args(file.resolve("data")));
        assertThat(unwritable.status()).isEqualTo(2);
        assertThat(unwritable.stderr()).doesNotContain("\n").contains("cannot be created");
    }

    @Test
    void withoutADataDirectoryTheServerWritesNothing() throws Exception {
        Path cwd = Files.createDirectories(work.resolve("cwd"));
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        try (ServerProcess server = ServerProcess.start(cwd, List.of("-Djava.io.tmpdir=" + tmp), "--port", "0")) {
            WireClient client = new WireClient(server.baseUri());
            for (int i = 0; i < 20; i++) {
                ok(client.post("/site-media/v1/files/import", "{\"url\":\"https://example.com/" + i + ".jpg\"}"));
                String url = ok(client.post("/site-media/v1/files/generate-upload-url", "{\"mimeType\":\"image/png\"}"))
                        .get("uploadUrl")
                        .asString();
                ok(client.send("PUT", url, PNG, "image/png", Map.of()));
            }
            server.kill9();
        }
        try (Stream<Path> inCwd = Files.list(cwd);
                Stream<Path> inTmp = Files.list(tmp)) {
            assertThat(Stream.concat(inCwd, inTmp)
                            .map(p -> p.getFileName().toString())
                            .filter(n -> !n.startsWith("hsperfdata")))
                    .isEmpty();
        }
    }

    private static Path newestLog(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(p -> p.getFileName().toString().matches("log-\\d+\\.log"))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow();
        }
    }

    private static JsonNode ok(WireClient.Response r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
