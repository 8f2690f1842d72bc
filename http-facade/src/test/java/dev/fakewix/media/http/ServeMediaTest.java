package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Image;
import dev.fakewix.media.core.model.ImportFileRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code serveMedia(true)} over plain HTTP: the media URLs in answers point at the fake, and {@code file.url} answers
 * the uploaded bytes, or for an image the fake has no bytes of, a real image of the stated size.
 */
class ServeMediaTest extends ServerFixture {
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Override
    void configure(ServerConfig config) {
        config.serveMedia(true);
    }

    private JsonNode file(String id) {
        WireClient.Response answer = client.get("/site-media/v1/files/get-file-by-id?fileId=" + id);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("file");
    }

    private String upload(byte[] bytes, String name, String type) {
        String url = client.post("/site-media/v1/files/generate-upload-url", "{\"mimeType\":\"" + type + "\"}")
                .json()
                .get("uploadUrl")
                .stringValue();
        return client.send("PUT", url + "?filename=" + name, bytes, type, Map.of())
                .json()
                .at("/file/id")
                .stringValue();
    }

    private static BufferedImage decode(WireClient.Response answer) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(answer.bytes()));
        assertThat(image)
                .as("an image %s decodes", answer.header("Content-Type"))
                .isNotNull();
        return image;
    }

    @Test
    void fileUrlOfAnUploadedImageAnswersItsBytes() {
        String id = upload(PNG, "cat.png", "image/png");
        JsonNode file = file(id);

        WireClient.Response media = client.get(file.get("url").stringValue());

        assertThat(file.get("url").stringValue())
                .isEqualTo(server.baseUri() + "/_media/static.wixstatic.com/media/" + id);
        assertThat(file.at("/media/image/image/url").stringValue())
                .isEqualTo(file.get("url").stringValue());
        assertThat(media.status()).isEqualTo(200);
        assertThat(media.header("Content-Type")).isEqualTo("image/png");
        assertThat(media.bytes()).isEqualTo(PNG);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://example.com/p/cover.jpg, image/jpeg",
        "https://example.com/p/cover.png, image/png",
        "https://example.com/p/cover.gif, image/gif"
    })
    void fileUrlOfAnImportedImageWithoutBytesIsAPlaceholderOfTheStatedSizeAndType(String url, String type)
            throws Exception {
        FileDescriptor imported = site.files().importFile(ImportFileRequest.of(url));
        JsonNode file = file(imported.id());
        Image stated =
                site.files().getFileDescriptor(imported.id()).media().image().image();

        WireClient.Response media = client.get(file.get("url").stringValue());

        assertThat(media.status()).isEqualTo(200);
        assertThat(media.header("Content-Type")).isEqualTo(type);
        BufferedImage image = decode(media);
        assertThat(image.getWidth()).isEqualTo(stated.width());
        assertThat(image.getHeight()).isEqualTo(stated.height());
        assertThat(file.at("/media/image/image/width").intValue()).isEqualTo(stated.width());
    }

    @Test
    void anImportWithRegisteredBytesServesThemAndTheSourceUrlIsLeftAlone() {
        site.registerImportContent(
                "https://example.com/doc/report.pdf", "%PDF-1.4 fake".getBytes(StandardCharsets.UTF_8));
        FileDescriptor doc = site.files().importFile(ImportFileRequest.of("https://example.com/doc/report.pdf"));
        JsonNode file = file(doc.id());

        WireClient.Response media = client.get(file.get("url").stringValue());

        assertThat(file.get("url").stringValue())
                .startsWith(server.baseUri() + "/_media/" + WireClient.SITE_ID + ".usrfiles.com/ugd/");
        assertThat(file.get("sourceUrl").stringValue()).isEqualTo("https://example.com/doc/report.pdf");
        assertThat(media.status()).isEqualTo(200);
        assertThat(media.body()).isEqualTo("%PDF-1.4 fake");
    }

    @Test
    void aVideosPostersAndThumbnailArePicturesOfTheirSize() throws Exception {
        site.registerImportContent("https://example.com/v/clip.mp4", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
        FileDescriptor video = site.files().importFile(ImportFileRequest.of("https://example.com/v/clip.mp4"));
        JsonNode file = file(video.id());

        JsonNode poster = file.at("/media/video/posters/1");
        BufferedImage posterImage = decode(client.get(poster.get("url").stringValue()));
        WireClient.Response thumbnail = client.get(file.get("thumbnailUrl").stringValue());
        WireClient.Response rendition =
                client.get(file.at("/media/video/resolutions/1/url").stringValue());

        assertThat(posterImage.getWidth()).isEqualTo(poster.get("width").intValue());
        assertThat(posterImage.getHeight()).isEqualTo(poster.get("height").intValue());
        assertThat(thumbnail.header("Content-Type")).isEqualTo("image/jpeg");
        decode(thumbnail);
        assertThat(rendition.bytes()).as("every rendition is the video's bytes").hasSize(8);
    }

    @Test
    void aTransformedImageUrlServesTheOriginal() {
        String id = upload(PNG, "dog.png", "image/png");
        String url = file(id).get("url").stringValue();

        WireClient.Response media = client.get(url + "/v1/fill/w_100,h_100,al_c/dog.png");

        assertThat(media.status()).isEqualTo(200);
        assertThat(media.bytes()).isEqualTo(PNG);
    }

    @Test
    void pendingFailedPrivateAndDeletedFilesAnswerAsTheCdnWould() {
        site.scenarios().readiness(ReadinessPolicy.parse("manual"));
        FileDescriptor pending = site.files().importFile(ImportFileRequest.of("https://example.com/s/pending.jpg"));
        FileDescriptor failed = site.files().importFile(ImportFileRequest.of("https://example.com/s/failed.jpg"));
        site.lifecycle().markFailed(failed.id());
        site.scenarios().readiness(Readiness.ready());
        FileDescriptor hidden = site.files()
                .importFile(
                        ImportFileRequest.of("https://example.com/s/secret.jpg").withPrivate(true));
        String trashedId = upload(PNG, "trashed.png", "image/png");
        String trashedUrl = file(trashedId).get("url").stringValue();
        site.files().bulkDeleteFiles(List.of(trashedId), false);
        String goneId = upload(PNG, "gone.png", "image/png");
        String goneUrl = file(goneId).get("url").stringValue();
        site.files().bulkDeleteFiles(List.of(goneId), true);
        String base = server.baseUri() + "/_media/static.wixstatic.com/media/";

        assertThat(client.get(base + pending.id()).status()).isEqualTo(404);
        assertThat(client.get(base + pending.id()).body()).contains("PENDING");
        assertThat(client.get(base + failed.id()).status()).isEqualTo(404);
        assertThat(client.get(base + hidden.id()).status()).isEqualTo(403);
        assertThat(client.get(base + hidden.id()).body()).contains("generateFileDownloadUrl");
        assertThat(client.get(trashedUrl).status())
                .as("in the trash bin: still served")
                .isEqualTo(200);
        assertThat(client.get(goneUrl).status()).isEqualTo(404);
        assertThat(client.get(base + "no-such-id.png").status()).isEqualTo(404);
    }

    @Test
    void aMediaFetchIsNoApiCallAndLeavesScenariosAlone() {
        String id = upload(PNG, "cat.png", "image/png");
        String url = file(id).get("url").stringValue();
        site.scenarios()
                .on(Operation.GET_FILE_DESCRIPTOR)
                .failWith(WixErrorCode.UNAVAILABLE)
                .once();

        WireClient.Response media = client.get(url);
        WireClient.Response api = client.get("/site-media/v1/files/get-file-by-id?fileId=" + id);

        assertThat(media.status()).isEqualTo(200);
        assertThat(api.status())
                .as("the scripted failure is still there for the API call")
                .isEqualTo(503);
        JournalEntry fetch = server.journal().entries().stream()
                .filter(e -> e.path().startsWith("/_media/"))
                .findFirst()
                .orElseThrow();
        assertThat(fetch.operation()).isNull();
        assertThat(fetch.siteId()).isEqualTo(WireClient.SITE_ID);
    }
}
