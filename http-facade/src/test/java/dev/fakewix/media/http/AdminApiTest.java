package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.OperationStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin API under /_fake: state, lifecycle, clock, journal and health, each a thin call into the core. */
class AdminApiTest extends ServerFixture {
    private final WireClient admin() {
        return client.with("Authorization", null).with("wix-site-id", null);
    }

    private FileDescriptor pendingImport(String url) {
        site.scenarios().readiness(Readiness.manual());
        return site.files().importFile(ImportFileRequest.of(url));
    }

    @Test
    void resetEmptiesEverySite() {
        site.folders().createFolder("a", null);
        fake.site("other").folders().createFolder("b", null);
        assertThat(admin().post("/_fake/reset", null).status()).isEqualTo(200);
        assertThat(site.folders().listFolders(ListFoldersRequest.all()).folders())
                .isEmpty();
        assertThat(fake.site("other")
                        .folders()
                        .listFolders(ListFoldersRequest.all())
                        .folders())
                .isEmpty();
    }

    @Test
    void resettingOneSiteLeavesTheOthers() {
        site.folders().createFolder("a", null);
        fake.site("other").folders().createFolder("b", null);
        WireClient.Response response = admin().post("/_fake/sites/" + WireClient.SITE_ID + "/reset", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{}");
        assertThat(site.folders().listFolders(ListFoldersRequest.all()).folders())
                .isEmpty();
        assertThat(fake.site("other")
                        .folders()
                        .listFolders(ListFoldersRequest.all())
                        .folders())
                .hasSize(1);
    }

    @Test
    void siteStateExportsAsJsonWithContentAndPendingReadiness() {
        site.folders().createFolder("Pets", null);
        String url = site.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("text/plain"));
        FaceAccess.get()
                .transfers(fake)
                .upload(
                        url.substring(url.lastIndexOf('/') + 1),
                        "hi.txt",
                        "text/plain",
                        "hello".getBytes(StandardCharsets.UTF_8));
        site.scenarios().readiness(Readiness.readyAfter(Duration.ofMinutes(5)));
        site.files().importFile(ImportFileRequest.of("https://example.com/later.jpg"));
        golden("admin.state", admin().get("/_fake/sites/" + WireClient.SITE_ID + "/state"), 200);
    }

    @Test
    void anExportedStateImportsBackIdentically() {
        site.folders().createFolder("Pets", null);
        String url = site.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("text/plain"));
        FaceAccess.get()
                .transfers(fake)
                .upload(
                        url.substring(url.lastIndexOf('/') + 1),
                        "hi.txt",
                        "text/plain",
                        "hello".getBytes(StandardCharsets.UTF_8));
        FileDescriptor later = pendingImport("https://example.com/later.jpg");
        String exported =
                admin().get("/_fake/sites/" + WireClient.SITE_ID + "/state").body();
        SiteSnapshot before = site.snapshot();

