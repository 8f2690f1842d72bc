package dev.fakewix.media.core;

import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FontAsset;
import dev.fakewix.media.core.model.FontMedia;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.SearchFilesRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The format table follows what Wix publishes (ledger lines G-113 to G-119 in {@code docs/fidelity.md}), and the
 * fonts and Lottie files real programs upload are answered as Wix most plausibly answers them.
 */
class FormatsFromWixSourcesTest {
    private final FakeMediaManager fake = Fakes.fake();
    private final Files files = fake.site().files();

    private FileDescriptor upload(String mimeType, String fileName, byte[] bytes) {
        String token = Jwt.ofUploadUrl(files.generateFileUploadUrl(
                GenerateFileUploadUrlRequest.of(mimeType).withFileName(fileName)));
        return FaceAccess.get().transfers(fake).upload(token, null, mimeType, bytes);
    }

    /**
     * G-113: https://dev.wix.com/docs/velo/api-reference/$w/upload-button/file-type lists the extensions a file
     * uploaded into the Media Manager may have, by media type.
     */
    @Nested
    class TheUploadButtonPagesList {
        @ParameterizedTest(name = "Image: {0}")
        @ValueSource(
                strings = {"bmp", "gif", "heic", "heif", "jfif", "jpe", "jpeg", "jpg", "png", "tif", "tiff", "webp"})
        void everyImageExtensionIsAnImage(String extension) {
            assertThat(imported(extension)).isEqualTo(MediaType.IMAGE);
        }

        @ParameterizedTest(name = "Video: {0}")
        @ValueSource(
                strings = {
                    "avi", "divx", "flv", "mkv", "mov", "mpe", "mpeg", "mpg", "mp4", "mxf", "m2ts", "m4v", "ogv", "vob",
                    "webm", "wmv", "xvid", "3gp"
                })
        void everyVideoExtensionIsAVideo(String extension) {
            assertThat(imported(extension)).isEqualTo(MediaType.VIDEO);
        }

        @ParameterizedTest(name = "Audio: {0}")
        @ValueSource(strings = {"aac", "aif", "aiff", "flac", "mp3", "m4a", "wav", "wma"})
        void everyAudioExtensionIsAnAudio(String extension) {
            assertThat(imported(extension)).isEqualTo(MediaType.AUDIO);
        }

        @ParameterizedTest(name = "Document: {0}")
        @ValueSource(
                strings = {
                    "ai", "cdr", "csv", "doc", "docx", "dot", "dotx", "dwg", "eps", "epub", "fla", "gpx", "indd",
                    "ipynb", "key", "kml", "kmz", "mobi", "numbers", "odg", "odp", "ods", "odt", "otp", "ots", "ott",
                    "oxps", "pages", "pdf", "pkg", "pot", "potx", "pps", "ppsx", "ppt", "pptx", "psd", "pub", "rtf",
                    "txt", "vcf", "xcf", "xls", "xlsx", "xlt", "xltx", "xps"
                })
        void everyDocumentExtensionIsADocument(String extension) {
            assertThat(imported(extension)).isEqualTo(MediaType.DOCUMENT);
        }

        /** The MIME type the table gives an extension names the same media type at generateFileUploadUrl (G-114). */
        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({
            "image/heic,HEIC.heic,IMAGE",
            "video/x-divx,clip.divx,VIDEO",
            "application/mxf,take.mxf,VIDEO",
            "audio/x-ms-wma,song.wma,AUDIO",
            "application/vnd.apple.pages,letter.pages,DOCUMENT",
            "image/vnd.adobe.photoshop,layers.psd,DOCUMENT",
            "application/x-ipynb+json,notebook.ipynb,DOCUMENT"
        })
        void anUploadUrlForTheExtensionsMimeTypeMakesAFileOfItsType(String mimeType, String name, MediaType type) {
            assertThat(upload(mimeType, name, "bytes".getBytes(StandardCharsets.UTF_8))
                            .mediaType())
                    .isEqualTo(type);
        }

        private MediaType imported(String extension) {
            return files.importFile(ImportFileRequest.of("https://example.com/file." + extension))
                    .mediaType();
        }
    }

