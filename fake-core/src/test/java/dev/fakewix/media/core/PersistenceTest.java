package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fake with a data directory starts where the last one on that directory stopped: the same sites, files, folders,
 * trash bin, bytes, upload URLs, configuration and clock; and from there it answers as a fake that never stopped.
 */
class PersistenceTest {
    private static final String SECRET = "persistence-test-secret";
    private static final String PERSIST_LOGGER = "dev.fakewix.media.core.persist";

    @TempDir
    Path dir;

    private FakeMediaManager open() {
        return Fakes.builder().tokenSecret(SECRET).dataDirectory(dir).build();
    }

    @Test
    void aRestartedFakeHoldsEverythingAndAnswersAsOneThatNeverStopped() {
        FakeMediaManager twin = Fakes.builder().tokenSecret(SECRET).build();
        SiteSnapshot before;
        try (FakeMediaManager first = open()) {
            assertThat(Script.run(first, first.site())).isEqualTo(Script.run(twin, twin.site()));
            assertThat(deletionsAndRenames(first)).isEqualTo(deletionsAndRenames(twin));
            before = first.site().snapshot();
        }

        try (FakeMediaManager again = open()) {
            assertThat(again.site().snapshot())
                    .isEqualTo(before)
                    .isEqualTo(twin.site().snapshot());
            assertThat(again.clock().instant()).isEqualTo(twin.clock().instant());
            assertThat(again.site().storageUsed()).isEqualTo(twin.site().storageUsed());
            assertThat(Script.run(again, again.site())).isEqualTo(Script.run(twin, twin.site()));
            assertThat(again.site().snapshot()).isEqualTo(twin.site().snapshot());
        }
    }

    /** Files and folders deleted for good, and a vector that leaves its temporary id when READY. */
    private static List<String> deletionsAndRenames(FakeMediaManager fake) {
        List<String> out = new ArrayList<>();
        Folder doomed = fake.site().folders().createFolder("doomed", null);
        FileDescriptor inside = Fakes.importInto(fake.site().files(), doomed.id(), "inside.jpg");
        FileDescriptor alone = Fakes.importImage(fake.site().files(), "alone.jpg");
        FileDescriptor vector = fake.site().files().importFile(ImportFileRequest.of("https://example.com/logo.svg"));
        fake.site().files().bulkDeleteFiles(List.of(alone.id()), true);
        fake.site().folders().bulkDeleteFolders(List.of(doomed.id()), true);
        out.add(inside.id());
        out.add(vector.id());
        out.add(fake.site()
                .files()
                .getFileDescriptor(vector.id())
                .toString()); // READY: the final id, found by the old one
        return out;
    }

    @Test
    void uploadedBytesAndUnusedUploadUrlsSurvive() {
        String unused;
        FileDescriptor logo;
        try (FakeMediaManager first = open()) {
            String url = first.site()
                    .files()
                    .generateFileUploadUrl(
                            GenerateFileUploadUrlRequest.of("image/png").withFileName("logo.png"));
            logo = FaceAccess.get()
                    .transfers(first)
                    .upload(Jwt.ofUploadUrl(url), null, "image/png", UploadTest.PNG_3X2);
            unused = first.site()
                    .files()
                    .generateFileUploadUrl(
                            GenerateFileUploadUrlRequest.of("image/png").withFileName("later.png"));
        }

        try (FakeMediaManager again = open()) {
            assertThat(FaceAccess.get()
                            .transfers(again)
                            .bytes(again.defaultSiteId(), logo.id())
                            .toByteArray())
                    .isEqualTo(UploadTest.PNG_3X2);
            FileDescriptor later = FaceAccess.get()
                    .transfers(again)
                    .upload(Jwt.ofUploadUrl(unused), null, "image/png", UploadTest.PNG_3X2);
            assertThat(later.displayName()).isEqualTo("later.png");
        }
    }

