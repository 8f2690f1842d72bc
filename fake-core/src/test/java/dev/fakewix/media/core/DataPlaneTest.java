package dev.fakewix.media.core;

import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.State;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wix's documented data-plane samples (vector import, the deprecated bulk sample), registered import bytes, spill to disk. */
class DataPlaneTest {
    private final FakeMediaManager fake =
            Fakes.builder().readiness(Readiness.manual()).build();

    @Test
    void aRasterImportedAsVectorBecomesASvgWithATemporaryIdUntilReady() {
        FileDescriptor pending = fake.site()
                .files()
                .importFile(new ImportFileRequest(
                        "https://cdn.vectorstock.com/example-vector-art.webp",
                        MediaType.VECTOR,
                        "vectorArt1",
                        null,
                        null,
                        List.of("label1", "label2"),
                        null,
                        null,
                        null,
                        null,
                        null));

        assertThat(pending.mediaType()).isEqualTo(MediaType.VECTOR);
        assertThat(pending.displayName()).isEqualTo("vectorArt1.webp.svg");
        assertThat(pending.id()).matches("[0-9a-z]{6}_[0-9a-f]{32}-tmp\\.svg");
        assertThat(pending.url()).isEqualTo("https://static.wixstatic.com/shapes/" + pending.id());

        FileDescriptor ready = fake.site().lifecycle().markReady(pending.id());

        String finalId = pending.id().replace("-tmp.svg", ".svg");
        assertThat(ready.id()).isEqualTo(finalId);
        assertThat(ready.url()).isEqualTo("https://static.wixstatic.com/shapes/" + finalId);
        assertThat(fake.site().files().getFileDescriptor(pending.id()).id())
                .as("the temporary id answers with the file")
                .isEqualTo(finalId);
        assertThat(fake.site().files().getFileDescriptor(finalId).operationStatus())
                .isEqualTo(OperationStatus.READY);
    }

    @Test
    void theDocumentedBulkImportFilesSampleSucceeds() {
        // the sample's first item names a folder of the sample site: give this site that folder
        Folder folder = new Folder(
                "igje5u22nij3qkltzsnol37j3dnthvvh",
                "sample",
                "media-root",
                Fakes.T0,
                Fakes.T0,
                State.OK,
                fake.defaultSiteId());
        fake.site()
                .restore(new SiteSnapshot(
                        fake.defaultSiteId(),
                        0,
                        List.of(),
                        List.of(new SiteSnapshot.StoredFolder(folder, RootFolder.MEDIA_ROOT, null, false))));

        List<FileDescriptor> files = fake.site()
                .files()
                .bulkImportFiles(List.of(
                        new ImportFileRequest(
                                "https://www.site1.com/example.jpg",
                                MediaType.IMAGE,
                                "image1",
                                folder.id(),
                                null,
                                null,
                                "image/jpeg",
                                null,
                                null,
                                null,
                                null),
                        new ImportFileRequest(
                                "https://cdn.vectorstock.com/example-vector-art.webp",
                                MediaType.VECTOR,
                                "vectorArt1",
                                null,
                                null,
                                List.of("label1", "label2"),
                                null,
                                null,
                                null,
                                null,
                                null),
                        new ImportFileRequest(
                                "https://cdn.pixabay.com/example-video.mp4",
                                MediaType.VIDEO,
                                "video1",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));

        assertThat(files)
                .extracting(
                        FileDescriptor::displayName,
                        FileDescriptor::mediaType,
                        FileDescriptor::operationStatus,
                        FileDescriptor::parentFolderId)
                .containsExactly(
                        Tuple.tuple("image1.jpg", MediaType.IMAGE, OperationStatus.PENDING, folder.id()),
                        Tuple.tuple("vectorArt1.webp.svg", MediaType.VECTOR, OperationStatus.PENDING, "media-root"),
                        Tuple.tuple("video1.mp4", MediaType.VIDEO, OperationStatus.PENDING, "media-root"));
        assertThat(files.get(1).id()).endsWith("-tmp.svg");
        assertThat(files.get(1).labels()).containsExactly("label1", "label2");
    }

    @Test
    void registeredBytesMakeAnImportReal() {
        fake.site().registerImportContent("https://example.com/cat.png", UploadTest.PNG_3X2);

        FileDescriptor pending = fake.site().files().importFile(ImportFileRequest.of("https://example.com/cat.png"));
        FileDescriptor ready = fake.site().lifecycle().markReady(pending.id());

        assertThat(ready.sizeInBytes()).isEqualTo(UploadTest.PNG_3X2.length);
        assertThat(ready.hash()).isEqualTo(UploadTest.md5(UploadTest.PNG_3X2));
        assertThat(ready.media().image().image().width()).isEqualTo(3);
        assertThat(ready.media().image().image().height()).isEqualTo(2);
        String url = fake.site()
                .files()
                .generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(ready.id()))
                .get(0)
                .url();
        assertThat(FaceAccess.get()
                        .transfers(fake)
                        .download(Jwt.ofDownloadUrl(url))
                        .content())
                .isEqualTo(UploadTest.PNG_3X2);

        FileDescriptor other = fake.site().files().importFile(ImportFileRequest.of("https://example.com/dog.png"));
        assertThat(fake.site().lifecycle().markReady(other.id()).sizeInBytes())
                .as("other URLs stay synthetic")
                .isNotEqualTo(UploadTest.PNG_3X2.length);
    }

