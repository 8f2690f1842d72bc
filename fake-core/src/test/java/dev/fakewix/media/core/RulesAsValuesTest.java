package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.face.SiteId;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules every face shares, written once in the core as values: site ids, readiness text, lifecycle defaults. */
class RulesAsValuesTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Nested
    class SiteIds {
        @Test
        void aSiteIdIsOneToAHundredCharacters() {
            assertThat(SiteId.parse("s").value()).isEqualTo("s");
            assertThat(SiteId.isValid("x".repeat(100))).isTrue();
            assertThat(SiteId.isValid("x".repeat(101))).isFalse();
            assertThat(SiteId.isValid(" ")).isFalse();
            assertThat(SiteId.isValid(null)).isFalse();
            assertThatThrownBy(() -> SiteId.parse(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a site id must be 1..100 characters, was ''");
        }

        @Test
        void theFakeTheBuilderAndWebhooksRefuseTheSameSiteIds() {
            FakeMediaManager fake = FakeMediaManager.builder().build();
            String tooLong = "x".repeat(101);

            assertThatThrownBy(() -> fake.site(tooLong)).hasMessageContaining("1..100 characters");
            assertThatThrownBy(() -> FakeMediaManager.builder().siteId(tooLong))
                    .hasMessageContaining("1..100 characters");
            assertThatThrownBy(() -> fake.webhooks().subscribe(tooLong, "http://127.0.0.1:1/hook"))
                    .hasMessageContaining("1..100 characters");
        }
    }

    @Nested
    class ReadinessText {
        @Test
        void everyWordReadsAsTheFactoryOfThatName() {
            assertThat(ReadinessPolicy.parse("ready")).isEqualTo(Readiness.ready());
            assertThat(ReadinessPolicy.parse("readyAfter 5m")).isEqualTo(Readiness.readyAfter(Duration.ofMinutes(5)));
            assertThat(ReadinessPolicy.parse("ReadyAfter PT5M")).isEqualTo(Readiness.readyAfter(Duration.ofMinutes(5)));
            assertThat(ReadinessPolicy.parse("readyAfterWallTime 30s"))
                    .isEqualTo(Readiness.readyAfterWallTime(Duration.ofSeconds(30)));
            assertThat(ReadinessPolicy.parse("failed UNSUPPORTED_FILE_FORMAT cannot decode"))
                    .isEqualTo(Readiness.failed("UNSUPPORTED_FILE_FORMAT", "cannot decode"));
            assertThat(ReadinessPolicy.parse("failed"))
                    .isEqualTo(Readiness.failed(Lifecycle.DEFAULT_FAILURE_CODE, null));
            assertThat(ReadinessPolicy.parse("failedAfter 1h X"))
                    .isEqualTo(Readiness.failedAfter(Duration.ofHours(1), "X", null));
            assertThat(ReadinessPolicy.parse("afterReads 3")).isEqualTo(Readiness.afterReads(3, Readiness.ready()));
            assertThat(ReadinessPolicy.parse("afterReads 2 failed X"))
                    .isEqualTo(Readiness.afterReads(2, Readiness.failed("X", null)));
            assertThat(ReadinessPolicy.parse("manual")).isEqualTo(Readiness.manual());
        }

        @Test
        void theWordsDecideWhenFilesLeavePending() {
            FakeMediaManager fake =
                    FakeMediaManager.builder().clock(VirtualClock.frozenAt(T0)).build();
            assertThat(statusAfter(fake, "ready", Duration.ZERO)).isEqualTo(OperationStatus.READY);
            assertThat(statusAfter(fake, "manual", Duration.ofDays(1))).isEqualTo(OperationStatus.PENDING);
            assertThat(statusAfter(fake, "readyAfter 5m", Duration.ofMinutes(4)))
                    .isEqualTo(OperationStatus.PENDING);
            assertThat(statusAfter(fake, "readyAfter 5m", Duration.ofMinutes(5)))
                    .isEqualTo(OperationStatus.READY);
            assertThat(statusAfter(fake, "failed UNSUPPORTED_FILE_FORMAT", Duration.ZERO))
                    .isEqualTo(OperationStatus.FAILED);
        }

        @Test
        void aDelayIsIsoOrANumberAndAUnitAndNeverNegative() {
            assertThat(ReadinessPolicy.parse("readyAfter 250ms"))
                    .isEqualTo(Readiness.readyAfter(Duration.ofMillis(250)));
            assertThat(ReadinessPolicy.parse("readyAfter 2h")).isEqualTo(Readiness.readyAfter(Duration.ofHours(2)));
            assertThat(ReadinessPolicy.parse("readyAfter PT0.5S"))
                    .isEqualTo(Readiness.readyAfter(Duration.ofMillis(500)));
            assertThatThrownBy(() -> ReadinessPolicy.parse("readyAfter -PT1S")).hasMessageContaining("is negative");
            assertThatThrownBy(() -> ReadinessPolicy.parse("readyAfter soon"))
                    .hasMessageContaining("'soon' is not a duration");
        }

        @Test
        void badTextNamesTheValidWords() {
            assertThatThrownBy(() -> ReadinessPolicy.parse("soon"))
                    .hasMessageContaining(
                            "valid: ready, readyAfter, readyAfterWallTime, failed, failedAfter, afterReads, manual");
            assertThatThrownBy(() -> ReadinessPolicy.parse("readyAfter"))
                    .hasMessageContaining("'readyAfter' needs a delay");
            assertThatThrownBy(() -> ReadinessPolicy.parse("afterReads many"))
                    .hasMessageContaining("not a number of reads");
            assertThatThrownBy(() -> ReadinessPolicy.parse("afterReads 3 manual"))
                    .hasMessageContaining("ready or failed");
            assertThatThrownBy(() -> ReadinessPolicy.parse("ready now")).hasMessageContaining("takes nothing after it");
            assertThatThrownBy(() -> ReadinessPolicy.parse(" ")).hasMessageContaining("must not be empty");
        }

        @Test
        void aWordOfTheSnapshotBuildsNamesItsReplacement() {
            assertThatThrownBy(() -> ReadinessPolicy.parse("after 5m"))
                    .hasMessageContaining("'after' is now 'readyAfter'");
            assertThatThrownBy(() -> ReadinessPolicy.parse("immediate"))
                    .hasMessageContaining("'immediate' is now 'ready'");
            assertThatThrownBy(() -> ReadinessPolicy.parse("PT5M")).hasMessageContaining("'PT5M' is not a readiness");
        }

        @Test
        void aReadinessIsThePolicyThatGivesEveryFileIt() {
            PendingFile file = new PendingFile(
                    "s",
                    "f",
                    "a.mp4",
                    MediaType.VIDEO,
                    "video/mp4",
                    "media-root",
                    "/",
                    List.of(),
                    null,
                    false,
                    "https://example.com/a.mp4");
            Readiness later = Readiness.readyAfter(Duration.ofMinutes(5));

            assertThat(later.decide(file)).isSameAs(later);
            assertThat(Readiness.ready()
                            .forMediaType(MediaType.VIDEO, Readiness.manual())
                            .decide(file))
                    .isEqualTo(Readiness.manual());
        }

        private OperationStatus statusAfter(FakeMediaManager fake, String policy, Duration wait) {
            fake.reset();
            fake.site().scenarios().readiness(ReadinessPolicy.parse(policy));
            String id = fake.site()
                    .files()
                    .importFile(ImportFileRequest.of("https://example.com/a.jpg"))
                    .id();
            fake.clock().advance(wait);
            return fake.site().files().getFileDescriptor(id).operationStatus();
        }
    }

    @Nested
    class LifecycleDefaults {
        @Test
        void aFileMarkedFailedWithoutACodeFailsWithTheDefaultCode() {
            FakeMediaManager fake =
                    FakeMediaManager.builder().readiness(Readiness.manual()).build();
            String id = fake.site()
                    .files()
                    .importFile(ImportFileRequest.of("https://example.com/a.jpg"))
                    .id();
            List<MediaEvent> events = new ArrayList<>();
            fake.onEvent(events::add);

            assertThat(fake.site().lifecycle().markFailed(id).operationStatus()).isEqualTo(OperationStatus.FAILED);
            assertThat(events)
                    .filteredOn(MediaEvent.FileFailed.class::isInstance)
                    .singleElement()
                    .extracting(e -> ((MediaEvent.FileFailed) e).error().code())
                    .isEqualTo(Lifecycle.DEFAULT_FAILURE_CODE);
        }
    }

    @Nested
    class FileDescriptorCopies {
        @Test
        void eachWithCopyReplacesOneComponentAndKeepsTheRest() {
            FakeMediaManager fake =
                    FakeMediaManager.builder().clock(VirtualClock.frozenAt(T0)).build();
            FileDescriptor file = fake.site()
                    .files()
                    .getFileDescriptor(fake.site()
                            .files()
                            .importFile(ImportFileRequest.of("https://example.com/a.jpg"))
                            .id());

            FileDescriptor copy = file.withHash("h")
                    .withSizeInBytes(7)
                    .withPrivate(true)
                    .withOperationStatus(OperationStatus.FAILED)
                    .withThumbnailUrl("t")
                    .withUrl("u")
                    .withId("other");

            assertThat(copy)
                    .usingRecursiveComparison()
                    .ignoringFields("hash", "sizeInBytes", "isPrivate", "operationStatus", "thumbnailUrl", "url", "id")
                    .isEqualTo(file);
            assertThat(copy.hash()).isEqualTo("h");
            assertThat(copy.sizeInBytes()).isEqualTo(7);
            assertThat(copy.isPrivate()).isTrue();
            assertThat(copy.operationStatus()).isEqualTo(OperationStatus.FAILED);
            assertThat(copy.thumbnailUrl()).isEqualTo("t");
            assertThat(copy.url()).isEqualTo("u");
            assertThat(copy.id()).isEqualTo("other");
            assertThat(file.withMedia(null)).isEqualTo(file.withoutMedia());
        }
    }
}
