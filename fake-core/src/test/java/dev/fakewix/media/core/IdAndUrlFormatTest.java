package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.MediaType;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Ids and URLs look like Wix's samples, per media type (docs/api-reference.md#id-and-url-formats). */
class IdAndUrlFormatTest {
    private static final String P6 = "[a-z0-9]{6}";
    private static final String HEX32 = "[0-9a-f]{32}";

    private final FakeMediaManager fake = Fakes.fake();
    private final Files files = fake.site().files();
    private final String site = fake.defaultSiteId();

    private FileDescriptor ready(String name) {
        return files.getFileDescriptor(Fakes.importImage(files, name).id());
    }

    @Test
    void imagesAreTildeMv2IdsOnStaticWixstatic() {
        FileDescriptor pending = Fakes.importImage(files, "space.jpg");
        FileDescriptor file = files.getFileDescriptor(pending.id());

        assertThat(file.id()).matches(P6 + "_" + HEX32 + "~mv2\\.jpg");
        assertThat(file.url()).isEqualTo("https://static.wixstatic.com/media/" + file.id());
        assertThat(file.thumbnailUrl()).isEqualTo(file.url());
        assertThat(pending.thumbnailUrl()).isEqualTo(file.url());
        assertThat(Fakes.importImage(files, "logo.png").id()).endsWith("~mv2.png");
        assertThat(file.media().image().previewImage().id()).isEqualTo("image.preview");
        assertThat(file.media().image().previewImage().url()).isEqualTo(file.url());
    }

    @Test
    void vectorsAreSvgIdsOnShapes() {
        FileDescriptor file = ready("art.svg");

        assertThat(file.mediaType()).isEqualTo(MediaType.VECTOR);
        assertThat(file.id()).matches(P6 + "_" + HEX32 + "\\.svg");
        assertThat(file.url()).isEqualTo("https://static.wixstatic.com/shapes/" + file.id());
        assertThat(file.media().vector()).isNotNull();
    }

    @Test
    void videosHaveBareIdsAndAPosterThumbnailOnceReady() {
        FileDescriptor pending = Fakes.importImage(files, "video1.mp4");
        FileDescriptor file = files.getFileDescriptor(pending.id());

        assertThat(file.id()).matches(P6 + "_" + HEX32);
        assertThat(file.url()).isEqualTo("https://video.wixstatic.com/video/" + file.id() + "/file");
        assertThat(pending.thumbnailUrl()).matches("https://static\\.wixstatic\\.com/media/" + HEX32 + "\\.png");
        assertThat(file.thumbnailUrl()).isEqualTo("https://static.wixstatic.com/media/" + file.id() + "f002.jpg");
        assertThat(file.media().video().resolutions()).isNotEmpty();
    }

    @Test
    void documentsAndArchivesLiveOnTheSitesUsrfilesHost() {
        FileDescriptor document = ready("report.pdf");
        FileDescriptor archive = ready("bundle.zip");

        assertThat(document.id()).matches(P6 + "_" + HEX32 + "\\.pdf");
        assertThat(document.url()).isEqualTo("https://" + site + ".usrfiles.com/ugd/" + document.id());
        assertThat(document.thumbnailUrl())
                .isEqualTo("https://static.wixstatic.com/media/it7ucst133nc8d9e0ff4d0nay1ucksc6.png");
        assertThat(archive.id()).matches(P6 + "_" + HEX32 + "\\.zip");
        assertThat(archive.url()).isEqualTo("https://" + site + ".usrfiles.com/archives/" + archive.id());
        assertThat(archive.thumbnailUrl())
                .isEqualTo("https://static.wixstatic.com/media/48c4fbc47d7298cd4406936294b4c532.png");
        assertThat(archive.media().archive().url()).isEqualTo(archive.url());
    }

    @Test
    void everyFileOfASiteSharesTheOwnerPrefix() {
        String prefix = ready("a.jpg").id().substring(0, 6);

        assertThat(ready("b.mp4").id()).startsWith(prefix + "_");
        assertThat(ready("c.pdf").id()).startsWith(prefix + "_");
    }

    @Test
    void folderIdsAre32LowercaseHex() {
        Folder folder = fake.site().folders().createFolder("Pets", null);

        assertThat(folder.id()).matches(HEX32);
        assertThat(folder.siteId()).isEqualTo(site);
    }

    @Test
    void hashesAre32HexOnceReadyAndEmptyBefore() {
        FileDescriptor pending = Fakes.importImage(files, "a.jpg");

        assertThat(pending.hash()).isEmpty();
        assertThat(files.getFileDescriptor(pending.id()).hash()).matches(HEX32);
    }

    @Test
    void theDefaultSiteIdIsAGuid() {
        assertThat(Pattern.matches(
                        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                        FakeMediaManager.DEFAULT_SITE_ID))
                .isTrue();
    }
}
