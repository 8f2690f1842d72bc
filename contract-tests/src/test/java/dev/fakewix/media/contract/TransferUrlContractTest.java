package dev.fakewix.media.contract;

import static dev.fakewix.media.client.MediaManagerClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.client.Endpoint;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Download, archive, resumable-upload and streaming URLs. */
class TransferUrlContractTest {

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/generate-file-download-url")
    @Exercises(Endpoint.GENERATE_FILE_DOWNLOAD_URL)
    void generatesADownloadUrlPerAssetKey(ContractSession wix) {
        String id = wix.readyPng(wix.uniqueName("photo.png")).path("id").asString();

        JsonNode urls = wix.client().generateFileDownloadUrl(id, null);

        wix.assertMatchesSnapshot("generate-file-download-url", urls);
        assertThat(urls.path("downloadUrls")).hasSize(1);
        assertThat(urls.path("downloadUrls").get(0).path("assetKey").asString())
                .as("default asset key")
                .isEqualTo("src");
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/generate-file-download-url")
    @Exercises(Endpoint.GENERATE_FILE_DOWNLOAD_URL)
    void aDownloadUrlTakesItsNameExpiryAndDisposition(ContractSession wix) {
        String id = wix.readyPng(wix.uniqueName("photo.png")).path("id").asString();

        JsonNode urls = wix.client()
                .generateFileDownloadUrl(
                        id,
                        fields(
                                "downloadFileName",
                                "holiday.png",
                                "expirationInMinutes",
                                60,
                                "assetKeys",
                                List.of("src"),
                                "contentDisposition",
                                "INLINE"));

        assertThat(urls.path("downloadUrls")).hasSize(1);
        assertThat(urls.path("downloadUrls").get(0).path("assetKey").asString()).isEqualTo("src");
        assertThat(urls.path("downloadUrls").get(0).path("url").asString()).startsWith("http");
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/generate-files-download-url")
    @Exercises(Endpoint.GENERATE_FILES_DOWNLOAD_URL)
    void generatesOneArchiveUrlForSeveralFiles(ContractSession wix) {
        String a = wix.readyPng(wix.uniqueName("a.png")).path("id").asString();
        String b = wix.readyPng(wix.uniqueName("b.png")).path("id").asString();

        JsonNode url = wix.client().generateFilesDownloadUrl(List.of(a, b));

        wix.assertMatchesSnapshot("generate-files-download-url", url);
        assertThat(url.path("downloadUrl").asString()).startsWith("http");
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/generate-file-resumable-upload-url")
    @Exercises(Endpoint.GENERATE_FILE_RESUMABLE_UPLOAD_URL)
    void generatesAResumableTusUploadUrl(ContractSession wix) {
        JsonNode url = wix.client()
                .generateFileResumableUploadUrl(
                        "image/jpeg",
                        fields(
                                "fileName",
                                wix.uniqueName("image1.jpeg"),
                                "parentFolderId",
                                wix.folderId(),
                                "labels",
                                List.of("nature", "outdoors"),
                                "uploadProtocol",
                                "TUS"));

        wix.assertMatchesSnapshot("generate-file-resumable-upload-url", url);
        assertThat(url.path("uploadProtocol").asString()).isEqualTo("TUS");
        assertThat(url.path("uploadToken").asString()).isNotEmpty();
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/generate-video-streaming-url")
    @Exercises({Endpoint.GENERATE_VIDEO_STREAMING_URL, Endpoint.IMPORT_FILE})
    void generatesAStreamingUrlForAVideo(ContractSession wix) {
        String id = wix.client()
                .importFile(
                        wix.videoUrl(),
                        fields(
                                "displayName",
                                wix.uniqueName("video1.mp4"),
                                "mediaType",
                                "VIDEO",
                                "mimeType",
                                "video/mp4",
                                "parentFolderId",
                                wix.folderId()))
                .path("file")
                .path("id")
                .asString();
        wix.awaitReady(id);

        JsonNode url = wix.client().generateVideoStreamingUrl(id, fields("format", "HLS"));

        wix.assertMatchesSnapshot("generate-video-streaming-url", url);
        assertThat(url.path("downloadUrl").path("assetKey").asString()).isEqualTo("HLS");
    }
}