        site.reset();
        WireClient.Response imported = admin().put("/_fake/sites/" + WireClient.SITE_ID + "/state", exported);

        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        SiteSnapshot after = site.snapshot();
        assertThat(after.files())
                .extracting(SiteSnapshot.StoredFile::file)
                .isEqualTo(before.files().stream()
                        .map(SiteSnapshot.StoredFile::file)
                        .toList());
        assertThat(after.files())
                .extracting(SiteSnapshot.StoredFile::pendingReadiness)
                .contains(Readiness.manual());
        assertThat(after.folders()).isEqualTo(before.folders());
        assertThat(after.idCounter()).isEqualTo(before.idCounter());
        assertThat(site.lifecycle().pendingFileIds()).containsExactly(later.id());
        assertThat(admin().get("/_fake/sites/" + WireClient.SITE_ID + "/state").body())
                .isEqualTo(exported);
    }

    @Test
    void aStateOfAnotherSiteIsRefusedWithAHint() {
        WireClient.Response response =
                admin().put("/_fake/sites/" + WireClient.SITE_ID + "/state", "{\"siteId\":\"elsewhere\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/details/applicationError/description").stringValue())
                .contains("/_fake/sites/elsewhere/state");
    }

    @Test
    void readyMarksAPendingFileReadyAndAnswersIt() {
        FileDescriptor file = pendingImport("https://example.com/a.jpg");
        WireClient.Response response =
                admin().post("/_fake/sites/" + WireClient.SITE_ID + "/files/" + file.id() + "/ready", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/file/operationStatus").stringValue()).isEqualTo("READY");
        assertThat(site.files().getFileDescriptor(file.id()).operationStatus()).isEqualTo(OperationStatus.READY);
    }

    @Test
    void failedMarksAPendingFileFailedWithTheGivenError() {
        FileDescriptor file = pendingImport("https://example.com/a.jpg");
        WireClient.Response response = admin().post(
                        "/_fake/sites/" + WireClient.SITE_ID + "/files/" + file.id() + "/failed",
                        "{\"code\":\"UNSUPPORTED_FILE_FORMAT\",\"description\":\"cannot decode\"}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/file/operationStatus").stringValue()).isEqualTo("FAILED");
    }

    @Test
    void failedWorksWithoutABody() {
        FileDescriptor file = pendingImport("https://example.com/a.jpg");
        assertThat(admin().post("/_fake/sites/" + WireClient.SITE_ID + "/files/" + file.id() + "/failed", null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void pendingListsThePendingFiles() {
        FileDescriptor file = pendingImport("https://example.com/a.jpg");
        assertThat(admin().get("/_fake/sites/" + WireClient.SITE_ID + "/files/pending")
                        .body())
                .isEqualTo("{\"fileIds\":[\"" + file.id() + "\"]}");
    }

    @Test
    void readyOfAnUnknownFileIsAnErrorInTheWireShape() {
        WireClient.Response response = admin().post("/_fake/sites/" + WireClient.SITE_ID + "/files/nope/ready", null);
        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.json().get("details").isObject()).isTrue();
    }

    @Test
    void theClockCanBeReadAdvancedSetFrozenAndUnfrozen() {
        assertThat(admin().get("/_fake/clock").body())
                .isEqualTo("{\"now\":\"2024-05-01T10:00:00.000Z\",\"frozen\":true}");
        assertThat(admin().post("/_fake/clock/advance", "{\"duration\":\"PT10M\"}")
                        .json()
                        .get("now")
                        .stringValue())
                .isEqualTo("2024-05-01T10:10:00.000Z");
        assertThat(admin().post("/_fake/clock/set", "{\"instant\":\"2025-01-01T00:00:00Z\"}")
                        .json()
                        .get("now")
                        .stringValue())
                .isEqualTo("2025-01-01T00:00:00.000Z");
        assertThat(admin().post("/_fake/clock/unfreeze", null)
                        .json()
                        .get("frozen")
                        .booleanValue())
                .isFalse();
        assertThat(fake.clock().isFrozen()).isFalse();
        assertThat(admin().post("/_fake/clock/freeze", null)
                        .json()
                        .get("frozen")
                        .booleanValue())
                .isTrue();
        assertThat(fake.clock().isFrozen()).isTrue();
    }

    @Test
    void advancingTheClockMakesDueFilesReady() {
        site.scenarios().readiness(Readiness.readyAfter(Duration.ofMinutes(5)));
        FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
        admin().post("/_fake/clock/advance", "{\"duration\":\"PT5M\"}");
        assertThat(site.files().getFileDescriptor(file.id()).operationStatus()).isEqualTo(OperationStatus.READY);
    }

    @Test
    void badClockInputIsAValidationError() {
        WireClient.Response bad = admin().post("/_fake/clock/advance", "{\"duration\":\"ten minutes\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json()
                        .at("/details/validationError/fieldViolations/0/field")
                        .stringValue())
                .isEqualTo("duration");
        assertThat(admin().post("/_fake/clock/advance", "{\"duration\":\"-PT1M\"}")
                        .status())
                .isEqualTo(400);
        assertThat(admin().post("/_fake/clock/set", "{}").status()).isEqualTo(400);
        assertThat(fake.clock().instant()).isEqualTo(NOW);
    }

    @Test
    void theJournalListsAndCountsApiRequestsWithFilters() {
        client.get("/site-media/v1/files?paging.limit=2");
        client.with("wix-site-id", "other").get("/site-media/v1/folders");
        client.post("/site-media/v1/files/get-files", "{\"fileIds\":[\"nope\"]}");

        JsonNode all = admin().get("/_fake/journal").json().get("entries");
        assertThat(all).hasSize(3);
        JsonNode first = all.get(0);
        assertThat(first.get("operation").stringValue()).isEqualTo("listFiles");
        assertThat(first.get("query").toString()).isEqualTo("{\"paging.limit\":[\"2\"]}");
        assertThat(first.get("receivedAt").stringValue()).isEqualTo("2024-05-01T10:00:00.000Z");
        assertThat(all.get(2).get("errorCode").stringValue()).isEqualTo("RESOURCE_NOT_FOUND");
        assertThat(all.get(2).get("body").stringValue()).isEqualTo("{\"fileIds\":[\"nope\"]}");

        assertThat(admin().get("/_fake/journal?siteId=other").json().get("entries"))
                .hasSize(1);
        assertThat(admin().get("/_fake/journal?operation=getFileDescriptors")
                        .json()
                        .get("entries"))
                .hasSize(1);
        assertThat(admin().get("/_fake/journal?limit=1")
                        .json()
                        .at("/entries/0/operation")
                        .stringValue())
                .isEqualTo("getFileDescriptors");
        assertThat(admin().get("/_fake/journal/count?operation=listFiles").body())
                .isEqualTo("{\"count\":1}");
        assertThat(admin().get("/_fake/journal/count").body()).isEqualTo("{\"count\":3}");

        assertThat(admin().delete("/_fake/journal").status()).isEqualTo(200);
        assertThat(admin().get("/_fake/journal/count").body()).isEqualTo("{\"count\":0}");
    }

    @Test
    void anUnknownOperationFilterIsAClientError() {
        WireClient.Response response = admin().get("/_fake/journal?operation=fly");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/details/applicationError/description").stringValue())
                .contains("listFiles");
    }

    @Test
    void healthSaysUp() {
        assertThat(admin().get("/_fake/health").body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void sitesListsTheSitesInUse() {
        site.folders().createFolder("a", null);
        assertThat(admin().get("/_fake/sites").json().get("siteIds").toString()).contains(WireClient.SITE_ID);
    }

    @Test
    void adminRequestsAreNotJournaledButCarryARequestId() {
        WireClient.Response response = admin().get("/_fake/health");
        assertThat(response.header("X-Wix-Request-Id")).isNotBlank();
        assertThat(server.journal().entries()).isEmpty();
    }

    @Test
    void theClockReportsTheInstantTheCoreUses() {
        fake.clock().setTo(Instant.parse("2030-01-02T03:04:05.678Z"));
        assertThat(admin().get("/_fake/clock").json().get("now").stringValue()).isEqualTo("2030-01-02T03:04:05.678Z");
    }
}
