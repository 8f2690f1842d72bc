package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.ApplicationError;
import dev.fakewix.media.core.model.ArchiveMedia;
import dev.fakewix.media.core.model.Audio;
import dev.fakewix.media.core.model.AudioMedia;
import dev.fakewix.media.core.model.BulkActionMetadata;
import dev.fakewix.media.core.model.BulkImportFileResponse;
import dev.fakewix.media.core.model.BulkImportFileResult;
import dev.fakewix.media.core.model.Color;
import dev.fakewix.media.core.model.ColorRGB;
import dev.fakewix.media.core.model.Colors;
import dev.fakewix.media.core.model.ContentDisposition;
import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.DocumentMedia;
import dev.fakewix.media.core.model.DownloadUrl;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FaceRecognition;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileMedia;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.FolderPage;
import dev.fakewix.media.core.model.FolderUpdate;
import dev.fakewix.media.core.model.FontAsset;
import dev.fakewix.media.core.model.FontMedia;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateVideoStreamingUrlRequest;
import dev.fakewix.media.core.model.Image;
import dev.fakewix.media.core.model.ImageMedia;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ItemMetadata;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.Model3DMedia;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.PagingMetadata;
import dev.fakewix.media.core.model.ResumableUploadUrl;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.SearchFilesRequest;
import dev.fakewix.media.core.model.SearchFoldersRequest;
import dev.fakewix.media.core.model.SortOrder;
import dev.fakewix.media.core.model.Sorting;
import dev.fakewix.media.core.model.State;
import dev.fakewix.media.core.model.StreamFormat;
import dev.fakewix.media.core.model.UploadProtocol;
import dev.fakewix.media.core.model.VideoMedia;
import dev.fakewix.media.core.model.VideoResolution;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls every public entry point of the core API once, as a user would, so that an accidental break fails to
 * compile here (and {@link ApiSignatureTest} catches what compiles but changed). The scripted-scenario DSL is
 * exercised by ScenariosTest.
 */
class PublicApiTest {
    @TempDir
    Path dataDirectory;

