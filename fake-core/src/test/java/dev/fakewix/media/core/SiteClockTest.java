package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.OperationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A site can run on a clock of its own, so tests sharing one fake move time independently. */
class SiteClockTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private final FakeMediaManager fake = FakeMediaManager.builder()
            .clock(VirtualClock.frozenAt(T0))
            .readiness(Readiness.readyAfter(Duration.ofMinutes(5)))
            .build();

    @Test
    void aSiteOnItsOwnClockMovesWithItAndNotWithTheFakesClock() {
        VirtualClock mine = VirtualClock.frozenAt(T0);
        MediaSite own = fake.site("own").useClock(mine);
        MediaSite shared = fake.site("shared");
        String ownFile = own.files()
                .importFile(ImportFileRequest.of("https://example.com/a.jpg"))
                .id();
        String sharedFile = shared.files()
                .importFile(ImportFileRequest.of("https://example.com/a.jpg"))
                .id();

        mine.advance(Duration.ofMinutes(5));

        assertThat(own.clock()).isSameAs(mine);
        assertThat(shared.clock()).isSameAs(fake.clock());
        assertThat(own.files().getFileDescriptor(ownFile).operationStatus()).isEqualTo(OperationStatus.READY);
        assertThat(shared.files().getFileDescriptor(sharedFile).operationStatus())
                .isEqualTo(OperationStatus.PENDING);
        assertThat(fake.clock().instant()).isEqualTo(T0);

        fake.clock().advance(Duration.ofMinutes(5));
        String later = own.files()
                .importFile(ImportFileRequest.of("https://example.com/b.jpg"))
                .id();
        assertThat(shared.files().getFileDescriptor(sharedFile).operationStatus())
                .isEqualTo(OperationStatus.READY);
        assertThat(own.files().getFileDescriptor(later).createdDate()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        fake.clock().advance(Duration.ofMinutes(5));
        assertThat(own.files().getFileDescriptor(later).operationStatus()).isEqualTo(OperationStatus.PENDING);
    }

    @Test
    void tokensExpireOnTheSitesClock() {
        VirtualClock mine = VirtualClock.frozenAt(T0);
        MediaSite site = fake.site("own").useClock(mine);
        String url = Jwt.ofUploadUrl(site.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png")));

        fake.clock().advance(Duration.ofDays(2));
        byte[] png = UploadTest.PNG_3X2;
        assertThat(FaceAccess.get().transfers(fake).upload(url, "a.png", "image/png", png))
                .isNotNull();

        mine.advance(Duration.ofDays(2));
        String expired =
                Jwt.ofUploadUrl(site.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png")));
        mine.advance(Duration.ofDays(2));
        Assertions.assertThatThrownBy(() -> FaceAccess.get().transfers(fake).upload(expired, "b.png", "image/png", png))
                .isInstanceOf(MediaManagerException.class);
    }

    @Test
    void twoSitesAdvanceTheirOwnClocksInParallel() throws Exception {
        int sites = 4;
        CyclicBarrier together = new CyclicBarrier(sites);
        List<CompletableFuture<List<OperationStatus>>> runs = new ArrayList<>();
        for (int n = 0; n < sites; n++) {
            int minutes = n + 1;
            runs.add(CompletableFuture.supplyAsync(() -> {
                VirtualClock mine = VirtualClock.frozenAt(T0);
                MediaSite site = fake.site("parallel-" + minutes).useClock(mine);
                String id = site.files()
                        .importFile(ImportFileRequest.of("https://example.com/p.jpg"))
                        .id();
                await(together);
                mine.advance(Duration.ofMinutes(minutes));
                OperationStatus afterOwnAdvance =
                        site.files().getFileDescriptor(id).operationStatus();
                await(together);
                return List.of(
                        afterOwnAdvance, site.files().getFileDescriptor(id).operationStatus());
            }));
        }
        for (int n = 0; n < sites; n++) {
            OperationStatus expected = n + 1 >= 5 ? OperationStatus.READY : OperationStatus.PENDING;
            assertThat(runs.get(n).get(Fakes.HANG.toSeconds(), TimeUnit.SECONDS))
                    .containsExactly(expected, expected);
        }
        assertThat(fake.clock().instant()).isEqualTo(T0);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(Fakes.HANG.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
