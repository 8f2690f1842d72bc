package dev.fakewix.media.junit;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static dev.fakewix.media.junit.EngineRuns.assertAllPassed;
import static dev.fakewix.media.junit.EngineRuns.onlyFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.fakewix.media.awaitility.MediaAwait;
import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.ReceivedWebhook;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.WebhookEvent;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.ImportFileRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The webhook inbox as JUnit users get it: injected, subscribed to the test's site, verified, asserted, awaited. */
@WithFakeMediaManager
class WebhookInboxTest {
    private static final ExternalInfo ORDER_7 = ExternalInfo.of("shop", "order-7");

    private static FileDescriptor importReady(MediaSite site, String name, ExternalInfo info) {
        FileDescriptor file = site.files()
                .importFile(ImportFileRequest.of("https://example.com/" + name)
                        .withDisplayName(name)
                        .withExternalInfo(info));
        site.files().getFileDescriptor(file.id()); // immediate readiness: READY on the next read
        return file;
    }

    @Test
    void fileReadyArrivesVerifiedWithTheRequestsExternalInfo(MediaSite site, WebhookInbox inbox) {
        FileDescriptor file = importReady(site, "cat.jpg", ORDER_7);

        ReceivedWebhook ready = MediaAwait.untilReceived(inbox, WebhookEvent.FILE_READY, file.id());
        assertThat(ready.siteId()).isEqualTo(site.siteId());
        assertThat(ready.entityEventSequence()).isEqualTo(1);
        assertThat(ready.eventTime()).isEqualTo(WithFakeMediaManager.DEFAULT_INSTANT);
        assertThat(inbox)
                .received(WebhookEvent.FILE_READY)
                .forFile(file.id())
                .withExternalInfo(ORDER_7)
                .once();
        assertThat(inbox).hasRejected(0).hasNoDuplicates();
    }

    @Test
    void aDuplicatedDeliveryIsSeenTwiceButCountsAsOneEvent(MediaSite site, WebhookInbox inbox) {
        site.scenarios().onWebhook(WebhookEvent.FILE_READY).duplicate().once();
        FileDescriptor file = importReady(site, "cat.jpg", ORDER_7);
        MediaAwait.await("the duplicate").until(() -> inbox.received().size() == 2);

        assertThat(inbox.distinct()).hasSize(1);
        assertThat(inbox).received(WebhookEvent.FILE_READY).forFile(file.id()).once();
        assertThatThrownBy(() -> assertThat(inbox).hasNoDuplicates())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have received no event twice");
    }

    @Test
    void aBadSignatureIsRejectedAndRetriedWhenTheClockMoves(
            MediaSite site, WebhookInbox inbox, VirtualClock clock, FakeMediaManager fake) {
        site.scenarios().onWebhook().badSignature().once();
        site.folders().createFolder("Pets", null);
        // the retry is scheduled once the attempt is journaled: advance the clock after that, not after the receiver
        // saw it
        MediaAwait.await("the rejected attempt")
                .until(() -> fake.webhooks().attempts().size() == 1);
        assertThat(fake.webhooks().attempts().get(0).status()).isEqualTo(401);
        assertThat(inbox.rejected().get(0).reason()).contains("signature does not verify");

        clock.advance(Duration.ofSeconds(1)); // the 401 made the fake schedule a retry; the retry sends the same JWT
        MediaAwait.await("the retry").until(() -> inbox.rejected().size() == 2);
        assertThat(inbox).receivedNothing().hasRejected(2);
    }

    @Test
    void anExpiredJwtIsRejected(MediaSite site, WebhookInbox inbox) {
        site.scenarios().onWebhook().expiredJwt().once();
        site.folders().createFolder("Pets", null);
        MediaAwait.await("the rejection").until(() -> inbox.rejected().size() == 1);
        assertThat(inbox.rejected().get(0).reason()).contains("expired");
    }

