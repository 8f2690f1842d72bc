package dev.fakewix.media.core;

import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.model.ApplicationError;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    private final List<MediaEvent> events = new CopyOnWriteArrayList<>();

    private FakeMediaManager fake(ReadinessPolicy policy) {
        FakeMediaManager fake = Fakes.builder().readiness(policy).build();
        fake.onEvent(events::add);
        return fake;
    }

    private static OperationStatus status(FakeMediaManager fake, FileDescriptor file) {
        return fake.site().files().getFileDescriptor(file.id()).operationStatus();
    }

    private static ImportFileRequest withInfo(String name) {
        return Fakes.importRequest(name).withExternalInfo(ExternalInfo.of("shop", "order-7"));
    }

    @Nested
    class Immediate {
        @Test
        void theResponseIsPendingAndTheNextReadIsReadyWithOneFileReadyEventCarryingExternalInfo() {
            FakeMediaManager fake = fake(Readiness.ready());
            FileDescriptor file = fake.site().files().importFile(withInfo("a.jpg"));
            assertThat(file.operationStatus()).isEqualTo(OperationStatus.PENDING);

            FileDescriptor read = fake.site().files().getFileDescriptor(file.id());
            fake.site().files().getFileDescriptor(file.id());

            assertThat(read.operationStatus()).isEqualTo(OperationStatus.READY);
            assertThat(events).singleElement().isInstanceOfSatisfying(MediaEvent.FileReady.class, ready -> {
                assertThat(ready.file()).isEqualTo(read);
                assertThat(ready.externalInfo()).isEqualTo(ExternalInfo.of("shop", "order-7"));
                assertThat(ready.triggeredByUndelete()).isFalse();
                MediaEvent.Metadata m = ready.metadata();
                assertThat(m.eventType())
                        .isEqualTo("wix.media.site_media.v1.file_descriptor_file_ready")
                        .isEqualTo(MediaEvent.FILE_READY_TYPE);
                assertThat(m.slug()).isEqualTo("file_ready");
                assertThat(m.entityFqdn()).isEqualTo("wix.media.site_media.v1.file_descriptor");
                assertThat(m.entityId()).isEqualTo(file.id());
                assertThat(m.siteId()).isEqualTo(fake.defaultSiteId());
                assertThat(m.eventTime()).isEqualTo(Fakes.T0);
                assertThat(m.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            });
        }

        @Test
        void eventIdsAreUniqueAndSequencesIncrease() {
            FakeMediaManager fake = fake(Readiness.ready());
            FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");
            fake.site()
                    .files()
                    .getFileDescriptor(
                            Fakes.importImage(fake.site().files(), "b.jpg").id());
            fake.site().files().bulkDeleteFiles(List.of(file.id()), false);
            fake.site().files().bulkRestoreFilesFromTrashBin(List.of(file.id()));

            assertThat(events)
                    .extracting(MediaEvent::type)
                    .containsExactly(
                            WebhookEvent.FILE_READY,
                            WebhookEvent.FILE_READY,
                            WebhookEvent.FILE_DESCRIPTOR_DELETED,
                            WebhookEvent.FILE_READY);
            assertThat(events).extracting(e -> e.metadata().id()).doesNotHaveDuplicates();
            List<MediaEvent> ofA = events.stream()
                    .filter(e -> e.metadata().entityId().equals(file.id()))
                    .toList();
            assertThat(ofA).extracting(e -> e.metadata().entityEventSequence()).containsExactly(1L, 2L, 3L);
            assertThat(events.get(3))
                    .isInstanceOfSatisfying(
                            MediaEvent.FileReady.class,
                            r -> assertThat(r.triggeredByUndelete()).isTrue());
        }

        @Test
        void theDefaultPolicyIsImmediate() {
            FakeMediaManager fake = FakeMediaManager.builder()
                    .clock(VirtualClock.frozenAt(Fakes.T0))
                    .build();
            FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");

            assertThat(status(fake, file)).isEqualTo(OperationStatus.READY);
        }

        @Test
        void eventsAreDeliveredAfterTheChangeIsVisible() {
            FakeMediaManager fake = fake(Readiness.ready());
            List<OperationStatus> seenByListener = new ArrayList<>();
            fake.onEvent(e -> seenByListener.add(fake.site()
                    .files()
                    .getFileDescriptor(e.metadata().entityId())
                    .operationStatus()));

            FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");
            fake.site().files().listFiles(ListFilesRequest.all());

            assertThat(seenByListener).containsExactly(OperationStatus.READY);
            assertThat(status(fake, file)).isEqualTo(OperationStatus.READY);
        }

        @Test
        void aClosedListenerHearsNothingMore() throws Exception {
            FakeMediaManager fake = Fakes.fake();
            List<MediaEvent> heard = new ArrayList<>();
            AutoCloseable handle = fake.onEvent(heard::add);
            fake.site()
                    .files()
                    .getFileDescriptor(
                            Fakes.importImage(fake.site().files(), "a.jpg").id());

            handle.close();
            fake.site()
                    .files()
                    .getFileDescriptor(
                            Fakes.importImage(fake.site().files(), "b.jpg").id());

            assertThat(heard).hasSize(1);
        }
    }

    @Nested
    class OnTheFakeClock {
        @Test
        void aFileTurnsReadyWhenTheClockReachesItsDelayAndTheEventFiresOnAdvance() {
            FakeMediaManager fake = fake(Readiness.readyAfter(Duration.ofMinutes(5)));
            FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");

            fake.clock().advance(Duration.ofMinutes(5).minusMillis(1));
            assertThat(status(fake, file)).isEqualTo(OperationStatus.PENDING);
            assertThat(events).isEmpty();

            fake.clock().advance(Duration.ofMillis(1));
            assertThat(events).singleElement().isInstanceOf(MediaEvent.FileReady.class);
            assertThat(events.get(0).metadata().eventTime()).isEqualTo(Fakes.T0.plus(Duration.ofMinutes(5)));
            assertThat(status(fake, file)).isEqualTo(OperationStatus.READY);
        }

        @Test
        void settingTheClockAlsoMovesTheLifecycle() {
            FakeMediaManager fake = fake(Readiness.readyAfter(Duration.ofHours(1)));
            FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");

            fake.clock().setTo(Fakes.T0.plus(Duration.ofDays(1)));

            assertThat(events).hasSize(1);
            assertThat(status(fake, file)).isEqualTo(OperationStatus.READY);
        }

        @Test
        void aFailingPolicyFailsTheFileWithFileFailedCarryingErrorAndExternalInfo() {
            FakeMediaManager fake =
                    fake(Readiness.failedAfter(Duration.ofSeconds(30), "UNSUPPORTED_FILE_FORMAT", "cannot decode"));
            FileDescriptor file = fake.site().files().importFile(withInfo("a.mp4"));

            fake.clock().advance(Duration.ofSeconds(30));

            assertThat(status(fake, file)).isEqualTo(OperationStatus.FAILED);
            assertThat(events).singleElement().isInstanceOfSatisfying(MediaEvent.FileFailed.class, failed -> {
                assertThat(failed.error()).isEqualTo(ApplicationError.of("UNSUPPORTED_FILE_FORMAT", "cannot decode"));
                assertThat(failed.externalInfo()).isEqualTo(ExternalInfo.of("shop", "order-7"));
                assertThat(failed.metadata().eventType()).isEqualTo(MediaEvent.FILE_FAILED_TYPE);
                assertThat(failed.metadata().slug()).isEqualTo("file_failed");
                assertThat(failed.metadata().entityId()).isEqualTo(file.id());
            });
        }

        @Test
        void aFailedFileHasNoMedia() {
            FakeMediaManager fake = fake(Readiness.failed("X", "y"));
            FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");

            FileDescriptor read = fake.site().files().getFileDescriptor(file.id());

            assertThat(read.operationStatus()).isEqualTo(OperationStatus.FAILED);
            assertThat(read.media()).isNull();
        }
    }

    @Nested
    class Manual {
        @Test
        void filesStayPendingUntilTheTestMarksThem() {
            FakeMediaManager fake = fake(Readiness.manual());
            FileDescriptor a = Fakes.importImage(fake.site().files(), "a.jpg");
            fake.clock().advance(Duration.ofSeconds(1));
            FileDescriptor b = Fakes.importImage(fake.site().files(), "b.jpg");
            fake.clock().advance(Duration.ofDays(365));

            assertThat(fake.site().lifecycle().pendingFileIds()).containsExactly(a.id(), b.id());
            assertThat(status(fake, a)).isEqualTo(OperationStatus.PENDING);

            FileDescriptor ready = fake.site().lifecycle().markReady(a.id());
            assertThat(ready.operationStatus()).isEqualTo(OperationStatus.READY);
            assertThat(ready.media()).isNotNull();
            assertThat(fake.site()
                            .lifecycle()
                            .markFailed(b.id(), "CORRUPT", "bad bytes")
                            .operationStatus())
                    .isEqualTo(OperationStatus.FAILED);
            assertThat(fake.site().lifecycle().pendingFileIds()).isEmpty();
            assertThat(events).hasSize(2);
            assertThat(events.get(1))
                    .isInstanceOfSatisfying(
                            MediaEvent.FileFailed.class,
                            f -> assertThat(f.error().code()).isEqualTo("CORRUPT"));
        }

        @Test
        void markingReadyTwiceReturnsTheFileUnchangedWithoutASecondEvent() {
            FakeMediaManager fake = fake(Readiness.manual());
            FileDescriptor a = Fakes.importImage(fake.site().files(), "a.jpg");
            FileDescriptor first = fake.site().lifecycle().markReady(a.id());

            assertThat(fake.site().lifecycle().markReady(a.id())).isEqualTo(first);
            assertThat(events).hasSize(1);
        }

        @Test
        void onlyAPendingFileCanBeMarkedAndAnUnknownOneIsNotFound() {
            FakeMediaManager fake = fake(Readiness.manual());
            FileDescriptor a = Fakes.importImage(fake.site().files(), "a.jpg");
            FileDescriptor b = Fakes.importImage(fake.site().files(), "b.jpg");
            fake.site().lifecycle().markReady(a.id());
            fake.site().lifecycle().markFailed(b.id(), "X", "y");

            assertRule(() -> fake.site().lifecycle().markFailed(a.id(), "X", "y"), WixErrorCode.FAILED_PRECONDITION);
            assertRule(() -> fake.site().lifecycle().markReady(b.id()), WixErrorCode.FAILED_PRECONDITION);
            assertRule(() -> fake.site().lifecycle().markReady("nope"), WixErrorCode.RESOURCE_NOT_FOUND);
        }

        @Test
        void aNewPolicyAppliesToFilesCreatedFromThenOn() {
            FakeMediaManager fake = fake(Readiness.manual());
            FileDescriptor before = Fakes.importImage(fake.site().files(), "a.jpg");

            fake.site().scenarios().readiness(Readiness.ready());
            FileDescriptor after = Fakes.importImage(fake.site().files(), "b.jpg");

            assertThat(status(fake, before)).isEqualTo(OperationStatus.PENDING);
            assertThat(status(fake, after)).isEqualTo(OperationStatus.READY);
        }

        @Test
        void aFileDeletedForGoodWhilePendingNeverTurnsReady() {
            FakeMediaManager fake = fake(Readiness.readyAfter(Duration.ofMinutes(1)));
            FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");
            fake.site().files().bulkDeleteFiles(List.of(file.id()), true);

            fake.clock().advance(Duration.ofMinutes(2));

            assertThat(events).extracting(MediaEvent::type).containsExactly(WebhookEvent.FILE_DESCRIPTOR_DELETED);
            assertThat(fake.site().lifecycle().pendingFileIds()).isEmpty();
        }
    }

    @Nested
    class AfterReads {
        @Test
        void theFirstReadsSeePendingThenReady() {
            FakeMediaManager fake = fake(Readiness.afterReads(2, Readiness.ready()));
            FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");

            assertThat(status(fake, file)).isEqualTo(OperationStatus.PENDING);
            assertThat(fake.site()
                            .files()
                            .listFiles(ListFilesRequest.all())
                            .files()
                            .get(0)
                            .operationStatus())
                    .isEqualTo(OperationStatus.PENDING);
            assertThat(status(fake, file)).isEqualTo(OperationStatus.READY);
            assertThat(events).hasSize(1);
        }

        @Test
        void theOutcomeAfterReadsCanBeAFailure() {
            FakeMediaManager fake = fake(Readiness.afterReads(1, Readiness.failed("X", "y")));
            FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");

            assertThat(status(fake, file)).isEqualTo(OperationStatus.PENDING);
            assertThat(status(fake, file)).isEqualTo(OperationStatus.FAILED);
        }
    }

    @Nested
    class OnTheWallClock {
        @Test
        void aWallTimeDelayIgnoresTheFakesClock() {
            MovableClock wall = new MovableClock(Instant.parse("2030-01-01T00:00:00Z"));
            FakeMediaManager fake = Fakes.builder()
                    .wallClock(wall)
                    .readiness(Readiness.readyAfterWallTime(Duration.ofSeconds(2)))
                    .build();
            FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");

            fake.clock().advance(Duration.ofDays(1));
            assertThat(status(fake, file)).isEqualTo(OperationStatus.PENDING);

            wall.advance(Duration.ofSeconds(2));
            assertThat(status(fake, file)).isEqualTo(OperationStatus.READY);
        }
    }

    @Nested
    class Rules {
        @Test
        void laterRulesWinAndRulesMatchTypeNameFolderAndId() {
            ReadinessPolicy policy = Readiness.ready()
                    .forMediaType(MediaType.VIDEO, Readiness.manual())
                    .forFilesNamed("*.broken.*", Readiness.failed("UNSUPPORTED_FILE_FORMAT", "cannot decode"))
                    .forFolder("visitor-uploads", Readiness.readyAfter(Duration.ofHours(1)));
            FakeMediaManager fake = fake(policy);
            Folder slow = fake.site().folders().createFolder("slow", null);
            fake.site().scenarios().readiness(policy.forFolder(slow.id(), Readiness.manual()));

            FileDescriptor image = Fakes.importImage(fake.site().files(), "a.jpg");
            FileDescriptor video = Fakes.importImage(fake.site().files(), "a.mp4");
            FileDescriptor brokenVideo = Fakes.importImage(fake.site().files(), "clip.BROKEN.mp4");
            FileDescriptor visitor = Fakes.importInto(fake.site().files(), "visitor-uploads", "v.jpg");
            FileDescriptor inSlow = Fakes.importInto(fake.site().files(), slow.id(), "s.jpg");

            assertThat(status(fake, image)).isEqualTo(OperationStatus.READY);
            assertThat(status(fake, video)).isEqualTo(OperationStatus.PENDING);
            assertThat(status(fake, brokenVideo)).isEqualTo(OperationStatus.FAILED);
            assertThat(status(fake, visitor)).isEqualTo(OperationStatus.PENDING);
            assertThat(status(fake, inSlow)).isEqualTo(OperationStatus.PENDING);
            fake.clock().advance(Duration.ofHours(1));
            assertThat(status(fake, visitor)).isEqualTo(OperationStatus.READY);
            assertThat(status(fake, inSlow)).isEqualTo(OperationStatus.PENDING);
        }

        @Test
        void aPolicySeesWhatIsKnownAboutTheNewFile() {
            List<PendingFile> seen = new ArrayList<>();
            FakeMediaManager fake = Fakes.fake();
            fake.site().scenarios().readiness(file -> {
                seen.add(file);
                return Readiness.ready();
            });
            Folder photos = fake.site().folders().createFolder("photos", null);

            FileDescriptor file = fake.site()
                    .files()
                    .importFile(Fakes.importRequest("a.jpg")
                            .withParentFolderId(photos.id())
                            .withFilePath("2024")
                            .withLabels(List.of("l"))
                            .withExternalInfo(ExternalInfo.of("o")));

            assertThat(seen).singleElement().satisfies(p -> {
                assertThat(p.fileId()).isEqualTo(file.id());
                assertThat(p.siteId()).isEqualTo(fake.defaultSiteId());
                assertThat(p.displayName()).isEqualTo("a.jpg");
                assertThat(p.mediaType()).isEqualTo(MediaType.IMAGE);
                assertThat(p.mimeType()).isEqualTo("image/jpeg");
                assertThat(p.parentFolderId()).isEqualTo(file.parentFolderId());
                assertThat(p.folderPath()).isEqualTo("/photos/2024");
                assertThat(p.labels()).containsExactly("l");
                assertThat(p.externalInfo()).isEqualTo(ExternalInfo.of("o"));
                assertThat(p.uploaded()).isFalse();
                assertThat(p.sourceUrl()).isEqualTo("https://example.com/a.jpg");
            });
        }

        @Test
        void aPolicyMatchingAFileIdCanTargetOneFile() {
            FakeMediaManager fake = fake(Readiness.ready());
            String firstId = Fakes.builder()
                    .build()
                    .site()
                    .files()
                    .importFile(Fakes.importRequest("a.jpg"))
                    .id();

            fake.site().scenarios().readiness(Readiness.ready().forFileId(firstId, Readiness.manual()));
            FileDescriptor first = Fakes.importImage(fake.site().files(), "a.jpg");
            FileDescriptor second = Fakes.importImage(fake.site().files(), "b.jpg");

            assertThat(first.id()).isEqualTo(firstId);
            assertThat(status(fake, first)).isEqualTo(OperationStatus.PENDING);
            assertThat(status(fake, second)).isEqualTo(OperationStatus.READY);
        }

        @Test
        void readinessValuesCheckTheirArguments() {
            assertThatThrownBy(() -> Readiness.readyAfter(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("negative");
            assertThatThrownBy(() -> Readiness.afterReads(0, Readiness.ready()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Readiness.afterReads(1, Readiness.manual()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aPolicyReturningNullIsAClearError() {
            FakeMediaManager fake = Fakes.builder().readiness(file -> null).build();

            assertThatThrownBy(() -> Fakes.importImage(fake.site().files(), "a.jpg"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("returned null");
            assertThat(fake.site().snapshot().files()).isEmpty();
        }

        @Test
        void aPolicyThatThrowsLeavesNoHalfCreatedFile() {
            FakeMediaManager fake = Fakes.fake();
            fake.site().scenarios().readiness(file -> {
                throw new IllegalArgumentException("policy bug");
            });

            assertThatThrownBy(() -> Fakes.importImage(fake.site().files(), "a.jpg"))
                    .hasMessage("policy bug");

            assertThat(fake.site().snapshot().files()).isEmpty();
            assertThat(fake.site().files().listFiles(ListFilesRequest.all()).files())
                    .isEmpty();
        }
    }

    /** A wall clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