    @Test
    void theFakeAndItsBuilder() throws Exception {
        VirtualClock clock = VirtualClock.frozenAt(Fakes.T0);
        FakeMediaManager fake = FakeMediaManager.builder()
                .siteId("site-1")
                .seed(5)
                .clock(clock)
                .wallClock(Clock.fixed(Fakes.T0, ZoneOffset.UTC))
                .readiness(Readiness.ready())
                .limits(SiteLimits.unlimited())
                .build();
        List<MediaEvent> events = new ArrayList<>();
        AutoCloseable subscription = fake.onEvent(events::add);

        assertThat(fake.seed()).isEqualTo(5);
        assertThat(fake.defaultSiteId()).isEqualTo("site-1");
        assertThat(fake.clock()).isSameAs(clock);
        assertThat(fake.site().siteId()).isEqualTo("site-1");
        assertThat(fake.site("other").siteId()).isEqualTo("other");
        assertThat(fake.siteIds()).containsExactly("other", "site-1");
        assertThat(fake.hasSite("other")).isTrue();
        assertThat(fake.site().files()).isSameAs(fake.site().files());
        assertThat(fake.site().folders()).isSameAs(fake.site().folders());
        assertThat(fake.site().lifecycle()).isSameAs(fake.site().lifecycle());
        assertThat(fake.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png")))
                .startsWith("https://upload.wixmp.com/upload/");
        fake.site()
                .files()
                .getFileDescriptor(
                        Fakes.importImage(fake.site().files(), "a.jpg").id());
        assertThat(events).hasSize(1);
        subscription.close();
        fake.reset();
        assertThat(fake.site().files().listFiles(ListFilesRequest.all()).files())
                .isEmpty();
        assertThat(FakeMediaManager.builder().build().defaultSiteId()).isEqualTo(FakeMediaManager.DEFAULT_SITE_ID);
        assertThat(FakeMediaManager.builder()
                        .clock(VirtualClock.frozenAt(Fakes.T0))
                        .build()
                        .clock()
                        .instant())
                .isEqualTo(Fakes.T0);
        Path data = dataDirectory.resolve("data");
        try (FakeMediaManager kept =
                FakeMediaManager.builder().dataDirectory(data).build()) {
            Fakes.importImage(kept.site().files(), "kept.jpg");
        }
        try (FakeMediaManager again =
                FakeMediaManager.builder().dataDirectory(data).build()) {
            assertThat(again.site().files().listFiles(ListFilesRequest.all()).files())
                    .hasSize(1);
        }
    }

    @Test
    void aSite() {
        FakeMediaManager fake = Fakes.fake();
        MediaSite site = fake.site();

        site.scenarios().limits(SiteLimits.unlimited().withStorageQuota(1_000_000_000));
        assertThat(site.scenarios().limits().storageQuotaBytes()).isEqualTo(1_000_000_000);
        FileDescriptor file = Fakes.importImage(site.files(), "a.jpg");
        assertThat(site.storageUsed()).isPositive();
        SiteSnapshot snapshot = site.snapshot();
        site.reset();
        site.restore(snapshot);
        assertThat(site.files().getFileDescriptor(file.id()).id()).isEqualTo(file.id());
        assertThat(site.folders()).isNotNull();
        assertThat(site.lifecycle()).isNotNull();
        assertThat(site.scenarios()).isNotNull();
    }

    @Test
    void theFilesApi() {
        FakeMediaManager fake = Fakes.fake();
        Files files = fake.site().files();
        ExternalInfo info = ExternalInfo.of("origin", "id-1");

        FileDescriptor image = files.importFile(ImportFileRequest.of("https://example.com/a")
                .withMediaType(MediaType.IMAGE)
                .withDisplayName("a.jpg")
                .withParentFolderId("media-root")
                .withPrivate(false)
                .withLabels(List.of("l"))
                .withMimeType("image/jpeg")
                .withExternalInfo(info)
                .withFilePath("/x"));
        FileDescriptor video = Fakes.importImage(files, "v.mp4");
        BulkImportFileResponse bulk = files.bulkImportFile(List.of(Fakes.importRequest("b.pdf")), true);
        List<FileDescriptor> legacy = files.bulkImportFiles(List.of(Fakes.importRequest("c.zip")));
        assertThat(bulk.results()).hasSize(1);
        assertThat(legacy).hasSize(1);

        assertThat(files.getFileDescriptor(image.id()).operationStatus()).isEqualTo(OperationStatus.READY);
        assertThat(files.getFileDescriptors(List.of(image.id(), video.id()))).hasSize(2);
        assertThat(files.updateFileDescriptor(FileUpdate.of(image.id())
                                .withDisplayName("b.jpg")
                                .withParentFolderId(image.parentFolderId())
                                .withLabels(List.of("m")))
                        .displayName())
                .isEqualTo("b.jpg");
        assertThat(files.updateFileDescriptor(
                                FileUpdate.of(image.id()).withDisplayName("c.jpg"), List.of("displayName"))
                        .displayName())
                .isEqualTo("c.jpg");

        String uploadUrl = files.generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png")
                .withFileName("p.png")
                .withSizeInBytes((long) UploadTest.PNG_3X2.length)
                .withParentFolderId("media-root")
                .withPrivate(true)
                .withLabels(List.of("u"))
                .withExternalInfo(info)
                .withFilePath("/uploads"));
        ResumableUploadUrl resumable =
                files.generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("video/mp4")
                        .withFileName("t.mp4")
                        .withSizeInBytes(4L)
                        .withParentFolderId("media-root")
                        .withPrivate(false)
                        .withLabels(List.of())
                        .withUploadProtocol(UploadProtocol.TUS)
                        .withFilePath("/talks"));
        assertThat(uploadUrl).isNotBlank();
        assertThat(resumable.uploadProtocol()).isEqualTo(UploadProtocol.TUS);
        assertThat(resumable.uploadUrl()).isNotBlank();

