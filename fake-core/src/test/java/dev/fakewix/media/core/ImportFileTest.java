package dev.fakewix.media.core;

import static dev.fakewix.media.core.MediaErrors.assertInvalid;
import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.BulkImportFileResponse;
import dev.fakewix.media.core.model.BulkImportFileResult;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.SearchFilesRequest;
import dev.fakewix.media.core.model.State;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ImportFileTest {
    private final FakeMediaManager fake = Fakes.fake();
    private final Files files = fake.site().files();

    @Test
    void theImportResponseIsPendingWithoutMediaAsWixAnswers() {
        FileDescriptor file = files.importFile(
                ImportFileRequest.of("https://example.com/cat.jpg").withLabels(List.of("pets")));

        assertThat(file.operationStatus()).isEqualTo(OperationStatus.PENDING);
        assertThat(file.media()).isNull();
        assertThat(file.hash()).isEmpty();
        assertThat(file.sizeInBytes()).isEqualTo(-1);
        assertThat(file.displayName()).isEqualTo("cat.jpg");
        assertThat(file.parentFolderId()).isEqualTo("media-root");
        assertThat(file.sourceUrl()).isEqualTo("https://example.com/cat.jpg");
        assertThat(file.labels()).containsExactly("pets");
        assertThat(file.isPrivate()).isFalse();
        assertThat(file.state()).isEqualTo(State.OK);
        assertThat(file.createdDate()).isEqualTo(Fakes.T0).isEqualTo(file.updatedDate());
        assertThat(file.siteId()).isEqualTo(FakeMediaManager.DEFAULT_SITE_ID);
        assertThat(file.url()).isNotBlank();
    }

    @Test
    void theNextReadSeesTheFileReadyWithMediaUnderTheDefaultPolicy() {
        FileDescriptor imported = files.importFile(ImportFileRequest.of("https://example.com/cat.jpg"));

        FileDescriptor read = files.getFileDescriptor(imported.id());

        assertThat(read.operationStatus()).isEqualTo(OperationStatus.READY);
        assertThat(read.media()).isNotNull();
        assertThat(read.media().image()).isNotNull();
        assertThat(read.sizeInBytes()).isPositive();
        assertThat(read.hash()).matches("[0-9a-f]{32}");
    }

    @Test
    void aPrivateImportIsPrivate() {
        FileDescriptor file = files.importFile(
                ImportFileRequest.of("https://example.com/cat.jpg").withPrivate(true));

        assertThat(file.isPrivate()).isTrue();
        assertThat(files.getFileDescriptor(file.id()).isPrivate()).isTrue();
    }

    @Nested
    class MediaType_ {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "https://example.com/a.jpg, IMAGE",
            "https://example.com/a.PNG, IMAGE",
            "https://example.com/a.svg, VECTOR",
            "https://example.com/a.mp4, VIDEO",
            "https://example.com/a.mp3, AUDIO",
            "https://example.com/a.pdf, DOCUMENT",
            "https://example.com/a.zip, ARCHIVE",
            "https://example.com/a.glb, MODEL3D",
            "https://example.com/dir/a.png?width=10#top, IMAGE",
        })
        void comesFromTheUrlsExtensionWhenNothingElseSaysIt(String url, MediaType expected) {
            assertThat(files.importFile(ImportFileRequest.of(url)).mediaType()).isEqualTo(expected);
        }

        @Test
        void comesFromTheMimeTypeBeforeAnyExtension() {
            FileDescriptor file = files.importFile(ImportFileRequest.of("https://example.com/a.jpg")
                    .withDisplayName("clip.pdf")
                    .withMimeType("video/mp4"));

            assertThat(file.mediaType()).isEqualTo(MediaType.VIDEO);
        }

        @Test
        void comesFromTheDisplayNameBeforeTheUrl() {
            FileDescriptor file = files.importFile(
                    ImportFileRequest.of("https://example.com/a.jpg").withDisplayName("report.pdf"));

            assertThat(file.mediaType()).isEqualTo(MediaType.DOCUMENT);
        }

        @Test
        void whenNothingTellsItTheErrorSaysWhatToGive() {
            MediaManagerException e = assertInvalid(
                    () -> files.importFile(ImportFileRequest.of("https://example.com/download?id=7")), "url");

            assertThat(e.getMessage()).contains("mimeType").contains("extension");
        }

        @Test
        void anUnknownMimeTypeIsAnInvalidArgumentOnMimeType() {
            assertInvalid(
                    () -> files.importFile(
                            ImportFileRequest.of("https://example.com/a.jpg").withMimeType("application/x-nope")),
                    "mimeType");
        }

        @Test
        void theExpectedMediaTypeIsChecked() {
            assertInvalid(
                    () -> files.importFile(
                            ImportFileRequest.of("https://example.com/a.jpg").withMediaType(MediaType.VIDEO)),
                    "mediaType");

            FileDescriptor ok = files.importFile(
                    ImportFileRequest.of("https://example.com/a.jpg").withMediaType(MediaType.IMAGE));
            assertThat(ok.mediaType()).isEqualTo(MediaType.IMAGE);
        }

        @ParameterizedTest
        @EnumSource(
                value = MediaType.class,
                names = {"UNKNOWN", "OTHER", "ICON", "FLASH", "FONT", "RAW"})
        void aNonConcreteExpectedMediaTypeIsRefused(MediaType type) {
            assertInvalid(
                    () -> files.importFile(
                            ImportFileRequest.of("https://example.com/a.jpg").withMediaType(type)),
                    "mediaType");
        }
    }

    @Nested
    class DisplayName {
        @Test
        void defaultsToTheUrlsLastSegmentDecoded() {
            assertThat(files.importFile(ImportFileRequest.of("https://example.com/photos/my%20cat.jpg?x=1"))
                            .displayName())
                    .isEqualTo("my cat.jpg");
        }

        @Test
        void getsTheFormatsExtensionWhenItHasNone() {
            assertThat(files.importFile(ImportFileRequest.of("https://example.com/x")
                                    .withDisplayName("image1")
                                    .withMimeType("image/jpeg"))
                            .displayName())
                    .isEqualTo("image1.jpg");
            assertThat(files.importFile(ImportFileRequest.of("https://example.com/v.mp4")
                                    .withDisplayName("video1"))
                            .displayName())
                    .isEqualTo("video1.mp4");
        }

        @Test
        void isTruncatedTo255Characters() {
            String name = "a".repeat(300) + ".jpg";

            FileDescriptor file = files.importFile(
                    ImportFileRequest.of("https://example.com/a.jpg").withDisplayName(name));

            assertThat(file.displayName()).hasSize(255).isEqualTo(name.substring(0, 255));
        }

        @Test
        void mayBe1000CharactersLongButNotMore() {
            String at = "b".repeat(996) + ".jpg";
            assertThat(files.importFile(ImportFileRequest.of("https://example.com/a.jpg")
                                    .withDisplayName(at))
                            .displayName())
                    .hasSize(255);

            assertInvalid(
                    () -> files.importFile(
                            ImportFileRequest.of("https://example.com/a.jpg").withDisplayName("c" + at)),
                    "displayName",
                    "MAX_LENGTH");
        }
    }

    @Nested
    class Folders_ {
        @Test
        void goesToTheGivenFolder() {
            Folder pets = fake.site().folders().createFolder("Pets", null);

            FileDescriptor file = Fakes.importInto(files, pets.id(), "cat.jpg");

            assertThat(file.parentFolderId()).isEqualTo(pets.id());
        }

        @Test
        void anUnknownFolderIsResourceNotFound() {
            assertRule(
                    () -> Fakes.importInto(files, "0123456789abcdef0123456789abcdef", "cat.jpg"),
                    WixErrorCode.RESOURCE_NOT_FOUND,
                    "parentFolderId");
        }

        @Test
        void aTrashedFolderIsResourceNotFound() {
            Folder pets = fake.site().folders().createFolder("Pets", null);
            fake.site().folders().bulkDeleteFolders(List.of(pets.id()), false);

            assertRule(() -> Fakes.importInto(files, pets.id(), "cat.jpg"), WixErrorCode.RESOURCE_NOT_FOUND);
        }

        @Test
        void theTrashRootCannotReceiveImports() {
            assertInvalid(() -> Fakes.importInto(files, "trash-root", "cat.jpg"), "parentFolderId");
        }

        @Test
        void aFilePathCreatesTheMissingFoldersUnderTheParent() {
            Folder media = fake.site().folders().createFolder("media", null);

            FileDescriptor file = files.importFile(ImportFileRequest.of("https://example.com/a.mp4")
                    .withParentFolderId(media.id())
                    .withFilePath("/videos/2024/december"));

            Folder december = fake.site().folders().getFolder(file.parentFolderId());
            Folder y2024 = fake.site().folders().getFolder(december.parentFolderId());
            Folder videos = fake.site().folders().getFolder(y2024.parentFolderId());
            assertThat(List.of(december.displayName(), y2024.displayName(), videos.displayName()))
                    .containsExactly("december", "2024", "videos");
            assertThat(videos.parentFolderId()).isEqualTo(media.id());
        }

        @Test
        void aFilePathReusesFoldersThatExist() {
            FileDescriptor first = files.importFile(
                    ImportFileRequest.of("https://example.com/a.jpg").withFilePath("photos/2024"));
            FileDescriptor second = files.importFile(
                    ImportFileRequest.of("https://example.com/b.jpg").withFilePath("/photos/2024/"));

            assertThat(second.parentFolderId()).isEqualTo(first.parentFolderId());
            assertThat(fake.site()
                            .folders()
                            .listFolders(ListFoldersRequest.all())
                            .folders())
                    .extracting(Folder::displayName)
                    .containsExactly("photos");
        }

        @Test
        void aFilePathLongerThan100IsRefused() {
            files.importFile(ImportFileRequest.of("https://example.com/a.jpg").withFilePath("/" + "p".repeat(99)));

            assertInvalid(
                    () -> files.importFile(
                            ImportFileRequest.of("https://example.com/a.jpg").withFilePath("/" + "p".repeat(100))),
                    "filePath",
                    "MAX_LENGTH");
        }
    }

    @Nested
    class Constraints {
        @Test
        void theUrlIsRequiredAndMustBeAWebUrl() {
            assertInvalid(() -> files.importFile(ImportFileRequest.of(null)), "url", "REQUIRED_FIELD");
            assertInvalid(() -> files.importFile(ImportFileRequest.of("x")), "url", "MIN_LENGTH");
            assertInvalid(() -> files.importFile(ImportFileRequest.of("ftp://example.com/a.jpg")), "url", "FORMAT");
            assertInvalid(() -> files.importFile(ImportFileRequest.of("not a url.jpg")), "url", "FORMAT");
        }

        @Test
        void aNullRequestIsAnInvalidArgument() {
            assertInvalid(() -> files.importFile(null), "request", "REQUIRED_FIELD");
        }

        @Test
        void labelsAreAtMost500OfAtMost200Characters() {
            List<String> many = IntStream.range(0, 500).mapToObj(i -> "l" + i).toList();
            assertThat(files.importFile(ImportFileRequest.of("https://example.com/a.jpg")
                                    .withLabels(many))
                            .labels())
                    .hasSize(500);
            assertThat(files.importFile(ImportFileRequest.of("https://example.com/a.jpg")
                                    .withLabels(List.of("x".repeat(200))))
                            .labels())
                    .hasSize(1);

            List<String> tooMany = new ArrayList<>(many);
            tooMany.add("one more");
            assertInvalid(
                    () -> files.importFile(
                            ImportFileRequest.of("https://example.com/a.jpg").withLabels(tooMany)),
                    "labels",
                    "MAX_SIZE");
            assertInvalid(
                    () -> files.importFile(
                            ImportFileRequest.of("https://example.com/a.jpg").withLabels(List.of("x".repeat(201)))),
                    "labels[0]",
                    "MAX_LENGTH");
        }

        @Test
        void theMimeTypeAndFolderIdHaveMaximumLengths() {
            assertInvalid(
                    () -> files.importFile(
                            ImportFileRequest.of("https://example.com/a.jpg").withMimeType("i".repeat(101))),
                    "mimeType",
                    "MAX_LENGTH");
            assertInvalid(
                    () -> files.importFile(
                            ImportFileRequest.of("https://example.com/a.jpg").withParentFolderId("f".repeat(101))),
                    "parentFolderId",
                    "MAX_LENGTH");
        }

        @Test
        void externalInfoHasItsLimits() {
            ImportFileRequest base = ImportFileRequest.of("https://example.com/a.jpg");
            files.importFile(base.withExternalInfo(
                    new ExternalInfo("o".repeat(1000), Collections.nCopies(30, "i".repeat(4000)))));

            assertInvalid(
                    () -> files.importFile(base.withExternalInfo(ExternalInfo.of("o".repeat(1001)))),
                    "externalInfo.origin",
                    "MAX_LENGTH");
            assertInvalid(
                    () -> files.importFile(base.withExternalInfo(new ExternalInfo("o", Collections.nCopies(31, "i")))),
                    "externalInfo.externalIds",
                    "MAX_SIZE");
            assertInvalid(
                    () -> files.importFile(base.withExternalInfo(ExternalInfo.of("o", "i".repeat(4001)))),
                    "externalInfo.externalIds[0]",
                    "MAX_LENGTH");
        }

        @Test
        void everyBrokenConstraintIsListedInOneError() {
            MediaManagerException e = MediaErrors.thrownBy(() -> files.importFile(
                    ImportFileRequest.of("x").withDisplayName("d".repeat(1001)).withMimeType("m".repeat(101))));

            assertThat(e.fieldViolations())
                    .extracting(FieldViolation::field)
                    .contains("url", "displayName", "mimeType");
        }
    }

    @Nested
    class Quota {
        @Test
        void aSiteAtItsQuotaRefusesImportsWithSiteQuotaExceeded() {
            FileDescriptor first = files.importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            long size = files.getFileDescriptor(first.id()).sizeInBytes();
            fake.site().scenarios().limits(SiteLimits.unlimited().withStorageQuota(size));

            assertRule(
                    () -> files.importFile(ImportFileRequest.of("https://example.com/b.jpg")),
                    WixErrorCode.SITE_QUOTA_EXCEEDED);
        }

        @Test
        void aSiteBelowItsQuotaAcceptsImports() {
            FileDescriptor first = files.importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            long size = files.getFileDescriptor(first.id()).sizeInBytes();
            fake.site().scenarios().limits(SiteLimits.unlimited().withStorageQuota(size + 1));

            assertThat(files.importFile(ImportFileRequest.of("https://example.com/b.jpg"))
                            .id())
                    .isNotBlank();
        }
    }

    @Nested
    class BulkImportFile {
        @Test
        void eachItemSucceedsOrFailsAlone() {
            BulkImportFileResponse response = files.bulkImportFile(
                    List.of(
                            ImportFileRequest.of("https://example.com/a.jpg"),
                            ImportFileRequest.of("https://example.com/no-extension"),
                            ImportFileRequest.of("https://example.com/c.pdf")),
                    null);

            assertThat(response.results()).hasSize(3);
            BulkImportFileResult ok = response.results().get(0);
            assertThat(ok.itemMetadata().success()).isTrue();
            assertThat(ok.itemMetadata().originalIndex()).isZero();
            assertThat(ok.item()).isNotNull();
            assertThat(ok.itemMetadata().id()).isEqualTo(ok.item().id());
            assertThat(ok.item().media()).isNull();

            BulkImportFileResult failed = response.results().get(1);
            assertThat(failed.itemMetadata().success()).isFalse();
            assertThat(failed.itemMetadata().originalIndex()).isEqualTo(1);
            assertThat(failed.itemMetadata().id()).isNull();
            assertThat(failed.item()).isNull();
            assertThat(failed.itemMetadata().error().code()).isEqualTo("INVALID_ARGUMENT");
            assertThat(failed.itemMetadata().error().description()).isNotBlank();

            assertThat(response.results().get(2).itemMetadata().originalIndex()).isEqualTo(2);
            assertThat(response.bulkActionMetadata().totalSuccesses()).isEqualTo(2);
            assertThat(response.bulkActionMetadata().totalFailures()).isEqualTo(1);
            assertThat(response.bulkActionMetadata().undetailedFailures()).isZero();
            assertThat(Fakes.allFiles(
                            p -> files.searchFiles(SearchFilesRequest.all().withPaging(p)), null))
                    .hasSize(2);
        }

        @Test
        void aPerMethodErrorOfAnItemCarriesItsCode() {
            BulkImportFileResponse response = files.bulkImportFile(
                    List.of(Fakes.importRequest("a.jpg").withParentFolderId("0123456789abcdef0123456789abcdef")), true);

            assertThat(response.results().get(0).itemMetadata().error().code()).isEqualTo("RESOURCE_NOT_FOUND");
        }

        @Test
        void returnEntityFalseLeavesTheItemsOut() {
            BulkImportFileResponse response = files.bulkImportFile(List.of(Fakes.importRequest("a.jpg")), false);

            assertThat(response.results().get(0).item()).isNull();
            assertThat(response.results().get(0).itemMetadata().id()).isNotBlank();
        }

        @Test
        void takesOneToAHundredRequests() {
            List<ImportFileRequest> hundred = IntStream.range(0, 100)
                    .mapToObj(i -> Fakes.importRequest(i + ".jpg"))
                    .toList();
            assertThat(files.bulkImportFile(hundred, true).bulkActionMetadata().totalSuccesses())
                    .isEqualTo(100);

            List<ImportFileRequest> tooMany = new ArrayList<>(hundred);
            tooMany.add(Fakes.importRequest("x.jpg"));
            assertInvalid(() -> files.bulkImportFile(tooMany, true), "importFileRequests", "MAX_SIZE");
            assertInvalid(() -> files.bulkImportFile(List.of(), true), "importFileRequests", "MIN_SIZE");
        }

        @Test
        void theQuotaStopsTheItemsAfterItIsReached() {
            fake.site().scenarios().limits(SiteLimits.unlimited().withStorageQuota(0));

            BulkImportFileResponse response = files.bulkImportFile(List.of(Fakes.importRequest("a.jpg")), true);

            assertThat(response.results().get(0).itemMetadata().error().code()).isEqualTo("SITE_QUOTA_EXCEEDED");
        }
    }

    @Nested
    class BulkImportFiles {
        @Test
        void returnsThePendingFilesInRequestOrder() {
            List<FileDescriptor> out =
                    files.bulkImportFiles(List.of(Fakes.importRequest("a.jpg"), Fakes.importRequest("b.mp4")));

            assertThat(out).extracting(FileDescriptor::displayName).containsExactly("a.jpg", "b.mp4");
            assertThat(out).allSatisfy(f -> {
                assertThat(f.operationStatus()).isEqualTo(OperationStatus.PENDING);
                assertThat(f.media()).isNull();
            });
        }

        @Test
        void takesOneToAHundredRequests() {
            List<ImportFileRequest> hundred = IntStream.range(0, 100)
                    .mapToObj(i -> Fakes.importRequest(i + ".jpg"))
                    .toList();
            assertThat(files.bulkImportFiles(hundred)).hasSize(100);

            List<ImportFileRequest> tooMany = new ArrayList<>(hundred);
            tooMany.add(Fakes.importRequest("x.jpg"));
            assertInvalid(() -> files.bulkImportFiles(tooMany), "importFileRequests", "MAX_SIZE");
            assertInvalid(() -> files.bulkImportFiles(List.of()), "importFileRequests", "MIN_SIZE");
        }

        @Test
        void aSiteOverItsQuotaRefusesTheWholeRequest() {
            fake.site().scenarios().limits(SiteLimits.unlimited().withStorageQuota(0));

            assertRule(
                    () -> files.bulkImportFiles(List.of(Fakes.importRequest("a.jpg"))),
                    WixErrorCode.SITE_QUOTA_EXCEEDED);
        }

        @Test
        void oneInvalidItemFailsTheWholeRequestAndCreatesNothing() {
            assertInvalid(
                    () -> files.bulkImportFiles(List.of(
                            Fakes.importRequest("a.jpg"), ImportFileRequest.of("https://example.com/no-extension"))),
                    "importFileRequests[1].url");

            assertThat(fake.site().snapshot().files()).isEmpty();
        }

        @Test
        void oneMissingFolderFailsTheWholeRequestAndCreatesNeitherFilesNorFolders() {
            assertRule(
                    () -> files.bulkImportFiles(List.of(
                            Fakes.importRequest("a.jpg").withFilePath("/created/by/the/first"),
                            Fakes.importRequest("b.jpg").withParentFolderId("0123456789abcdef0123456789abcdef"))),
                    WixErrorCode.RESOURCE_NOT_FOUND);

            assertThat(fake.site().snapshot().files()).isEmpty();
            assertThat(fake.site().snapshot().folders()).isEmpty();
        }
    }
}
