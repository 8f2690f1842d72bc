package dev.fakewix.media.assertj;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.Files;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.junit.WithFakeMediaManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

@WithFakeMediaManager
class FileDescriptorAssertTest {

    @Test
    void checksStatusFolderTrashTypeLabelsAndPrivacy(MediaSite site) {
        Folder pets = site.folders().createFolder("pets", null);
        FileDescriptor file = site.files()
                .importFile(ImportFileRequest.of("https://example.com/cat.jpg")
                        .withParentFolderId(pets.id())
                        .withLabels(List.of("cute", "pets"))
                        .withPrivate(true));

        assertThat(file)
                .isPending()
                .isInFolder(pets.id())
                .isNotInTrash()
                .hasMediaType(MediaType.IMAGE)
                .hasLabels("pets", "cute")
                .containsLabels("cute")
                .isPrivate()
                .hasDisplayName("cat.jpg");
        assertThat(site.files().getFileDescriptor(file.id())).isReady();
    }

    @Test
    void aWrongStatusFailsWithActualAndExpectedForADiff(MediaSite site) {
        FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/cat.jpg"));

        assertThatThrownBy(() -> assertThat(site).fileWithId(file.id()).hasFailed())
                .isInstanceOfSatisfying(AssertionFailedError.class, e -> {
                    assertThat(e.getActual().getValue()).isEqualTo(OperationStatus.READY);
                    assertThat(e.getExpected().getValue()).isEqualTo(OperationStatus.FAILED);
                })
                .hasMessageContainingAll(
                        "Expecting file \"" + file.id() + "\" (/cat.jpg)", "to be FAILED", "but was READY");
    }

    @Test
    void aStaleImportResponseExplainsWhyItIsStillPending(Files files) {
        FileDescriptor file = files.importFile(ImportFileRequest.of("https://example.com/cat.jpg"));

        assertThatThrownBy(() -> assertThat(file).isReady())
                .hasMessageContainingAll(
                        "to be READY",
                        "but was PENDING",
                        "a FileDescriptor is a value",
                        "assertThat(site).fileWithId(\"" + file.id() + "\")");
    }

    @Test
    @WithFakeMediaManager(readiness = "manual")
    void aFileStillPendingOnTheSiteHasNoStaleHint(MediaSite site) {
        FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/cat.jpg"));

        assertThatThrownBy(() -> assertThat(site).fileWithId(file.id()).isReady())
                .hasMessageContaining("but was PENDING")
                .hasMessageNotContaining("a FileDescriptor is a value");
    }

    @Test
    void labelsFailuresNameWhatIsMissingAndWhatIsUnexpected(Files files) {
        FileDescriptor file = files.importFile(
                ImportFileRequest.of("https://example.com/cat.jpg").withLabels(List.of("a", "b")));

        assertThatThrownBy(() -> assertThat(file).hasLabels("a", "c"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContainingAll("to have exactly the labels [a, c]", "missing [c]", "unexpected [b]");
    }

    @Test
    void folderTrashTypeAndPrivacyFailuresSayWhatTheFileIs(MediaSite site) {
        FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/cat.jpg"));

        assertThatThrownBy(() -> assertThat(file).isInFolder("elsewhere"))
                .hasMessageContaining("it is in folder \"media-root\"");
        assertThatThrownBy(() -> assertThat(file).isInTrash()).hasMessageContaining("it is in folder \"media-root\"");
        assertThatThrownBy(() -> assertThat(file).hasMediaType(MediaType.VIDEO)).hasMessageContaining("it has IMAGE");
        assertThatThrownBy(() -> assertThat(file).isPrivate()).hasMessageContaining("it is public");
        site.files().bulkDeleteFiles(List.of(file.id()), false);
        assertThat(site.files().getFileDescriptor(file.id())).isInTrash();
        assertThatThrownBy(() ->
                        assertThat(site.files().getFileDescriptor(file.id())).isNotInTrash())
                .hasMessageContaining("it is (parentFolderId \"trash-root\"");
    }

    @Test
    void aNullDescriptorFailsLikeAnyAssertJAssertion() {
        assertThatThrownBy(() -> assertThat((FileDescriptor) null).isReady())
                .hasMessageContaining("Expecting actual not to be null");
    }
}
