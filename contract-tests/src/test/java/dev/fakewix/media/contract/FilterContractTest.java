package dev.fakewix.media.contract;

import static dev.fakewix.media.client.MediaManagerClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.client.Endpoint;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Filters of the lists and searches, private files, and the finer points of bulk import. */
class FilterContractTest {

    @ContractTest
    @DerivedFromDocs(page = "rest/assets/media/media-manager/files/list-files")
    @Exercises(Endpoint.LIST_FILES)
    void thePrivateFilterListsOnlyPrivateOrOnlyPublicFiles(ContractSession wix) {
        String open = wix.readyPng(wix.uniqueName("public.png")).path("id").asString();
        String hidden = wix.awaitReady(wix.uploadPng(wix.uniqueName("private.png"), fields("private", true))
                        .path("file")
                        .path("id")
                        .asString())
                .path("id")
                .asString();

        wix.eventually(() -> {
            assertThat(FileContractTest.ids(wix.client()
                            .listFiles(fields("parentFolderId", wix.folderId(), "private", true))
                            .path("files")))
                    .containsExactly(hidden);
            assertThat(FileContractTest.ids(wix.client()
                            .listFiles(fields("parentFolderId", wix.folderId(), "private", false))
                            .path("files")))
                    .containsExactly(open);
            assertThat(FileContractTest.ids(wix.client()
                            .listFiles(fields("parentFolderId", wix.folderId()))
                            .path("files")))
                    .containsExactlyInAnyOrder(open, hidden);
        });
    }

    @ContractTest
    @DerivedFromDocs(page = "sdk/backend-modules/media/files/private-files")
    @Exercises({Endpoint.GET_FILE_DESCRIPTOR, Endpoint.GENERATE_FILE_DOWNLOAD_URL})
    void aPrivateFileHasNoPublicMediaUrlOnlyADownloadUrl(ContractSession wix) {
        String id = wix.awaitReady(wix.uploadPng(wix.uniqueName("secret.png"), fields("private", true))
                        .path("file")
                        .path("id")
                        .asString())
                .path("id")
                .asString();

        JsonNode file = wix.client().getFileDescriptor(id).path("file");

        assertThat(file.path("private").asBoolean()).isTrue();
        assertThat(file.path("media").path("image").path("image").path("url").asString())
                .as("a private image's public URL")
                .isEmpty();
        assertThat(wix.client()
                        .generateFileDownloadUrl(id, fields("expirationInMinutes", 60))
                        .path("downloadUrls")
                        .get(0)
                        .path("url")
                        .asString())
                .startsWith("http");
    }

    @ContractTest
    @DerivedFromDocs(page = "rest/assets/media/media-manager/files/list-files")
    @Exercises({Endpoint.LIST_FILES, Endpoint.IMPORT_FILE})
    void theMediaTypesFilterListsOnlyThoseTypes(ContractSession wix) {
        String image = wix.readyPng(wix.uniqueName("still.png")).path("id").asString();
        String video = wix.client()
                .importFile(
                        wix.videoUrl(),
                        fields(
                                "displayName",
                                wix.uniqueName("moving.mp4"),
                                "mediaType",
                                "VIDEO",
                                "mimeType",
                                "video/mp4",
                                "parentFolderId",
                                wix.folderId()))
                .path("file")
                .path("id")
                .asString();

        wix.eventually(() -> {
            assertThat(FileContractTest.ids(wix.client()
                            .listFiles(fields("parentFolderId", wix.folderId(), "mediaTypes", List.of("VIDEO")))
                            .path("files")))
                    .containsExactly(video);
            assertThat(FileContractTest.ids(wix.client()
                            .listFiles(
                                    fields("parentFolderId", wix.folderId(), "mediaTypes", List.of("IMAGE", "VIDEO")))
                            .path("files")))
                    .containsExactlyInAnyOrder(image, video);
        });
    }

    @ContractTest
    @DerivedFromDocs(
            page = "SDK typings of @wix/auto_sdk_media_files 1.0.101, BulkImportFileResult "
                    + "(docs/api-reference.md#bulkimportfiles-bulkimportfile)")
    @Exercises(Endpoint.BULK_IMPORT_FILE)
    void bulkImportWithoutReturnEntityAnswersOnlyTheMetadata(ContractSession wix) {
        JsonNode result = wix.client()
                .bulkImportFile(
                        List.of(fields(
                                "url", wix.importUrl(), "mimeType", "image/png", "parentFolderId", wix.folderId())),
                        false);

        JsonNode only = result.path("results").get(0);
        assertThat(only.path("itemMetadata").path("success").asBoolean()).isTrue();
        assertThat(only.path("itemMetadata").path("id").asString()).isNotEmpty();
        assertThat(only.has("item")).as("no item when returnEntity is false").isFalse();
    }

    @ContractTest
    @FakeOnly(reason = "docs/fidelity.md guess: bulkImportFile answers per item, so one bad item fails alone")
    @Exercises(Endpoint.BULK_IMPORT_FILE)
    @ChecksGuess("G-010") // its last clause: bulkImportFile answers per item
    void oneBadItemOfABulkImportFailsAlone(ContractSession wix) {
        JsonNode result = wix.client()
                .bulkImportFile(
                        List.of(
                                fields(
                                        "url",
                                        wix.importUrl(),
                                        "mimeType",
                                        "image/png",
                                        "parentFolderId",
                                        wix.folderId()),
                                fields("url", wix.importUrl(), "parentFolderId", "no-such-folder-00000000000000000")),
                        true);

        assertThat(result.path("bulkActionMetadata").path("totalSuccesses").asInt())
                .isEqualTo(1);
        assertThat(result.path("bulkActionMetadata").path("totalFailures").asInt())
                .isEqualTo(1);
        JsonNode failed = result.path("results").get(1).path("itemMetadata");
        assertThat(failed.path("success").asBoolean()).isFalse();
        assertThat(failed.path("originalIndex").asInt()).isEqualTo(1);
        assertThat(failed.path("error").path("code").asString()).isNotEmpty();
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/introduction (system folders: TRASH_ROOT is the Trash tab)")
    @Exercises({Endpoint.SEARCH_FOLDERS, Endpoint.BULK_DELETE_FOLDERS})
    void searchingTheTrashRootFindsTrashedFolders(ContractSession wix) {
        String name = wix.uniqueName("binned");
        String id = wix.client()
                .createFolder(name, wix.folderId())
                .path("folder")
                .path("id")
                .asString();

        wix.client().bulkDeleteFolders(List.of(id), false);

        wix.eventually(() -> {
            assertThat(wix.client()
                            .searchFolders(fields("search", name, "rootFolder", "TRASH_ROOT"))
                            .path("folders")
                            .findValuesAsString("id"))
                    .containsExactly(id);
            assertThat(wix.client()
                            .searchFolders(fields("search", name, "rootFolder", "MEDIA_ROOT"))
                            .path("folders")
                            .findValuesAsString("id"))
                    .isEmpty();
        });
    }
}
