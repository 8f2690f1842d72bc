package dev.fakewix.media.core;

import static dev.fakewix.media.core.MediaErrors.assertInvalid;
import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.face.Transfers;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.ResumableUploadUrl;
import dev.fakewix.media.core.model.UploadProtocol;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UploadTest {
    /** The smallest valid PNG header: 24 bytes with width 3 and height 2. */
    static final byte[] PNG_3X2 = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 3, 0, 0, 0, 2
    };

    private final FakeMediaManager fake = Fakes.fake();
    private final Files files = fake.site().files();

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private String uploadUrl(GenerateFileUploadUrlRequest request) {
        return files.generateFileUploadUrl(request);
    }

    @Nested
    class SingleRequestUpload {
        @Test
        void theUrlCarriesATokenForAPreAllocatedFileId() {
            String url = uploadUrl(GenerateFileUploadUrlRequest.of("image/jpeg").withFileName("image1.jpeg"));

            assertThat(url).startsWith("https://upload.wixmp.com/upload/");
            String token = Jwt.ofUploadUrl(url);
            assertThat(Jwt.string(token, "path")).matches("media/[a-z0-9]{6}_[0-9a-f]{32}~mv2\\.jpeg");
            assertThat(Jwt.string(token, "acl")).isEqualTo("public");
            assertThat(Jwt.string(token, "mimeType")).isEqualTo("image/jpeg");
            assertThat(Jwt.number(token, "exp") - Jwt.number(token, "iat")).isEqualTo(86_410);
        }

        @Test
        void withImmediateReadinessTheUploadAnswerIsAlreadyReadyWithTheAllocatedIdAsWixDocuments() {
            String token = Jwt.ofUploadUrl(uploadUrl(GenerateFileUploadUrlRequest.of("image/png")
                    .withFileName("logo.png")
                    .withLabels(List.of("brand"))
                    .withPrivate(true)));

            FileDescriptor file = FaceAccess.get().transfers(fake).upload(token, "ignored.png", "image/png", PNG_3X2);

            assertThat("media/" + file.id()).isEqualTo(Jwt.string(token, "path"));
            assertThat(file.operationStatus()).isEqualTo(OperationStatus.READY);
            assertThat(file.hash()).isEqualTo(md5(PNG_3X2));
            assertThat(file.displayName()).isEqualTo("logo.png");
            assertThat(file.sizeInBytes()).isEqualTo(PNG_3X2.length);
            assertThat(file.labels()).containsExactly("brand");
            assertThat(file.isPrivate()).isTrue();
            assertThat(file.sourceUrl()).isNull();

            FileDescriptor ready = files.getFileDescriptor(file.id());
            assertThat(ready.operationStatus()).isEqualTo(OperationStatus.READY);
            assertThat(ready.media().image().image().width()).isEqualTo(3);
            assertThat(ready.media().image().image().height()).isEqualTo(2);
            assertThat(ready.hash()).isEqualTo(md5(PNG_3X2));
            assertThat(fake.site().storageUsed()).isEqualTo(PNG_3X2.length);
        }

        @Test
        void withAnotherReadinessTheUploadAnswerIsPending() {
            fake.site().scenarios().readiness(Readiness.manual());
            String token = Jwt.ofUploadUrl(uploadUrl(GenerateFileUploadUrlRequest.of("image/png")));

            FileDescriptor file = FaceAccess.get().transfers(fake).upload(token, "a.png", "image/png", PNG_3X2);

            assertThat(file.operationStatus()).isEqualTo(OperationStatus.PENDING);
            assertThat(file.hash()).isEmpty();
            assertThat(file.media()).isNull();
        }

        @Test
        void octetStreamWithAnExtensionLetsTheFakeDetectTheType() {
            String token = Jwt.ofUploadUrl(uploadUrl(GenerateFileUploadUrlRequest.of("image/png")));

            FileDescriptor file = FaceAccess.get()
                    .transfers(fake)
                    .upload(token, "my-audio-track.mp3", "application/octet-stream", PNG_3X2);

            assertThat(file.mediaType()).isEqualTo(MediaType.AUDIO);
            assertThat(file.id()).endsWith(".mp3");
            assertThat(file.displayName()).isEqualTo("my-audio-track.mp3");
        }

        @Test
        void aPrivateImageHasNoPublicUrlAnywhere() {
            String token = Jwt.ofUploadUrl(
                    uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withPrivate(true)));

            FileDescriptor file = FaceAccess.get().transfers(fake).upload(token, "secret.png", "image/png", PNG_3X2);

            assertThat(file.url()).isEmpty();
            assertThat(file.thumbnailUrl()).isEmpty();
            assertThat(file.media().image().image().url()).isEmpty();
            assertThat(file.media().image().previewImage().url()).isEmpty();
            String download = files.generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(file.id()))
                    .get(0)
                    .url();
            assertThat(FaceAccess.get()
                            .transfers(fake)
                            .download(Jwt.ofDownloadUrl(download))
                            .content())
                    .isEqualTo(PNG_3X2);
        }

        @Test
        void theUploadNamesTheFileWhenTheTicketDidNot() {
            String token = Jwt.ofUploadUrl(uploadUrl(GenerateFileUploadUrlRequest.of("application/pdf")));

            FileDescriptor file = FaceAccess.get()
                    .transfers(fake)
                    .upload(token, "report", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8));

            assertThat(file.displayName()).isEqualTo("report.pdf");
            assertThat(file.mediaType()).isEqualTo(MediaType.DOCUMENT);
        }

        @Test
        void aTokenIsSingleUse() {
            String token = Jwt.ofUploadUrl(uploadUrl(GenerateFileUploadUrlRequest.of("image/png")));
            FaceAccess.get().transfers(fake).upload(token, "a.png", "image/png", PNG_3X2);

            assertRule(
                    () -> FaceAccess.get().transfers(fake).upload(token, "a.png", "image/png", PNG_3X2),
                    WixErrorCode.PERMISSION_DENIED);
        }

        @Test
        void aTokenExpiresOnTheFakesClock() {
            String token = Jwt.ofUploadUrl(uploadUrl(GenerateFileUploadUrlRequest.of("image/png")));
            String stillValid = Jwt.ofUploadUrl(uploadUrl(GenerateFileUploadUrlRequest.of("image/png")));

            fake.clock().advance(Duration.ofSeconds(86_410));
            assertThat(FaceAccess.get()
                            .transfers(fake)
                            .upload(stillValid, "a.png", "image/png", PNG_3X2)
                            .id())
                    .isNotBlank();

            fake.clock().advance(Duration.ofMillis(1));
            assertRule(
                    () -> FaceAccess.get().transfers(fake).upload(token, "a.png", "image/png", PNG_3X2),
                    WixErrorCode.PERMISSION_DENIED);
        }

        @Test
        void aForgedTokenIsPermissionDenied() {
            String token = Jwt.ofUploadUrl(uploadUrl(GenerateFileUploadUrlRequest.of("image/png")));
            String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

            assertRule(
                    () -> FaceAccess.get().transfers(fake).upload(forged, "a.png", "image/png", PNG_3X2),
                    WixErrorCode.PERMISSION_DENIED);
            assertRule(
                    () -> FaceAccess.get().transfers(fake).upload("garbage", "a.png", "image/png", PNG_3X2),
                    WixErrorCode.PERMISSION_DENIED);
        }

        @Test
        void aTokenWithEmptyTrailingPartsIsPermissionDenied() {
            String token = Jwt.ofUploadUrl(uploadUrl(GenerateFileUploadUrlRequest.of("image/png")));

            assertRule(
                    () -> fake.transfers().upload(token + ".", "a.png", "image/png", PNG_3X2),
                    WixErrorCode.PERMISSION_DENIED);
            assertRule(
                    () -> fake.transfers().upload(token + "..", "a.png", "image/png", PNG_3X2),
                    WixErrorCode.PERMISSION_DENIED);
        }

        @Test
        void anEmptyUploadIsZeroFileSize() {
            String token = Jwt.ofUploadUrl(uploadUrl(GenerateFileUploadUrlRequest.of("image/png")));

            assertRule(
                    () -> FaceAccess.get().transfers(fake).upload(token, "a.png", "image/png", new byte[0]),
                    WixErrorCode.ZERO_FILE_SIZE);
        }

        @Test
        void contentSentAsOctetStreamIsAccepted() {
            String token = Jwt.ofUploadUrl(uploadUrl(GenerateFileUploadUrlRequest.of("image/png")));

            assertThat(FaceAccess.get()
                            .transfers(fake)
                            .upload(token, "a.png", "application/octet-stream", PNG_3X2)
                            .mediaType())
                    .isEqualTo(MediaType.IMAGE);
        }

        @Test
        void anUploadWhoseFolderWasTrashedMeanwhileLandsInTheMediaRoot() {
            Folder logos = fake.site().folders().createFolder("logos", null);
            String token = Jwt.ofUploadUrl(
                    uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withParentFolderId(logos.id())));
            fake.site().folders().bulkDeleteFolders(List.of(logos.id()), false);

            assertThat(FaceAccess.get()
                            .transfers(fake)
                            .upload(token, "a.png", "image/png", PNG_3X2)
                            .parentFolderId())
                    .isEqualTo("media-root");
        }

        @Test
        void contentOfAnotherMediaTypeIsAMismatch() {
            String token = Jwt.ofUploadUrl(uploadUrl(GenerateFileUploadUrlRequest.of("image/png")));

            assertRule(
                    () -> FaceAccess.get().transfers(fake).upload(token, "a.mp4", "video/mp4", PNG_3X2),
                    WixErrorCode.MISMATCH_MIME_TYPE);
        }

        @Test
        void theUploadItselfIsCheckedAgainstTheSizeLimitAndTheQuotaAndARefusedUploadMayBeRetried() {
            String big = Jwt.ofUploadUrl(uploadUrl(GenerateFileUploadUrlRequest.of("image/png")));
            fake.site().scenarios().limits(SiteLimits.unlimited().withMaxFileSize(PNG_3X2.length - 1));
            assertRule(
                    () -> FaceAccess.get().transfers(fake).upload(big, "a.png", "image/png", PNG_3X2),
                    WixErrorCode.FILE_SIZE_OVER_LIMIT);

            fake.site().scenarios().limits(SiteLimits.unlimited().withStorageQuota(PNG_3X2.length - 1));
            assertRule(
                    () -> FaceAccess.get().transfers(fake).upload(big, "a.png", "image/png", PNG_3X2),
                    WixErrorCode.SITE_QUOTA_EXCEEDED);

            fake.site().scenarios().limits(SiteLimits.unlimited().withStorageQuota(PNG_3X2.length));
            assertThat(FaceAccess.get()
                            .transfers(fake)
                            .upload(big, "a.png", "image/png", PNG_3X2)
                            .sizeInBytes())
                    .isEqualTo(PNG_3X2.length);
        }

        @Test
        void externalInfoOfTheTicketReachesTheFileReadyEvent() {
            List<MediaEvent> events = new ArrayList<>();
            fake.onEvent(events::add);
            String token = Jwt.ofUploadUrl(uploadUrl(
                    GenerateFileUploadUrlRequest.of("image/png").withExternalInfo(ExternalInfo.of("crm", "42"))));

            FileDescriptor file = FaceAccess.get().transfers(fake).upload(token, "a.png", "image/png", PNG_3X2);
            files.getFileDescriptor(file.id());

            assertThat(events)
                    .singleElement()
                    .isInstanceOfSatisfying(
                            MediaEvent.FileReady.class,
                            ready -> assertThat(ready.externalInfo()).isEqualTo(ExternalInfo.of("crm", "42")));
        }

        @Test
        void aFilePathCreatesFoldersAtOnce() {
            String token = Jwt.ofUploadUrl(
                    uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withFilePath("/logos/2024")));

            FileDescriptor file = FaceAccess.get().transfers(fake).upload(token, "a.png", "image/png", PNG_3X2);

            Folder folder = fake.site().folders().getFolder(file.parentFolderId());
            assertThat(folder.displayName()).isEqualTo("2024");
            assertThat(fake.site().folders().getFolder(folder.parentFolderId()).displayName())
                    .isEqualTo("logos");
        }
    }

    @Nested
    class TicketValidation {
        @Test
        void aMimeTypeThatContradictsTheFileNameIsMismatchMimeType() {
            assertRule(
                    () -> uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withFileName("clip.mp4")),
                    WixErrorCode.MISMATCH_MIME_TYPE,
                    "mimeType");
            assertRule(
                    () -> files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png")
                            .withFileName("clip.mp4")),
                    WixErrorCode.MISMATCH_MIME_TYPE);
        }

        @Test
        void aFileNameWithAnotherExtensionOfTheSameMediaTypeIsFine() {
            assertThat(uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withFileName("photo.jpg")))
                    .isNotBlank();
            assertThat(uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withFileName("no-extension")))
                    .isNotBlank();
        }

        @Test
        void sizeZeroIsZeroFileSizeAndOneByteIsFine() {
            assertRule(
                    () -> uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withSizeInBytes(0L)),
                    WixErrorCode.ZERO_FILE_SIZE,
                    "sizeInBytes");
            assertRule(
                    () -> files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png")
                            .withSizeInBytes(0L)),
                    WixErrorCode.ZERO_FILE_SIZE);
            assertThat(uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withSizeInBytes(1L)))
                    .isNotBlank();
        }

        @Test
        void aNegativeSizeIsAnInvalidArgument() {
            assertInvalid(
                    () -> uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withSizeInBytes(-1L)), "sizeInBytes");
        }

        @Test
        void aMimeTypeTheMediaManagerDoesNotTakeIsUnsupportedFileFormat() {
            MediaManagerException e = assertRule(
                    () -> uploadUrl(GenerateFileUploadUrlRequest.of("application/x-msdownload")),
                    WixErrorCode.UNSUPPORTED_FILE_FORMAT,
                    "mimeType");
            assertThat(e.fieldViolations().get(0).data()).containsEntry("requestValue", "application/x-msdownload");
            assertRule(
                    () -> files.generateFileResumableUploadUrl(
                            GenerateFileResumableUploadUrlRequest.of("application/x-msdownload")),
                    WixErrorCode.UNSUPPORTED_FILE_FORMAT);
        }

        @Test
        void theMimeTypeIsRequiredAndAtMost100Characters() {
            assertInvalid(() -> uploadUrl(GenerateFileUploadUrlRequest.of(null)), "mimeType", "REQUIRED_FIELD");
            assertInvalid(() -> uploadUrl(null), "mimeType", "REQUIRED_FIELD");
            assertInvalid(() -> files.generateFileResumableUploadUrl(null), "mimeType", "REQUIRED_FIELD");
            assertInvalid(
                    () -> uploadUrl(GenerateFileUploadUrlRequest.of("image/" + "p".repeat(95))),
                    "mimeType",
                    "MAX_LENGTH");
        }

        @Test
        void aFileLargerThanTheSiteAllowsIsFileSizeOverLimitAtTheBoundary() {
            fake.site().scenarios().limits(SiteLimits.unlimited().withMaxFileSize(1000));

            assertThat(uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withSizeInBytes(1000L)))
                    .isNotBlank();
            assertRule(
                    () -> uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withSizeInBytes(1001L)),
                    WixErrorCode.FILE_SIZE_OVER_LIMIT,
                    "sizeInBytes");
            assertRule(
                    () -> files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png")
                            .withSizeInBytes(1001L)),
                    WixErrorCode.FILE_SIZE_OVER_LIMIT);
        }

        @Test
        void theDefaultLargestFileIsFourGibibytes() {
            assertThat(uploadUrl(GenerateFileUploadUrlRequest.of("video/mp4")
                            .withSizeInBytes(SiteLimits.DEFAULT_MAX_FILE_SIZE)))
                    .isNotBlank();
            assertRule(
                    () -> uploadUrl(GenerateFileUploadUrlRequest.of("video/mp4")
                            .withSizeInBytes(SiteLimits.DEFAULT_MAX_FILE_SIZE + 1)),
                    WixErrorCode.FILE_SIZE_OVER_LIMIT);
        }

        @Test
        void anAnnouncedSizeBeyondTheQuotaIsSiteQuotaExceededAtTheBoundary() {
            fake.site().scenarios().limits(SiteLimits.unlimited().withStorageQuota(1000));

            assertThat(uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withSizeInBytes(1000L)))
                    .isNotBlank();
            MediaManagerException e = assertRule(
                    () -> uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withSizeInBytes(1001L)),
                    WixErrorCode.SITE_QUOTA_EXCEEDED);
            assertThat(e.getMessage()).contains("1000");
        }

        @Test
        void theResumableUrlHasNoQuotaError() {
            fake.site().scenarios().limits(SiteLimits.unlimited().withStorageQuota(1000));

            assertThat(files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("video/mp4")
                                    .withSizeInBytes(5000L))
                            .uploadToken())
                    .isNotBlank();
        }

        @Test
        void labelsAreAtMost50ForUploadsAnd500ForResumableUploads() {
            List<String> fifty = IntStream.range(0, 50).mapToObj(i -> "l" + i).toList();
            assertThat(uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withLabels(fifty)))
                    .isNotBlank();
            List<String> fiftyOne = new ArrayList<>(fifty);
            fiftyOne.add("x");
            assertInvalid(
                    () -> uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withLabels(fiftyOne)),
                    "labels",
                    "MAX_SIZE");

            List<String> fiveHundred =
                    IntStream.range(0, 500).mapToObj(i -> "l" + i).toList();
            GenerateFileResumableUploadUrlRequest resumable = GenerateFileResumableUploadUrlRequest.of("image/png");
            assertThat(files.generateFileResumableUploadUrl(resumable.withLabels(fiveHundred))
                            .uploadToken())
                    .isNotBlank();
            List<String> fiveHundredOne = new ArrayList<>(fiveHundred);
            fiveHundredOne.add("x");
            assertInvalid(
                    () -> files.generateFileResumableUploadUrl(resumable.withLabels(fiveHundredOne)),
                    "labels",
                    "MAX_SIZE");
        }

        @Test
        void theOtherFieldsHaveTheirMaximumLengths() {
            GenerateFileUploadUrlRequest png = GenerateFileUploadUrlRequest.of("image/png");
            assertThat(uploadUrl(png.withFileName("n".repeat(996) + ".png")
                            .withFilePath("/" + "p".repeat(99))
                            .withLabels(List.of("l".repeat(200)))
                            .withExternalInfo(ExternalInfo.of("o".repeat(1000)))))
                    .isNotBlank();

            assertInvalid(() -> uploadUrl(png.withFileName("n".repeat(1001))), "fileName", "MAX_LENGTH");
            assertInvalid(() -> uploadUrl(png.withParentFolderId("f".repeat(101))), "parentFolderId", "MAX_LENGTH");
            assertInvalid(() -> uploadUrl(png.withLabels(List.of("l".repeat(201)))), "labels[0]", "MAX_LENGTH");
            assertInvalid(() -> uploadUrl(png.withFilePath("/" + "p".repeat(100))), "filePath", "MAX_LENGTH");
            assertInvalid(
                    () -> uploadUrl(png.withExternalInfo(ExternalInfo.of("o".repeat(1001)))),
                    "externalInfo.origin",
                    "MAX_LENGTH");
            assertInvalid(
                    () -> files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png")
                            .withFileName("n".repeat(1001))),
                    "fileName",
                    "MAX_LENGTH");
        }

        @Test
        void anUnknownParentFolderIsResourceNotFound() {
            assertRule(
                    () -> uploadUrl(GenerateFileUploadUrlRequest.of("image/png")
                            .withParentFolderId("0123456789abcdef0123456789abcdef")),
                    WixErrorCode.RESOURCE_NOT_FOUND);
        }

        @Test
        void aFileNameIsTruncatedTo255() {
            String token = Jwt.ofUploadUrl(
                    uploadUrl(GenerateFileUploadUrlRequest.of("image/png").withFileName("n".repeat(300) + ".png")));

            FileDescriptor file = FaceAccess.get().transfers(fake).upload(token, null, "image/png", PNG_3X2);

            assertThat(file.displayName()).hasSize(255);
        }
    }

    @Nested
    class Resumable {
        @Test
        void theTicketIsATusUrlAndASevenDayToken() {
            ResumableUploadUrl ticket = files.generateFileResumableUploadUrl(
                    GenerateFileResumableUploadUrlRequest.of("video/mp4").withFileName("talk.mp4"));

            assertThat(ticket.uploadProtocol()).isEqualTo(UploadProtocol.TUS);
            assertThat(ticket.uploadUrl()).isEqualTo("https://upload.wixmp.com/upload/tus");
            assertThat(Jwt.string(ticket.uploadToken(), "protocol")).isEqualTo("tus");
            assertThat(Jwt.number(ticket.uploadToken(), "exp") - Jwt.number(ticket.uploadToken(), "iat"))
                    .isEqualTo(604_810);
            assertThat(ticket.uploadToken()).hasSizeLessThanOrEqualTo(2000);
        }

        @Test
        void chunksAppendAtTheCurrentOffsetAndOnlyTheFinalizeCreatesTheFile() {
            String token = files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png")
                            .withFileName("big.png"))
                    .uploadToken();

            FaceAccess.get().transfers(fake).createResumable(token, (long) PNG_3X2.length);
            Transfers.ResumableStatus first =
                    FaceAccess.get().transfers(fake).appendResumable(token, 0, Arrays.copyOf(PNG_3X2, 10), null);
            assertThat(first.offset()).isEqualTo(10);
            assertThat(first.length()).isEqualTo(PNG_3X2.length);
            assertThat(first.isComplete()).isFalse();
            assertThat(FaceAccess.get().transfers(fake).resumableStatus(token).offset())
                    .isEqualTo(10);

            assertRule(
                    () -> FaceAccess.get().transfers(fake).appendResumable(token, 0, PNG_3X2, null),
                    WixErrorCode.ALREADY_EXISTS);
            assertRule(
                    () -> FaceAccess.get().transfers(fake).finishResumable(token, "big.png"),
                    WixErrorCode.FAILED_PRECONDITION);

            Transfers.ResumableStatus done = FaceAccess.get()
                    .transfers(fake)
                    .appendResumable(token, 10, Arrays.copyOfRange(PNG_3X2, 10, PNG_3X2.length), null);
            assertThat(done.isComplete()).isTrue();
            assertThat(files.listFiles(ListFilesRequest.all()).files())
                    .as("no file before the finalize")
                    .isEmpty();

            FileDescriptor file = FaceAccess.get().transfers(fake).finishResumable(token, "ignored.png");
            assertThat(file.displayName()).isEqualTo("big.png");
            assertThat(file.sizeInBytes()).isEqualTo(PNG_3X2.length);
            assertThat(file.operationStatus()).isEqualTo(OperationStatus.READY);
            assertThat(FaceAccess.get().transfers(fake).content(fake.defaultSiteId(), file.id()))
                    .isEqualTo(PNG_3X2);
            assertRule(
                    () -> FaceAccess.get().transfers(fake).finishResumable(token, "big.png"),
                    WixErrorCode.PERMISSION_DENIED);
            assertRule(() -> FaceAccess.get().transfers(fake).resumableStatus(token), WixErrorCode.PERMISSION_DENIED);
        }

        @Test
        void theFinalizeNamesTheFileWhenTheUrlDidNot() {
            String token = files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png"))
                    .uploadToken();
            FaceAccess.get().transfers(fake).createResumable(token, (long) PNG_3X2.length);
            FaceAccess.get().transfers(fake).appendResumable(token, 0, PNG_3X2, null);

            assertThat(FaceAccess.get()
                            .transfers(fake)
                            .finishResumable(token, "imageExample.png")
                            .displayName())
                    .isEqualTo("imageExample.png");
        }

        @Test
        void aTerminatedUploadIsGoneAndCannotBeFinalized() {
            String token = files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png"))
                    .uploadToken();
            FaceAccess.get().transfers(fake).createResumable(token, (long) PNG_3X2.length);
            FaceAccess.get().transfers(fake).appendResumable(token, 0, PNG_3X2, null);

            FaceAccess.get().transfers(fake).terminateResumable(token);

            assertRule(
                    () -> FaceAccess.get().transfers(fake).finishResumable(token, "a.png"),
                    WixErrorCode.PERMISSION_DENIED);
            assertRule(() -> FaceAccess.get().transfers(fake).resumableStatus(token), WixErrorCode.PERMISSION_DENIED);
            assertThat(files.listFiles(ListFilesRequest.all()).files()).isEmpty();
        }

        @Test
        void anAbandonedUploadIsFreedWhenItsTokenExpires() {
            FakeMediaManager fake = Fakes.builder().contentMemoryBudget(1 << 22).build();
            String token = fake.site()
                    .files()
                    .generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("video/mp4"))
                    .uploadToken();
            FaceAccess.get().transfers(fake).createResumable(token, 3L << 20);
            FaceAccess.get().transfers(fake).appendResumable(token, 0, new byte[2 << 20], null);
            assertThat(fake.contentBytesInMemory()).isEqualTo(2L << 20);

            fake.clock().advance(Duration.ofDays(7).plusMinutes(1));

            assertThat(fake.contentBytesInMemory()).isZero();
            assertRule(
                    () -> FaceAccess.get().transfers(fake).finishResumable(token, "a.mp4"),
                    WixErrorCode.PERMISSION_DENIED);
        }

        @Test
        void aTokenOfAnotherFakeIsRefused() {
            FakeMediaManager other = Fakes.builder().seed(99).build();
            String foreign = other.site()
                    .files()
                    .generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png"))
                    .uploadToken();

            assertRule(
                    () -> FaceAccess.get().transfers(fake).finishResumable(foreign, "a.png"),
                    WixErrorCode.PERMISSION_DENIED);
            assertRule(
                    () -> FaceAccess.get().transfers(fake).createResumable(foreign, 10L),
                    WixErrorCode.PERMISSION_DENIED);
        }

        @Test
        void anotherSitesTokenFinalizesNothingOfThisSitesUpload() {
            String mine = files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png"))
                    .uploadToken();
            MediaSite other = fake.site("other-site");
            String theirs = other.files()
                    .generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png"))
                    .uploadToken();
            FaceAccess.get().transfers(fake).createResumable(mine, (long) PNG_3X2.length);
            FaceAccess.get().transfers(fake).appendResumable(mine, 0, PNG_3X2, null);

            assertRule(
                    () -> FaceAccess.get().transfers(fake).finishResumable(theirs, "a.png"),
                    WixErrorCode.FAILED_PRECONDITION);

            assertThat(other.files().listFiles(ListFilesRequest.all()).files()).isEmpty();
            assertThat(files.listFiles(ListFilesRequest.all()).files()).isEmpty();
            assertThat(FaceAccess.get().transfers(fake).resumableStatus(mine).isComplete())
                    .isTrue();
        }

        @Test
        void theTicketsPrivacyLabelsAndFolderReachTheFile() {
            Folder talks = fake.site().folders().createFolder("talks", null);
            String token = files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png")
                            .withPrivate(true)
                            .withLabels(List.of("keynote"))
                            .withParentFolderId(talks.id())
                            .withUploadProtocol(UploadProtocol.TUS)
                            .withSizeInBytes((long) PNG_3X2.length))
                    .uploadToken();

            FaceAccess.get().transfers(fake).appendResumable(token, 0, PNG_3X2, null);
            FileDescriptor file = FaceAccess.get().transfers(fake).finishResumable(token, "a.png");

            assertThat(file.isPrivate()).isTrue();
            assertThat(file.labels()).containsExactly("keynote");
            assertThat(file.parentFolderId()).isEqualTo(talks.id());
            assertThat(Jwt.string(token, "acl")).isEqualTo("private");
        }

        @Test
        void sendingMoreThanTheDeclaredLengthIsRefused() {
            String token = files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png")
                            .withSizeInBytes(4L))
                    .uploadToken();

            assertInvalid(() -> FaceAccess.get().transfers(fake).appendResumable(token, 0, PNG_3X2, null), "content");
        }

        @Test
        void aResumableTokenIsNoSingleRequestUploadToken() {
            String token = files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png"))
                    .uploadToken();

            assertRule(
                    () -> FaceAccess.get().transfers(fake).upload(token, "a.png", "image/png", PNG_3X2),
                    WixErrorCode.PERMISSION_DENIED);
        }
    }
}