    /**
     * G-116: Wix's typings give fonts a media type (FONT, internal) and a media object (FontMedia); a program made at
     * Wix uploads fonts and found them served under {@code ufonts/} with a relative {@code url}.
     */
    @Nested
    class Fonts {
        private final byte[] woff2 = "wOF2 font bytes".getBytes(StandardCharsets.US_ASCII);

        @Test
        void aWoff2UploadIsAFontWithAnIdWithoutExtensionAndItsRelativeUfontsUrl() {
            FileDescriptor font = upload("font/woff2", "Inter-Bold.woff2", woff2);

            assertThat(font.mediaType()).isEqualTo(MediaType.FONT);
            assertThat(font.id()).matches("[a-z0-9]{6}_[0-9a-f]{32}");
            assertThat(font.url()).isEqualTo("ufonts/" + font.id() + "/woff2/file.woff2");
            assertThat(font.operationStatus()).isEqualTo(OperationStatus.READY);
            assertThat(font.sizeInBytes()).isEqualTo(woff2.length);
        }

        @Test
        void aReadyFontsMediaIsTheTypingsFontMediaWithEveryWebFormatAsAnAsset() {
            FileDescriptor font = upload("font/ttf", "Brand Sans.ttf", woff2);
            String base = "https://static.wixstatic.com/ufonts/" + font.id();

            FontMedia media = files.getFileDescriptor(font.id()).media().font();

            assertThat(media)
                    .isEqualTo(new FontMedia(
                            font.id(),
                            (long) woff2.length,
                            "ttf",
                            "Brand Sans",
                            "Brand Sans",
                            List.of(
                                    new FontAsset("src", base + "/ttf/file.ttf", "ttf"),
                                    new FontAsset("woff2", base + "/woff2/file.woff2", "woff2"),
                                    new FontAsset("woff", base + "/woff/file.woff", "woff"))));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "font/woff,a.woff,woff",
            "font/otf,b.otf,otf",
            "application/font-woff2,c.woff2,woff2",
            "application/font-woff,d.woff,woff",
            "application/x-font-ttf,e.ttf,ttf",
            "application/x-font-otf,f.otf,otf",
            "application/x-font-opentype,g.otf,otf",
            "application/vnd.ms-opentype,h.otf,otf"
        })
        void theMimeTypesClientsSendForFontsAllMakeFonts(String mimeType, String name, String format) {
            FileDescriptor font = upload(mimeType, name, woff2);

            assertThat(font.mediaType()).isEqualTo(MediaType.FONT);
            assertThat(font.media().font().format()).isEqualTo(format);
        }

        /** G-117: "Verified fonts don't persist in Wix Media Manager file list" (the program that uploads them). */
        @Test
        void listsSearchesAndQueriesLeaveFontsOutWhileAnIdStillFindsThem() {
            FileDescriptor font = upload("font/woff2", "Inter.woff2", woff2);
            FileDescriptor image = Fakes.importImage(files, "inter.png");

            assertThat(Fakes.ids(files.listFiles(ListFilesRequest.all()).files()))
                    .containsExactly(image.id());
            assertThat(Fakes.ids(
                            files.searchFiles(SearchFilesRequest.text("inter")).files()))
                    .containsExactly(image.id());
            assertThat(Fakes.ids(files.queryFileDescriptors(CursorQuery.all()).files()))
                    .containsExactly(image.id());
            assertThat(files.getFileDescriptor(font.id()).id()).isEqualTo(font.id());
            assertThat(Fakes.ids(files.getFileDescriptors(List.of(font.id())))).containsExactly(font.id());

            files.bulkDeleteFiles(List.of(font.id()), false);
            assertThat(files.listDeletedFiles(ListFilesRequest.all()).files()).isEmpty();
            files.bulkRestoreFilesFromTrashBin(List.of(font.id()));
            assertThat(files.getFileDescriptor(font.id()).parentFolderId()).isEqualTo("media-root");
        }

        @Test
        void noListCanFilterByFontWhichStaysAnInternalType() {
            assertRule(
                    () -> files.listFiles(ListFilesRequest.all().withMediaTypes(MediaType.FONT)),
                    WixErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "mediaTypes");
        }

