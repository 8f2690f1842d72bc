package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failures part-way through an operation leave nothing behind; a failing listener or filter harms nothing else. */
class FailureAtomicityTest {
    private static final ReadinessPolicy THROWS_FOR_BAD = file -> {
        if (file.displayName().startsWith("bad")) {
            throw new IllegalStateException("the test's policy refuses " + file.displayName());
        }
        return Readiness.ready();
    };

    @Test
    void anImportThatFailsAfterCreatingItsFilePathFoldersLeavesNoFolderAndNoIdGap() {
        FakeMediaManager fake = Fakes.builder().readiness(THROWS_FOR_BAD).build();
        FakeMediaManager twin = Fakes.builder().readiness(THROWS_FOR_BAD).build();

        assertThatThrownBy(() -> fake.site()
                        .files()
                        .importFile(
                                ImportFileRequest.of("https://e.com/bad.jpg").withFilePath("a/b")))
                .isInstanceOf(IllegalStateException.class);

        assertThat(fake.site().folders().listFolders(ListFoldersRequest.all()).folders())
                .isEmpty();
        assertThat(fake.site()
                        .files()
                        .importFile(ImportFileRequest.of("https://e.com/good.jpg"))
                        .id())
                .as("ids continue as if the failed call never happened")
                .isEqualTo(twin.site()
                        .files()
                        .importFile(ImportFileRequest.of("https://e.com/good.jpg"))
                        .id());
    }

    @Test
    void aFailedBulkImportItemLeavesNoFolderBehind() {
        FakeMediaManager fake = Fakes.fake();
        fake.site().scenarios().limits(SiteLimits.unlimited().withStorageQuota(0));

        var response = fake.site()
                .files()
                .bulkImportFile(
                        List.of(ImportFileRequest.of("https://e.com/a.jpg").withFilePath("orphan")), true);

        assertThat(response.results().get(0).itemMetadata().success()).isFalse();
        assertThat(fake.site().folders().listFolders(ListFoldersRequest.all()).folders())
                .isEmpty();
    }

    @Test
    void theDeprecatedBulkImportIsAllOrNothingEvenWhenThePolicyThrows() {
        FakeMediaManager fake = Fakes.builder().readiness(THROWS_FOR_BAD).build();

        assertThatThrownBy(() -> fake.site()
                        .files()
                        .bulkImportFiles(List.of(
                                ImportFileRequest.of("https://e.com/good.jpg"),
                                ImportFileRequest.of("https://e.com/bad.jpg").withFilePath("zz"))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(fake.site().files().listFiles(ListFilesRequest.all()).files())
                .isEmpty();
        assertThat(fake.site().folders().listFolders(ListFoldersRequest.all()).folders())
                .isEmpty();
        assertThat(fake.site().storageUsed()).isZero();
    }

    @Test
    void aRefusedLastResumableChunkKeepsItsOffsetSoTheUploadCanBeRetried() {
        FakeMediaManager fake = Fakes.fake();
        fake.site().scenarios().limits(SiteLimits.unlimited().withStorageQuota(5));
        String token = fake.site()
                .files()
                .generateFileResumableUploadUrl(
                        GenerateFileResumableUploadUrlRequest.of("image/png").withSizeInBytes(10L))
                .uploadToken();

        assertThat(FaceAccess.get()
                        .transfers(fake)
                        .appendResumable(token, 0, new byte[10], null)
                        .isComplete())
                .isTrue();
        assertThatThrownBy(() -> FaceAccess.get().transfers(fake).finishResumable(token, "a.png"))
                .isInstanceOfSatisfying(
                        MediaManagerException.class, e -> assertThat(e.code()).isEqualTo("SITE_QUOTA_EXCEEDED"));
        assertThat(FaceAccess.get().transfers(fake).resumableStatus(token).offset())
                .isEqualTo(10);

        fake.site().scenarios().limits(SiteLimits.unlimited());
        assertThat(FaceAccess.get()
                        .transfers(fake)
                        .finishResumable(token, "a.png")
                        .sizeInBytes())
                .isEqualTo(10);
    }

    @Test
    void aThrowingListenerDoesNotCostOtherEventsOrOtherListeners() {
        FakeMediaManager fake = Fakes.builder()
                .readiness(Readiness.readyAfter(Duration.ofMinutes(1)))
                .build();
        List<MediaEvent> seen = Collections.synchronizedList(new ArrayList<>());
        fake.onEvent(e -> {
            throw new IllegalStateException("a broken listener");
        });
        fake.onEvent(seen::add);
        Fakes.importImage(fake.site().files(), "a.jpg");
        Fakes.importImage(fake.site().files(), "b.jpg");

        assertThatThrownBy(() -> fake.clock().advance(Duration.ofMinutes(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a broken listener");

        assertThat(seen).hasSize(2).allMatch(e -> e instanceof MediaEvent.FileReady);
    }

    @Test
    void aFilterTooDeepToCarryInACursorIsRefusedAtOnce() {
        FakeMediaManager fake = Fakes.fake();
        Map<String, Object> filter = Map.of("mediaType", "IMAGE");
        for (int i = 0; i < 80; i++) {
            filter = Map.of("$not", filter);
        }
        Map<String, Object> deep = filter;

        assertThatThrownBy(() -> fake.site().files().queryFileDescriptors(CursorQuery.filter(deep)))
                .isInstanceOfSatisfying(
                        MediaManagerException.class,
                        e -> assertThat(e.fieldViolations().get(0).description())
                                .contains("too deeply nested"));
    }

    @Test
    void aHugeInListStillGivesACursorThatFitsAndWorks() {
        FakeMediaManager fake = Fakes.fake();
        Fakes.importImage(fake.site().files(), "a.jpg");
        Fakes.importImage(fake.site().files(), "b.jpg");
        List<String> images = Collections.nCopies(3000, "IMAGE");

        FilePage first = fake.site()
                .files()
                .queryFileDescriptors(CursorQuery.filter(Map.of("mediaType", Map.of("$in", images)))
                        .withPaging(CursorPaging.limit(1)));
        FilePage second = fake.site()
                .files()
                .queryFileDescriptors(CursorQuery.next(first.paging().nextCursor()));

        assertThat(first.paging().nextCursor().length()).isLessThan(16_000);
        assertThat(second.files()).hasSize(1).doesNotContainAnyElementsOf(first.files());
    }

    @Test
    void aFaultCannotBeLimitedToMatchingRequests() {
        Scenarios scenarios = Fakes.fake().site().scenarios();

        assertThatThrownBy(() -> scenarios
                        .on(Operation.GET_FILE_DESCRIPTOR)
                        .where(RequestMatch.fileNamed("x*"))
                        .fault(HttpFault.CONNECTION_RESET))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("drop where(fileName=x*)");
    }
}
