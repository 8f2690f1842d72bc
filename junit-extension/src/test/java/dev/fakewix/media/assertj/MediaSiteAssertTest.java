package dev.fakewix.media.assertj;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.junit.InjectFake;
import dev.fakewix.media.junit.WithFakeMediaManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithFakeMediaManager
class MediaSiteAssertTest {
    @InjectFake
    MediaSite site;

    FileDescriptor cat;
    FileDescriptor old;
    Folder photos;
    Folder archive;

    /** GIVEN /photos/cat.jpg, /photos/2024/, /readme.pdf, and old.jpg and /archive in the trash bin. */
    @BeforeEach
    void fillTheSite() {
        photos = site.folders().createFolder("photos", null);
        site.folders().createFolder("2024", photos.id());
        archive = site.folders().createFolder("archive", null);
        cat = site.files()
                .importFile(ImportFileRequest.of("https://example.com/cat.jpg").withParentFolderId(photos.id()));
        site.files().importFile(ImportFileRequest.of("https://example.com/readme.pdf"));
        old = site.files().importFile(ImportFileRequest.of("https://example.com/old.jpg"));
        site.files().bulkDeleteFiles(List.of(old.id()), false);
        site.folders().bulkDeleteFolders(List.of(archive.id()), false);
    }

    @Test
    void findsFilesAndFoldersByIdNameAndPath() {
        assertThat(site)
                .hasFileWithId(cat.id())
                .hasFileNamed("cat.jpg")
                .hasFileAt("/photos/cat.jpg")
                .hasFileAt("readme.pdf")
                .hasFolderWithId(photos.id())
                .hasFolderNamed("2024")
                .hasFolderAt("/photos/2024/")
                .doesNotHaveFileAt("/cat.jpg")
                .doesNotHaveFileWithId(old.id())
                .doesNotHaveFolderAt("/archive")
                .hasFileCount(2)
                .hasFolderCount(2)
                .hasNoPendingFiles();
    }

    @Test
    void knowsWhatTheTrashBinHolds() {
        assertThat(site)
                .trashContainsFile(old.id())
                .trashContainsFileNamed("old.jpg")
                .trashContainsFolder(archive.id())
                .hasTrashedFileCount(1);
    }

    @Test
    void aMissingFileAtAPathNamesTheClosestFileInThatFolder() {
        assertThatThrownBy(() -> assertThat(site).hasFileAt("/photos/cat.jpeg"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(
                        "to have a file at \"/photos/cat.jpeg\"",
                        "found no file named \"cat.jpeg\" in \"/photos\"; closest: \"cat.jpg\" in \"/photos\"");
    }

    @Test
    void aMissingFolderInAPathNamesTheClosestFolder() {
        assertThatThrownBy(() -> assertThat(site).hasFileAt("/photo/cat.jpg"))
                .hasMessageContainingAll(
                        "found no folder \"/photo\"",
                        "closest folder: \"/photos\"",
                        "closest file: \"/photos/cat.jpg\"");
    }

    @Test
    void aFileInAnotherFolderIsNamed() {
        assertThatThrownBy(() -> assertThat(site).hasFileAt("/photos/2024/cat.jpg"))
                .hasMessageContaining("a file with that name is at \"/photos/cat.jpg\"");
    }

    @Test
    void aMissingNameNamesTheClosestOneAndItsFolder() {
        assertThatThrownBy(() -> assertThat(site).hasFileNamed("cat.jpeg"))
                .hasMessageContaining("to have a file named \"cat.jpeg\"")
                .hasMessageContaining("closest: \"cat.jpg\" in \"/photos\"");
    }

    @Test
    void aTrashedFileIsNotInTheSiteAndTheMessageSaysWhereItIs() {
        assertThatThrownBy(() -> assertThat(site).hasFileWithId(old.id()))
                .hasMessageContaining("it is in the trash bin (use trashContainsFile");
        assertThatThrownBy(() -> assertThat(site).hasFileAt("/old.jpg"))
                .hasMessageContaining("one with that name is in the trash bin");
        assertThatThrownBy(() -> assertThat(site).trashContainsFile(cat.id()))
                .hasMessageContaining("it is not trashed: it is at \"/photos/cat.jpg\"");
    }

    @Test
    void anUnknownIdNamesTheClosestId() {
        String typo = cat.id().substring(0, cat.id().length() - 1) + "x";

        assertThatThrownBy(() -> assertThat(site).hasFileWithId(typo))
                .hasMessageContaining("closest id: \"" + cat.id() + "\"");
    }

    @Test
    void countsListWhatWasFound() {
        assertThatThrownBy(() -> assertThat(site).hasFileCount(3))
                .hasMessageContainingAll(
                        "to hold 3 files (outside the trash bin)",
                        "but found 2",
                        "\"/photos/cat.jpg\"",
                        "\"/readme.pdf\"");
        assertThatThrownBy(() -> assertThat(site).isEmpty()).hasMessageContainingAll("to be empty", "trash: old.jpg");
        assertThatThrownBy(() -> assertThat(site).hasEmptyTrash())
                .hasMessageContainingAll("trash bin of site", "old.jpg", "archive/");
    }

    @Test
    void navigatesToAFileAndReadsItsCurrentState() {
        site.scenarios().readiness(Readiness.manual());
        FileDescriptor pending = site.files().importFile(ImportFileRequest.of("https://example.com/slow.mp4"));

        assertThat(site).fileNamed("slow.mp4").isPending();
        assertThatThrownBy(() -> assertThat(site).hasNoPendingFiles())
                .hasMessageContaining("/slow.mp4 (" + pending.id() + ")");
        site.lifecycle().markReady(pending.id());
        assertThat(site).fileWithId(pending.id()).isReady();
        assertThat(site).fileAt("/photos/cat.jpg").isInFolder(photos.id()).isReady();
    }

    @Test
    void anAmbiguousNameAsksForAPathOrId() {
        site.files().importFile(ImportFileRequest.of("https://example.com/cat.jpg"));

        assertThatThrownBy(() -> assertThat(site).fileNamed("cat.jpg"))
                .hasMessageContainingAll("found 2", "use fileAt(path) or fileWithId(id)");
    }

    @Test
    void aFakeIsAssertedThroughItsDefaultSite(FakeMediaManager fake) {
        assertThat(fake).hasFileAt("/photos/cat.jpg");
    }

    @Test
    void aNullSiteFailsLikeAnyAssertJAssertion() {
        assertThatThrownBy(() -> assertThat((MediaSite) null).hasFileAt("/a.jpg"))
                .hasMessageContaining("Expecting actual not to be null");
        assertThatThrownBy(() -> assertThat((MediaSite) null).fileWithId("x"))
                .hasMessageContaining("Expecting actual not to be null");
    }
}