        @Test
        void everyAssetKeyOfAFontDownloadsTheUploadedBytes() {
            FileDescriptor font = upload("font/woff2", "Inter.woff2", woff2);

            var urls = files.generateFileDownloadUrl(
                    GenerateFileDownloadUrlRequest.of(font.id()).withAssetKeys(List.of("src", "woff", "ttf")));

            assertThat(urls).extracting(u -> u.assetKey()).containsExactly("src", "woff", "ttf");
            assertRule(
                    () -> files.generateFileDownloadUrl(
                            GenerateFileDownloadUrlRequest.of(font.id()).withAssetKeys(List.of("1080p"))),
                    WixErrorCode.INVALID_ASSET_KEY,
                    "assetKeys");
        }

        @Test
        void aPrivateFontHasNoUrlAnywhere() {
            String token = Jwt.ofUploadUrl(files.generateFileUploadUrl(GenerateFileUploadUrlRequest.of("font/woff2")
                    .withFileName("Secret.woff2")
                    .withPrivate(true)));

            FileDescriptor font = FaceAccess.get().transfers(fake).upload(token, null, "font/woff2", woff2);

            assertThat(font.url()).isEmpty();
            assertThat(font.media().font().assets()).extracting(FontAsset::url).containsOnly("");
        }

        @Test
        void anImportedFontIsAFontToo() {
            FileDescriptor font = files.importFile(ImportFileRequest.of("https://fonts.example.com/Inter.woff2"));

            assertThat(font.mediaType()).isEqualTo(MediaType.FONT);
            assertThat(files.getFileDescriptor(font.id()).media().font().format())
                    .isEqualTo("woff2");
        }
    }

    /** G-118: a Lottie animation is JSON; the program that uploads them lists them back as DOCUMENTs. */
    @Test
    void aLottieJsonFileIsADocumentListedLikeAnyOther() {
        FileDescriptor lottie = upload(
                "application/json",
                "confetti.json",
                "{\"v\":\"5.7.4\",\"layers\":[]}".getBytes(StandardCharsets.UTF_8));

        assertThat(lottie.mediaType()).isEqualTo(MediaType.DOCUMENT);
        assertThat(lottie.id()).endsWith(".json");
        assertThat(Fakes.ids(files.listFiles(ListFilesRequest.all()).files())).containsExactly(lottie.id());
    }

    /**
     * G-119: the Upload API page, "include the file's extension in the filename parameter and set the Content-Type to
     * 'application/octet-stream'. Doing this allows Wix servers to detect the correct content type of the file."
     */
    @Nested
    class OctetStreamUploadUrls {
        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({
            "application/octet-stream,backup.zip,ARCHIVE,zip",
            "application/octet-stream,scan.PDF,DOCUMENT,pdf",
            "binary/octet-stream,Inter.woff2,FONT,",
            "application/octet-stream; charset=binary,photo.jpg,IMAGE,jpg"
        })
        void takeTheFormatFromTheFileNamesExtension(String mimeType, String name, MediaType type, String idExtension) {
            FileDescriptor file = upload(mimeType, name, "bytes".getBytes(StandardCharsets.UTF_8));

            assertThat(file.mediaType()).isEqualTo(type);
            assertThat(file.displayName()).isEqualTo(name);
            if (idExtension != null) {
                assertThat(file.id()).endsWith("." + idExtension);
            }
        }

        @Test
        void theResumableUploadUrlDoesTheSame() {
            var url = files.generateFileResumableUploadUrl(
                    GenerateFileResumableUploadUrlRequest.of("application/octet-stream")
                            .withFileName("talk.mp4"));

            assertThat(Jwt.string(url.uploadToken(), "mimeType")).isEqualTo("video/mp4");
        }

        @ParameterizedTest(name = "fileName {0}")
        @ValueSource(strings = {"", "README", "data.xyz"})
        void withoutAKnownExtensionTheFormatIsUnsupported(String name) {
            MediaManagerException e = assertRule(
                    () -> files.generateFileUploadUrl(GenerateFileUploadUrlRequest.of("application/octet-stream")
                            .withFileName(name.isEmpty() ? null : name)),
                    WixErrorCode.UNSUPPORTED_FILE_FORMAT,
                    "mimeType");

            assertThat(e.getMessage()).contains("give fileName with the file's extension");
            assertThat(e.fieldViolations().get(0).data()).isEqualTo(Map.of("requestValue", "application/octet-stream"));
        }
    }
}
