package dev.fakewix.media.core;

import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.SearchFilesRequest;
import dev.fakewix.media.core.model.SearchFoldersRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ResetTest {
    private final FakeMediaManager fake = Fakes.fake();
    private final Files files = fake.site().files();

    @Test
    void aResetSiteIsEmptyAndStartsItsIdsAfresh() {
        String firstId = Fakes.importImage(files, "a.jpg").id();
        Folder folder = fake.site().folders().createFolder("f", null);
        files.bulkDeleteFiles(
                List.of(Fakes.importInto(files, folder.id(), "b.jpg").id()), false);
        String archive = files.generateFilesDownloadUrl(List.of(firstId));

        fake.site().reset();

        assertThat(files.listFiles(ListFilesRequest.all()).files()).isEmpty();
        assertThat(files.listDeletedFiles(ListFilesRequest.all()).files()).isEmpty();
        assertThat(fake.site().folders().listFolders(ListFoldersRequest.all()).folders())
                .isEmpty();
        assertThat(fake.site().storageUsed()).isZero();
        assertRule(() -> fake.site().folders().getFolder(folder.id()), WixErrorCode.RESOURCE_NOT_FOUND);
        assertRule(
                () -> FaceAccess.get().transfers(fake).archive(archive.substring(archive.indexOf("token=") + 6)),
                WixErrorCode.NOT_FOUND);
        assertThat(Fakes.importImage(files, "a.jpg").id()).isEqualTo(firstId);
    }

    @Test
    void aResetForgetsPendingFilesAndUploadUrls() {
        List<MediaEvent> events = new ArrayList<>();
        fake.onEvent(events::add);
        fake.site().scenarios().readiness(Readiness.readyAfter(Duration.ofMinutes(1)));
        Fakes.importImage(files, "a.jpg");
        String token = Jwt.ofUploadUrl(files.generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png")));

        fake.reset();
        fake.clock().advance(Duration.ofMinutes(2));

        assertThat(events).isEmpty();
        assertThat(fake.site().lifecycle().pendingFileIds()).isEmpty();
        assertRule(
                () -> FaceAccess.get().transfers(fake).upload(token, "a.png", "image/png", UploadTest.PNG_3X2),
                WixErrorCode.PERMISSION_DENIED);
    }

    @Test
    void resettingTheFakeEmptiesEverySiteAndReturnsItsSettingsToTheFakesDefaultsButKeepsListeners() {
        List<MediaEvent> events = new ArrayList<>();
        FakeMediaManager fake = Fakes.builder()
                .limits(SiteLimits.unlimited().withMaxFileSize(99))
                .build();
        fake.onEvent(events::add);
        MediaSite other = fake.site("other-site");
        Fakes.importImage(other.files(), "a.jpg");
        Fakes.importImage(fake.site().files(), "b.jpg");
        other.scenarios().limits(SiteLimits.unlimited().withMaxFileSize(10));
        other.scenarios().readiness(Readiness.manual());

        fake.reset();

        assertThat(other.files().searchFiles(SearchFilesRequest.all()).files()).isEmpty();
        assertThat(fake.site().files().searchFiles(SearchFilesRequest.all()).files())
                .isEmpty();
        assertThat(fake.siteIds()).contains("other-site");
        assertThat(other.scenarios().limits().maxFileSizeBytes()).isEqualTo(99);
        FileDescriptor ready = Fakes.importImage(other.files(), "c.jpg");
        assertThat(other.lifecycle().pendingFileIds()).doesNotContain(ready.id());
        events.clear();
        fake.site()
                .files()
                .getFileDescriptor(
                        Fakes.importImage(fake.site().files(), "d.jpg").id());
        assertThat(events).hasSize(1);
    }

    @Test
    void readersNeverSeeAHalfResetSite() throws Exception {
        for (int i = 0; i < 30; i++) {
            Fakes.importImage(files, "f" + i + ".jpg");
        }
        for (int i = 0; i < 5; i++) {
            fake.site().folders().createFolder("d" + i, null);
        }
        SiteSnapshot full = fake.site().snapshot();
        Set<Integer> fileCounts = ConcurrentHashMap.newKeySet();
        Set<Integer> folderCounts = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 1500; i++) {
                        fileCounts.add(
                                files.searchFiles(SearchFilesRequest.all().withPaging(CursorPaging.limit(100)))
                                        .files()
                                        .size());
                        folderCounts.add(fake.site()
                                .folders()
                                .searchFolders(SearchFoldersRequest.all())
                                .folders()
                                .size());
                        SiteSnapshot seen = fake.site().snapshot();
                        fileCounts.add(seen.files().size());
                        folderCounts.add(seen.folders().size());
                    }
                    return null;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                start.await();
                for (int i = 0; i < 300; i++) {
                    fake.site().reset();
                    fake.site().restore(full);
                }
                return null;
            });
            start.countDown();
            writer.get(Fakes.HANG.toSeconds(), TimeUnit.SECONDS);
            for (Future<?> reader : readers) {
                reader.get(Fakes.HANG.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(fileCounts).isSubsetOf(0, 30);
        assertThat(folderCounts).isSubsetOf(0, 5);
        assertThat(fake.site().snapshot()).isEqualTo(full);
    }
}
