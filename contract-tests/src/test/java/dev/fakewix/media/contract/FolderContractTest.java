package dev.fakewix.media.contract;

import static dev.fakewix.media.client.MediaManagerClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.client.Endpoint;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Folders: create, get, list, search, update, download, query. */
class FolderContractTest {

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/folders/create-folder")
    @Exercises(Endpoint.CREATE_FOLDER)
    void createsAFolderInsideAnother(ContractSession wix) {
        String name = wix.uniqueName("Vector Art");
        JsonNode created = wix.client().createFolder(name, wix.folderId());

        wix.assertMatchesSnapshot("create-folder", created);
        assertThat(created.path("folder").path("displayName").asString()).isEqualTo(name);
        assertThat(created.path("folder").path("parentFolderId").asString()).isEqualTo(wix.folderId());
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/folders/get-folder")
    @Exercises(Endpoint.GET_FOLDER)
    void getsAFolderById(ContractSession wix) {
        String id = wix.client()
                .createFolder(wix.uniqueName("test2"), wix.folderId())
                .path("folder")
                .path("id")
                .asString();

        JsonNode got = wix.client().getFolder(id);

        wix.assertMatchesSnapshot("get-folder", got);
        assertThat(got.path("folder").path("id").asString()).isEqualTo(id);
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/folders/list-folders")
    @Exercises(Endpoint.LIST_FOLDERS)
    @ChecksGuess({"G-061", "G-062"}) // "city" < "mountains" < "Water"; page two sends no sort, the cursor carries it
    void listsTheSubFoldersOfAFolderSortedByNameAPageAtATime(ContractSession wix) {
        for (String name : List.of("city", "Water", "mountains")) {
            wix.client().createFolder(name, wix.folderId());
        }
        Map<String, Object> request = fields(
                "parentFolderId",
                wix.folderId(),
                "sort",
                Map.of("fieldName", "displayName", "order", "ASC"),
                "paging",
                Map.of("limit", 2));

        wix.eventually(() -> {
            JsonNode first = wix.client().listFolders(request);
            assertThat(first.path("folders").findValuesAsString("displayName")).containsExactly("city", "mountains");
            String cursor =
                    first.path("nextCursor").path("cursors").path("next").asString();
            assertThat(cursor).isNotEmpty();

            JsonNode second = wix.client()
                    .listFolders(
                            fields("parentFolderId", wix.folderId(), "paging", Map.of("limit", 2, "cursor", cursor)));
            assertThat(second.path("folders").findValuesAsString("displayName")).containsExactly("Water");
            assertThat(second.path("nextCursor").path("cursors").path("next").asString())
                    .isEmpty();
            wix.assertMatchesSnapshot("list-folders", second);
        });
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/folders/search-folders")
    @Exercises(Endpoint.SEARCH_FOLDERS)
    void searchesFoldersAtEveryLevelByName(ContractSession wix) {
        String parent = wix.client()
                .createFolder(wix.uniqueName("Pictures"), wix.folderId())
                .path("folder")
                .path("id")
                .asString();
        String nested = wix.uniqueName("mountains");
        wix.client().createFolder(nested, parent);

        wix.eventually(() -> {
            JsonNode found = wix.client().searchFolders(fields("search", nested, "rootFolder", "MEDIA_ROOT"));
            assertThat(found.path("folders").findValuesAsString("displayName")).containsExactly(nested);
            assertThat(found.path("folders").get(0).path("parentFolderId").asString())
                    .isEqualTo(parent);
            wix.assertMatchesSnapshot("search-folders", found);
        });
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/folders/update-folder")
    @Exercises({Endpoint.UPDATE_FOLDER, Endpoint.GET_FOLDER})
    void renamesAndMovesAFolder(ContractSession wix) {
        String id = wix.client()
                .createFolder(wix.uniqueName("mountain"), wix.folderId())
                .path("folder")
                .path("id")
                .asString();
        String target = wix.client()
                .createFolder(wix.uniqueName("places"), wix.folderId())
                .path("folder")
                .path("id")
                .asString();

        JsonNode renamed = wix.client().updateFolder(id, fields("displayName", "mountains"));
        wix.assertMatchesSnapshot("update-folder", renamed);
        assertThat(renamed.path("folder").path("displayName").asString()).isEqualTo("mountains");

        wix.client().updateFolder(id, fields("parentFolderId", target));
        wix.eventually(() -> assertThat(wix.client()
                        .getFolder(id)
                        .path("folder")
                        .path("parentFolderId")
                        .asString())
                .isEqualTo(target));
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/folders/generate-folder-download-url")
    @Exercises(Endpoint.GENERATE_FOLDER_DOWNLOAD_URL)
    void generatesADownloadUrlForAFolder(ContractSession wix) {
        wix.readyPng(wix.uniqueName("inside.png"));

        JsonNode url = wix.client().generateFolderDownloadUrl(wix.folderId());

        wix.assertMatchesSnapshot("generate-folder-download-url", url);
        assertThat(url.path("downloadUrl").asString()).startsWith("http");
    }

    @ContractTest
    @DerivedFromDocs(
            page = "SDK typings of @wix/auto_sdk_media_folders 1.0.60, queryFolders "
                    + "(docs/api-reference.md#queryfiledescriptors-queryfolders); no page sample")
    @Exercises(Endpoint.QUERY_FOLDERS)
    void queriesFoldersByStateSortedByName(ContractSession wix) {
        wix.client().createFolder(wix.uniqueName("queried"), wix.folderId());

        JsonNode page = wix.client()
                .queryFolders(fields(
                        "filter",
                        Map.of("state", "OK"),
                        "sort",
                        List.of(Map.of("fieldName", "displayName", "order", "ASC")),
                        "cursorPaging",
                        Map.of("limit", 5)));

        assertThat(page.path("folders").isArray()).isTrue();
        assertThat(page.path("folders").size()).isBetween(1, 5);
        assertThat(page.path("folders").findValuesAsString("state")).containsOnly("OK");
        List<String> names = page.path("folders").findValuesAsString("displayName");
        // Whether Wix sorts names by case is not documented: either order passes.
        assertThat(names)
                .satisfiesAnyOf(
                        n -> assertThat(n).isSorted(),
                        n -> assertThat(n).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER));
        assertThat(page.path("pagingMetadata").path("cursors").has("next")).isTrue();
    }

    @ContractTest
    @FakeOnly(
            reason = "docs/sdk-wire.md: the official SDK's capture treats media-root as a valid getFolder id; "
                    + "no page shows the answer")
    @Exercises(Endpoint.GET_FOLDER)
    void theMediaRootIsAFolderToo(ContractSession wix) {
        JsonNode root = wix.client().getFolder("media-root").path("folder");

        assertThat(root.path("id").asString()).isEqualTo("media-root");
        assertThat(root.path("state").asString()).isEqualTo("OK");
    }
}
