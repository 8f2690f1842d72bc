package dev.fakewix.media.contract;

import static dev.fakewix.media.client.MediaManagerClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.client.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/** Files: upload, import, get, update, list, search, query. */
class FileContractTest {

    static List<String> names(JsonNode files) {
        List<String> out = new ArrayList<>();
        files.forEach(f -> out.add(f.path("displayName").asString()));
        return out;
    }

    static List<String> ids(JsonNode files) {
        List<String> out = new ArrayList<>();
        files.forEach(f -> out.add(f.path("id").asString()));
        return out;
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/generate-file-upload-url")
    @Exercises(Endpoint.GENERATE_FILE_UPLOAD_URL)
    void uploadsAFileThroughItsUploadUrl(ContractSession wix) {
        String name = wix.uniqueName("image1.png");
        JsonNode url = wix.client()
                .generateFileUploadUrl(
                        "image/png",
                        fields(
                                "fileName",
                                name,
                                "parentFolderId",
                                wix.folderId(),
                                "labels",
                                List.of("nature", "outdoors")));
        wix.assertMatchesSnapshot("generate-file-upload-url", url);

        JsonNode uploaded =
                wix.client().upload(url.path("uploadUrl").asString(), name, "image/png", ContractSession.PNG_1X1);
        wix.assertMatchesSnapshot("upload", uploaded);

        JsonNode file = wix.awaitReady(uploaded.path("file").path("id").asString());
        assertThat(file.path("displayName").asString()).isEqualTo(name);
        assertThat(file.path("mediaType").asString()).isEqualTo("IMAGE");
        assertThat(file.path("parentFolderId").asString()).isEqualTo(wix.folderId());
        assertThat(file.path("sizeInBytes").asString()).isEqualTo(Integer.toString(ContractSession.PNG_1X1.length));
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/import-file")
    @Exercises(Endpoint.IMPORT_FILE)
    void importsAFileFromAUrlAsPending(ContractSession wix) {
        JsonNode imported = wix.importPng("image1", null);

        wix.assertMatchesSnapshot("import-file", imported);
        JsonNode file = imported.path("file");
        assertThat(file.path("operationStatus").asString()).isIn("PENDING", "READY");
        assertThat(file.has("media"))
                .as("an import answer has no media yet (docs/api-reference.md#lifecycle)")
                .isFalse();
        assertThat(file.path("sourceUrl").asString()).isEqualTo(wix.importUrl());
        assertThat(file.path("displayName").asString())
                .as("an extension is added")
                .isEqualTo("image1.png");
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/get-file-descriptor")
    @Exercises(Endpoint.GET_FILE_DESCRIPTOR)
    void getsAFileByIdAndByItsWixMediaUrl(ContractSession wix) {
        JsonNode ready = wix.readyPng(wix.uniqueName("leon.png"));
        String id = ready.path("id").asString();

        JsonNode byId = wix.client().getFileDescriptor(id);
        wix.assertMatchesSnapshot("get-file-descriptor", byId);
        assertThat(byId.path("file").path("id").asString()).isEqualTo(id);

        JsonNode image = ready.path("media").path("image").path("image");
        String mediaUrl =
                "wix:image://v1/" + id + "/" + ready.path("displayName").asString() + "#originWidth="
                        + image.path("width").asInt() + "&originHeight="
                        + image.path("height").asInt();
        assertThat(wix.client()
                        .getFileDescriptor(mediaUrl)
                        .path("file")
                        .path("id")
                        .asString())
                .isEqualTo(id);
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/get-file-descriptors")
    @Exercises(Endpoint.GET_FILE_DESCRIPTORS)
    void getsSeveralFilesAtOnce(ContractSession wix) {
        String a = wix.readyPng(wix.uniqueName("riverpics.png")).path("id").asString();
        String b = wix.readyPng(wix.uniqueName("leon.png")).path("id").asString();

        JsonNode files = wix.client().getFileDescriptors(List.of(a, b));

        wix.assertMatchesSnapshot("get-file-descriptors", files);
        assertThat(FileContractTest.ids(files.path("files"))).containsExactlyInAnyOrder(a, b);
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/update-file-descriptor")
    @Exercises({Endpoint.UPDATE_FILE_DESCRIPTOR, Endpoint.GET_FILE_DESCRIPTOR})
    void renamesRelabelsAndMovesAFile(ContractSession wix) {
        JsonNode ready = wix.readyPng(wix.uniqueName("river.png"));
        String id = ready.path("id").asString();
        String target = wix.client()
                .createFolder(wix.uniqueName("b2bc"), wix.folderId())
                .path("folder")
                .path("id")
                .asString();

        JsonNode updated = wix.client()
                .updateFileDescriptor(
                        fields("id", id, "displayName", "river.png", "labels", List.of("stream", "landscape")));
        wix.assertMatchesSnapshot("update-file-descriptor", updated);
        assertThat(updated.path("file").path("displayName").asString()).isEqualTo("river.png");
        List<String> labels = new ArrayList<>();
        updated.path("file").path("labels").forEach(l -> labels.add(l.asString()));
        assertThat(labels).containsExactly("stream", "landscape");
        assertThat(updated.path("file").path("createdDate").asString())
                .isEqualTo(ready.path("createdDate").asString());

        wix.client().updateFileDescriptor(fields("id", id, "parentFolderId", target));
        wix.eventually(() -> assertThat(wix.client()
                        .getFileDescriptor(id)
                        .path("file")
                        .path("parentFolderId")
                        .asString())
                .isEqualTo(target));
    }

    @ContractTest
    @DerivedFromDocs(page = "rest/assets/media/media-manager/files/list-files")
    @Exercises(Endpoint.LIST_FILES)
    @ChecksGuess("G-062") // page two sends neither mediaTypes nor sort: the cursor carries them
    void listsTheImagesOfAFolderNewestFirstAPageAtATime(ContractSession wix) {
        wix.readyPng(wix.uniqueName("space.png"));
        wix.readyPng(wix.uniqueName("astronaut.png"));
        wix.readyPng(wix.uniqueName("moon.png"));
        Map<String, Object> first = fields(
                "parentFolderId",
                wix.folderId(),
                "mediaTypes",
                List.of("IMAGE"),
                "sort",
                Map.of("fieldName", "updatedDate", "order", "DESC"),
                "paging",
                Map.of("limit", 2));

        wix.eventually(() -> {
            JsonNode page = wix.client().listFiles(first);
            assertThat(names(page.path("files"))).hasSize(2);
            String cursor = page.path("nextCursor").path("cursors").path("next").asString();
            assertThat(cursor).isNotEmpty();
            JsonNode rest = wix.client()
                    .listFiles(
                            fields("parentFolderId", wix.folderId(), "paging", Map.of("limit", 2, "cursor", cursor)));
            assertThat(rest.path("files")).hasSize(1);
            assertThat(rest.path("nextCursor").path("cursors").path("next").asString())
                    .isEmpty();
            wix.assertMatchesSnapshot("list-files", rest);
        });
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/search-files")
    @Exercises(Endpoint.SEARCH_FILES)
    void searchesFilesInEveryFolderByName(ContractSession wix) {
        String nested = wix.client()
                .createFolder(wix.uniqueName("nested"), wix.folderId())
                .path("folder")
                .path("id")
                .asString();
        String name = wix.uniqueName("image2.png");
        wix.awaitReady(wix.uploadPng(name, fields("parentFolderId", nested, "labels", List.of("label1", "label2")))
                .path("file")
                .path("id")
                .asString());

        wix.eventually(() -> {
            JsonNode found = wix.client().searchFiles(fields("search", wix.token(), "rootFolder", "MEDIA_ROOT"));
            assertThat(names(found.path("files"))).containsExactly(name);
            wix.assertMatchesSnapshot("search-files", found);
        });
    }

    @ContractTest
    @DerivedFromDocs(
            page = "SDK typings of @wix/auto_sdk_media_files 1.0.101, queryFileDescriptors "
                    + "(docs/api-reference.md#queryfiledescriptors-queryfolders); no page sample")
    @Exercises(Endpoint.QUERY_FILE_DESCRIPTORS)
    void queriesFilesByMediaTypeWithCursorPaging(ContractSession wix) {
        wix.readyPng(wix.uniqueName("q1.png"));
        wix.readyPng(wix.uniqueName("q2.png"));

        JsonNode page = wix.client()
                .queryFileDescriptors(fields(
                        "filter",
                        Map.of("mediaType", Map.of("$in", List.of("IMAGE"))),
                        "sort",
                        List.of(Map.of("fieldName", "updatedDate", "order", "DESC")),
                        "cursorPaging",
                        Map.of("limit", 1)));

        assertThat(page.path("files")).hasSize(1);
        assertThat(page.path("files").get(0).path("mediaType").asString()).isEqualTo("IMAGE");
        String cursor = page.path("pagingMetadata").path("cursors").path("next").asString();
        assertThat(cursor).as("a second image is there").isNotEmpty();
        JsonNode next = wix.client().queryFileDescriptors(fields("cursorPaging", Map.of("cursor", cursor, "limit", 1)));
        assertThat(next.path("files")).hasSize(1);
        assertThat(next.path("files").get(0).path("mediaType").asString())
                .as("the filter holds on later pages")
                .isEqualTo("IMAGE");
        assertThat(next.path("files").get(0).path("id").asString())
                .isNotEqualTo(page.path("files").get(0).path("id").asString());
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/bulk-import-file")
    @Exercises(Endpoint.BULK_IMPORT_FILE)
    void bulkImportsFilesWithAResultPerItem(ContractSession wix) {
        JsonNode result = wix.client()
                .bulkImportFile(
                        List.of(
                                fields(
                                        "url",
                                        wix.importUrl(),
                                        "displayName",
                                        "image1",
                                        "mediaType",
                                        "IMAGE",
                                        "mimeType",
                                        "image/png",
                                        "parentFolderId",
                                        wix.folderId()),
                                fields(
                                        "url",
                                        wix.importUrl(),
                                        "displayName",
                                        "image2",
                                        "mediaType",
                                        "IMAGE",
                                        "labels",
                                        List.of("label1", "label2"),
                                        "parentFolderId",
                                        wix.folderId())),
                        null);

        wix.assertMatchesSnapshot("bulk-import-file", result);
        assertThat(result.path("bulkActionMetadata").path("totalSuccesses").asInt())
                .isEqualTo(2);
        assertThat(result.path("results")
                        .get(1)
                        .path("itemMetadata")
                        .path("originalIndex")
                        .asInt())
                .isEqualTo(1);
        assertThat(result.path("results").get(0).path("item").path("id").asString())
                .isEqualTo(result.path("results")
                        .get(0)
                        .path("itemMetadata")
                        .path("id")
                        .asString());
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/bulk-import-files")
    @Exercises(Endpoint.BULK_IMPORT_FILES)
    void bulkImportsFilesTheDeprecatedWay(ContractSession wix) {
        JsonNode result = wix.client()
                .bulkImportFiles(List.of(
                        fields(
                                "url",
                                wix.importUrl(),
                                "displayName",
                                "image1",
                                "mediaType",
                                "IMAGE",
                                "mimeType",
                                "image/png",
                                "parentFolderId",
                                wix.folderId()),
                        fields(
                                "url",
                                wix.importUrl(),
                                "displayName",
                                "image2",
                                "labels",
                                List.of("label1", "label2"),
                                "parentFolderId",
                                wix.folderId())));

        wix.assertMatchesSnapshot("bulk-import-files", result);
        assertThat(names(result.path("files"))).containsExactly("image1.png", "image2.png");
    }

    @ContractTest
    @DerivedFromDocs(page = "velo/apis/wix-media-v2/files/import-file")
    @Exercises({Endpoint.IMPORT_FILE, Endpoint.LIST_FOLDERS})
    void anImportWithAFilePathCreatesTheMissingFolders(ContractSession wix) {
        JsonNode file = wix.importPng("deep", fields("filePath", "/videos/2024/december"))
                .path("file");

        String videos = onlyFolder(wix, wix.folderId(), "videos");
        String year = onlyFolder(wix, videos, "2024");
        String month = onlyFolder(wix, year, "december");
        assertThat(file.path("parentFolderId").asString()).isEqualTo(month);

        JsonNode again = wix.importPng("deeper", fields("filePath", "/videos/2024/december"))
                .path("file");
        assertThat(again.path("parentFolderId").asString())
                .as("existing folders are reused")
                .isEqualTo(month);
    }

    private static String onlyFolder(ContractSession wix, String parent, String name) {
        String[] id = new String[1];
        wix.eventually(() -> {
            JsonNode folders =
                    wix.client().listFolders(fields("parentFolderId", parent)).path("folders");
            assertThat(folders.findValuesAsString("displayName")).containsExactly(name);
            id[0] = folders.get(0).path("id").asString();
        });
        return id[0];
    }

    @ContractTest
    @FakeOnly(
            reason = "docs/sdk-wire.md: the SDK sends whole objects back, read-only fields included; "
                    + "the fake ignores those")
    @Exercises({Endpoint.UPDATE_FILE_DESCRIPTOR, Endpoint.GET_FILE_DESCRIPTOR})
    void anUpdateIgnoresTheReadOnlyFieldsOfAWholeFileSentBack(ContractSession wix) {
        JsonNode ready = wix.readyPng(wix.uniqueName("whole.png"));
        Map<String, Object> whole =
                SnapshotParity.JSON.convertValue(ready, new TypeReference<Map<String, Object>>() {});
        whole.put("displayName", "renamed.png");
        whole.put("sizeInBytes", "999999");
        whole.put("mediaType", "VIDEO");

        JsonNode updated = wix.client().updateFileDescriptor(whole).path("file");

        assertThat(updated.path("displayName").asString()).isEqualTo("renamed.png");
        assertThat(updated.path("sizeInBytes").asString())
                .isEqualTo(ready.path("sizeInBytes").asString());
        assertThat(updated.path("mediaType").asString()).isEqualTo("IMAGE");
    }
}
