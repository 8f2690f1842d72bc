package dev.fakewix.media.assertj.internal;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.junit.InjectFake;
import dev.fakewix.media.junit.WithFakeMediaManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithFakeMediaManager
class SiteIndexTest {
    @InjectFake
    MediaSite site;

    /** The core's path of each folder a file was created in, as the readiness policy saw it (PendingFile.folderPath). */
    final Map<String, String> corePaths = new ConcurrentHashMap<>();

    Folder year;
    Folder summer;
    FileDescriptor beach;

    /** GIVEN /photos/2024/summer with a file in 2024 and one in summer, the core's paths of both recorded. */
    @BeforeEach
    void fillTheSite() {
        site.scenarios().readiness(file -> {
            corePaths.put(file.parentFolderId(), file.folderPath());
            return Readiness.ready();
        });
        Folder photos = site.folders().createFolder("photos", null);
        year = site.folders().createFolder("2024", photos.id());
        summer = site.folders().createFolder("summer", year.id());
        site.files()
                .importFile(
                        ImportFileRequest.of("https://example.com/new-year.jpg").withParentFolderId(year.id()));
        beach = site.files()
                .importFile(
                        ImportFileRequest.of("https://example.com/beach.jpg").withParentFolderId(summer.id()));
    }

    @Test
    void aTrashedFolderAndOneInsideItKeepTheCoresPathInTheAssertions() {
        site.folders().bulkDeleteFolders(List.of(year.id()), false);

        SiteSnapshot snapshot = site.snapshot();
        SiteIndex index = new SiteIndex(snapshot);
        assertThat(site).trashContainsFolder(year.id()).trashContainsFolder(summer.id());
        assertThat(index.pathOfFolder(year.id()))
                .isEqualTo(corePaths.get(year.id()))
                .isEqualTo("/photos/2024")
                .isEqualTo(snapshot.folderPaths().get(year.id()));
        assertThat(index.pathOfFolder(summer.id()))
                .isEqualTo(corePaths.get(summer.id()))
                .isEqualTo("/photos/2024/summer")
                .isEqualTo(snapshot.folderPaths().get(summer.id()));
        assertThat(index.pathOf(beach)).isEqualTo("/photos/2024/summer/beach.jpg");
    }

    @Test
    void aFolderOutsideTheMediaRootIsPrefixedWithItsRootInTheAssertionsOnly() {
        Folder forms = site.folders().createFolder("forms", RootFolder.VISITOR_UPLOADS_ROOT.folderId());
        site.files()
                .importFile(ImportFileRequest.of("https://example.com/form.pdf").withParentFolderId(forms.id()));

        SiteIndex index = new SiteIndex(site.snapshot());
        assertThat(corePaths.get(forms.id())).isEqualTo("/forms");
        assertThat(index.pathOfFolder(forms.id())).isEqualTo("/visitor-uploads" + corePaths.get(forms.id()));
        assertThat(site).hasFileAt("/visitor-uploads/forms/form.pdf");
    }
}
