package dev.fakewix.media.core;

import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateVideoStreamingUrlRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.OperationStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every file-id parameter also takes the file's Wix media URL, in the shapes the SDK builds. */
class WixMediaUrlTest {
    private final FakeMediaManager fake = Fakes.fake();
    private final Files files = fake.site().files();

    private static String imageUrl(FileDescriptor f) {
        return "wix:image://v1/" + f.id() + "/" + URLEncoder.encode(f.displayName(), StandardCharsets.UTF_8)
                + "#originWidth=3024&originHeight=4032";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "wix:image://v1/%s/my%%20cat.jpg#originWidth=3024&originHeight=4032",
                "image://v1/%s/cat.jpg#originWidth=1&originHeight=1",
                "wix:image://v1/%s#originWidth=1&originHeight=1",
                "wix:image://v1/%s",
            })
    void anImageIsFoundByItsMediaUrl(String pattern) {
        FileDescriptor file = Fakes.importImage(files, "cat.jpg");

        assertThat(files.getFileDescriptor(String.format(pattern, file.id())).id())
                .isEqualTo(file.id());
    }

    @Test
    void videosDocumentsAudioAndVectorsAreFoundByTheirMediaUrls() {
        FileDescriptor video = Fakes.importImage(files, "clip.mp4");
        FileDescriptor document = Fakes.importImage(files, "report.pdf");
        FileDescriptor audio = Fakes.importImage(files, "song.mp3");
        FileDescriptor vector =
                files.getFileDescriptor(Fakes.importImage(files, "shape.svg").id()); // READY: its final id

        assertThat(files.getFileDescriptor("wix:video://v1/" + video.id() + "/clip.mp4#posterUri=" + video.id()
                                + "f001.jpg&posterWidth=1280&posterHeight=720")
                        .id())
                .isEqualTo(video.id());
        assertThat(files.getFileDescriptor("wix:document://v1/" + document.id() + "/report.pdf")
                        .id())
                .isEqualTo(document.id());
        assertThat(files.getFileDescriptor("wix:audio://v1/" + audio.id() + "/song.mp3#duration=0")
                        .id())
                .isEqualTo(audio.id());
        assertThat(files.getFileDescriptor(
                                "wix:image://v1/" + vector.id() + "/shape.svg#originWidth=1177&originHeight=2501")
                        .id())
                .isEqualTo(vector.id());
    }

    @Test
    void theTypeInTheSchemeDoesNotHaveToMatch() {
        FileDescriptor document = Fakes.importImage(files, "report.pdf");

        assertThat(files.getFileDescriptor("wix:image://v1/" + document.id() + "/x")
                        .id())
                .isEqualTo(document.id());
    }

    @Test
    void aMediaUrlOfAnUnknownFileIsResourceNotFoundNamingTheUrl() {
        String url = "wix:image://v1/abc123_00000000000000000000000000000000~mv2.jpg/x.jpg";

        MediaManagerException e = assertRule(() -> files.getFileDescriptor(url), WixErrorCode.RESOURCE_NOT_FOUND);

        assertThat(e.getMessage()).contains(url);
    }

    @Test
    void everyFileIdParameterTakesAMediaUrl() {
        FileDescriptor image = Fakes.importImage(files, "cat.jpg");
        FileDescriptor video = Fakes.importImage(files, "clip.mp4");
        String imageUrl = imageUrl(image);
        String videoUrl = "wix:video://v1/" + video.id() + "/clip.mp4";

        assertThat(files.getFileDescriptors(List.of(imageUrl, videoUrl)))
                .extracting(FileDescriptor::id)
                .containsExactly(image.id(), video.id());
        assertThat(files.generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(imageUrl))
                        .get(0)
                        .url())
                .contains(image.id());
        assertThat(files.generateFilesDownloadUrl(List.of(imageUrl, videoUrl))).isNotBlank();
        assertThat(files.generateVideoStreamingUrl(GenerateVideoStreamingUrlRequest.of(videoUrl))
                        .url())
                .contains(video.id());
        assertThat(files.updateFileDescriptor(FileUpdate.of(imageUrl).withDisplayName("tom.jpg"))
                        .id())
                .isEqualTo(image.id());

        files.bulkDeleteFiles(List.of(imageUrl), false);
        assertThat(files.getFileDescriptor(image.id()).parentFolderId()).isEqualTo("trash-root");
        files.bulkRestoreFilesFromTrashBin(List.of(imageUrl));
        assertThat(files.getFileDescriptor(image.id()).parentFolderId()).isEqualTo("media-root");
        files.bulkDeleteFiles(List.of(videoUrl), true);
        assertRule(() -> files.getFileDescriptor(video.id()), WixErrorCode.RESOURCE_NOT_FOUND);
        assertThat(files.listFiles(ListFilesRequest.all()).files())
                .extracting(FileDescriptor::id)
                .containsExactly(image.id());
    }

    @Test
    void theLifecycleControlsTakeMediaUrlsToo() {
        fake.site().scenarios().readiness(Readiness.manual());
        FileDescriptor a = Fakes.importImage(files, "a.jpg");
        FileDescriptor b = Fakes.importImage(files, "b.jpg");

        assertThat(fake.site().lifecycle().markReady(imageUrl(a)).operationStatus())
                .isEqualTo(OperationStatus.READY);
        assertThat(fake.site().lifecycle().markFailed(imageUrl(b), "X", "y").operationStatus())
                .isEqualTo(OperationStatus.FAILED);
    }
}