    @Test
    void everyEventOfTheSiteArrivesInOrder(MediaSite site, WebhookInbox inbox) {
        String folder = site.folders().createFolder("Pets", null).id();
        FileDescriptor file = importReady(site, "cat.jpg", null);
        site.files().bulkDeleteFiles(List.of(file.id()), false);
        site.files().bulkRestoreFilesFromTrashBin(List.of(file.id()));
        site.folders().bulkDeleteFolders(List.of(folder), true);
        MediaAwait.await("five webhooks").until(() -> inbox.received().size() == 5);

        assertThat(inbox.received())
                .extracting(ReceivedWebhook::event)
                .containsExactly(
                        WebhookEvent.FOLDER_CREATED,
                        WebhookEvent.FILE_READY,
                        WebhookEvent.FILE_DESCRIPTOR_DELETED,
                        WebhookEvent.FILE_READY,
                        WebhookEvent.FOLDER_DELETED);
        assertThat(inbox)
                .received(WebhookEvent.FILE_READY)
                .forFile(file.id())
                .triggeredByUndelete()
                .once();
        assertThat(inbox)
                .received(WebhookEvent.FILE_DESCRIPTOR_DELETED)
                .forFile(file.id())
                .movedToTrash();
        assertThat(inbox.received())
                .filteredOn(w -> w.entityId().equals(file.id()))
                .extracting(ReceivedWebhook::entityEventSequence)
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void aFailedAssertionSaysWhatArrived(MediaSite site, WebhookInbox inbox) {
        FileDescriptor file = importReady(site, "cat.jpg", ORDER_7);
        MediaAwait.untilReceived(inbox, WebhookEvent.FILE_READY);

        assertThatThrownBy(() -> assertThat(inbox)
                        .received(WebhookEvent.FILE_READY)
                        .forFile(file.id())
                        .withExternalInfo(ExternalInfo.of("shop", "order-8")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the webhook inbox of site \"" + site.siteId() + "\"")
                .hasMessageContaining("to have received FILE_READY for " + file.id() + " with externalInfo")
                .hasMessageContaining("FILE_READY " + file.id() + " (event ");
        assertThatThrownBy(() -> assertThat(inbox).received(WebhookEvent.FILE_FAILED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have received FILE_FAILED");
    }

    @Test
    void anInboxCanBeOpenedWithoutTheExtension() {
        FakeMediaManager fake = FakeMediaManager.builder().seed(3).build();
        try (WebhookInbox inbox = WebhookInbox.open(fake, fake.defaultSiteId(), WebhookEvent.FOLDER_CREATED)) {
            fake.site().folders().createFolder("Pets", null);
            fake.site().files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            MediaAwait.untilReceived(inbox, WebhookEvent.FOLDER_CREATED);
            assertThat(inbox.received()).hasSize(1);
            assertThat(inbox.url()).startsWith("http://127.0.0.1:").endsWith("/webhooks");
        }
        assertThat(fake.webhooks().subscriptions()).isEmpty();
    }

    @Test
    void overHttpTheInboxGetsTheEventsOfTheTestsSite() {
        assertAllPassed(EngineRuns.run(OverHttp.class), 1);
    }

    @Test
    void receiversInTheBuilderAreSubscribedForTheTest() {
        try {
            assertAllPassed(EngineRuns.run(BuilderReceiver.class), 1);
            assertThat(BuilderReceiver.RECEIVED)
                    .hasSize(1)
                    .allSatisfy(jwt -> assertThat(jwt.split("\\.")).hasSize(3));
        } finally {
            BuilderReceiver.SERVER.stop(0);
        }
    }

    @Test
    void aNonLoopbackReceiverFailsTheTestWithTheReason() {
        assertThat(onlyFailure(EngineRuns.run(RemoteReceiver.class)))
                .contains("webhook receiver refused", "10.20.30.40, not a loopback address");
    }

    @WithFakeMediaManager(http = true)
    static class OverHttp {
        @Test
        void test(FakeMediaManagerHttp http, WebhookInbox inbox) throws Exception {
            HttpResponse<String> created = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(http.baseUri() + "/site-media/v1/folders"))
                                    .header("Authorization", http.apiKey())
                                    .header("wix-site-id", http.siteId())
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\": \"Pets\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(200);

            ReceivedWebhook folder = MediaAwait.untilReceived(inbox, WebhookEvent.FOLDER_CREATED);
            assertThat(folder.siteId()).isEqualTo(http.siteId());
            assertThat(inbox.siteId()).isEqualTo(http.siteId());
        }
    }

    static class BuilderReceiver {
        static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
        static final HttpServer SERVER = receiver();

        @RegisterExtension
        static FakeMediaManagerExtension media = FakeMediaManagerExtension.builder()
                .webhook("http://127.0.0.1:" + SERVER.getAddress().getPort() + "/hooks")
                .build();

        static HttpServer receiver() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.createContext("/hooks", ex -> {
                    RECEIVED.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    ex.sendResponseHeaders(200, -1);
                    ex.close();
                });
                server.start();
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Test
        void test(MediaSite site, FakeMediaManager fake) {
            site.folders().createFolder("Pets", null);
            MediaAwait.await("the builder's receiver").until(() -> RECEIVED.size() == 1);
            assertThat(fake.webhooks().subscriptions())
                    .singleElement()
                    .satisfies(s -> assertThat(s.siteId()).isEqualTo(site.siteId()));
        }
    }

    @WithFakeMediaManager(webhooks = "http://10.20.30.40/hooks")
    static class RemoteReceiver {
        @Test
        void test(MediaSite site) {}
    }
}
