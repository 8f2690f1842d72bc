package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.SiteLimits;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.OperationStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every API endpoint over real HTTP: a success whose whole body is compared with a golden file, and its documented
 * error(s) in the wire shape. Requests are sent as the official SDK sends them (docs/sdk-wire.md).
 */
class ApiEndpointsTest extends ServerFixture {

    private FileDescriptor imported(String url, String displayName) {
        FileDescriptor file = site.files().importFile(ImportFileRequest.of(url).withDisplayName(displayName));
        return site.files().getFileDescriptor(file.id()); // immediate readiness: READY from the first read
    }

    private FileDescriptor image(String name) {
        return imported("https://example.com/img/" + name, name);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String ids(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    @Nested
    class Files {
        @Test
        void generateFilesDownloadUrlAnswersOneArchiveUrl() {
            FileDescriptor a = image("a.jpg");
            golden(
                    "generateFilesDownloadUrl",
                    client.post("/site-media/v1/files/generate-download-url", "{\"fileIds\":[\"" + a.id() + "\"]}"),
                    200);
        }

        @Test
        void generateFilesDownloadUrlWithoutIdsIsAValidationError() {
            golden(
                    "generateFilesDownloadUrl.noIds",
                    client.post("/site-media/v1/files/generate-download-url", "{\"fileIds\":[]}"),
                    400);
        }

        @Test
        void generateFileDownloadUrlAnswersOneUrlPerAssetKey() {
            FileDescriptor a = image("a.jpg");
            WireClient.Response response = client.post(
                    "/site-media/v1/files/generate-file-download-url",
                    "{\"fileId\":\"" + a.id() + "\",\"downloadFileName\":\"photo.jpg\",\"expirationInMinutes\":60,"
                            + "\"assetKeys\":[\"src\"],\"contentDisposition\":\"INLINE\"}");
            assertThat(response.status()).isEqualTo(200);
            // The fixture's fake signs with the default token secret, random per JVM, so the token's bytes vary
            // between runs; everything else is compared.
            Golden.assertMatches(
                    "generateFileDownloadUrl",
                    response.body().replaceAll("token=[A-Za-z0-9._-]+", "token=TOKEN"),
                    server.baseUri());
        }

        @Test
        void generateFileDownloadUrlWithAnUnknownAssetKeyIsInvalidAssetKey() {
            FileDescriptor a = image("a.jpg");
            golden(
                    "generateFileDownloadUrl.invalidAssetKey",
                    client.post(
                            "/site-media/v1/files/generate-file-download-url",
                            "{\"fileId\":\"" + a.id() + "\",\"assetKeys\":[\"4k-hdr\"]}"),
                    400);
        }

        @Test
        void getFileDescriptorAnswersTheReadyFileWithItsMedia() {
            FileDescriptor a = image("leon.jpg");
            golden("getFileDescriptor", client.get("/site-media/v1/files/get-file-by-id?fileId=" + enc(a.id())), 200);
        }

        @Test
        void getFileDescriptorAcceptsAPercentEncodedWixMediaUrl() {
            FileDescriptor a = image("leon.jpg");
            String mediaUrl = "wix:image://v1/" + a.id() + "/leon.jpg#originWidth=3024&originHeight=4032";
            WireClient.Response byUrl = client.get("/site-media/v1/files/get-file-by-id?fileId=" + enc(mediaUrl));
            assertThat(byUrl.status()).isEqualTo(200);
            assertThat(byUrl.json().get("file").get("id").stringValue()).isEqualTo(a.id());
        }

        @Test
        void getFileDescriptorOfAnUnknownIdIsResourceNotFound() {
            golden(
                    "getFileDescriptor.notFound",
                    client.get("/site-media/v1/files/get-file-by-id?fileId=no-such-file"),
                    400);
        }

        @Test
        void getFileDescriptorsAnswersTheFilesInRequestOrder() {
            FileDescriptor a = image("a.jpg");
            FileDescriptor b = imported("https://example.com/docs/report.pdf", "report.pdf");
            golden(
                    "getFileDescriptors",
                    client.post("/site-media/v1/files/get-files", "{\"fileIds\":" + ids(List.of(b.id(), a.id())) + "}"),
                    200);
        }

        @Test
        void getFileDescriptorsWithAnUnknownIdIsResourceNotFound() {
            FileDescriptor a = image("a.jpg");
            golden(
                    "getFileDescriptors.notFound",
                    client.post("/site-media/v1/files/get-files", "{\"fileIds\":" + ids(List.of(a.id(), "nope")) + "}"),
                    400);
        }

        @Test
        void updateFileDescriptorTakesAWholeSdkObjectAndIgnoresReadOnlyFields() {
            FileDescriptor a = image("leon.jpg");
            Folder pets = site.folders().createFolder("pets", null);
            String body =
                    "{\"file\":{\"_id\":\"" + a.id() + "\",\"id\":\"" + a.id() + "\",\"displayName\":\"leon-2.jpg\","
                            + "\"parentFolderId\":\"" + pets.id()
                            + "\",\"labels\":[\"cat\"],\"mediaType\":\"VIDEO\",\"hash\":\"x\","
                            + "\"sizeInBytes\":\"1\",\"private\":true,\"state\":\"DELETED\",\"operationStatus\":\"FAILED\","
                            + "\"createdDate\":\"2001-02-03T04:05:06.000Z\",\"siteId\":\"other\","
                            + "\"media\":{\"image\":{\"image\":{\"id\":\"x\",\"width\":1,\"height\":1,\"altText\":\"undefined\",\"filename\":\"undefined\",\"url\":\"\"}}}}}";
            golden("updateFileDescriptor", client.patch("/site-media/v1/files/update-file-descriptor", body), 200);
        }

        @Test
        void updateFileDescriptorWithNothingToUpdateIsFieldMaskIsEmptyOrMissing() {
            FileDescriptor a = image("leon.jpg");
            golden(
                    "updateFileDescriptor.nothingToUpdate",
                    client.patch(
                            "/site-media/v1/files/update-file-descriptor",
                            "{\"file\":{\"id\":\"" + a.id() + "\",\"hash\":\"x\"}}"),
                    400);
        }

        @Test
        void updateFileDescriptorWithoutAnIdIsARequiredFieldViolation() {
            golden(
                    "updateFileDescriptor.noId",
                    client.patch(
                            "/site-media/v1/files/update-file-descriptor", "{\"file\":{\"displayName\":\"x.jpg\"}}"),
                    400);
        }

        @Test
        void generateFileUploadUrlAnswersAUrlOnThisServer() {
            WireClient.Response response = client.post(
                    "/site-media/v1/files/generate-upload-url",
                    "{\"mimeType\":\"image/jpeg\",\"fileName\":\"leon.jpg\",\"sizeInBytes\":\"1604341\",\"private\":false,\"labels\":[\"cat\"]}");
            golden("generateFileUploadUrl", response, 200);
            assertThat(response.json().get("uploadUrl").stringValue()).startsWith(server.baseUri() + "/_wixmp/upload/");
        }

        @Test
        void generateFileUploadUrlOfAnEmptyFileIsZeroFileSize() {
            golden(
                    "generateFileUploadUrl.zeroFileSize",
                    client.post(
                            "/site-media/v1/files/generate-upload-url",
                            "{\"mimeType\":\"image/jpeg\",\"sizeInBytes\":\"0\"}"),
                    400);
        }

        @Test
        void generateFileResumableUploadUrlAnswersTusUrlAndToken() {
            golden(
                    "generateFileResumableUploadUrl",
                    client.post(
                            "/site-media/v1/files/generate-resumable-upload-url",
                            "{\"mimeType\":\"video/mp4\",\"fileName\":\"big.mp4\",\"uploadProtocol\":\"TUS\"}"),
                    200);
        }

        @Test
        void generateFileResumableUploadUrlOfAnUnknownFormatIsUnsupportedFileFormat() {
            golden(
                    "generateFileResumableUploadUrl.unsupportedFormat",
                    client.post(
                            "/site-media/v1/files/generate-resumable-upload-url",
                            "{\"mimeType\":\"application/x-no-such-format\",\"fileName\":\"x.nope\"}"),
                    400);
        }

        @Test
        void importFileAnswersAPendingFileWithoutMedia() {
            golden(
                    "importFile",
                    client.post(
                            "/site-media/v1/files/import",
                            "{\"url\":\"https://example.com/photos/leon.jpg\",\"mimeType\":\"image/jpeg\",\"displayName\":\"leon.jpg\","
                                    + "\"labels\":[\"cat\"],\"urlParams\":{\"a\":\"1\",\"b\":null},\"externalInfo\":{\"origin\":\"test\",\"externalIds\":[\"e1\"]}}"),
                    200);
        }

        @Test
        void importFileBeyondTheQuotaIsSiteQuotaExceeded() {
            site.scenarios().limits(SiteLimits.unlimited().withStorageQuota(0));
            golden(
                    "importFile.siteQuotaExceeded",
                    client.post("/site-media/v1/files/import", "{\"url\":\"https://example.com/photos/leon.jpg\"}"),
                    400);
        }

        @Test
        void bulkImportFileReportsEachItem() {
            golden(
                    "bulkImportFile",
                    client.post(
                            "/site-media/v1/bulk/files/import-v2",
                            "{\"importFileRequests\":[{\"url\":\"https://example.com/a/alpha.jpg\"},{\"url\":\"https://example.com/noextension\"}]}"),
                    200);
        }

        @Test
        void bulkImportFileWithoutRequestsIsAValidationError() {
            golden(
                    "bulkImportFile.noRequests",
                    client.post("/site-media/v1/bulk/files/import-v2", "{\"importFileRequests\":[]}"),
                    400);
        }

        @Test
        void bulkImportFilesAnswersTheFiles() {
            golden(
                    "bulkImportFiles",
                    client.post(
                            "/site-media/v1/bulk/files/import",
                            "{\"importFileRequests\":[{\"url\":\"https://example.com/a/alpha.jpg\"},{\"url\":\"https://example.com/b/clip.mp4\"}]}"),
                    200);
        }

        @Test
        void bulkImportFilesWithABadItemFailsWhole() {
            golden(
                    "bulkImportFiles.badItem",
                    client.post(
                            "/site-media/v1/bulk/files/import",
                            "{\"importFileRequests\":[{\"url\":\"https://example.com/a/alpha.jpg\"},{\"url\":\"https://example.com/noextension\"}]}"),
                    400);
        }

        @Test
        void listFilesReadsDottedAndRepeatedQueryKeys() {
            image("a.jpg");
            image("b.jpg");
            image("c.jpg");
            imported("https://example.com/v/clip.mp4", "clip.mp4");
            golden(
                    "listFiles",
                    client.get("/site-media/v1/files?parentFolderId=media-root&mediaTypes=IMAGE&mediaTypes=VIDEO"
                            + "&private=false&sort.fieldName=displayName&sort.order=ASC&paging.limit=2"),
                    200);
        }

        @Test
        void listFilesFollowsItsCursorToTheLastPage() {
            image("a.jpg");
            image("b.jpg");
            image("c.jpg");
            String cursor = client.get("/site-media/v1/files?sort.fieldName=displayName&sort.order=ASC&paging.limit=2")
                    .json()
                    .get("nextCursor")
                    .get("cursors")
                    .get("next")
                    .stringValue();
            golden(
                    "listFiles.lastPage",
                    client.get("/site-media/v1/files?paging.limit=2&paging.cursor=" + enc(cursor)),
                    200);
        }

        @Test
        void listFilesSortedByAnUnsupportedFieldIsUnsupportedSortValue() {
            golden("listFiles.unsupportedSortValue", client.get("/site-media/v1/files?sort.fieldName=hash"), 400);
        }

        @Test
        void listFilesOfMediaTypeOtherIsUnsupportedMediaType() {
            golden("listFiles.unsupportedMediaType", client.get("/site-media/v1/files?mediaTypes=OTHER"), 400);
        }

        @Test
        void listFilesWithALimitAbove100IsAMaxViolationOnPagingLimit() {
            golden("listFiles.limitTooLarge", client.get("/site-media/v1/files?paging.limit=1000"), 400);
        }

        @Test
        void searchFilesFindsByTextAcrossFolders() {
            Folder pets = site.folders().createFolder("pets", null);
            site.files()
                    .importFile(
                            ImportFileRequest.of("https://example.com/leon.jpg").withParentFolderId(pets.id()));
            image("other.jpg");
            golden(
                    "searchFiles",
                    client.post(
                            "/site-media/v1/files/search",
                            "{\"search\":\"leon\",\"rootFolder\":\"MEDIA_ROOT\",\"mediaTypes\":[\"IMAGE\"],\"sort\":{\"fieldName\":\"updatedDate\",\"order\":\"DESC\"},\"paging\":{\"limit\":10}}"),
                    200);
        }

        @Test
        void searchFilesWithNoOptionsTakesAnEmptyObject() {
            image("a.jpg");
            assertThat(client.post("/site-media/v1/files/search", "{}").json().get("files"))
                    .hasSize(1);
        }

        @Test
        void searchFilesOfMediaTypeUnknownIsUnsupportedMediaType() {
            golden(
                    "searchFiles.unsupportedMediaType",
                    client.post("/site-media/v1/files/search", "{\"mediaTypes\":[\"UNKNOWN\"]}"),
                    400);
        }

        @Test
        void generateVideoStreamingUrlAnswersAnHlsUrl() {
            FileDescriptor clip = imported("https://example.com/v/clip.mp4", "clip.mp4");
            golden(
                    "generateVideoStreamingUrl",
                    client.post(
                            "/site-media/v1/files/generate-video-stream-url",
                            "{\"fileId\":\"" + clip.id() + "\",\"format\":\"HLS\",\"expirationInMinutes\":60}"),
                    200);
        }

        @Test
        void generateVideoStreamingUrlOfAnUnknownFileIsResourceNotFound() {
            golden(
                    "generateVideoStreamingUrl.notFound",
                    client.post("/site-media/v1/files/generate-video-stream-url", "{\"fileId\":\"nope\"}"),
                    400);
        }

        @Test
        void bulkDeleteFilesAnswersAnEmptyObjectAndTrashesTheFiles() {
            FileDescriptor a = image("a.jpg");
            golden(
                    "bulkDeleteFiles",
                    client.post("/site-media/v1/bulk/files/delete", "{\"fileIds\":[\"" + a.id() + "\"]}"),
                    200);
            assertThat(site.files().getFileDescriptor(a.id()).parentFolderId()).isEqualTo("trash-root");
        }

        @Test
        void bulkDeleteFilesOfMoreThan1000IdsIsAValidationError() {
            String many = ids(IntStream.range(0, 1001).mapToObj(i -> "f" + i).toList());
            WireClient.Response response =
                    client.post("/site-media/v1/bulk/files/delete", "{\"fileIds\":" + many + "}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json()
                            .at("/details/validationError/fieldViolations/0/field")
                            .stringValue())
                    .isEqualTo("fileIds");
        }

        @Test
        void bulkRestoreFilesFromTrashBinAnswersAnEmptyObjectAndRestores() {
            FileDescriptor a = image("a.jpg");
            site.files().bulkDeleteFiles(List.of(a.id()), false);
            golden(
                    "bulkRestoreFilesFromTrashBin",
                    client.post("/site-media/v1/bulk/trash-bin/files/restore", "{\"fileIds\":[\"" + a.id() + "\"]}"),
                    200);
            assertThat(site.files().getFileDescriptor(a.id()).parentFolderId()).isEqualTo("media-root");
        }

        @Test
        void bulkRestoreFilesFromTrashBinOfAPermanentlyDeletedFileIsResourceNotFound() {
            FileDescriptor a = image("a.jpg");
            site.files().bulkDeleteFiles(List.of(a.id()), true);
            golden(
                    "bulkRestoreFilesFromTrashBin.notFound",
                    client.post("/site-media/v1/bulk/trash-bin/files/restore", "{\"fileIds\":[\"" + a.id() + "\"]}"),
                    400);
        }

        @Test
        void listDeletedFilesListsTheTrash() {
            FileDescriptor a = image("a.jpg");
            image("b.jpg");
            site.files().bulkDeleteFiles(List.of(a.id()), false);
            golden("listDeletedFiles", client.get("/site-media/v1/trash-bin/files"), 200);
        }

        @Test
        void listDeletedFilesSortedByAnUnsupportedFieldIsUnsupportedSortValue() {
            golden(
                    "listDeletedFiles.unsupportedSortValue",
                    client.get("/site-media/v1/trash-bin/files?sort.fieldName=mediaType"),
                    400);
        }

        @Test
        void queryFileDescriptorsPagesWithPagingMetadataAndKeepsTheQueryInTheCursor() {
            image("c.jpg");
            image("a.jpg");
            image("b.jpg");
            imported("https://example.com/v/clip.mp4", "clip.mp4");
            WireClient.Response first = client.post(
                    "/site-media/v1/files/query",
                    "{\"query\":{\"filter\":{\"mediaType\":\"IMAGE\"},\"cursorPaging\":{\"limit\":2},\"sort\":[{\"fieldName\":\"displayName\",\"order\":\"ASC\"}]}}");
            golden("queryFileDescriptors", first, 200);
            String cursor = first.json().at("/pagingMetadata/cursors/next").stringValue();
            golden(
                    "queryFileDescriptors.next",
                    client.post(
                            "/site-media/v1/files/query",
                            "{\"query\":{\"cursorPaging\":{\"cursor\":\"" + cursor + "\",\"limit\":2}}}"),
                    200);
        }

        @Test
        void queryFileDescriptorsByAnUnfilterableFieldIsAValidationError() {
            golden(
                    "queryFileDescriptors.badFilter",
                    client.post("/site-media/v1/files/query", "{\"query\":{\"filter\":{\"hash\":\"x\"}}}"),
                    400);
        }
    }

    @Nested
    class Folders {
        @Test
        void createFolderAnswersTheFolder() {
            golden(
                    "createFolder",
                    client.post(
                            "/site-media/v1/folders", "{\"displayName\":\"Pets\",\"parentFolderId\":\"media-root\"}"),
                    200);
        }

        @Test
        void createFolderWithoutANameIsAValidationError() {
            golden("createFolder.noName", client.post("/site-media/v1/folders", "{}"), 400);
        }

        @Test
        void getFolderTakesTheIdInThePathAndTheQuery() {
            Folder pets = site.folders().createFolder("Pets", null);
            golden("getFolder", client.get("/site-media/v1/folders/" + pets.id() + "?folderId=" + pets.id()), 200);
        }

        @Test
        void getFolderOfMediaRootAnswersTheRoot() {
            WireClient.Response response = client.get("/site-media/v1/folders/media-root?folderId=media-root");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().at("/folder/id").stringValue()).isEqualTo("media-root");
        }

        @Test
        void getFolderOfAnUnknownIdIsResourceNotFound() {
            golden("getFolder.notFound", client.get("/site-media/v1/folders/nope?folderId=nope"), 400);
        }

        @Test
        void listFoldersPagesDirectChildren() {
            Folder pets = site.folders().createFolder("Pets", null);
            site.folders().createFolder("Art", null);
            site.folders().createFolder("Cats", pets.id());
            site.folders().createFolder("Zoo", null);
            golden(
                    "listFolders",
                    client.get(
                            "/site-media/v1/folders?parentFolderId=media-root&sort.fieldName=displayName&sort.order=ASC&paging.limit=2"),
                    200);
        }

        @Test
        void listFoldersSortedByAnUnsupportedFieldIsAnError() {
            golden("listFolders.unsupportedSort", client.get("/site-media/v1/folders?sort.fieldName=sizeInBytes"), 400);
        }

        @Test
        void searchFoldersFindsAcrossLevels() {
            Folder pets = site.folders().createFolder("Pets", null);
            site.folders().createFolder("Pet cats", pets.id());
            site.folders().createFolder("Art", null);
            golden(
                    "searchFolders",
                    client.post(
                            "/site-media/v1/folders/search",
                            "{\"rootFolder\":\"MEDIA_ROOT\",\"sort\":{\"fieldName\":\"displayName\",\"order\":\"ASC\"},\"paging\":{\"limit\":10},\"search\":\"Pet\"}"),
                    200);
        }

        @Test
        void searchFoldersWithAnUnknownRootIsAnInvalidEnumValue() {
            golden(
                    "searchFolders.unknownRoot",
                    client.post("/site-media/v1/folders/search", "{\"rootFolder\":\"ATTIC\"}"),
                    400);
        }

        @Test
        void updateFolderTakesTheSdkBodyWithIdAndReadOnlyFields() {
            Folder pets = site.folders().createFolder("Pets", null);
            String body = "{\"folder\":{\"_id\":\"" + pets.id() + "\",\"id\":\"" + pets.id()
                    + "\",\"displayName\":\"Animals\","
                    + "\"parentFolderId\":\"media-root\",\"state\":\"DELETED\",\"siteId\":\"other\",\"createdDate\":\"2001-02-03T04:05:06.000Z\","
                    + "\"updatedDate\":\"2001-02-03T04:05:06.000Z\"}}";
            golden("updateFolder", client.patch("/site-media/v1/folders/" + pets.id(), body), 200);
        }

        @Test
        void updateFolderOfAnUnknownIdIsResourceNotFound() {
            golden(
                    "updateFolder.notFound",
                    client.patch("/site-media/v1/folders/nope", "{\"folder\":{\"id\":\"nope\",\"displayName\":\"x\"}}"),
                    400);
        }

        @Test
        void generateFolderDownloadUrlAnswersAnArchiveUrl() {
            Folder pets = site.folders().createFolder("Pets", null);
            golden(
                    "generateFolderDownloadUrl",
                    client.post(
                            "/site-media/v1/folders/" + pets.id() + "/generate-download-url",
                            "{\"folderId\":\"" + pets.id() + "\"}"),
                    200);
        }

        @Test
        void generateFolderDownloadUrlOfAnUnknownFolderIsResourceNotFound() {
            golden(
                    "generateFolderDownloadUrl.notFound",
                    client.post("/site-media/v1/folders/nope/generate-download-url", "{\"folderId\":\"nope\"}"),
                    400);
        }

        @Test
        void bulkDeleteFoldersAnswersAnEmptyObject() {
            Folder pets = site.folders().createFolder("Pets", null);
            golden(
                    "bulkDeleteFolders",
                    client.post(
                            "/site-media/v1/bulk/folders/delete",
                            "{\"folderIds\":[\"" + pets.id() + "\"],\"permanent\":false}"),
                    200);
            assertThat(site.folders()
                            .listDeletedFolders(ListFoldersRequest.all())
                            .folders())
                    .extracting(Folder::id)
                    .containsExactly(pets.id());
        }

        @Test
        void bulkDeleteFoldersOfMoreThan100IdsIsAValidationError() {
            String many = ids(IntStream.range(0, 101).mapToObj(i -> "f" + i).toList());
            golden(
                    "bulkDeleteFolders.tooMany",
                    client.post("/site-media/v1/bulk/folders/delete", "{\"folderIds\":" + many + "}"),
                    400);
        }

        @Test
        void bulkRestoreFoldersFromTrashBinAnswersAnEmptyObject() {
            Folder pets = site.folders().createFolder("Pets", null);
            site.folders().bulkDeleteFolders(List.of(pets.id()), false);
            golden(
                    "bulkRestoreFoldersFromTrashBin",
                    client.post(
                            "/site-media/v1/bulk/trash-bin/folders/restore", "{\"folderIds\":[\"" + pets.id() + "\"]}"),
                    200);
            assertThat(site.folders().getFolder(pets.id()).parentFolderId()).isEqualTo("media-root");
        }

        @Test
        void bulkRestoreFoldersFromTrashBinOfAnUnknownFolderIsResourceNotFound() {
            golden(
                    "bulkRestoreFoldersFromTrashBin.notFound",
                    client.post("/site-media/v1/bulk/trash-bin/folders/restore", "{\"folderIds\":[\"nope\"]}"),
                    400);
        }

        @Test
        void listDeletedFoldersListsTheTrash() {
            Folder pets = site.folders().createFolder("Pets", null);
            site.folders().bulkDeleteFolders(List.of(pets.id()), false);
            golden("listDeletedFolders", client.get("/site-media/v1/trash-bin/folders"), 200);
        }

        @Test
        void listDeletedFoldersWithABadLimitIsAFormatViolation() {
            golden("listDeletedFolders.badLimit", client.get("/site-media/v1/trash-bin/folders?paging.limit=ten"), 400);
        }

        @Test
        void queryFoldersAnswersPagingMetadata() {
            site.folders().createFolder("B", null);
            site.folders().createFolder("A", null);
            golden(
                    "queryFolders",
                    client.post(
                            "/site-media/v1/folders/query",
                            "{\"query\":{\"filter\":{\"state\":\"OK\"},\"cursorPaging\":{\"limit\":3},\"sort\":[{\"fieldName\":\"displayName\",\"order\":\"ASC\"}]}}"),
                    200);
        }

        @Test
        void queryFoldersByAnUnfilterableFieldIsAValidationError() {
            golden(
                    "queryFolders.badFilter",
                    client.post("/site-media/v1/folders/query", "{\"query\":{\"filter\":{\"parentFolderId\":\"x\"}}}"),
                    400);
        }
    }

    @Test
    void aFileImportedOverHttpIsPendingUntilItIsRead() {
        WireClient.Response response =
                client.post("/site-media/v1/files/import", "{\"url\":\"https://example.com/x.png\"}");
        String id = response.json().at("/file/id").stringValue();
        assertThat(response.json().at("/file/operationStatus").stringValue()).isEqualTo("PENDING");
        assertThat(site.files().getFileDescriptor(id).operationStatus()).isEqualTo(OperationStatus.READY);
    }
}
