package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.SiteLimits;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One validation pass and one error renderer, over real HTTP. A request with type errors and constraint violations
 * gets one 400 that lists them all (type violations first, then the core's constraint violations, see
 * docs/fidelity.md); and every error shape (top-level validation and application errors, a bulk item's error, errors
 * Jetty answers below the API, admin errors) is compared whole with its golden file.
 */
class ErrorShapesTest extends ServerFixture {

    @Nested
    class EveryViolationOfARequestAtOnce {
        @Test
        void aTypeErrorAndAnOverLongFieldOfAnImportAreReportedTogether() {
            golden(
                    "importFile.typeAndConstraint",
                    client.post(
                            "/site-media/v1/files/import",
                            "{\"url\":\"https://example.com/a.jpg\",\"private\":\"maybe\",\"displayName\":\""
                                    + "n".repeat(1001) + "\"}"),
                    400);
        }

        @Test
        void aQueryStringWithATypeErrorAndTwoConstraintViolationsGivesThreeViolations() {
            golden(
                    "listFiles.typeAndConstraints",
                    client.get(
                            "/site-media/v1/files?private=maybe&paging.limit=1000&parentFolderId=" + "p".repeat(101)),
                    400);
        }

        @Test
        void twoConstraintViolationsOfOneRequestAreReportedTogether() {
            golden(
                    "generateFileDownloadUrl.twoConstraints",
                    client.post(
                            "/site-media/v1/files/generate-file-download-url",
                            "{\"fileId\":\"\",\"expirationInMinutes\":0}"),
                    400);
        }

        @Test
        void violationsInsideItemsOfABulkImportNameTheItem() {
            // [1] has a type error, [2] breaks a constraint, [3] is not an object at all (its url is not "required"
            // too)
            golden(
                    "bulkImportFiles.nestedViolations",
                    client.post(
                            "/site-media/v1/bulk/files/import",
                            "{\"importFileRequests\":[{\"url\":\"https://example.com/a.jpg\"},"
                                    + "{\"url\":\"https://example.com/b.jpg\",\"labels\":[\"ok\",7]},"
                                    + "{\"url\":\"ftp://example.com/c.jpg\"},7]}"),
                    400);
        }

        @Test
        void theCoresFileIdRuleJoinsTheFacadesTypeErrors() {
            golden(
                    "updateFileDescriptor.typeAndConstraints",
                    client.patch(
                            "/site-media/v1/files/update-file-descriptor",
                            "{\"file\":{\"displayName\":5,\"labels\":[\"ok\",\"" + "l".repeat(201) + "\"]}}"),
                    400);
        }

        @Test
        void anUpdateOfAFolderWithATypeErrorAndAnOverLongFieldReportsBoth() {
            String id = site.folders().createFolder("pets", null).id();
            WireClient.Response response = client.patch(
                    "/site-media/v1/folders/" + id,
                    "{\"folder\":{\"displayName\":[\"x\"],\"parentFolderId\":\"" + "p".repeat(101) + "\"}}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json()
                            .at("/details/validationError/fieldViolations")
                            .findValuesAsString("field"))
                    .containsExactly("folder.displayName", "folder.parentFolderId");
            assertThat(site.folders().getFolder(id).displayName()).isEqualTo("pets");
        }

        @Test
        void aRequestRefusedForItsTypesChangesNothing() {
            WireClient.Response refused =
                    client.post("/site-media/v1/folders", "{\"displayName\":\"pets\",\"parentFolderId\":7}");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().at("/details/validationError/fieldViolations"))
                    .hasSize(1);
            assertThat(site.folders().listFolders(ListFoldersRequest.all()).folders())
                    .isEmpty();
        }

        @Test
        void aSortOfTheWrongTypeAndAnOverLongSearchOfFoldersAreReportedTogether() {
            WireClient.Response response = client.post(
                    "/site-media/v1/folders/search",
                    "{\"search\":\"" + "s".repeat(201) + "\",\"sort\":\"displayName\"}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json()
                            .at("/details/validationError/fieldViolations")
                            .findValuesAsString("field"))
                    .containsExactly("sort", "search");
        }
    }

    @Nested
    class OneRendererForEveryShape {
        @Test
        void aBulkItemFailingARuleCarriesItsRuleNameAndData() {
            site.scenarios().limits(SiteLimits.unlimited().withStorageQuota(0));
            golden(
                    "bulkImportFile.itemQuotaExceeded",
                    client.post(
                            "/site-media/v1/bulk/files/import-v2",
                            "{\"importFileRequests\":[{\"url\":\"https://example.com/a/alpha.jpg\"}]}"),
                    200);
        }

        @Test
        void aWrongMethodIsAnApplicationError() {
            golden("error.methodNotAllowed", client.send("DELETE", "/site-media/v1/files/search", null, null), 405);
        }

        @Test
        void anUnknownRouteIsAnApplicationError() {
            golden("error.unknownRoute", client.get("/site-media/v1/nothing-here"), 404);
        }

        @Test
        void anAdminErrorHasTheApiShape() {
            golden("error.admin.unknownJournalEntry", admin("/_fake/journal/999"), 404);
        }

        @Test
        void anErrorJettyAnswersBelowTheApiHasTheApiShape() throws Exception {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                socket.getOutputStream()
                        .write(String.join(
                                        "\r\n",
                                        "GET /site-media/v1/folders/%zz HTTP/1.1",
                                        "Host: x",
                                        "Authorization: k",
                                        "Connection: close",
                                        "",
                                        "")
                                .getBytes(StandardCharsets.US_ASCII));
                String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(raw).startsWith("HTTP/1.1 400");
                Golden.assertMatches(
                        "error.jetty.badUri", raw.substring(raw.indexOf("\r\n\r\n") + 4), server.baseUri());
            }
        }

        @Test
        void aFailureWaitingInTheAdminStateIsTheSameApplicationErrorShape() {
            site.scenarios()
                    .readiness(
                            Readiness.failedAfter(Duration.ofMinutes(5), "UNSUPPORTED_FILE_FORMAT", "cannot decode"));
            site.files().importFile(ImportFileRequest.of("https://example.com/later.jpg"));
            WireClient.Response state = admin("/_fake/sites/" + WireClient.SITE_ID + "/state");
            assertThat(state.status()).isEqualTo(200);
            Golden.assertMatches(
                    "admin.state.pendingFailure",
                    state.json().at("/files/0/pendingReadiness").toString(),
                    server.baseUri());
        }
    }

    private WireClient.Response admin(String path) {
        return client.with("Authorization", null).with("wix-site-id", null).get(path);
    }
}
