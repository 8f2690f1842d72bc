package dev.fakewix.media.core;

import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.OperationStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            assertThatThrownBy(() -> SiteId.parse("")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a site id must be 1..100 characters, was ''");
        }

        @Test
        void theFakeTheBuilderAndWebhooksRefuseTheSameSiteIds() {
            FakeMediaManager fake = FakeMediaManager.create();
            String tooLong = "x".repeat(101);

            assertThatThrownBy(() -> fake.site(tooLong)).hasMessageContaining("1..100 characters");
            assertThatThrownBy(() -> FakeMediaManager.builder().siteId(tooLong)).hasMessageContaining("1..100 characters");
            assertThatThrownBy(() -> fake.webhooks().subscribe(tooLong, "http://127.0.0.1:1/hook"))
                    .hasMessageContaining("1..100 characters");
        }
    }

    @Nested
    class ReadinessText {
        @Test
        void everyPolicyNameReadsAsTheFactoryOfThatName() {
            FakeMediaManager fake = FakeMediaManager.builder().fixedClock(T0).build();
            assertThat(statusAfter(fake, "immediate", Duration.ZERO)).isEqualTo(OperationStatus.READY);
            assertThat(statusAfter(fake, "manual", Duration.ofDays(1))).isEqualTo(OperationStatus.PENDING);
            assertThat(statusAfter(fake, "after 5m", Duration.ofMinutes(4))).isEqualTo(OperationStatus.PENDING);
            assertThat(statusAfter(fake, "After 5m", Duration.ofMinutes(5))).isEqualTo(OperationStatus.READY);
            assertThat(statusAfter(fake, "PT5M", Duration.ofMinutes(5))).isEqualTo(OperationStatus.READY);
            assertThat(statusAfter(fake, "failing UNSUPPORTED_FILE_FORMAT", Duration.ZERO)).isEqualTo(OperationStatus.FAILED);
        }

        @Test
        void aDelayIsIsoOrANumberAndAUnitAndNeverNegative() {
            assertThat(ReadinessPolicy.parseDelay("250ms")).isEqualTo(Duration.ofMillis(250));
            assertThat(ReadinessPolicy.parseDelay("2h")).isEqualTo(Duration.ofHours(2));
            assertThat(ReadinessPolicy.parseDelay("PT0.5S")).isEqualTo(Duration.ofMillis(500));
            assertThatThrownBy(() -> ReadinessPolicy.parseDelay("-PT1S")).hasMessageContaining("is negative");
            assertThatThrownBy(() -> ReadinessPolicy.parseDelay("soon")).hasMessageContaining("'soon' is not a duration");
        }

        @Test
        void badTextNamesTheValidForms() {
            assertThatThrownBy(() -> ReadinessPolicy.parse("soon"))
                    .hasMessageContaining("valid policies: immediate, manual, after, afterWallTime, afterReads, failing, failingAfter");
            assertThatThrownBy(() -> ReadinessPolicy.parse("after")).hasMessageContaining("'after' needs a delay");
            assertThatThrownBy(() -> ReadinessPolicy.parse("afterReads many")).hasMessageContaining("not a number of reads");
            assertThatThrownBy(() -> ReadinessPolicy.parse(" ")).hasMessageContaining("must not be empty");
        }

        private OperationStatus statusAfter(FakeMediaManager fake, String policy, Duration wait) {
            fake.reset();
            fake.site().scenarios().readiness(ReadinessPolicy.parse(policy));
            String id = fake.files().importFile(ImportFileRequest.of("https://example.com/a.jpg")).id();
            fake.clock().advance(wait);
            return fake.files().getFileDescriptor(id).operationStatus();
        }
    }

    @Nested
    class LifecycleDefaults {
        @Test
        void aFileMarkedFailedWithoutACodeFailsWithTheDefaultCode() {
            FakeMediaManager fake = FakeMediaManager.builder().readiness(ReadinessPolicy.manual()).build();
            String id = fake.files().importFile(ImportFileRequest.of("https://example.com/a.jpg")).id();
            java.util.List<MediaEvent> events = new java.util.ArrayList<>();
            fake.onEvent(events::add);

            assertThat(fake.lifecycle().markFailed(id).operationStatus()).isEqualTo(OperationStatus.FAILED);
            assertThat(events).filteredOn(MediaEvent.FileFailed.class::isInstance).singleElement()
                    .extracting(e -> ((MediaEvent.FileFailed) e).error().code()).isEqualTo(Lifecycle.DEFAULT_FAILURE_CODE);
        }
    }

    @Nested
    class FileDescriptorCopies {
        @Test
        void eachWithCopyReplacesOneComponentAndKeepsTheRest() {
            FakeMediaManager fake = FakeMediaManager.builder().fixedClock(T0).build();
            dev.fakewix.media.core.model.FileDescriptor file = fake.files()
                    .getFileDescriptor(fake.files().importFile(ImportFileRequest.of("https://example.com/a.jpg")).id());

            dev.fakewix.media.core.model.FileDescriptor copy = file.withHash("h").withSizeInBytes(7).withPrivate(true)
                    .withOperationStatus(OperationStatus.FAILED).withThumbnailUrl("t").withUrl("u").withId("other");

            assertThat(copy).usingRecursiveComparison()
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
