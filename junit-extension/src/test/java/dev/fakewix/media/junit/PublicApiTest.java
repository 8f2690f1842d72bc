package dev.fakewix.media.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.assertj.FileDescriptorAssert;
import dev.fakewix.media.assertj.MediaManagerAssertions;
import dev.fakewix.media.assertj.MediaSiteAssert;
import dev.fakewix.media.assertj.RequestConditions;
import dev.fakewix.media.assertj.RequestJournalAssert;
import dev.fakewix.media.awaitility.MediaAwait;
import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.SiteLimits;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.http.AuthMode;
import dev.fakewix.media.http.JournalEntry;
import dev.fakewix.media.http.RequestJournal;
import dev.fakewix.media.http.ServerConfig;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Touches every public entry point of the module once, so that an accidental change of the public API breaks the
 * build here first. Behaviour is tested elsewhere; this only checks that the calls exist and fit together.
 */
class PublicApiTest {

    @Test
    void everyPublicEntryPointIsCallable() {
        // the annotation, its enums and constants
        WithFakeMediaManager defaults = Annotated.class.getAnnotation(WithFakeMediaManager.class);
        assertThat(defaults.http()).isFalse();
        assertThat(defaults.siteId()).isEmpty();
        assertThat(defaults.seed()).isZero();
        assertThat(defaults.readiness()).isEqualTo("ready");
        assertThat(defaults.auth()).isEqualTo(AuthMode.PERMISSIVE);
        assertThat(defaults.apiKey()).isEqualTo(WithFakeMediaManager.DEFAULT_API_KEY);
        assertThat(defaults.fixedClock()).isEqualTo(WithFakeMediaManager.DEFAULT_INSTANT);
        assertThat(defaults.scenarios()).isEmpty();
        assertThat(defaults.serverScope()).isEqualTo(ServerScope.PER_RUN);
        assertThat(defaults.journalCapacity()).isEqualTo(10_000);
        assertThat(defaults.tokenSecret()).isEmpty();
        assertThat(defaults.allowHosts()).isEmpty();
        assertThat(WithFakeMediaManager.WALL_TIME).isNotBlank();
        assertThat(ServerScope.values()).containsExactly(ServerScope.PER_RUN, ServerScope.PER_CLASS);

        // the extension and its builder
        FakeMediaManagerExtension extension = FakeMediaManagerExtension.builder()
                .http(true)
                .siteId("site")
                .apiKey("key")
                .scenarioFile("scenarios/quota-exceeded.json")
                .scenario(site -> {})
                .scenarios(scenarios -> {})
                .serverScope(ServerScope.PER_CLASS)
                .ownClock(true)
                .webhook()
                .fake(b -> b.seed(1)
                        .readiness(Readiness.manual())
                        .clock(VirtualClock.frozenAt(Instant.EPOCH))
                        .limits(SiteLimits.unlimited())
                        .tokenSecret("s"))
                .server(cfg -> cfg.auth(AuthMode.STRICT)
                        .journalCapacity(10)
                        .allowHost("h")
                        .httpsPort(0)
                        .tlsDir(ServerConfig.defaultTlsDir())
                        .wixHosts(false)
                        .serveMedia(false))
                .build();
        assertThat(extension).isNotNull();
        assertThat(new FakeMediaManagerExtension()).isNotNull();

        // the HTTP coordinates
        RequestJournal journal = new RequestJournal(10);
        journal.record(new JournalEntry(
                1,
                Instant.EPOCH,
                "site",
                Operation.LIST_FILES,
                "GET",
                "/site-media/v1/files",
                Map.of("paging.limit", List.of("2")),
                null,
                200,
                null,
                null));
        FakeMediaManagerHttp http =
                new FakeMediaManagerHttp(URI.create("http://127.0.0.1:1234/"), 1234, "site", "key", journal);
        assertThat(http.uri("/site-media/v1/files")).hasToString("http://127.0.0.1:1234/site-media/v1/files");
        assertThat(http.request("site-media/v1/files").build().headers().firstValue("wix-site-id"))
                .contains("site");
        assertThat(http.headers()).containsEntry("Authorization", "key");
        assertThat(http.requests()).hasSize(1);
        assertThat(http.count(Operation.LIST_FILES)).isEqualTo(1);
        assertThat(http.adminToken()).isEmpty();
        FakeMediaManagerHttp strict =
                new FakeMediaManagerHttp(http.baseUri(), 1234, "site", "key", journal, Optional.of("t0ken"));
        assertThat(strict.request("/_fake/journal").build().headers().firstValue("X-Fake-Admin-Token"))
                .contains("t0ken");
        assertThat(strict.request("/site-media/v1/files").build().headers().firstValue("X-Fake-Admin-Token"))
                .isEmpty();
        FakeMediaManagerHttp https = new FakeMediaManagerHttp(
                http.baseUri(),
                1234,
                "site",
                "key",
                journal,
                Optional.empty(),
                Optional.of(URI.create("https://127.0.0.1:1235")),
                Optional.empty());
        assertThat(https.httpsUri()).hasValue(URI.create("https://127.0.0.1:1235"));
        assertThat(https.caCertificateFile()).isEmpty();

        // the assertions
        FakeMediaManager fake = FakeMediaManager.builder()
                .clock(VirtualClock.frozenAt(Instant.EPOCH))
                .build();
        MediaSite site = fake.site();
        Folder photos = site.folders().createFolder("photos", null);
        FileDescriptor file = site.files()
                .importFile(ImportFileRequest.of("https://example.com/cat.jpg").withParentFolderId(photos.id()));
        FileDescriptor trashed = site.files().importFile(ImportFileRequest.of("https://example.com/old.jpg"));
        Folder archive = site.folders().createFolder("archive", null);
        site.files().bulkDeleteFiles(List.of(trashed.id()), false);
        site.folders().bulkDeleteFolders(List.of(archive.id()), false);

        MediaSiteAssert siteAssert = MediaManagerAssertions.assertThat(site)
                .hasFileWithId(file.id())
                .doesNotHaveFileWithId(trashed.id())
                .hasFileNamed("cat.jpg")
                .hasFileAt("/photos/cat.jpg")
                .doesNotHaveFileAt("/cat.jpg")
                .hasFileCount(1)
                .hasNoPendingFiles()
                .hasFolderWithId(photos.id())
                .hasFolderNamed("photos")
                .hasFolderAt("/photos")
                .doesNotHaveFolderAt("/archive")
                .hasFolderCount(1)
                .trashContainsFile(trashed.id())
                .trashContainsFileNamed("old.jpg")
                .trashContainsFolder(archive.id())
                .hasTrashedFileCount(1);
        assertThat(siteAssert).isNotNull();
        MediaManagerAssertions.assertThat(fake).hasFileAt("/photos/cat.jpg");
        MediaManagerAssertions.assertThat(FakeMediaManager.builder().build().site())
                .isEmpty()
                .hasEmptyTrash();
        siteAssert.fileWithId(file.id()).isReady();
        siteAssert.fileNamed("cat.jpg").isReady();
        FileDescriptorAssert fileAssert = siteAssert
                .fileAt("/photos/cat.jpg")
                .isReady()
                .hasOperationStatus(OperationStatus.READY)
                .isInFolder(photos.id())
                .isNotInTrash()
                .hasMediaType(MediaType.IMAGE)
                .hasLabels()
                .containsLabels()
                .isPublic()
                .hasDisplayName("cat.jpg");
        assertThat(fileAssert).isNotNull();
        MediaManagerAssertions.assertThat(file).isPending();
        MediaManagerAssertions.assertThat(site.files().getFileDescriptor(trashed.id()))
                .isInTrash();
        MediaManagerAssertions.assertThat(site.files()
                        .importFile(ImportFileRequest.of("https://example.com/p.jpg")
                                .withPrivate(true)
                                .withParentFolderId(RootFolder.MEDIA_ROOT.folderId())))
                .isPrivate()
                .isInRootFolder()
                .hasSizeInBytes(-1);
        FakeMediaManager failing =
                FakeMediaManager.builder().readiness(Readiness.failed("X", "y")).build();
        FileDescriptor failed = failing.site().files().importFile(ImportFileRequest.of("https://example.com/f.jpg"));
        MediaManagerAssertions.assertThat(failing.site().files().getFileDescriptor(failed.id()))
                .hasFailed();

        RequestJournalAssert journalAssert = MediaManagerAssertions.assertThat(http)
                .received(Operation.LIST_FILES)
                .received(Operation.LIST_FILES, 1)
                .received(Operation.LIST_FILES, 1, RequestConditions.queryParam("paging.limit", "2"))
                .receivedAtLeast(Operation.LIST_FILES, 1)
                .didNotReceive(Operation.IMPORT_FILE)
                .receivedNothingElse();
        assertThat(journalAssert).isNotNull();
        MediaManagerAssertions.assertThat(journal).forSite("other").receivedNothing();
        assertThat(List.of(
                        RequestConditions.bodyContains("a"),
                        RequestConditions.bodyHas("a", 1),
                        RequestConditions.status(200),
                        RequestConditions.errorCode("UNAVAILABLE"),
                        RequestConditions.succeeded()))
                .hasSize(5);

        // the waiting
        assertThat(MediaAwait.DEFAULT_TIMEOUT).isPositive();
        assertThat(MediaAwait.POLL_INTERVAL).isPositive();
        MediaAwait.await().until(() -> true);
        MediaAwait.await("alias").until(MediaAwait.fileIsReady(site, file.id()));
        MediaAwait.awaitFile(site, file.id()).until(MediaAwait.fileIsReady(site, file.id()));
        assertThat(MediaAwait.untilFileReady(site, file.id()).id()).isEqualTo(file.id());
        MediaAwait.await().until(MediaAwait.requestsArrived(http, Operation.LIST_FILES, 1));
        assertThat(MediaAwait.untilRequests(http, Operation.LIST_FILES, 1)).hasSize(1);
    }

    @WithFakeMediaManager
    private static final class Annotated {
        @InjectFake
        @SuppressWarnings("UnusedVariable") // declared to use @InjectFake; no extension runs here to inject it
        MediaSite site;
    }
}
