package dev.fakewix.media.core;

import static dev.fakewix.media.core.MediaErrors.assertInvalid;
import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.face.Transfers;
import dev.fakewix.media.core.model.ContentDisposition;
import dev.fakewix.media.core.model.DownloadUrl;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateVideoStreamingUrlRequest;
import dev.fakewix.media.core.model.StreamFormat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DownloadTest {
    private final FakeMediaManager fake = Fakes.fake();
    private final Files files = fake.site().files();
    private final FileDescriptor image = Fakes.importImage(files, "cat.jpg");

    static String archiveToken(String archiveUrl) {
        return archiveUrl.substring(archiveUrl.indexOf("token=") + 6);
    }

    private DownloadUrl single(GenerateFileDownloadUrlRequest request) {
        List<DownloadUrl> urls = files.generateFileDownloadUrl(request);
        assertThat(urls).hasSize(1);
        return urls.get(0);
    }

    @Nested
    class FileDownloadUrl {
        @Test
        void byDefaultOneUrlOfTheOriginalValidFor600Minutes() {
            DownloadUrl url = single(GenerateFileDownloadUrlRequest.of(image.id()));

            assertThat(url.assetKey()).isEqualTo("src");
            assertThat(url.url()).startsWith("https://download-files.wixmp.com/media/" + image.id() + "?token=");
            String token = Jwt.ofDownloadUrl(url.url());
            assertThat(Jwt.number(token, "exp") - Jwt.number(token, "iat")).isEqualTo(36_010);
            assertThat(Jwt.payload(token))
                    .contains("\"aud\":[\"urn:service:file.download\"]")
                    .contains("\"path\":\"/media/" + image.id() + "\"")
                    .contains("\"filename\":\"cat.jpg\"")
                    .contains("\"type\":\"attachment\"");
        }

        @Test
        void theExpiryIsOneMinuteToAYear() {
            String oneMinute = Jwt.ofDownloadUrl(
                    single(GenerateFileDownloadUrlRequest.of(image.id()).withExpirationInMinutes(1))
                            .url());
            assertThat(Jwt.number(oneMinute, "exp") - Jwt.number(oneMinute, "iat"))
                    .isEqualTo(70);
            String aYear = Jwt.ofDownloadUrl(
                    single(GenerateFileDownloadUrlRequest.of(image.id()).withExpirationInMinutes(525_600))
                            .url());
            assertThat(Jwt.number(aYear, "exp") - Jwt.number(aYear, "iat")).isEqualTo(525_600L * 60 + 10);

            assertInvalid(
                    () -> files.generateFileDownloadUrl(
                            GenerateFileDownloadUrlRequest.of(image.id()).withExpirationInMinutes(525_601)),
                    "expirationInMinutes",
                    "MAX");
            assertInvalid(
                    () -> files.generateFileDownloadUrl(
                            GenerateFileDownloadUrlRequest.of(image.id()).withExpirationInMinutes(0)),
                    "expirationInMinutes",
                    "MIN");
        }

        @Test
        void theUrlServesTheFileUntilItExpiresOnTheFakesClock() {
            String token = Jwt.ofDownloadUrl(
                    single(GenerateFileDownloadUrlRequest.of(image.id())).url());

            fake.clock().advance(Duration.ofHours(10).plusSeconds(10)); // 600 minutes and 10 s
            Transfers.Download download = FaceAccess.get().transfers(fake).download(token);
            assertThat(download.fileName()).isEqualTo("cat.jpg");
            assertThat(download.contentType()).isEqualTo("image/jpeg");
            assertThat(download.content()).isNotEmpty();
            assertThat(download.disposition()).isEqualTo(ContentDisposition.ATTACHMENT);
            assertThat(download.redirectUrl()).isNull();

            fake.clock().advance(Duration.ofMillis(1));
            assertRule(() -> FaceAccess.get().transfers(fake).download(token), WixErrorCode.PERMISSION_DENIED);
        }

        @Test
        void anExpiredUrlWithARedirectRedirects() {
            String token = Jwt.ofDownloadUrl(single(GenerateFileDownloadUrlRequest.of(image.id())
                            .withExpirationInMinutes(1)
                            .withExpirationRedirectUrl("https://example.com/expired"))
                    .url());

            fake.clock().advance(Duration.ofMinutes(2));

            assertThat(FaceAccess.get().transfers(fake).download(token).redirectUrl())
                    .isEqualTo("https://example.com/expired");
        }

        @Test
        void theRedirectMustBeAWebUrl() {
            assertInvalid(
                    () -> files.generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(image.id())
                            .withExpirationRedirectUrl("javascript:alert(1)")),
                    "expirationRedirectUrl",
                    "FORMAT");
        }

        @Test
        void theDownloadNameAndDispositionAreTheRequests() {
            String token = Jwt.ofDownloadUrl(single(GenerateFileDownloadUrlRequest.of(image.id())
                            .withDownloadFileName("kitty.jpeg")
                            .withContentDisposition(ContentDisposition.INLINE))
                    .url());

            Transfers.Download download = FaceAccess.get().transfers(fake).download(token);

            assertThat(download.fileName()).isEqualTo("kitty.jpeg");
            assertThat(download.disposition()).isEqualTo(ContentDisposition.INLINE);
            assertThat(files.generateFileDownloadUrl(
                            GenerateFileDownloadUrlRequest.of(image.id()).withDownloadFileName("n".repeat(100))))
                    .hasSize(1);
            assertInvalid(
                    () -> files.generateFileDownloadUrl(
                            GenerateFileDownloadUrlRequest.of(image.id()).withDownloadFileName("n".repeat(101))),
                    "downloadFileName",
                    "MAX_LENGTH");
        }

        @Test
        void anUploadedFileIsServedWithItsBytes() {
            String uploadToken =
                    Jwt.ofUploadUrl(files.generateFileUploadUrl(GenerateFileUploadUrlRequest.of("text/plain")));
            byte[] bytes = "hello".getBytes(StandardCharsets.UTF_8);
            FileDescriptor file =
                    FaceAccess.get().transfers(fake).upload(uploadToken, "hello.txt", "text/plain", bytes);

            String token = Jwt.ofDownloadUrl(
                    single(GenerateFileDownloadUrlRequest.of(file.id())).url());

            assertThat(FaceAccess.get().transfers(fake).download(token).content())
                    .isEqualTo(bytes);
        }

        @Test
        void aPermanentlyDeletedFileIsNotFoundAnymore() {
            String token = Jwt.ofDownloadUrl(
                    single(GenerateFileDownloadUrlRequest.of(image.id())).url());
            files.bulkDeleteFiles(List.of(image.id()), true);

            assertRule(() -> FaceAccess.get().transfers(fake).download(token), WixErrorCode.NOT_FOUND);
        }

        @Test
        void anAssetKeyTheFileLacksIsInvalidAssetKeyListingTheValidOnes() {
            MediaManagerException e = assertRule(
                    () -> files.generateFileDownloadUrl(
                            GenerateFileDownloadUrlRequest.of(image.id()).withAssetKeys(List.of("src", "720p"))),
                    WixErrorCode.INVALID_ASSET_KEY,
                    "assetKeys");

            assertThat(e.fieldViolations().get(0).data())
                    .containsEntry("requestValue", "720p")
                    .containsEntry("allowedValues", List.of("src"));
        }

        @Test
        void aReadyVideoHasOneUrlPerRendition() {
            FileDescriptor video = Fakes.importImage(files, "clip.mp4");

            List<DownloadUrl> urls = files.generateFileDownloadUrl(
                    GenerateFileDownloadUrlRequest.of(video.id()).withAssetKeys(List.of("src", "720p", "360p")));

            assertThat(urls).extracting(DownloadUrl::assetKey).containsExactly("src", "720p", "360p");
            assertThat(urls.get(1).url())
                    .startsWith("https://download-files.wixmp.com/media/" + video.id() + "/720p?token=");
        }

        @Test
        void assetKeysAreAtMost100OfAtMost100Characters() {
            assertInvalid(
                    () -> files.generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(image.id())
                            .withAssetKeys(Collections.nCopies(101, "src"))),
                    "assetKeys",
                    "MAX_SIZE");
            assertInvalid(
                    () -> files.generateFileDownloadUrl(
                            GenerateFileDownloadUrlRequest.of(image.id()).withAssetKeys(List.of("k".repeat(101)))),
                    "assetKeys[0]",
                    "MAX_LENGTH");
            assertThat(files.generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(image.id())
                            .withAssetKeys(Collections.nCopies(100, "src"))))
                    .hasSize(100);
        }

        @Test
        void anUnknownFileIsResourceNotFoundAndTheIdIsRequired() {
            assertRule(
                    () -> files.generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of("nope")),
                    WixErrorCode.RESOURCE_NOT_FOUND,
                    "fileId");
            assertInvalid(
                    () -> files.generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(null)),
                    "fileId",
                    "REQUIRED_FIELD");
            assertInvalid(() -> files.generateFileDownloadUrl(null), "fileId", "REQUIRED_FIELD");
            assertInvalid(
                    () -> files.generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of("f".repeat(1001))),
                    "fileId",
                    "MAX_LENGTH");
        }

        @Test
        void aDownloadTokenIsNoUploadToken() {
            String token = Jwt.ofDownloadUrl(
                    single(GenerateFileDownloadUrlRequest.of(image.id())).url());

            assertRule(
                    () -> FaceAccess.get().transfers(fake).upload(token, "a.jpg", "image/jpeg", new byte[1]),
                    WixErrorCode.PERMISSION_DENIED);
        }
    }

    @Nested
    class Archives {
        @Test
        void aFilesArchiveUrlCarriesATokenListingTheFiles() {
            FileDescriptor other = Fakes.importImage(files, "dog.jpg");

            String url = files.generateFilesDownloadUrl(List.of(image.id(), other.id()));

            assertThat(url)
                    .matches(
                            "https://archive\\.wixmp\\.com/archive/wix/[0-9a-f]{32}\\?token=[\\w-]+\\.[\\w-]+\\.[\\w-]+");
            assertThat(FaceAccess.get()
                            .transfers(fake)
                            .archive(archiveToken(url))
                            .entries())
                    .extracting(e -> e.file().id())
                    .containsExactly(image.id(), other.id());
        }

        @Test
        void anArchiveUrlExpiresAfterSixHundredMinutes() {
            String url = files.generateFilesDownloadUrl(List.of(image.id()));

            fake.clock().advance(Duration.ofHours(10)); // 600 minutes
            assertThat(FaceAccess.get()
                            .transfers(fake)
                            .archive(archiveToken(url))
                            .entries())
                    .hasSize(1);
            fake.clock().advance(Duration.ofSeconds(11));
            assertRule(
                    () -> FaceAccess.get().transfers(fake).archive(archiveToken(url)), WixErrorCode.PERMISSION_DENIED);
        }

        @Test
        void aTamperedArchiveTokenIsRefused() {
            String token = archiveToken(files.generateFilesDownloadUrl(List.of(image.id())));

            assertRule(
                    () -> FaceAccess.get().transfers(fake).archive(token.substring(0, token.length() - 2) + "xx"),
                    WixErrorCode.PERMISSION_DENIED);
        }

        @Test
        void twoFilesOfOneNameGetDistinctEntries() {
            FileDescriptor twin = Fakes.importImage(files, image.displayName());

            String url = files.generateFilesDownloadUrl(List.of(image.id(), twin.id()));

            String name = image.displayName();
            String base = name.substring(0, name.lastIndexOf('.'));
            assertThat(FaceAccess.get()
                            .transfers(fake)
                            .archive(archiveToken(url))
                            .entries())
                    .extracting(Transfers.Archive.Entry::path)
                    .containsExactly(name, base + " (2)" + name.substring(name.lastIndexOf('.')));
        }

        @Test
        void aFilesArchiveTakesOneToAThousandKnownFiles() {
            assertThat(files.generateFilesDownloadUrl(Collections.nCopies(1000, image.id())))
                    .isNotBlank();
            assertInvalid(
                    () -> files.generateFilesDownloadUrl(Collections.nCopies(1001, image.id())), "fileIds", "MAX_SIZE");
            assertInvalid(() -> files.generateFilesDownloadUrl(List.of()), "fileIds", "MIN_SIZE");
            assertRule(
                    () -> files.generateFilesDownloadUrl(List.of(image.id(), "nope")),
                    WixErrorCode.RESOURCE_NOT_FOUND,
                    "fileIds[1]");
            assertInvalid(() -> files.generateFilesDownloadUrl(List.of("f".repeat(1001))), "fileIds[0]", "MAX_LENGTH");
        }

        @Test
        void anUnknownArchiveIsNotFound() {
            String url = files.generateFilesDownloadUrl(List.of(image.id()));
            fake.site().reset();
            assertRule(() -> FaceAccess.get().transfers(fake).archive(archiveToken(url)), WixErrorCode.NOT_FOUND);
        }

        @Test
        void aFolderArchiveHoldsTheFilesOfItsSubFoldersToo() {
            Folder pets = fake.site().folders().createFolder("Pets", null);
            Folder cats = fake.site().folders().createFolder("Cats", pets.id());
            FileDescriptor inPets = Fakes.importInto(files, pets.id(), "p.jpg");
            FileDescriptor inCats = Fakes.importInto(files, cats.id(), "c.jpg");

            String url = fake.site().folders().generateFolderDownloadUrl(pets.id());

            assertThat(url).startsWith("https://archive.wixmp.com/archive/wix/");
            assertThat(FaceAccess.get()
                            .transfers(fake)
                            .archive(archiveToken(url))
                            .entries())
                    .extracting(Transfers.Archive.Entry::path, e -> e.file().id())
                    .containsExactlyInAnyOrder(tuple("p.jpg", inPets.id()), tuple("Cats/c.jpg", inCats.id()));
        }

        @Test
        void theMediaRootCanBeArchivedAndAnUnknownFolderIsResourceNotFound() {
            assertThat(fake.site().folders().generateFolderDownloadUrl("media-root"))
                    .isNotBlank();
            assertRule(
                    () -> fake.site().folders().generateFolderDownloadUrl("0123456789abcdef0123456789abcdef"),
                    WixErrorCode.RESOURCE_NOT_FOUND);
            assertInvalid(() -> fake.site().folders().generateFolderDownloadUrl(null), "folderId", "REQUIRED_FIELD");
            assertInvalid(
                    () -> fake.site().folders().generateFolderDownloadUrl("f".repeat(101)), "folderId", "MAX_LENGTH");
        }
    }

    @Nested
    class Streaming {
        private final FileDescriptor video = Fakes.importImage(files, "clip.mp4");

        @Test
        void hlsIsTheDefaultFormat() {
            DownloadUrl url = files.generateVideoStreamingUrl(GenerateVideoStreamingUrlRequest.of(video.id()));

            assertThat(url.assetKey()).isEqualTo("HLS");
            assertThat(url.url())
                    .isEqualTo("https://repackager.wixmp.com/video.wixstatic.com/video/" + video.id()
                            + "/,720p,360p,1080p,480p,/mp4/file.mp4.urlset/master.m3u8");
        }

        @Test
        void dashIsAnMpdManifest() {
            DownloadUrl url = files.generateVideoStreamingUrl(
                    GenerateVideoStreamingUrlRequest.of(video.id()).withFormat(StreamFormat.DASH));

            assertThat(url.assetKey()).isEqualTo("DASH");
            assertThat(url.url()).endsWith("/manifest.mpd");
        }

        @Test
        void theExpiryIsAnHourToADay() {
            GenerateVideoStreamingUrlRequest request = GenerateVideoStreamingUrlRequest.of(video.id());
            assertThat(files.generateVideoStreamingUrl(request.withExpirationInMinutes(60))
                            .url())
                    .isNotBlank();
            assertThat(files.generateVideoStreamingUrl(request.withExpirationInMinutes(1440))
                            .url())
                    .isNotBlank();
            assertInvalid(
                    () -> files.generateVideoStreamingUrl(request.withExpirationInMinutes(59)),
                    "expirationInMinutes",
                    "MIN");
            assertInvalid(
                    () -> files.generateVideoStreamingUrl(request.withExpirationInMinutes(1441)),
                    "expirationInMinutes",
                    "MAX");
        }

        @Test
        void onlyVideosStream() {
            assertInvalid(
                    () -> files.generateVideoStreamingUrl(GenerateVideoStreamingUrlRequest.of(image.id())), "fileId");
            assertRule(
                    () -> files.generateVideoStreamingUrl(GenerateVideoStreamingUrlRequest.of("nope")),
                    WixErrorCode.RESOURCE_NOT_FOUND);
            assertInvalid(() -> files.generateVideoStreamingUrl(null), "fileId", "REQUIRED_FIELD");
            assertInvalid(
                    () -> files.generateVideoStreamingUrl(GenerateVideoStreamingUrlRequest.of("f".repeat(1001))),
                    "fileId",
                    "MAX_LENGTH");
        }
    }
}
