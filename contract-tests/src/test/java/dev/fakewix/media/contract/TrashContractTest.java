package dev.fakewix.media.contract;

import static dev.fakewix.media.client.MediaManagerClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.client.Endpoint;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The trash bin: delete, list deleted, restore, delete for good; files and folders. */
class TrashContractTest {

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/list-deleted-files")
    @Exercises({Endpoint.BULK_DELETE_FILES, Endpoint.LIST_DELETED_FILES, Endpoint.BULK_RESTORE_FILES_FROM_TRASH_BIN})
    void trashedFilesAreListedAsDeletedAndComeBackWhereTheyWere(ContractSession wix) {
        String id = wix.readyPng(wix.uniqueName("image1.png")).path("id").asString();

        wix.client().bulkDeleteFiles(List.of(id), null);
        wix.eventually(() -> {
            JsonNode trash = wix.client().listDeletedFiles(fields("parentFolderId", wix.folderId()));
            assertThat(FileContractTest.ids(trash.path("files"))).contains(id);
            assertThat(FileContractTest.names(wix.client()
                            .listFiles(fields("parentFolderId", wix.folderId()))
                            .path("files")))
                    .isEmpty();
            wix.assertMatchesSnapshot("list-deleted-files", trash);
        });

        wix.client().bulkRestoreFilesFromTrashBin(List.of(id));
        wix.eventually(() -> assertThat(wix.client()
                        .getFileDescriptor(id)
                        .path("file")
                        .path("parentFolderId")
                        .asString())
                .isEqualTo(wix.folderId()));
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/bulk-delete-files")
    @Exercises(Endpoint.BULK_DELETE_FILES)
    @DocumentedError(endpoint = Endpoint.GET_FILE_DESCRIPTOR, code = "RESOURCE_NOT_FOUND")
    void aFileDeletedForGoodIsGone(ContractSession wix) {
        String id = wix.readyPng(wix.uniqueName("gone.png")).path("id").asString();

        JsonNode answer = wix.client().bulkDeleteFiles(List.of(id), true);

        assertThat(answer.isObject()).isTrue();
        assertThat(answer.isEmpty()).as("bulk delete answers {}").isTrue();
        wix.eventually(() -> assertThat(
                        wix.failure(() -> wix.client().getFileDescriptor(id)).httpStatus())
                .isEqualTo(400));
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/bulk-delete-files")
    @Exercises(Endpoint.BULK_DELETE_FILES)
    void deletingAFileAlreadyInTheTrashIsNoError(ContractSession wix) {
        String id = wix.readyPng(wix.uniqueName("twice.png")).path("id").asString();

        wix.client().bulkDeleteFiles(List.of(id), false);
        wix.client().bulkDeleteFiles(List.of(id), false);

        wix.eventually(() -> assertThat(FileContractTest.ids(wix.client()
                        .listDeletedFiles(fields("parentFolderId", wix.folderId()))
                        .path("files")))
                .containsOnlyOnce(id));
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/folders/list-deleted-folders")
    @Exercises({
        Endpoint.BULK_DELETE_FOLDERS,
        Endpoint.LIST_DELETED_FOLDERS,
        Endpoint.BULK_RESTORE_FOLDERS_FROM_TRASH_BIN
    })
    void trashedFoldersAreListedAsDeletedAndComeBack(ContractSession wix) {
        String id = wix.client()
                .createFolder(wix.uniqueName("docs1"), wix.folderId())
                .path("folder")
                .path("id")
                .asString();

        wix.client().bulkDeleteFolders(List.of(id), null);
        wix.eventually(() -> {
            JsonNode trash = wix.client().listDeletedFolders(fields("parentFolderId", wix.folderId()));
            assertThat(trash.path("folders").findValuesAsString("id")).contains(id);
            wix.assertMatchesSnapshot("list-deleted-folders", trash);
        });

        wix.client().bulkRestoreFoldersFromTrashBin(List.of(id));
        wix.eventually(() -> assertThat(wix.client()
                        .listFolders(fields("parentFolderId", wix.folderId()))
                        .path("folders")
                        .findValuesAsString("id"))
                .contains(id));
    }

    @ContractTest
    @FakeOnly(
            reason = "docs/fidelity.md guess: trashing a folder trashes its whole subtree and restoring brings it back")
    @Exercises({Endpoint.BULK_DELETE_FOLDERS, Endpoint.BULK_RESTORE_FOLDERS_FROM_TRASH_BIN, Endpoint.LIST_FILES})
    @ChecksGuess("G-049")
    void aTrashedFolderTakesItsFilesAlongAndBack(ContractSession wix) {
        String folder = wix.client()
                .createFolder(wix.uniqueName("album"), wix.folderId())
                .path("folder")
                .path("id")
                .asString();
        String file = wix.awaitReady(wix.uploadPng(wix.uniqueName("inside.png"), fields("parentFolderId", folder))
                        .path("file")
                        .path("id")
                        .asString())
                .path("id")
                .asString();

        wix.client().bulkDeleteFolders(List.of(folder), false);
        wix.eventually(() -> assertThat(
                        wix.client().listFiles(fields("parentFolderId", folder)).path("files"))
                .isEmpty());

        wix.client().bulkRestoreFoldersFromTrashBin(List.of(folder));
        wix.eventually(() -> assertThat(FileContractTest.ids(
                        wix.client().listFiles(fields("parentFolderId", folder)).path("files")))
                .containsExactly(file));
    }
}
