package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.face.ScenarioPass;
import dev.fakewix.media.core.face.StoredMedia;
import dev.fakewix.media.core.face.TransferUrls;
import dev.fakewix.media.core.face.Transfers;
import dev.fakewix.media.core.face.WebhookTransport;
import dev.fakewix.media.core.model.ContentDisposition;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.StreamFormat;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * What the faces reach through {@link FaceAccess} (package {@code face}, exported to the faces only): transfers,
 * transfer URLs, webhook transports, scenario passes, stored media, a request's type errors. None of it is on the
 * classes users see.
 */
class FaceAccessTest {
    private final FaceAccess core = FaceAccess.get();

    @Test
    void transferUrlsPointWhereTheFaceServesThem() {
        FakeMediaManager fake = FakeMediaManager.builder().build();
        assertThat(fake.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png")))
                .startsWith("https://upload.wixmp.com/upload/");

        core.setTransferUrls(fake, TransferUrls.servedFrom(URI.create("http://127.0.0.1:9999/")));

        assertThat(fake.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png")))
                .startsWith("http://127.0.0.1:9999/_wixmp/upload/");
    }

    @Test
    void settlingMovesPendingFilesThatAreDueToReady() {
        VirtualClock clock = VirtualClock.frozenAt(Instant.parse("2024-01-01T00:00:00Z"));
        FakeMediaManager fake = FakeMediaManager.builder()
                .clock(clock)
                .readiness(Readiness.readyAfter(Duration.ofSeconds(5)))
                .build();
        String id = fake.site()
                .files()
                .importFile(ImportFileRequest.of("https://example.com/a.jpg"))
                .id();
        clock.advance(Duration.ofSeconds(5));

        core.settle(fake.site());

        assertThat(fake.site().files().getFileDescriptor(id).operationStatus().name())
                .isEqualTo("READY");
    }

    @Test
    void storedMediaIsReadWithoutAScenarioOrARead() {
        FakeMediaManager fake = Fakes.builder()
                .readiness(Readiness.afterReads(1, Readiness.ready()))
                .build();
        String id = Fakes.importImage(fake.site().files(), "a.jpg").id();
        fake.site().scenarios().onAnyOperation().failWithStatus(503).always();

        Optional<StoredMedia> media = core.storedMedia(fake.site(), id);

        assertThat(media).hasValueSatisfying(m -> assertThat(m.file().id()).isEqualTo(id));
        assertThat(core.storedMedia(fake.site(), "nope")).isEmpty();
        assertThat(fake.site().lifecycle().pendingFileIds())
                .as("no read counted")
                .containsExactly(id);
    }

    @Test
    void itIsInstalledOnceByTheCoresBridge() {
        assertThat(FaceAccess.get()).isSameAs(core);
        assertThat(core.getClass().getName()).isEqualTo("dev.fakewix.media.core.CoreFaceAccess");
        assertThat(Modifier.isPublic(core.getClass().getModifiers())).isFalse();
        assertThatThrownBy(() -> FaceAccess.install(core)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void webhookTransportsConnectThroughIt() {
        FakeMediaManager fake = Fakes.fake();
        assertThat(core.webhooksConnected(fake)).isFalse();
        RecordingTransport transport = new RecordingTransport();

        core.connectWebhooks(fake, transport, transport);

        assertThat(core.webhooksConnected(fake)).isTrue();
    }

    @Test
    void aFaceSubscribesWithoutTryingThePort() {
        FakeMediaManager fake = Fakes.fake();
        RecordingTransport entities = new RecordingTransport();
        WebhookTransport nothingListens = new WebhookTransport() {
            @Override
            public CompletableFuture<Integer> post(URI url, String contentType, String body, Duration timeout) {
                return entities.post(url, contentType, body, timeout);
            }

            @Override
            public void checkReachable(URI url) {
                throw new IllegalArgumentException("nothing answers at webhook URL " + url);
            }
        };
        core.connectWebhooks(fake, nothingListens, entities);
        String siteId = fake.site().siteId();
        String url = "http://127.0.0.1:9/hooks";
        assertThatThrownBy(() -> fake.webhooks().subscribe(siteId, url)).hasMessageContaining("nothing answers");

        WebhookSubscription s = core.subscribeUnprobed(fake, siteId, url, List.of("file_ready"));

        assertThat(s.siteId()).isEqualTo(siteId);
        assertThat(s.events()).containsExactly(WebhookEvent.FILE_READY);
        assertThat(fake.webhooks().subscriptions()).containsExactly(s);
    }

    @Test
    void thePublicClassesHaveNoFaceHookLeft() throws Exception {
        for (Class<?> type : new Class<?>[] {
            FakeMediaManager.class, FakeMediaManager.Builder.class, MediaSite.class, Scenarios.class, Webhooks.class
        }) {
            assertThat(Arrays.stream(type.getDeclaredMethods())
                            .filter(m -> Modifier.isPublic(m.getModifiers()))
                            .map(m -> m.getName()))
                    .as("public methods of %s", type.getSimpleName())
                    .doesNotContain(
                            "takeFault",
                            "setTransferUrls",
                            "transferUrls",
                            "settle",
                            "setGate",
                            "transfers",
                            "scenarioPass",
                            "connect",
                            "isConnected",
                            "storedMedia");
        }
        // The thread-bound trace is gone: a request's scenario pass records what it met.
        assertThatThrownBy(() -> Class.forName("dev.fakewix.media.core.ScenarioTrace"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aRequestsTypeErrorsAreThrownByTheOperationsOneCheckWithItsOwnViolations() {
        FakeMediaManager fake = Fakes.fake();
        MediaSite site = fake.site();
        site.scenarios().on(Operation.LIST_FILES).failWithStatus(503).once();
        List<FieldViolation> typeErrors = List.of(FieldViolation.of("paging.limit", "FORMAT", "must be a number"));
        ListFilesRequest tooLong = ListFilesRequest.in("x".repeat(101));

        assertThatThrownBy(() ->
                        core.checkedWith(() -> typeErrors, () -> site.files().listFiles(tooLong)))
                .isInstanceOfSatisfying(
                        MediaManagerException.class,
                        e -> assertThat(e.fieldViolations())
                                .extracting(FieldViolation::field, FieldViolation::violatedRule)
                                .containsExactly(
                                        Tuple.tuple("paging.limit", "FORMAT"),
                                        Tuple.tuple("parentFolderId", "MAX_LENGTH")));
        // refused before the site's gate: the scripted 503 is still ahead
        assertThatThrownBy(() -> site.files().listFiles(ListFilesRequest.all()))
                .isInstanceOfSatisfying(
                        MediaManagerException.class,
                        e -> assertThat(e.httpStatus()).isEqualTo(503));
    }

    @Test
    void aRequestWithoutTypeErrorsIsCheckedAsAnyCall() {
        MediaSite site = Fakes.fake().site();

        assertThat(core.checkedWith(List::of, () -> site.files().listFiles(ListFilesRequest.all()))
                        .files())
                .isEmpty();
        assertThatThrownBy(() ->
                        core.checkedWith(List::of, () -> site.files().listFiles(ListFilesRequest.in("x".repeat(101)))))
                .isInstanceOfSatisfying(
                        MediaManagerException.class,
                        e -> assertThat(e.fieldViolations())
                                .extracting(FieldViolation::field)
                                .containsExactly("parentFolderId"));
    }

    @Test
    void anOperationThatNeverChecksItsRequestCannotLoseTheTypeErrors() {
        List<FieldViolation> typeErrors = List.of(FieldViolation.of("fileId", "FORMAT", "must be a string"));

        assertThatThrownBy(() -> core.checkedWith(() -> typeErrors, () -> "no core call"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not check its request");
        assertThatThrownBy(() -> core.checkedWith(() -> typeErrors, () -> {
                    throw new IllegalArgumentException("failed before its check");
                }))
                .isInstanceOfSatisfying(
                        MediaManagerException.class,
                        e -> assertThat(e.fieldViolations())
                                .extracting(FieldViolation::field)
                                .containsExactly("fileId"));
    }

    @Test
    void aScenarioPassRecordsWhatARequestMet() {
        FakeMediaManager fake = Fakes.fake();
        fake.site()
                .scenarios()
                .on(Operation.GET_FILE_DESCRIPTOR)
                .fault(HttpFault.EMPTY_RESPONSE)
                .once();
        ScenarioPass pass = core.scenarioPass(fake, Operation.GET_FILE_DESCRIPTOR);

        assertThatThrownBy(() -> pass.run(() -> fake.site().files().getFileDescriptor("nope")))
                .isInstanceOf(MediaManagerException.class);

        assertThat(pass.fault()).contains(HttpFault.EMPTY_RESPONSE);
        assertThat(pass.met()).containsExactly("#1 getFileDescriptor: fault EMPTY_RESPONSE once");
    }

    @Test
    void transfersCompleteUploadsAndServeDownloadsForTheFaces() {
        FakeMediaManager fake = Fakes.fake();
        Transfers transfers = FaceAccess.get().transfers(fake);
        String token = Jwt.ofUploadUrl(
                fake.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png")));
        FileDescriptor uploaded = transfers.upload(token, "a.png", "image/png", UploadTest.PNG_3X2);
        String tus = fake.site()
                .files()
                .generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png"))
                .uploadToken();
        assertThat(transfers.createResumable(tus, 2L).offset()).isZero();
        Transfers.ResumableStatus status = transfers.appendResumable(tus, 0, new byte[] {1}, null);
        assertThat(transfers.resumableStatus(tus)).isEqualTo(status);
        assertThat(status.offset()).isEqualTo(1);
        assertThat(status.length()).isEqualTo(2);
        assertThat(status.isComplete()).isFalse();
        assertThat(status.expiresAt()).isAfter(fake.clock().instant());
        transfers.appendResumable(tus, 1, new ByteArrayInputStream(new byte[] {2}), null);
        assertThat(transfers.finishResumable(tus, "b.png").sizeInBytes()).isEqualTo(2);
        String dropped = fake.site()
                .files()
                .generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("image/png"))
                .uploadToken();
        transfers.terminateResumable(dropped);
        assertThat(transfers.bytes(fake.defaultSiteId(), uploaded.id()).md5()).isEqualTo(uploaded.hash());
        assertThat(StoredBytes.of(UploadTest.PNG_3X2)).isEqualTo(transfers.bytes(fake.defaultSiteId(), uploaded.id()));
        fake.site().registerImportContent("https://example.com/a.png", UploadTest.PNG_3X2);
        fake.site().registerImportContent("https://example.com/b.png", new ByteArrayInputStream(UploadTest.PNG_3X2));
        assertThat(fake.contentBytesInMemory()).isPositive();
        fake.site().fetchLoopbackImports(false);
        Transfers.Archive zip = transfers.archive(
                Jwt.ofArchiveUrl(fake.site().files().generateFilesDownloadUrl(List.of(uploaded.id()))));
        assertThat(zip.entries()).extracting(Transfers.Archive.Entry::path).containsExactly("a.png");
        assertThat(zip.entries().get(0).content().inMemory()).isTrue();
        assertThat(zip.siteId()).isEqualTo(fake.defaultSiteId());
        try (FakeMediaManager onDisk = FakeMediaManager.builder()
                .contentMemoryBudget(0)
                .contentDirectory(Path.of(System.getProperty("java.io.tmpdir")))
                .build()) {
            String t = Jwt.ofUploadUrl(
                    onDisk.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png")));
            FileDescriptor f = FaceAccess.get()
                    .transfers(onDisk)
                    .upload(t, "a.png", "image/png", new ByteArrayInputStream(UploadTest.PNG_3X2));
            assertThat(FaceAccess.get()
                            .transfers(onDisk)
                            .bytes(onDisk.defaultSiteId(), f.id())
                            .inMemory())
                    .isFalse();
        }
        String download = Jwt.ofDownloadUrl(fake.site()
                .files()
                .generateFileDownloadUrl(GenerateFileDownloadUrlRequest.of(uploaded.id()))
                .get(0)
                .url());
        Transfers.Download served = transfers.download(download);
        assertThat(served.content()).isEqualTo(UploadTest.PNG_3X2);
        assertThat(served.fileName()).isEqualTo("a.png");
        assertThat(served.contentType()).isEqualTo("image/png");
        assertThat(served.disposition()).isEqualTo(ContentDisposition.ATTACHMENT);
        assertThat(served.redirectUrl()).isNull();
        String archive = fake.site().files().generateFilesDownloadUrl(List.of(uploaded.id()));
        assertThat(transfers
                        .archive(archive.substring(archive.indexOf("token=") + 6))
                        .entries())
                .hasSize(1);

        for (TransferUrls urls :
                List.of(TransferUrls.wix(), TransferUrls.servedFrom(URI.create("http://localhost:1")))) {
            assertThat(urls.uploadUrl("t")).endsWith("/upload/t");
            assertThat(urls.resumableUploadUrl()).endsWith("/upload/tus");
            assertThat(urls.downloadUrl("f", "src", "t")).contains("f").contains("token=t");
            assertThat(urls.archiveUrl("a", "t")).contains("/a").contains("token=t");
            assertThat(urls.streamingUrl("f", StreamFormat.DASH)).endsWith("manifest.mpd");
        }
    }
}