        List<DownloadUrl> downloads = files.generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(image.id())
                .withDownloadFileName("d.jpg")
                .withExpirationInMinutes(60)
                .withExpirationRedirectUrl("https://example.com/gone")
                .withAssetKeys(List.of("src"))
                .withContentDisposition(ContentDisposition.INLINE));
        assertThat(downloads).singleElement().extracting(DownloadUrl::assetKey).isEqualTo("src");
        assertThat(files.generateFilesDownloadUrl(List.of(image.id()))).isNotBlank();
        assertThat(files.generateVideoStreamingUrl(GenerateVideoStreamingUrlRequest.of(video.id())
                                .withFormat(StreamFormat.HLS)
                                .withExpirationInMinutes(60))
                        .url())
                .isNotBlank();

        FilePage listed = files.listFiles(ListFilesRequest.in("media-root")
                .withMediaTypes(MediaType.VIDEO)
                .withPrivate(null)
                .withSort(Sorting.by("displayName", SortOrder.ASC))
                .withPaging(CursorPaging.limit(10)));
        assertThat(listed.files()).hasSize(1);
        FilePage searched = files.searchFiles(SearchFilesRequest.text("a")
                .withRootFolder(RootFolder.MEDIA_ROOT)
                .withMediaTypes(MediaType.IMAGE)
                .withPrivate(false)
                .withSort(Sorting.by("updatedDate", SortOrder.DESC))
                .withPaging(CursorPaging.limit(5)));
        assertThat(searched.paging().count()).isEqualTo(searched.files().size());
        FilePage queried = files.queryFileDescriptors(CursorQuery.filter(Map.of("mediaType", "IMAGE"))
                .withSort(Sorting.by("sizeInBytes", SortOrder.ASC))
                .withPaging(CursorPaging.limit(1)));
        assertThat(files.queryFileDescriptors(CursorQuery.next(queried.paging().nextCursor()))
                        .files())
                .isNotNull();
        assertThat(files.queryFileDescriptors(CursorQuery.all()).files()).isNotEmpty();

        files.bulkDeleteFiles(List.of(video.id()), false);
        assertThat(files.listDeletedFiles(ListFilesRequest.all()).files()).hasSize(1);
        files.bulkRestoreFilesFromTrashBin(List.of(video.id()));
        assertThat(files.listDeletedFiles(ListFilesRequest.all()).files()).isEmpty();
    }

    @Test
    void theFoldersApi() {
        Folders folders = Fakes.fake().site().folders();

        Folder a = folders.createFolder("a", null);
        Folder b = folders.createFolder("b", a.id());
        assertThat(folders.getFolder(b.id())).isEqualTo(b);
        FolderPage listed = folders.listFolders(ListFoldersRequest.in(a.id())
                .withSort(Sorting.by("displayName", null))
                .withPaging(CursorPaging.limit(1)));
        assertThat(listed.folders()).containsExactly(b);
        assertThat(folders.listFolders(ListFoldersRequest.all()).folders()).containsExactly(a);
        assertThat(folders.searchFolders(SearchFoldersRequest.text("b")
                                .withRootFolder(RootFolder.MEDIA_ROOT)
                                .withSort(Sorting.by("updatedDate", null))
                                .withPaging(CursorPaging.limit(2)))
                        .folders())
                .containsExactly(b);
        assertThat(folders.searchFolders(SearchFoldersRequest.all()).folders()).hasSize(2);
        assertThat(folders.updateFolder(
                                FolderUpdate.of(b.id()).withDisplayName("c").withParentFolderId("media-root"))
                        .parentFolderId())
                .isEqualTo("media-root");
        assertThat(folders.updateFolder(FolderUpdate.of(b.id()).withDisplayName("d"), List.of("displayName"))
                        .displayName())
                .isEqualTo("d");
        assertThat(folders.generateFolderDownloadUrl(a.id())).isNotBlank();
        assertThat(folders.queryFolders(CursorQuery.filter(Map.of("state", "OK")))
                        .folders())
                .hasSize(2);
        folders.bulkDeleteFolders(List.of(a.id()), false);
        assertThat(folders.listDeletedFolders(ListFoldersRequest.all()).folders())
                .extracting(Folder::id)
                .containsExactly(a.id());
        folders.bulkRestoreFoldersFromTrashBin(List.of(a.id()));
        assertThat(folders.listDeletedFolders(ListFoldersRequest.in("media-root"))
                        .folders())
                .isEmpty();
    }

    @Test
    void theLifecycleAndTheReadinessPolicies() {
        FakeMediaManager fake = Fakes.fake();
        Lifecycle lifecycle = fake.site().lifecycle();
        fake.site().scenarios().readiness(Readiness.manual());
        FileDescriptor a = Fakes.importImage(fake.site().files(), "a.jpg");
        FileDescriptor b = Fakes.importImage(fake.site().files(), "b.jpg");

        assertThat(lifecycle.pendingFileIds()).containsExactly(a.id(), b.id());
        assertThat(lifecycle.markReady(a.id()).operationStatus()).isEqualTo(OperationStatus.READY);
        assertThat(lifecycle.markFailed(b.id(), "X", "y").operationStatus()).isEqualTo(OperationStatus.FAILED);
        FileDescriptor c = Fakes.importImage(fake.site().files(), "c.jpg");
        assertThat(lifecycle.markFailed(c.id()).operationStatus()).isEqualTo(OperationStatus.FAILED);

        PendingFile pending = new PendingFile(
                "s",
                "f",
                "n.jpg",
                MediaType.IMAGE,
                "image/jpeg",
                "media-root",
                "/",
                List.of("l"),
                ExternalInfo.of("o"),
                true,
                null);
        ReadinessPolicy policy = Readiness.ready()
                .forFiles(f -> f.uploaded(), Readiness.afterReads(2, Readiness.ready()))
                .forMediaType(MediaType.VIDEO, Readiness.readyAfter(Duration.ofMinutes(1)))
                .forFilesNamed("*.tmp", Readiness.readyAfterWallTime(Duration.ofSeconds(1)))
                .forFolder("slow", Readiness.failed("X", "y"))
                .forFileId("special", Readiness.manual());
        assertThat(policy.decide(pending)).isEqualTo(Readiness.afterReads(2, Readiness.ready()));
        assertThat(pending.siteId()).isEqualTo("s");
        assertThat(pending.fileId()).isEqualTo("f");
        assertThat(pending.displayName()).isEqualTo("n.jpg");
        assertThat(pending.mediaType()).isEqualTo(MediaType.IMAGE);
        assertThat(pending.mimeType()).isEqualTo("image/jpeg");
        assertThat(pending.parentFolderId()).isEqualTo("media-root");
        assertThat(pending.folderPath()).isEqualTo("/");
        assertThat(pending.labels()).containsExactly("l");
        assertThat(pending.externalInfo().origin()).isEqualTo("o");
        assertThat(pending.sourceUrl()).isNull();

        Readiness.Ready ready = (Readiness.Ready) Readiness.readyAfter(Duration.ofSeconds(1));
        assertThat(ready.delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(ready.timeBase()).isEqualTo(Readiness.TimeBase.FAKE_CLOCK);
        assertThat(((Readiness.Ready) Readiness.readyAfterWallTime(Duration.ZERO)).timeBase())
                .isEqualTo(Readiness.TimeBase.WALL_CLOCK);
        Readiness.Fail fail = (Readiness.Fail) Readiness.failedAfter(Duration.ofSeconds(2), "C", "d");
        assertThat(fail.delay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(fail.timeBase()).isEqualTo(Readiness.TimeBase.FAKE_CLOCK);
        assertThat(fail.error()).isEqualTo(ApplicationError.of("C", "d"));
        assertThat(Readiness.failed("C", "d"))
                .isEqualTo(new Readiness.Fail(
                        Duration.ZERO, Readiness.TimeBase.FAKE_CLOCK, ApplicationError.of("C", "d")));
        Readiness.AfterReads afterReads = new Readiness.AfterReads(3, Readiness.ready());
        assertThat(afterReads.reads()).isEqualTo(3);
        assertThat(afterReads.outcome()).isEqualTo(new Readiness.Ready(Duration.ZERO, Readiness.TimeBase.FAKE_CLOCK));
        assertThat(Readiness.manual()).isEqualTo(new Readiness.Manual());
        assertThat(Readiness.TimeBase.values())
                .containsExactly(Readiness.TimeBase.FAKE_CLOCK, Readiness.TimeBase.WALL_CLOCK);
        assertThat(Readiness.manual().decide(pending)).isEqualTo(Readiness.manual());
        assertThat(ReadinessPolicy.parse("readyAfter 1m")).isEqualTo(Readiness.readyAfter(Duration.ofMinutes(1)));
    }

    @Test
    void theVirtualClock() {
        VirtualClock frozen = VirtualClock.frozenAt(Fakes.T0);
        assertThat(frozen.isFrozen()).isTrue();
        assertThat(frozen.advance(Duration.ofSeconds(1))).isEqualTo(Fakes.T0.plusSeconds(1));
        assertThat(frozen.millis()).isEqualTo(Fakes.T0.plusSeconds(1).toEpochMilli());
        assertThat(frozen.setTo(Fakes.T0)).isEqualTo(Fakes.T0);
        assertThat(frozen.instant()).isEqualTo(Fakes.T0);
        assertThat(frozen.getZone()).isEqualTo(ZoneOffset.UTC);
        Clock paris = frozen.withZone(ZoneId.of("Europe/Paris"));
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(paris.instant()).isEqualTo(frozen.instant());
        frozen.advance(Duration.ofMinutes(1));
        assertThat(paris.instant()).as("a zoned view follows the virtual clock").isEqualTo(frozen.instant());
        assertThat(frozen.withZone(ZoneOffset.UTC)).isSameAs(frozen);
        assertThatThrownBy(() -> frozen.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("setTo");

        Instant unfrozenAt = frozen.unfreeze();
        assertThat(frozen.isFrozen()).isFalse();
        assertThat(frozen.instant()).isAfterOrEqualTo(unfrozenAt);
        Instant frozenAgain = frozen.freeze();
        assertThat(frozen.instant()).isEqualTo(frozenAgain);

        VirtualClock following = VirtualClock.followingWallTime();
        Instant before = following.instant();
        assertThat(following.advance(Duration.ofDays(1))).isAfterOrEqualTo(before.plus(Duration.ofDays(1)));
        assertThat(following.isFrozen()).isFalse();
    }

    @Test
    void limitsSnapshotsAndEvents() {
        SiteLimits limits = new SiteLimits(10, 5);
        assertThat(limits.storageQuotaBytes()).isEqualTo(10);
        assertThat(limits.maxFileSizeBytes()).isEqualTo(5);
        assertThat(SiteLimits.unlimited().maxFileSizeBytes()).isEqualTo(SiteLimits.DEFAULT_MAX_FILE_SIZE);
        assertThatThrownBy(() -> new SiteLimits(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SiteLimits(1, 0)).isInstanceOf(IllegalArgumentException.class);

        FileDescriptor file = descriptor();
        Folder folder = new Folder("d", "n", "media-root", Fakes.T0, Fakes.T0, State.OK, "s");
        SiteSnapshot.StoredFile storedFile =
                new SiteSnapshot.StoredFile(file, "image/jpeg", "a.jpg", null, null, "media-root", true, null, null);
        SiteSnapshot.StoredFolder storedFolder = new SiteSnapshot.StoredFolder(folder, null, null, false);
        SiteSnapshot snapshot = new SiteSnapshot("s", 3, List.of(storedFile), List.of(storedFolder));
        assertThat(snapshot.siteId()).isEqualTo("s");
        assertThat(snapshot.idCounter()).isEqualTo(3);
        assertThat(snapshot.files()).containsExactly(storedFile);
        assertThat(snapshot.folders()).containsExactly(storedFolder);
        assertThat(storedFile.root()).isEqualTo(RootFolder.MEDIA_ROOT);
        assertThat(storedFile.file()).isEqualTo(file);
        assertThat(storedFile.mimeType()).isEqualTo("image/jpeg");
        assertThat(storedFile.originalName()).isEqualTo("a.jpg");
        assertThat(storedFile.externalInfo()).isNull();
        assertThat(storedFile.trashedFrom()).isEqualTo("media-root");
        assertThat(storedFile.trashed()).isTrue();
        assertThat(storedFile.pendingReadiness()).isNull();
        assertThat(storedFile.content()).isNull();
        assertThat(storedFolder.folder()).isEqualTo(folder);
        assertThat(storedFolder.root()).isEqualTo(RootFolder.MEDIA_ROOT);
        assertThat(storedFolder.trashedFrom()).isNull();
        assertThat(storedFolder.trashed()).isFalse();
        assertThat(SiteSnapshot.empty("s").files()).isEmpty();

        MediaEvent.Metadata metadata = new MediaEvent.Metadata(
                "id", MediaEvent.FILE_ENTITY_FQDN, MediaEvent.FILE_READY_TYPE, "file_ready", "f", Fakes.T0, "s", 1);
        MediaEvent ready = new MediaEvent.FileReady(metadata, file, ExternalInfo.of("o"), false);
        MediaEvent failed = new MediaEvent.FileFailed(metadata, null, ApplicationError.of("C", "d"));
        assertThat(ready.metadata()).isEqualTo(metadata);
        assertThat(((MediaEvent.FileReady) ready).file()).isEqualTo(file);
        assertThat(((MediaEvent.FileReady) ready).externalInfo().externalIds()).isEmpty();
        assertThat(((MediaEvent.FileFailed) failed).error().code()).isEqualTo("C");
        assertThat(((MediaEvent.FileFailed) failed).externalInfo()).isNull();
        assertThat(List.of(
                        metadata.id(),
                        metadata.entityFqdn(),
                        metadata.eventType(),
                        metadata.slug(),
                        metadata.entityId(),
                        metadata.siteId()))
                .doesNotContainNull();
        assertThat(metadata.eventTime()).isEqualTo(Fakes.T0);
        assertThat(metadata.entityEventSequence()).isEqualTo(1);
        assertThat(MediaEvent.FILE_FAILED_TYPE).endsWith("file_failed");
    }

    @Test
    void webhooksAndTheirValues() throws Exception {
        WebhookSigningKey key = WebhookSigningKey.generate(42);
        // The JWT's exp counts from the wall clock too: pinned, so jwt(event) signed now equals the body sent earlier.
        FakeMediaManager fake = Fakes.builder()
                .wallClock(Clock.fixed(Fakes.T0, ZoneOffset.UTC))
                .webhookKey(key)
                .webhookPolicy(WebhookPolicy.defaults()
                        .withMaxAttempts(3)
                        .withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(5))
                        .withTimeout(Duration.ofSeconds(1))
                        .withQueueCapacity(10)
                        .withJournalCapacity(10))
                .build();
        Webhooks webhooks = fake.webhooks();
        RecordingTransport transport = new RecordingTransport();
        FaceAccess.get().connectWebhooks(fake, transport, transport);
        assertThat(webhooks.policy().retryAfter(1)).hasSeconds(2);
        assertThat(webhooks.policy().retryAfter(2)).hasSeconds(4);
        assertThat(webhooks.policy().retryAfter(3)).hasSeconds(5);
        assertThat(webhooks.signingKey()).isSameAs(key);
        assertThat(key.publicKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(key.toString()).isEqualTo("WebhookSigningKey[RSA 2048]");
        assertThat(webhooks.instanceId("s")).isEqualTo(webhooks.instanceId("s")).isNotEqualTo(webhooks.instanceId("t"));
        assertThat(webhooks.accountId("s")).isEqualTo(Webhooks.DEFAULT_ACCOUNT_ID);
        assertThat(webhooks.useAccountId("s", "0c8f7a6e-5d4b-4c3a-9b2a-1f0e9d8c7b6a")
                        .accountId("s"))
                .isEqualTo("0c8f7a6e-5d4b-4c3a-9b2a-1f0e9d8c7b6a");
        assertThat(webhooks.useAccountId("s", null).accountId("s")).isEqualTo(Webhooks.DEFAULT_ACCOUNT_ID);
        assertThat(Fakes.builder()
                        .accountId("0c8f7a6e-5d4b-4c3a-9b2a-1f0e9d8c7b6a")
                        .build()
                        .webhooks()
                        .accountId("t"))
                .isEqualTo("0c8f7a6e-5d4b-4c3a-9b2a-1f0e9d8c7b6a");

        WebhookSubscription all = webhooks.subscribe(fake.site().siteId(), "http://127.0.0.1:9/a");
        WebhookSubscription some = webhooks.subscribe("s", "http://localhost:9/b", WebhookEvent.FILE_READY);
        WebhookSubscription named =
                webhooks.subscribe(fake.site().siteId(), "http://[::1]:9/c", WebhookEvent.parse("folder_created"));
        assertThat(webhooks.subscriptions()).containsExactly(all, some, named);
        assertThat(all.events()).isEmpty();
        assertThat(named.events()).containsExactly(WebhookEvent.FOLDER_CREATED);
        assertThat(named.siteId()).isEqualTo(fake.defaultSiteId());

        List<MediaEvent> heard = new CopyOnWriteArrayList<>();
        fake.onEvent(heard::add);
        fake.site().folders().createFolder("Pets", null);
        Awaitility.await()
                .atMost(Fakes.HANG)
                .pollInterval(Duration.ofMillis(5))
                .until(() -> webhooks.attempts().size() == 2);
        MediaEvent created = heard.get(0);
        assertThat(created.type()).isEqualTo(WebhookEvent.FOLDER_CREATED);
        assertThat(all.accepts(created)).isTrue();
        assertThat(some.accepts(created)).isFalse();
        assertThat(webhooks.jwt(created)).isEqualTo(transport.posts.get(0).body());
        WebhookAttempt attempt = webhooks.attempts().get(0);
        assertThat(List.of(attempt.subscriptionId(), attempt.siteId(), attempt.eventId(), attempt.entityId()))
                .doesNotContainNull();
        assertThat(attempt.sequence()).isEqualTo(1);
        assertThat(attempt.fault()).isNull();
        assertThat(attempt.error()).isNull();
        webhooks.clearAttempts();
        assertThat(webhooks.attempts()).isEmpty();
        assertThat(webhooks.outstanding()).isZero();
        assertThat(webhooks.unsubscribe(all.id())).isTrue();
        assertThat(webhooks.toString()).contains(some.id());

        assertThat(WebhookEvent.FOLDER_DELETED.entityFqdn()).isEqualTo(MediaEvent.FOLDER_ENTITY_FQDN);
        assertThat(WebhookEvent.FOLDER_DELETED.isFileEvent()).isFalse();
        assertThat(WebhookEvent.ofEventType("wix.media.site_media.v1.file_descriptor_updated"))
                .isEqualTo(WebhookEvent.FILE_DESCRIPTOR_UPDATED);
        assertThat(WebhookFault.delay(Duration.ofSeconds(1))).hasToString("delay PT1S");
        assertThat(WebhookFault.of(WebhookFault.Kind.BAD_SIGNATURE)).hasToString("bad signature");
        assertThatThrownBy(() -> new WebhookFault(WebhookFault.Kind.DROP, Duration.ZERO))
                .hasMessageContaining("only a DELAY fault");
        assertThatThrownBy(() -> WebhookPolicy.defaults().withMaxAttempts(0)).hasMessageContaining("at least 1");
        ScriptedBehaviour b = fake.site()
                .scenarios()
                .onWebhook(WebhookEvent.FILE_READY)
                .where(RequestMatch.fileNamed("*.jpg"))
                .reorder()
                .fromCall(2);
        assertThat(b.description()).isEqualTo("webhook FILE_READY where fileName=*.jpg: reorder from call 2");
        assertThat(b.action())
                .isEqualTo(new ScriptedBehaviour.Action.Webhook(
                        Set.of(WebhookEvent.FILE_READY), WebhookFault.of(WebhookFault.Kind.REORDER)));
        assertThat(fake.site()
                        .scenarios()
                        .onWebhook()
                        .where(RequestMatch.folder("f"))
                        .drop()
                        .always()
                        .description())
                .isEqualTo("webhook * where folderId=f: drop always");
        assertThat(new MediaEvent.FolderDeleted(created.metadata(), true).movedToTrash())
                .isTrue();
        assertThat(new MediaEvent.FileDescriptorDeleted(created.metadata(), false).movedToTrash())
                .isFalse();
    }

    @Test
    void errorsAndTheirCatalogue() {
        MediaManagerException rule = WixErrorCode.RESOURCE_NOT_FOUND.exception("fileId", "gone");
        assertThat(rule.errorCode()).isEqualTo(WixErrorCode.RESOURCE_NOT_FOUND);
        assertThat(rule.code()).isEqualTo("RESOURCE_NOT_FOUND");
        assertThat(rule.httpStatus()).isEqualTo(400);
        assertThat(rule.isValidationError()).isTrue();
        assertThat(rule.fieldViolations())
                .singleElement()
                .isEqualTo(new FieldViolation("fileId", "gone", "OTHER", "RESOURCE_NOT_FOUND", Map.of()));
        assertThat(rule.applicationError().code()).isEqualTo("RESOURCE_NOT_FOUND");
        assertThat(WixErrorCode.UNSUPPORTED_SORT_VALUE
                        .exception("sort", "no", Map.of("requestValue", "x"))
                        .fieldViolations()
                        .get(0)
                        .data())
                .containsEntry("requestValue", "x");
        assertThat(WixErrorCode.ZERO_FILE_SIZE.exception().getMessage())
                .isEqualTo(WixErrorCode.ZERO_FILE_SIZE.defaultDescription());

        MediaManagerException standard = MediaManagerException.standard(WixErrorCode.UNAVAILABLE, "down");
        assertThat(standard.httpStatus()).isEqualTo(503);
        assertThat(standard.isValidationError()).isFalse();
        assertThat(standard.applicationError()).isEqualTo(ApplicationError.of("UNAVAILABLE", "down"));
        assertThat(standard.retryAfterSeconds()).isEmpty();
        assertThat(standard.withRetryAfter(7).retryAfterSeconds()).contains(7);
        assertThatThrownBy(() -> MediaManagerException.standard(WixErrorCode.RESOURCE_NOT_FOUND, "x"))
                .isInstanceOf(IllegalArgumentException.class);

        FieldViolation violation = FieldViolation.of("paging.limit", "MAX", "must be at most 100");
        MediaManagerException invalid = MediaManagerException.invalidArgument(List.of(violation));
        assertThat(invalid.code()).isEqualTo("INVALID_ARGUMENT");
        assertThat(invalid.getMessage()).isEqualTo("\"paging.limit\" must be at most 100");
        assertThat(violation.field()).isEqualTo("paging.limit");
        assertThat(violation.description()).isEqualTo("must be at most 100");
        assertThat(violation.violatedRule()).isEqualTo("MAX");
        assertThat(violation.ruleName()).isNull();
        assertThat(violation.data()).isEmpty();
        assertThatThrownBy(() -> MediaManagerException.invalidArgument(List.of()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(WixErrorCode.standardFor(404)).contains(WixErrorCode.NOT_FOUND);
        assertThat(WixErrorCode.standardFor(418)).isEmpty();
        assertThat(WixErrorCode.valueOf("INTERNAL").kind()).isEqualTo(WixErrorCode.Kind.STANDARD);
        assertThat(WixErrorCode.values())
                .filteredOn(c -> c.kind() == WixErrorCode.Kind.RULE)
                .extracting(WixErrorCode::httpStatus)
                .containsOnly(400);
    }

    @Test
    void operationsAreNamedAsTheSdkNamesThem() {
        assertThat(Operation.values()).filteredOn(Operation::isApiMethod).hasSize(27);
        assertThat(Operation.fromName("listFiles")).isEqualTo(Operation.LIST_FILES);
        assertThat(Operation.fromName("LIST_FILES").sdkName()).isEqualTo("listFiles");
        assertThat(Operation.valueOf("UPLOAD_FILE").isApiMethod()).isFalse();
        assertThatThrownBy(() -> Operation.fromName("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("listFiles");
        assertThat(HttpFault.values()).isNotEmpty();
    }

    @Test
    void theModelValues() {
        FileDescriptor file = descriptor();
        assertThat(file.withDisplayName("b").displayName()).isEqualTo("b");
        assertThat(file.withParentFolderId("p").parentFolderId()).isEqualTo("p");
        assertThat(file.withLabels(List.of("x")).labels()).containsExactly("x");
        assertThat(file.withUpdatedDate(Fakes.T0.plusSeconds(1)).updatedDate()).isEqualTo(Fakes.T0.plusSeconds(1));
        assertThat(file.withoutMedia().media()).isNull();
        assertThat(file.isPrivate()).isFalse();
        Folder folder = new Folder("d", null, "media-root", Fakes.T0, Fakes.T0, State.OK, "s");
        assertThat(folder.displayName()).isEmpty();
        assertThat(folder.withDisplayName("x").withParentFolderId("y").withUpdatedDate(Fakes.T0.plusSeconds(2)))
                .isEqualTo(new Folder("d", "x", "y", Fakes.T0, Fakes.T0.plusSeconds(2), State.OK, "s"));

        Image image = new Image("i", "u", 1, 2, null, "f", 3L);
        ImageMedia imageMedia = new ImageMedia(
                image,
                new Colors(new Color("#000000", new ColorRGB(0, 0, 0)), null),
                List.of(new FaceRecognition(0.5, 1, 2, 3, 4)),
                image,
                null);
        assertThat(FileMedia.ofImage(imageMedia).image()).isEqualTo(imageMedia);
        assertThat(FileMedia.ofVector(imageMedia).vector()).isEqualTo(imageMedia);
        assertThat(FileMedia.ofVideo(new VideoMedia(
                                "v", List.of(new VideoResolution("u", 1, 1, "720p.mp4")), null, null, null, null))
                        .video()
                        .posters())
                .isEmpty();
        assertThat(FileMedia.ofAudio(
                                new AudioMedia("a", List.of(new Audio("a", "u", null, null)), null, null, null, null))
                        .audio()
                        .assets())
                .hasSize(1);
        assertThat(FileMedia.ofDocument(new DocumentMedia("d", "u", null))
                        .document()
                        .id())
                .isEqualTo("d");
        assertThat(FileMedia.ofArchive(new ArchiveMedia("z", "u", null, null))
                        .archive()
                        .id())
                .isEqualTo("z");
        assertThat(FileMedia.ofModel3d(new Model3DMedia("m", "u", null, null, null, null))
                        .model3d()
                        .id())
                .isEqualTo("m");
        FontMedia font = new FontMedia("f", 9L, "woff2", "Inter", "Inter", List.of(new FontAsset("src", "u", "woff2")));
        assertThat(FileMedia.ofFont(font).font().assets())
                .extracting(FontAsset::assetKey)
                .containsExactly("src");
        assertThat(new FontMedia("f", null, null, null, null, null).assets()).isEmpty();
        assertThatThrownBy(() -> new FileMedia(null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(new PagingMetadata(0, null, false).nextCursor()).isEmpty();
        assertThat(new FilePage(List.of(file), new PagingMetadata(1, "", false)).files())
                .hasSize(1);
        assertThat(new BulkImportFileResponse(
                                List.of(new BulkImportFileResult(new ItemMetadata("i", 0, true, null), file)),
                                new BulkActionMetadata(1, 0, 0))
                        .results())
                .hasSize(1);
        assertThat(CursorPaging.limit(5).withCursor("c")).isEqualTo(new CursorPaging(5, "c"));
        assertThat(new CursorQuery(null, null, null).filter()).isEmpty();
        assertThat(RootFolder.TRASH_ROOT.folderId()).isEqualTo("trash-root");
        assertThat(MediaType.values()).filteredOn(MediaType::isConcrete).hasSize(7);
        assertThat(ApplicationError.of("C", null).description()).isEmpty();
        assertThat(ContentDisposition.values()).hasSize(2);
        assertThat(OperationStatus.valueOf("READY")).isEqualTo(OperationStatus.READY);
        assertThat(StreamFormat.values()).contains(StreamFormat.DASH);
        assertThat(SortOrder.values()).containsExactly(SortOrder.ASC, SortOrder.DESC);
        assertThat(ListFoldersRequest.all().withSort(null).withPaging(null)).isEqualTo(ListFoldersRequest.all());
        assertThat(SearchFilesRequest.all().withPaging(null).mediaTypes()).isEmpty();
        assertThat(ListFilesRequest.all().withPrivate(true).isPrivate()).isTrue();
        assertThat(ImportFileRequest.of("u").withPrivate(true).isPrivate()).isTrue();
        assertThat(GenerateFileUploadUrlRequest.of("m").withPrivate(true).isPrivate())
                .isTrue();
        assertThat(GenerateFileResumableUploadUrlRequest.of("m")
                        .withPrivate(true)
                        .isPrivate())
                .isTrue();
    }

    private static FileDescriptor descriptor() {
        return new FileDescriptor(
                "f",
                "a.jpg",
                "https://static.wixstatic.com/media/f",
                "media-root",
                null,
                1,
                false,
                MediaType.IMAGE,
                null,
                OperationStatus.READY,
                null,
                null,
                null,
                Fakes.T0,
                Fakes.T0,
                "s",
                State.OK);
    }
}