    @Test
    void withTheOptInAnImportOfALoopbackUrlGetsTheServedBytes() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> seen = new CopyOnWriteArrayList<>();
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("X-Key"));
            boolean found = exchange.getRequestURI().getPath().equals("/cat.png");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? UploadTest.PNG_3X2.length : -1);
            if (found) {
                exchange.getResponseBody().write(UploadTest.PNG_3X2);
            }
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            FileDescriptor notFetched = fake.site().files().importFile(ImportFileRequest.of(base + "/cat.png"));
            assertThat(seen).as("off by default").isEmpty();
            assertThat(notFetched.sizeInBytes()).isEqualTo(-1);

            fake.site().fetchLoopbackImports(true);
            FileDescriptor cat = fake.site()
                    .files()
                    .importFile(new ImportFileRequest(
                            base + "/cat.png",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            Map.of("v", "1"),
                            Map.of("X-Key", "k"),
                            null));
            FileDescriptor ready = fake.site().lifecycle().markReady(cat.id());

            assertThat(seen).containsExactly("/cat.png?v=1 k");
            assertThat(ready.hash()).isEqualTo(UploadTest.md5(UploadTest.PNG_3X2));
            assertThat(ready.media().image().image().width()).isEqualTo(3);
            assertThat(FaceAccess.get().transfers(fake).content(fake.defaultSiteId(), ready.id()))
                    .isEqualTo(UploadTest.PNG_3X2);
            MediaErrors.assertInvalid(
                    () -> fake.site().files().importFile(ImportFileRequest.of(base + "/missing.png")), "url");
            FileDescriptor remote = fake.site().files().importFile(ImportFileRequest.of("https://example.com/dog.png"));
            assertThat(remote.sizeInBytes()).as("never anything but loopback").isEqualTo(-1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aScenarioFileCanRegisterImportBytes() {
        fake.site()
                .scenarios()
                .apply("{\"importContent\": [{\"url\": \"https://example.com/cat.png\", \"base64\": \""
                        + Base64.getEncoder().encodeToString(UploadTest.PNG_3X2) + "\"},"
                        + " {\"url\": \"https://example.com/notes.txt\", \"text\": \"hello\"}]}");

        FileDescriptor cat = fake.site()
                .lifecycle()
                .markReady(fake.site()
                        .files()
                        .importFile(ImportFileRequest.of("https://example.com/cat.png"))
                        .id());
        FileDescriptor notes = fake.site()
                .lifecycle()
                .markReady(fake.site()
                        .files()
                        .importFile(ImportFileRequest.of("https://example.com/notes.txt"))
                        .id());

        assertThat(cat.media().image().image().width()).isEqualTo(3);
        assertThat(notes.sizeInBytes()).isEqualTo(5);
        Assertions.assertThatThrownBy(
                        () -> fake.site()
                                .scenarios()
                                .apply(
                                        "{\"importContent\": [{\"url\": \"https://example.com/x\", \"base64\": \"AA\", \"text\": \"x\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one of");
    }

    @Test
    void webpDimensionsAreReadFromTheHeader() {
        // a lossless (VP8L) 5x7 header: width-1 and height-1 in 14 bits each
        int bits = (5 - 1) | (7 - 1) << 14;
        byte[] webp = {
            'R',
            'I',
            'F',
            'F',
            0,
            0,
            0,
            0,
            'W',
            'E',
            'B',
            'P',
            'V',
            'P',
            '8',
            'L',
            0,
            0,
            0,
            0,
            0x2f,
            (byte) bits,
            (byte) (bits >> 8),
            (byte) (bits >> 16),
            (byte) (bits >> 24),
            0,
            0,
            0,
            0,
            0
        };
        fake.site().registerImportContent("https://example.com/a.webp", webp);

        FileDescriptor file = fake.site()
                .lifecycle()
                .markReady(fake.site()
                        .files()
                        .importFile(ImportFileRequest.of("https://example.com/a.webp"))
                        .id());

        assertThat(file.media().image().image().width()).isEqualTo(5);
        assertThat(file.media().image().image().height()).isEqualTo(7);
    }

    @Test
    void bytesBeyondTheMemoryBudgetLiveInATemporaryDirectoryThatResetDeletes(@TempDir Path base) throws Exception {
        FakeMediaManager small = Fakes.builder()
                .contentMemoryBudget(1 << 20)
                .contentDirectory(base)
                .build();
        byte[] big = new byte[3 << 20];
        new Random(1).nextBytes(big);
        String token = Jwt.ofUploadUrl(
                small.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("video/mp4")));

        FileDescriptor file = small.transfers().upload(token, "big.mp4", "video/mp4", new ByteArrayInputStream(big));

        StoredBytes stored = small.transfers().bytes(small.defaultSiteId(), file.id());
        assertThat(stored.inMemory()).isFalse();
        assertThat(small.contentBytesInMemory()).isZero();
        try (InputStream in = stored.openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(big);
        }
        assertThat(file.hash()).isEqualTo(UploadTest.md5(big));
        SiteSnapshot snapshot = small.site().snapshot(); // holds its own link to the bytes
        assertThat(spilled(base)).isEqualTo(2);

        small.site().reset();
        assertThat(spilled(base)).isEqualTo(1);
        small.site().restore(snapshot);
        assertThat(small.transfers().content(small.defaultSiteId(), file.id())).isEqualTo(big);

        small.close();
        assertThat(spilled(base)).isZero();
    }

    @Test
    void aFailedUploadLeavesNoBytesBehind() {
        FakeMediaManager small = Fakes.builder().contentMemoryBudget(1 << 20).build();
        small.site().scenarios().limits(SiteLimits.unlimited().withMaxFileSize(2 << 20));
        String token = Jwt.ofUploadUrl(
                small.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("video/mp4")));

        assertRule(
                () -> small.transfers().upload(token, "big.mp4", "video/mp4", new byte[3 << 20]),
                WixErrorCode.FILE_SIZE_OVER_LIMIT);

        assertThat(small.contentBytesInMemory()).isZero();
        assertThat(small.transfers()
                        .upload(token, "ok.mp4", "video/mp4", new byte[10])
                        .sizeInBytes())
                .as("the URL is not used up")
                .isEqualTo(10);
    }

    @Test
    void parallelUploadsShareTheBudgetAndGiveItAllBack() throws Exception {
        FakeMediaManager shared = Fakes.builder().contentMemoryBudget(3 << 20).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<FileDescriptor>> uploads = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            byte[] bytes = new byte[(1 << 20) + i];
            bytes[i] = (byte) i;
            uploads.add(pool.submit(() -> {
                String token = Jwt.ofUploadUrl(
                        shared.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("video/mp4")));
                return FaceAccess.get()
                        .transfers(shared)
                        .upload(token, "v.mp4", "video/mp4", new ByteArrayInputStream(bytes));
            }));
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            FileDescriptor f = uploads.get(i).get();
            ids.add(f.id());
            assertThat(f.sizeInBytes()).isEqualTo((1 << 20) + i);
            assertThat(FaceAccess.get()
                            .transfers(shared)
                            .bytes(shared.defaultSiteId(), f.id())
                            .toByteArray()[i])
                    .isEqualTo((byte) i);
        }
        pool.shutdown();
        assertThat(shared.contentBytesInMemory()).isBetween(0L, 3L << 20);

        shared.site().files().bulkDeleteFiles(ids, true);

        assertThat(shared.contentBytesInMemory()).isZero();
        shared.close();
    }

    private static long spilled(Path base) throws Exception {
        try (var walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}
