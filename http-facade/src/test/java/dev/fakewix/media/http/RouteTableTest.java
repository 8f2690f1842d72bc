package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.http.internal.ApiRoute;
import dev.fakewix.media.http.internal.HttpMethod;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one route table of the API: every operation exactly once, at Wix's method and path, and all mounted. */
class RouteTableTest extends ServerFixture {

    @Test
    void theTableHasEachOfThe27ApiOperationsExactlyOnce() {
        List<Operation> routed =
                Arrays.stream(ApiRoute.values()).map(ApiRoute::operation).toList();
        Set<Operation> api = EnumSet.noneOf(Operation.class);
        Arrays.stream(Operation.values()).filter(Operation::isApiMethod).forEach(api::add);

        assertThat(routed).hasSize(27).doesNotHaveDuplicates();
        assertThat(EnumSet.copyOf(routed)).isEqualTo(api);
        assertThat(ApiRoute.operations()).isEqualTo(api);
    }

    @Test
    void theTableDeclaresWixsMethodsAndPaths() {
        String table = Arrays.stream(ApiRoute.values())
                .map(r -> r.operation().sdkName() + " " + r.method() + " " + r.fullPath())
                .collect(Collectors.joining("\n"));
        assertThat(table).isEqualTo("""
                generateFilesDownloadUrl POST /site-media/v1/files/generate-download-url
                generateFileDownloadUrl POST /site-media/v1/files/generate-file-download-url
                getFileDescriptor GET /site-media/v1/files/get-file-by-id
                getFileDescriptors POST /site-media/v1/files/get-files
                updateFileDescriptor PATCH /site-media/v1/files/update-file-descriptor
                generateFileUploadUrl POST /site-media/v1/files/generate-upload-url
                generateFileResumableUploadUrl POST /site-media/v1/files/generate-resumable-upload-url
                importFile POST /site-media/v1/files/import
                bulkImportFile POST /site-media/v1/bulk/files/import-v2
                bulkImportFiles POST /site-media/v1/bulk/files/import
                listFiles GET /site-media/v1/files
                searchFiles POST /site-media/v1/files/search
                generateVideoStreamingUrl POST /site-media/v1/files/generate-video-stream-url
                bulkDeleteFiles POST /site-media/v1/bulk/files/delete
                bulkRestoreFilesFromTrashBin POST /site-media/v1/bulk/trash-bin/files/restore
                listDeletedFiles GET /site-media/v1/trash-bin/files
                queryFileDescriptors POST /site-media/v1/files/query
                createFolder POST /site-media/v1/folders
                getFolder GET /site-media/v1/folders/{folderId}
                listFolders GET /site-media/v1/folders
                searchFolders POST /site-media/v1/folders/search
                updateFolder PATCH /site-media/v1/folders/{folderId}
                generateFolderDownloadUrl POST /site-media/v1/folders/{folderId}/generate-download-url
                bulkDeleteFolders POST /site-media/v1/bulk/folders/delete
                bulkRestoreFoldersFromTrashBin POST /site-media/v1/bulk/trash-bin/folders/restore
                listDeletedFolders GET /site-media/v1/trash-bin/folders
                queryFolders POST /site-media/v1/folders/query""");
    }

    @Test
    void onlyReadsAreAllowedToReadOnlyKeys() {
        Set<String> reads = Arrays.stream(ApiRoute.values())
                .filter(r -> r.access() == ApiRoute.Access.READ)
                .map(r -> r.operation().sdkName())
                .collect(Collectors.toSet());
        assertThat(reads)
                .allMatch(name -> name.startsWith("get")
                        || name.startsWith("list")
                        || name.startsWith("search")
                        || name.startsWith("query")
                        || name.endsWith("DownloadUrl")
                        || name.equals("generateVideoStreamingUrl"));
        assertThat(reads).hasSize(15);
    }

    @Test
    void everyRouteIsMountedAndJournaledUnderItsOperation() {
        for (ApiRoute route : ApiRoute.values()) {
            String path = route.fullPath().replace("{folderId}", "media-root");
            WireClient.Response response = route.method() == HttpMethod.GET
                    ? client.get(path)
                    : client.send(route.method().name(), path, "{}", "application/json");
            assertThat(response.status()).as("%s -> %s", route, response).isNotIn(404, 405);
        }
        for (ApiRoute route : ApiRoute.values()) {
            assertThat(server.journal().count(route.operation()))
                    .as("%s", route)
                    .isEqualTo(1);
        }
    }

    @Test
    void aGetOfAPostOnlyPathIsMethodNotAllowedNotNotFound() {
        assertThat(client.get("/site-media/v1/files/search").status()).isEqualTo(405);
    }
}