    @Test
    void pendingFilesTurnReadyWhenTheirPlannedTimeComesAfterTheRestart() {
        FileDescriptor video;
        try (FakeMediaManager first = open()) {
            first.site()
                    .scenarios()
                    .readiness(Readiness.ready()
                            .forMediaType(MediaType.VIDEO, Readiness.readyAfter(Duration.ofMinutes(5))));
            video = first.site().files().importFile(ImportFileRequest.of("https://example.com/clip.mp4"));
            first.clock().advance(Duration.ofMinutes(2));
        }

        try (FakeMediaManager again = open()) {
            assertThat(again.site().files().getFileDescriptor(video.id()).operationStatus())
                    .isEqualTo(OperationStatus.PENDING);
            again.clock().advance(Duration.ofMinutes(3));
            assertThat(again.site().files().getFileDescriptor(video.id()).operationStatus())
                    .isEqualTo(OperationStatus.READY);
            // the site's own readiness rule came back with it
            FileDescriptor next = again.site().files().importFile(ImportFileRequest.of("https://example.com/next.mp4"));
            assertThat(again.site().files().getFileDescriptor(next.id()).operationStatus())
                    .isEqualTo(OperationStatus.PENDING);
        }
    }

    @Test
    void scenariosLimitsAndRegisteredBytesSurviveWithTheirCounts() {
        byte[] png;
        try (FakeMediaManager first = open()) {
            png = UploadTest.PNG_3X2;
            MediaSite site = first.site();
            site.scenarios().limits(SiteLimits.unlimited().withMaxFileSize(1234));
            site.registerImportContent("https://example.com/cat.png", png);
            site.scenarios()
                    .on(Operation.IMPORT_FILE)
                    .where(RequestMatch.mimeType("video/*"))
                    .failWith(WixErrorCode.SITE_QUOTA_EXCEEDED)
                    .times(2);
            site.scenarios().on(Operation.LIST_FILES).failWithStatus(503).once();
            assertThatThrownBy(() -> first.site().files().importFile(ImportFileRequest.of("https://example.com/a.mp4")))
                    .isInstanceOf(MediaManagerException.class);
            first.site()
                    .files()
                    .importFile(ImportFileRequest.of("https://example.com/cat.png")); // a write keeps the counts
        }

        try (FakeMediaManager again = open()) {
            MediaSite site = again.site();
            assertThat(site.scenarios().limits().maxFileSizeBytes()).isEqualTo(1234);
            assertThat(site.scenarios().active())
                    .extracting(ScriptedBehaviour::description)
                    .containsExactly(
                            "importFile where mimeType=video/*: fail with SITE_QUOTA_EXCEEDED 2 times",
                            "listFiles: fail with UNAVAILABLE once");
            assertThat(site.scenarios().active().get(0).timesMet()).isEqualTo(1);
            assertThatThrownBy(() -> again.site().files().importFile(ImportFileRequest.of("https://example.com/b.mp4")))
                    .isInstanceOf(MediaManagerException.class);
            again.site()
                    .files()
                    .importFile(ImportFileRequest.of("https://example.com/c.mp4")); // the two times are used up
            FileDescriptor cat = again.site().files().importFile(ImportFileRequest.of("https://example.com/cat.png"));
            assertThat(again.site().files().getFileDescriptor(cat.id()).sizeInBytes())
                    .isEqualTo(png.length);
        }
    }

