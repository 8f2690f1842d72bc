package dev.fakewix.media.contract;

import static dev.fakewix.media.client.MediaManagerClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.client.Endpoint;
import dev.fakewix.media.client.MediaManagerApiException;
import dev.fakewix.media.client.MediaManagerClient;
import dev.fakewix.media.client.Violation;
import java.util.List;
import java.util.Map;

/**
 * Every per-method error code Wix documents (docs/api-reference.md#errors-per-method): 400, a validation error whose
 * violation carries the code as {@code ruleName} with {@code violatedRule: "OTHER"}
 * (docs/api-reference.md#per-method-codes-are-validation-errors), and the request id of the answer.
 */
class DocumentedErrorContractTest {
    /** A well-formed id that no site has. */
    static final String NO_SUCH_FILE = "abcdef_00000000000000000000000000000000~mv2.png";
    /** 1 TiB: above any site's largest file. */
    static final String HUGE = Long.toString(1L << 40);

    static void assertRuleError(MediaManagerApiException e, String code) {
        assertThat(e.httpStatus()).as("status of %s", e.getMessage()).isEqualTo(400);
        assertThat(e.code()).as("code of %s", e.getMessage()).isEqualTo(code);
        assertThat(e.violations()).extracting(Violation::ruleName).contains(code);
        assertThat(e.violations())
                .filteredOn(v -> code.equals(v.ruleName()))
                .extracting(Violation::violatedRule)
                .containsOnly("OTHER");
        assertThat(e.requestId()).as("X-Wix-Request-Id").isNotBlank();
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/get-file-descriptor")
    @DocumentedError(endpoint = Endpoint.GET_FILE_DESCRIPTOR, code = "RESOURCE_NOT_FOUND")
    @DocumentedError(endpoint = Endpoint.GET_FILE_DESCRIPTORS, code = "RESOURCE_NOT_FOUND")
    void anUnknownFileIsResourceNotFound(ContractSession wix) {
        assertRuleError(wix.failure(() -> wix.client().getFileDescriptor(NO_SUCH_FILE)), "RESOURCE_NOT_FOUND");
        String known = wix.readyPng(wix.uniqueName("known.png")).path("id").asString();
        assertRuleError(
                wix.failure(() -> wix.client().getFileDescriptors(List.of(known, NO_SUCH_FILE))), "RESOURCE_NOT_FOUND");
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/generate-file-download-url")
    @DocumentedError(endpoint = Endpoint.GENERATE_FILE_DOWNLOAD_URL, code = "INVALID_ASSET_KEY")
    void anAssetKeyTheFileLacksIsInvalidAssetKey(ContractSession wix) {
        String id = wix.readyPng(wix.uniqueName("keys.png")).path("id").asString();

        assertRuleError(
                wix.failure(
                        () -> wix.client().generateFileDownloadUrl(id, fields("assetKeys", List.of("no-such-asset")))),
                "INVALID_ASSET_KEY");
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/update-file-descriptor")
    @DocumentedError(endpoint = Endpoint.UPDATE_FILE_DESCRIPTOR, code = "FIELD_MASK_IS_EMPTY_OR_MISSING")
    void anUpdateThatChangesNothingIsFieldMaskIsEmptyOrMissing(ContractSession wix) {
        String id = wix.readyPng(wix.uniqueName("still.png")).path("id").asString();

        assertRuleError(
                wix.failure(() -> wix.client().updateFileDescriptor(fields("id", id))),
                "FIELD_MASK_IS_EMPTY_OR_MISSING");
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/folders/update-folder")
    @DocumentedError(endpoint = Endpoint.UPDATE_FOLDER, code = "FIELD_MASK_IS_EMPTY_OR_MISSING")
    void aFolderUpdateThatChangesNothingIsFieldMaskIsEmptyOrMissing(ContractSession wix) {
        assertRuleError(
                wix.failure(() -> wix.client().updateFolder(wix.folderId(), Map.of())),
                "FIELD_MASK_IS_EMPTY_OR_MISSING");
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/generate-file-upload-url")
    @DocumentedError(endpoint = Endpoint.GENERATE_FILE_UPLOAD_URL, code = "MISMATCH_MIME_TYPE")
    @DocumentedError(endpoint = Endpoint.GENERATE_FILE_UPLOAD_URL, code = "ZERO_FILE_SIZE")
    @DocumentedError(endpoint = Endpoint.GENERATE_FILE_UPLOAD_URL, code = "UNSUPPORTED_FILE_FORMAT")
    @DocumentedError(endpoint = Endpoint.GENERATE_FILE_UPLOAD_URL, code = "FILE_SIZE_OVER_LIMIT")
    void anUploadUrlIsRefusedForAFileWixWillNotTake(ContractSession wix) {
        refusesUploads(wix, (mime, options) -> wix.client().generateFileUploadUrl(mime, options));
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/generate-file-resumable-upload-url")
    @DocumentedError(endpoint = Endpoint.GENERATE_FILE_RESUMABLE_UPLOAD_URL, code = "MISMATCH_MIME_TYPE")
    @DocumentedError(endpoint = Endpoint.GENERATE_FILE_RESUMABLE_UPLOAD_URL, code = "ZERO_FILE_SIZE")
    @DocumentedError(endpoint = Endpoint.GENERATE_FILE_RESUMABLE_UPLOAD_URL, code = "UNSUPPORTED_FILE_FORMAT")
    @DocumentedError(endpoint = Endpoint.GENERATE_FILE_RESUMABLE_UPLOAD_URL, code = "FILE_SIZE_OVER_LIMIT")
    void aResumableUploadUrlIsRefusedForAFileWixWillNotTake(ContractSession wix) {
        refusesUploads(wix, (mime, options) -> wix.client().generateFileResumableUploadUrl(mime, options));
    }

    private interface UploadUrlCall {
        void call(String mimeType, Map<String, ?> options);
    }

    private static void refusesUploads(ContractSession wix, UploadUrlCall generate) {
        String folder = wix.folderId();
        assertRuleError(
                wix.failure(
                        () -> generate.call("image/png", fields("fileName", "report.pdf", "parentFolderId", folder))),
                "MISMATCH_MIME_TYPE");
        assertRuleError(
                wix.failure(() -> generate.call(
                        "image/png", fields("fileName", "empty.png", "sizeInBytes", "0", "parentFolderId", folder))),
                "ZERO_FILE_SIZE");
        assertRuleError(
                wix.failure(() -> generate.call(
                        "application/x-no-such-format", fields("fileName", "blob", "parentFolderId", folder))),
                "UNSUPPORTED_FILE_FORMAT");
        assertRuleError(
                wix.failure(() -> generate.call(
                        "video/mp4", fields("fileName", "huge.mp4", "sizeInBytes", HUGE, "parentFolderId", folder))),
                "FILE_SIZE_OVER_LIMIT");
    }

    @ContractTest
    @FakeOnly(reason = "a full site cannot be arranged on a real site; the fake scripts its quota", scripted = true)
    @DocumentedError(endpoint = Endpoint.GENERATE_FILE_UPLOAD_URL, code = "SITE_QUOTA_EXCEEDED")
    @DocumentedError(endpoint = Endpoint.IMPORT_FILE, code = "SITE_QUOTA_EXCEEDED")
    void aFullSiteRefusesUploadsAndImportsWithSiteQuotaExceeded(ContractSession wix) {
        MediaManagerClient full = wix.scriptedSite("{\"limits\": {\"storageQuotaBytes\": 100}, "
                + "\"errors\": [{\"operation\": \"importFile\", \"error\": \"SITE_QUOTA_EXCEEDED\", \"times\": 1}]}");

        assertRuleError(
                wix.failure(() ->
                        full.generateFileUploadUrl("image/png", fields("fileName", "big.png", "sizeInBytes", "101"))),
                "SITE_QUOTA_EXCEEDED");
        assertRuleError(
                wix.failure(() -> full.importFile(wix.importUrl(), fields("mimeType", "image/png"))),
                "SITE_QUOTA_EXCEEDED");
    }

    @ContractTest
    @DerivedFromDocs(page = "rest/assets/media/media-manager/files/list-files")
    @DocumentedError(endpoint = Endpoint.LIST_FILES, code = "UNSUPPORTED_MEDIA_TYPE")
    @DocumentedError(endpoint = Endpoint.LIST_FILES, code = "UNSUPPORTED_SORT_VALUE")
    @DocumentedError(endpoint = Endpoint.SEARCH_FILES, code = "UNSUPPORTED_MEDIA_TYPE")
    @DocumentedError(endpoint = Endpoint.SEARCH_FILES, code = "UNSUPPORTED_SORT_VALUE")
    @DocumentedError(endpoint = Endpoint.LIST_DELETED_FILES, code = "UNSUPPORTED_MEDIA_TYPE")
    @DocumentedError(endpoint = Endpoint.LIST_DELETED_FILES, code = "UNSUPPORTED_SORT_VALUE")
    void listsRefuseAMediaTypeOrSortFieldTheyDoNotSupport(ContractSession wix) {
        Map<String, Object> badType = fields("parentFolderId", wix.folderId(), "mediaTypes", List.of("OTHER"));
        Map<String, Object> badSort =
                fields("parentFolderId", wix.folderId(), "sort", Map.of("fieldName", "hash", "order", "ASC"));
        Map<String, Object> searchBadType = fields("search", wix.token(), "mediaTypes", List.of("OTHER"));
        Map<String, Object> searchBadSort =
                fields("search", wix.token(), "sort", Map.of("fieldName", "hash", "order", "ASC"));

        assertRuleError(wix.failure(() -> wix.client().listFiles(badType)), "UNSUPPORTED_MEDIA_TYPE");
        assertRuleError(wix.failure(() -> wix.client().listFiles(badSort)), "UNSUPPORTED_SORT_VALUE");
        assertRuleError(wix.failure(() -> wix.client().searchFiles(searchBadType)), "UNSUPPORTED_MEDIA_TYPE");
        assertRuleError(wix.failure(() -> wix.client().searchFiles(searchBadSort)), "UNSUPPORTED_SORT_VALUE");
        assertRuleError(wix.failure(() -> wix.client().listDeletedFiles(badType)), "UNSUPPORTED_MEDIA_TYPE");
        assertRuleError(wix.failure(() -> wix.client().listDeletedFiles(badSort)), "UNSUPPORTED_SORT_VALUE");
    }
}
