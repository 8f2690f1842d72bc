package dev.fakewix.media.core;

import static dev.fakewix.media.core.Fakes.ids;
import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.SearchFilesRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotTest {
    private final FakeMediaManager fake = Fakes.fake();

    @Test
    void restoringASnapshotBringsBackEverythingIncludingTheTrashAndTheIdSequence() {
        Script.run(fake, fake.site());
        Folder binned = fake.site().folders().createFolder("binned", null);
        FileDescriptor inBin = Fakes.importInto(fake.site().files(), binned.id(), "x.jpg");
        fake.site().folders().bulkDeleteFolders(List.of(binned.id()), false);
        SiteSnapshot saved = fake.site().snapshot();
        long storage = fake.site().storageUsed();
        List<String> live =
                ids(fake.site().files().searchFiles(SearchFilesRequest.all()).files());
        String nextId = Fakes.importImage(fake.site().files(), "next.jpg").id();
        fake.site().files().bulkDeleteFiles(live, true);

        fake.site().restore(saved);

        assertThat(fake.site().snapshot()).isEqualTo(saved);
        assertThat(fake.site().storageUsed()).isEqualTo(storage);
        assertThat(ids(fake.site().files().searchFiles(SearchFilesRequest.all()).files()))
                .isEqualTo(live);
        fake.site().folders().bulkRestoreFoldersFromTrashBin(List.of(binned.id()));
        assertThat(ids(fake.site()
                        .files()
                        .listFiles(ListFilesRequest.in(binned.id()))
                        .files()))
                .containsExactly(inBin.id());
        assertThat(Fakes.importImage(fake.site().files(), "next.jpg").id()).isEqualTo(nextId);
    }

    @Test
    void aSnapshotMovesToAnotherFakeAndBothContinueAlike() {
        Script.run(fake, fake.site());
        FakeMediaManager other = Fakes.fake();
        other.clock().setTo(fake.clock().instant());

        other.site().restore(fake.site().snapshot());

        assertThat(other.site().snapshot()).isEqualTo(fake.site().snapshot());
        assertThat(other.site().files().searchFiles(SearchFilesRequest.all()))
                .isEqualTo(fake.site().files().searchFiles(SearchFilesRequest.all()));
        assertThat(Fakes.importImage(other.site().files(), "n.jpg"))
                .isEqualTo(Fakes.importImage(fake.site().files(), "n.jpg"));
    }

    @Test
    void aSnapshotIsAValueLaterChangesDoNotReachIt() {
        Fakes.importImage(fake.site().files(), "a.jpg");
        SiteSnapshot saved = fake.site().snapshot();

        Fakes.importImage(fake.site().files(), "b.jpg");
        fake.site().folders().createFolder("f", null);

        assertThat(saved.files()).hasSize(1);
        assertThat(saved.folders()).isEmpty();
        assertThatThrownBy(() -> saved.files().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSnapshotBelongsToItsSite() {
        SiteSnapshot saved = fake.site().snapshot();

        assertThatThrownBy(() -> fake.site("another").restore(saved))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(fake.defaultSiteId())
                .hasMessageContaining("another");
    }

    @Test
    void anEmptySnapshotEmptiesTheSite() {
        Fakes.importImage(fake.site().files(), "a.jpg");

        fake.site().restore(SiteSnapshot.empty(fake.defaultSiteId()));

        assertThat(fake.site().files().listFiles(ListFilesRequest.all()).files())
                .isEmpty();
        assertThat(fake.site().storageUsed()).isZero();
    }

    @Test
    void pendingFilesRestartTheirReadinessWhenRestored() {
        fake.site().scenarios().readiness(Readiness.readyAfter(Duration.ofMinutes(1)));
        FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");
        fake.clock().advance(Duration.ofSeconds(50));
        SiteSnapshot saved = fake.site().snapshot();
        assertThat(saved.files().get(0).pendingReadiness()).isEqualTo(Readiness.readyAfter(Duration.ofMinutes(1)));

        fake.site().restore(saved);
        fake.clock().advance(Duration.ofSeconds(10));
        assertThat(fake.site().files().getFileDescriptor(file.id()).operationStatus())
                .isEqualTo(OperationStatus.PENDING);

        fake.clock().advance(Duration.ofSeconds(50));
        assertThat(fake.site().files().getFileDescriptor(file.id()).operationStatus())
                .isEqualTo(OperationStatus.READY);
    }

    @Test
    void aRestoredManualFileStillWaitsForTheTest() {
        fake.site().scenarios().readiness(Readiness.manual());
        FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");
        SiteSnapshot saved = fake.site().snapshot();
        fake.site().reset();

        fake.site().restore(saved);

        assertThat(fake.site().lifecycle().pendingFileIds()).containsExactly(file.id());
        assertThat(fake.site().lifecycle().markReady(file.id()).operationStatus())
                .isEqualTo(OperationStatus.READY);
    }

    @Test
    void aPermanentlyDeletedFileStaysGoneInASnapshotTakenAfter() {
        FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");
        fake.site().files().bulkDeleteFiles(List.of(file.id()), true);

        fake.site().restore(fake.site().snapshot());

        assertRule(() -> fake.site().files().getFileDescriptor(file.id()), WixErrorCode.RESOURCE_NOT_FOUND);
    }

    @Test
    void snapshotsOfTheSameUploadsOnTwoFakesAreEqualValues() {
        SiteSnapshot first = uploadedOnce(Fakes.fake());
        SiteSnapshot second = uploadedOnce(Fakes.fake());

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    }

    @Test
    void bytesHandedInOrOutCannotChangeAStoredFile() {
        FakeMediaManager fake = Fakes.fake();
        byte[] mine = {1, 2, 3};
        String url = fake.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
        FileDescriptor file = FaceAccess.get()
                .transfers(fake)
                .upload(url.substring(url.lastIndexOf('/') + 1), "a.png", "image/png", mine);

        mine[0] = 9;
        FaceAccess.get().transfers(fake).content(fake.defaultSiteId(), file.id())[1] = 9;
        fake.site().snapshot().files().get(0).content().toByteArray()[2] = 9;

        assertThat(FaceAccess.get().transfers(fake).content(fake.defaultSiteId(), file.id()))
                .containsExactly(1, 2, 3);
    }

    private static SiteSnapshot uploadedOnce(FakeMediaManager fake) {
        String url = fake.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
        FaceAccess.get()
                .transfers(fake)
                .upload(url.substring(url.lastIndexOf('/') + 1), "a.png", "image/png", new byte[] {1, 2, 3});
        return fake.site().snapshot();
    }
}