    @Test
    void aLogThatOutgrowsItsSnapshotIsCompactedAndReadsBackTheSame() throws IOException {
        SiteSnapshot before;
        try (FakeMediaManager first = open()) {
            for (int call = 0; call < 40; call++) {
                List<ImportFileRequest> batch = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    batch.add(Fakes.importRequest("c" + call + "-" + i + ".jpg"));
                }
                first.site().files().bulkImportFile(batch, false);
            }
            before = first.site().snapshot();
        }
        List<String> names;
        try (Stream<Path> files = java.nio.file.Files.walk(dir.resolve("sites"))) {
            names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".snap") || n.endsWith(".log"))
                    .toList();
        }
        assertThat(names).anyMatch(n -> n.startsWith("snapshot-")).noneMatch(n -> n.equals("log-00000001.log"));

        try (FakeMediaManager again = open()) {
            assertThat(again.site().snapshot()).isEqualTo(before);
            assertThat(before.files()).hasSize(4000);
        }
    }

    @Test
    void aRestoredSnapshotIsKept() {
        FakeMediaManager elsewhere = Fakes.builder().tokenSecret(SECRET).build();
        Script.run(elsewhere, elsewhere.site());
        SiteSnapshot saved = elsewhere.site().snapshot();
        try (FakeMediaManager first = open()) {
            Fakes.importImage(first.site().files(), "replaced.jpg");
            first.site().restore(saved);
        }
        try (FakeMediaManager again = open()) {
            assertThat(again.site().snapshot()).isEqualTo(saved);
        }
    }

    @Test
    void theClockContinuesFrozenOrFollowingWallTime() {
        Instant later = Fakes.T0.plus(Duration.ofDays(3));
        try (FakeMediaManager first = open()) {
            first.clock().setTo(later);
        }
        try (FakeMediaManager again = open()) {
            assertThat(again.clock().instant()).isEqualTo(later);
            assertThat(again.clock().isFrozen()).isTrue();
            again.clock().unfreeze();
        }
        try (FakeMediaManager third = open()) {
            assertThat(third.clock().isFrozen()).isFalse();
            assertThat(third.clock().instant()).isAfterOrEqualTo(later);
        }
    }

    @Test
    void everySiteComesBackAndARemovedOneDoesNot() {
        try (FakeMediaManager first = open()) {
            Fakes.importImage(first.site("site-a").files(), "a.jpg");
            Fakes.importImage(first.site("site-b").files(), "b.jpg");
            first.removeSite("site-b");
        }
        try (FakeMediaManager again = open()) {
            assertThat(again.siteIds()).containsExactly("site-a");
            assertThat(again.site("site-a")
                            .files()
                            .listFiles(ListFilesRequest.all())
                            .files())
                    .hasSize(1);
        }
    }

    @Test
    void aResetEmptiesTheKeptStateToo() {
        try (FakeMediaManager first = open()) {
            Folder f = first.site().folders().createFolder("kept?", null);
            Fakes.importInto(first.site().files(), f.id(), "a.jpg");
            first.site()
                    .scenarios()
                    .on(Operation.LIST_FILES)
                    .failWithStatus(503)
                    .always();
            first.site().reset();
            Fakes.importImage(first.site().files(), "after.jpg");
        }
        try (FakeMediaManager again = open()) {
            assertThat(again.site().files().listFiles(ListFilesRequest.all()).files())
                    .extracting(FileDescriptor::displayName)
                    .containsExactly("after.jpg");
            assertThat(again.site().snapshot().folders()).isEmpty();
            assertThat(again.site().scenarios().active()).isEmpty();
        }
    }

    @Test
    void aTornLastRecordIsDroppedWithAWarningAndEverythingBeforeItKept() throws IOException {
        try (FakeMediaManager first = open()) {
            for (int i = 0; i < 5; i++) {
                Fakes.importImage(first.site().files(), "f" + i + ".jpg");
            }
        }
        Path log = onlyLog();
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 7); // the crash cut the last record
        }
        List<String> warnings = new ArrayList<>();
        Logger logger = Logger.getLogger(PERSIST_LOGGER); // held: the logging system keeps loggers only weakly
        Handler capture = captureWarnings(logger, warnings);
        try (FakeMediaManager again = open()) {
            assertThat(again.site().files().listFiles(ListFilesRequest.all()).files())
                    .extracting(FileDescriptor::displayName)
                    .containsExactlyInAnyOrder("f0.jpg", "f1.jpg", "f2.jpg", "f3.jpg");
            assertThat(warnings)
                    .singleElement()
                    .asString()
                    .contains("site " + again.defaultSiteId())
                    .contains("torn")
                    .contains("bytes")
                    .contains("kept the");
            Fakes.importImage(again.site().files(), "after.jpg"); // the log continues where the good records end
        } finally {
            logger.removeHandler(capture);
        }
        try (FakeMediaManager third = open()) {
            assertThat(third.site().files().listFiles(ListFilesRequest.all()).files())
                    .hasSize(5);
        }
    }

    @Test
    void aDirectoryWrittenByANewerVersionIsRefusedNamingItsFormat() throws IOException {
        java.nio.file.Files.writeString(dir.resolve("FORMAT"), "{\"format\": 99}");

        assertThatThrownBy(this::open)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("newer version")
                .hasMessageContaining("format 99")
                .hasMessageContaining(dir.toString());
    }

    @Test
    void aDamagedOrForeignOrUnwritableDirectoryIsAClearError() throws IOException {
        java.nio.file.Files.writeString(dir.resolve("FORMAT"), "not json");
        assertThatThrownBy(this::open)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("damaged")
                .hasMessageContaining("FORMAT");

        Path foreign = dir.resolve("home");
        java.nio.file.Files.createDirectories(foreign.resolve("Documents"));
        assertThatThrownBy(() -> Fakes.builder().dataDirectory(foreign).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not empty")
                .hasMessageContaining("Documents");

        Path file = dir.resolve("a-file");
        java.nio.file.Files.writeString(file, "x");
        assertThatThrownBy(() ->
                        Fakes.builder().dataDirectory(file.resolve("data")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be created");
    }

    @Test
    void aDamagedSnapshotIsAClearError() throws IOException {
        Path data = dir.resolve("data");
        try (FakeMediaManager first = Fakes.builder().dataDirectory(data).build()) {
            Fakes.importImage(first.site().files(), "a.jpg");
            first.site().reset(); // writes a snapshot
        }
        Path snapshot;
        try (Stream<Path> files = java.nio.file.Files.walk(data)) {
            snapshot = files.filter(p -> p.getFileName().toString().endsWith(".snap"))
                    .findFirst()
                    .orElseThrow();
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(snapshot);
        bytes[bytes.length - 2] ^= 0x20;
        java.nio.file.Files.write(snapshot, bytes);

        assertThatThrownBy(() -> Fakes.builder().dataDirectory(data).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("damaged")
                .hasMessageContaining(snapshot.getFileName().toString())
                .hasMessageContaining("checksum");
    }

    @Test
    void twoFakesCannotShareADirectory() {
        try (FakeMediaManager first = open()) {
            assertThatThrownBy(this::open)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
            assertThat(first.siteIds()).isEmpty();
        }
    }

    @Test
    void withoutADataDirectoryNothingIsWrittenBeyondTheSpillOfLargeUploads() throws IOException {
        Path spill = dir.resolve("spill");
        java.nio.file.Files.createDirectories(spill);
        try (FakeMediaManager fake = Fakes.builder().contentDirectory(spill).build()) {
            Script.run(fake, fake.site());
            fake.site().reset();
            try (Stream<Path> files = java.nio.file.Files.list(spill)) {
                assertThat(files).isEmpty();
            }
        }
        try (Stream<Path> files = java.nio.file.Files.list(dir)) {
            assertThat(files).containsExactly(spill);
        }
    }

    private Path onlyLog() throws IOException {
        try (Stream<Path> files = java.nio.file.Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".log"))
                    .reduce((a, b) -> {
                        throw new AssertionError("two logs: " + a + ", " + b);
                    })
                    .orElseThrow();
        }
    }

    private static Handler captureWarnings(Logger logger, List<String> into) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (into) {
                    into.add(record.getLevel() + " " + record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        return handler;
    }
}
