package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.FolderUpdate;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Webhook events, envelope, signing and the delivery policy, through a recording transport (no network). */
class WebhooksTest {
    private static final String URL = "http://127.0.0.1:9/hooks";
    /** One key for the whole class: generating a 2048-bit key costs ~0.1 s. */
    private static final WebhookSigningKey KEY = WebhookSigningKey.generate(42);

    private FakeMediaManager fake;
    private RecordingTransport transport;

    @BeforeEach
    void setUp() {
        fake = Fakes.builder()
                .webhookKey(KEY)
                .wallClock(Clock.fixed(WALL, ZoneOffset.UTC))
                .build();
        transport = new RecordingTransport();
        FaceAccess.get().connectWebhooks(fake, transport, transport);
    }

    /** Real time in these tests: later than the fake clock, as on any machine running them. */
    private static final Instant WALL = Fakes.T0.plusSeconds(100);

    private void awaitPosts(int n) {
        await("" + n + " webhook posts")
                .atMost(Fakes.HANG)
                .pollInterval(Duration.ofMillis(5))
                .until(() -> transport.posts.size() >= n);
    }

    private void awaitAttempts(int n) {
        await("" + n + " journaled attempts")
                .atMost(Fakes.HANG)
                .pollInterval(Duration.ofMillis(5))
                .until(() -> fake.webhooks().attempts().size() >= n);
    }

    private List<String> postedTypes() {
        return transport.bodies().stream()
                .map(b -> (String) RecordingTransport.envelope(b).get("eventType"))
                .toList();
    }

    @Nested
    class Envelope {
        /**
         * G-123: the typings' AccountInfo has "accountId: ID of the Wix account associated with the event" (a GUID);
         * the site's own account id wins over the fake's, which wins over the fixed default.
         */
        @Test
        void accountInfoCarriesTheSitesAccountElseTheFakesElseTheDefault() {
            String fakes = "0c8f7a6e-5d4b-4c3a-9b2a-1f0e9d8c7b6a";
            String sites = "11111111-2222-4333-8444-555555555555";
            fake.close();
            fake = Fakes.builder().webhookKey(KEY).accountId(fakes).build();
            FaceAccess.get().connectWebhooks(fake, transport, transport);
            fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            fake.webhooks().subscribe("own-account", URL);
            fake.webhooks().useAccountId("own-account", sites);

            fake.site().folders().createFolder("shared account", null);
            fake.site("own-account").folders().createFolder("own account", null);

            awaitPosts(2);
            assertThat(transport.bodies())
                    .extracting(b -> RecordingTransport.envelope(b).get("accountInfo"))
                    .containsExactlyInAnyOrder(
                            Map.of("accountId", fakes, "siteId", fake.defaultSiteId()),
                            Map.of("accountId", sites, "siteId", "own-account"));
        }

        @Test
        void anAccountIdIsAGuid() {
            Assertions.assertThatThrownBy(() -> Fakes.builder().accountId("acme"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("an account id is a GUID");
            Assertions.assertThatThrownBy(() -> fake.webhooks().useAccountId("s", "1234"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(Webhooks.DEFAULT_ACCOUNT_ID);
        }

        @Test
        void fileReadyIsAnRs256JwtWhoseClaimsNestJsonStringsAsTheSdkReadsThem() throws Exception {
            fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            FileDescriptor file = fake.site()
                    .files()
                    .importFile(Fakes.importRequest("cat.jpg").withExternalInfo(ExternalInfo.of("my-app", "order-7")));
            fake.site().files().getFileDescriptor(file.id()); // immediate readiness: READY on the next read

            awaitPosts(1);
            RecordingTransport.Post post = transport.posts.get(0);
            assertThat(post.url()).hasToString(URL);
            assertThat(post.contentType()).isEqualTo("text/plain; charset=utf-8");
            assertThat(post.body().split("\\.", -1)).hasSize(3);
            assertThat(RecordingTransport.verifies(post.body(), KEY)).isTrue();
            assertThat(new String(
                            Base64.getUrlDecoder().decode(post.body().split("\\.", -1)[0]), StandardCharsets.UTF_8))
                    .isEqualTo("{\"kid\":\"" + KEY.keyId() + "\",\"alg\":\"RS256\"}");
            assertThat(KEY.keyId()).hasSize(8);
            // iat from the fake clock; exp 300,000 s (Wix's sample JWT) after the later clock, so real-time receivers
            // accept it
            assertThat(RecordingTransport.claims(post.body()))
                    .containsOnlyKeys("data", "iat", "exp")
                    .containsEntry("iat", Fakes.T0.getEpochSecond())
                    .containsEntry("exp", WALL.getEpochSecond() + 300_000);

            Map<String, Object> envelope = RecordingTransport.envelope(post.body());
            assertThat(envelope).containsOnlyKeys("instanceId", "eventType", "identity", "data", "accountInfo");
            assertThat(envelope.get("eventType")).isEqualTo("wix.media.site_media.v1.file_descriptor_file_ready");
            assertThat(envelope.get("instanceId")).isEqualTo(fake.webhooks().instanceId(fake.defaultSiteId()));
            assertThat(envelope.get("identity"))
                    .isEqualTo("{\"identityType\":\"APP\",\"appId\":\"" + Webhooks.APP_ID + "\"}");
            // accountInfo.accountId: the typings' AccountInfoMetadata has it (not optional); the fake's default account
            assertThat(envelope.get("accountInfo"))
                    .isEqualTo(Map.of("accountId", Webhooks.DEFAULT_ACCOUNT_ID, "siteId", fake.defaultSiteId()));

            Map<String, Object> event = RecordingTransport.domainEvent(post.body());
            assertThat(event)
                    .containsEntry("entityFqdn", "wix.media.site_media.v1.file_descriptor")
                    .containsEntry("slug", "file_ready")
                    .containsEntry("entityId", file.id())
                    .containsEntry("eventTime", "2024-01-01T00:00:00.000Z")
                    .containsEntry("entityEventSequence", "1")
                    .containsEntry("triggeredByAnonymizeRequest", false);
            assertThat((String) event.get("id")).matches("[0-9a-f-]{36}");
            assertThat(event.get("actionEvent"))
                    .isEqualTo(Map.of(
                            "body",
                            Map.of(
                                    "file",
                                            Map.of(
                                                    "id",
                                                    file.id(),
                                                    "displayName",
                                                    "cat.jpg",
                                                    "parentFolderId",
                                                    "media-root",
                                                    "operationStatus",
                                                    "READY"),
                                    "externalInfo", Map.of("origin", "my-app", "externalIds", List.of("order-7")),
                                    "triggeredByUndelete", false)));
        }

        @Test
        void fileFailedCarriesTheErrorAndTheExternalInfoButNoFile() {
            fake.site().scenarios().readiness(Readiness.manual());
            fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            FileDescriptor file = fake.site()
                    .files()
                    .importFile(Fakes.importRequest("cat.jpg").withExternalInfo(ExternalInfo.of("o")));
            fake.site().lifecycle().markFailed(file.id(), "UNSUPPORTED_FILE_FORMAT", "not an image");

            awaitPosts(1);
            Map<String, Object> event =
                    RecordingTransport.domainEvent(transport.posts.get(0).body());
            assertThat(event.get("slug")).isEqualTo("file_failed");
            assertThat(event.get("actionEvent"))
                    .isEqualTo(Map.of(
                            "body",
                            Map.of(
                                    "externalInfo", Map.of("origin", "o", "externalIds", List.of()),
                                    "error",
                                            Map.of(
                                                    "code",
                                                    "UNSUPPORTED_FILE_FORMAT",
                                                    "description",
                                                    "not an image",
                                                    "data",
                                                    Map.of()))));
        }

        @Test
        void everyKindOfEventHasItsRestShapeAndSequencesIncreasePerEntity() {
            fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            Folder folder = fake.site().folders().createFolder("Pets", null);
            FileDescriptor file = Fakes.importInto(fake.site().files(), folder.id(), "cat.jpg");
            fake.site().files().getFileDescriptor(file.id());
            fake.site().files().updateFileDescriptor(FileUpdate.of(file.id()).withDisplayName("kitty.jpg"));
            fake.site().files().bulkDeleteFiles(List.of(file.id()), false);
            fake.site().files().bulkRestoreFilesFromTrashBin(List.of(file.id()));
            fake.site().folders().updateFolder(FolderUpdate.of(folder.id()).withDisplayName("Animals"));
            fake.site().files().bulkDeleteFiles(List.of(file.id()), true);
            fake.site().folders().bulkDeleteFolders(List.of(folder.id()), false);

            awaitPosts(8);
            assertThat(transport.bodies())
                    .extracting(b -> (String) RecordingTransport.envelope(b).get("eventType"))
                    .containsExactly(
                            "wix.media.site_media.v1.folder_created",
                                    "wix.media.site_media.v1.file_descriptor_file_ready",
                            "wix.media.site_media.v1.file_descriptor_updated",
                                    "wix.media.site_media.v1.file_descriptor_deleted",
                            "wix.media.site_media.v1.file_descriptor_file_ready",
                                    "wix.media.site_media.v1.folder_updated",
                            "wix.media.site_media.v1.file_descriptor_deleted",
                                    "wix.media.site_media.v1.folder_deleted");
            List<Map<String, Object>> events = transport.bodies().stream()
                    .map(RecordingTransport::domainEvent)
                    .toList();
            assertThat(events.get(0).get("createdEvent"))
                    .isEqualTo(Map.of("entity", Map.of("id", folder.id(), "displayName", "Pets", "state", "OK")));
            assertThat(events.get(2).get("updatedEvent"))
                    .isEqualTo(Map.of(
                            "currentEntity",
                            Map.of(
                                    "id",
                                    file.id(),
                                    "displayName",
                                    "kitty.jpg",
                                    "parentFolderId",
                                    folder.id(),
                                    "operationStatus",
                                    "READY")));
            assertThat(events.get(3).get("deletedEvent")).isEqualTo(Map.of("movedToTrash", true));
            assertThat(events.get(4).get("actionEvent")).asString().contains("triggeredByUndelete=true");
            assertThat(events.get(6).get("deletedEvent")).isEqualTo(Map.of("movedToTrash", false));
            assertThat(events.get(7).get("deletedEvent")).isEqualTo(Map.of("movedToTrash", true));
            assertThat(events)
                    .filteredOn(e -> e.get("entityId").equals(file.id()))
                    .extracting(e -> e.get("entityEventSequence"))
                    .containsExactly("1", "2", "3", "4", "5");
            assertThat(events)
                    .filteredOn(e -> e.get("entityId").equals(folder.id()))
                    .extracting(e -> e.get("entityEventSequence"))
                    .containsExactly("1", "2", "3");
            assertThat(events).extracting(e -> e.get("id")).doesNotHaveDuplicates();
        }

        @Test
        void inProcessListenersGetTheSameEventObjectsAsTheWebhooks() {
            List<MediaEvent> heard = new CopyOnWriteArrayList<>();
            fake.onEvent(heard::add);
            fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            fake.site().folders().createFolder("Pets", null);

            awaitPosts(1);
            assertThat(heard).hasSize(1);
            assertThat(fake.webhooks().jwt(heard.get(0)))
                    .isEqualTo(transport.posts.get(0).body());
        }

        @Test
        void aFailedWriteAnnouncesNothing() {
            fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            assertThatThrownBy(() -> fake.site()
                            .files()
                            .importFile(Fakes.importRequest("a.jpg")
                                    .withFilePath("new/sub")
                                    .withParentFolderId("no-such-folder")))
                    .isInstanceOf(MediaManagerException.class);
            fake.site().folders().createFolder("after", null);

            awaitPosts(1);
            assertThat(postedTypes()).containsExactly("wix.media.site_media.v1.folder_created");
        }
    }

    @Nested
    class Subscriptions {
        @Test
        void aSubscriptionGetsOnlyItsSiteAndItsEvents() {
            fake.webhooks().subscribe("other-site", URL, WebhookEvent.FOLDER_CREATED);
            fake.site().folders().createFolder("default site", null);
            fake.site("other-site").files().importFile(Fakes.importRequest("a.jpg"));
            fake.site("other-site").folders().createFolder("other site", null);

            awaitPosts(1);
            assertThat(RecordingTransport.envelope(transport.posts.get(0).body())
                            .get("accountInfo"))
                    .isEqualTo(Map.of("accountId", Webhooks.DEFAULT_ACCOUNT_ID, "siteId", "other-site"));
            awaitAttempts(1); // the attempt is journaled once the post has returned, on the delivery thread
            assertThat(fake.webhooks().attempts()).hasSize(1);
        }

        @Test
        void badUrlsAndEventNamesAreRefusedAtSubscriptionWithTheFix() {
            Webhooks w = fake.webhooks();
            String site = fake.defaultSiteId();
            assertThatThrownBy(() -> w.subscribe(site, "ftp://127.0.0.1/x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("http(s)");
            assertThatThrownBy(() -> w.subscribe(site, "not a url"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a URL");
            assertThatThrownBy(() -> w.subscribe(site, "http://10.1.2.3/hooks"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("10.1.2.3, not a loopback address");
            assertThatThrownBy(() -> WebhookEvent.parse("file_readyy"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown webhook event 'file_readyy'")
                    .hasMessageContaining("FILE_READY (wix.media.site_media.v1.file_descriptor_file_ready)");
            assertThatThrownBy(() -> w.subscribe("", URL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1..100");
            assertThat(w.subscriptions()).isEmpty();
        }

        @Test
        void withoutATransportSubscribingSaysHowToGetOne() {
            FakeMediaManager bare = Fakes.fake();
            assertThatThrownBy(() -> bare.webhooks().subscribe(bare.defaultSiteId(), URL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("FakeMediaManagerServer")
                    .hasMessageContaining("HttpWebhooks.connect");
        }

        @Test
        void eventNamesAreAcceptedInEveryWireSpelling() {
            assertThat(List.of(
                            "FILE_READY",
                            "file_ready",
                            "wix.media.site_media.v1.file_descriptor_file_ready",
                            "file_descriptor_file_ready"))
                    .allSatisfy(n -> assertThat(WebhookEvent.parse(n)).isEqualTo(WebhookEvent.FILE_READY));
            assertThat(WebhookEvent.parse("folder_created")).isEqualTo(WebhookEvent.FOLDER_CREATED);
        }

        @Test
        void unsubscribedUrlsGetNothingMore() {
            WebhookSubscription s = fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            fake.site().folders().createFolder("one", null);
            awaitPosts(1);
            assertThat(fake.webhooks().unsubscribe(s.id())).isTrue();
            assertThat(fake.webhooks().unsubscribe(s.id())).isFalse();
            fake.site().folders().createFolder("two", null);

            assertThat(fake.webhooks().outstanding()).isZero();
            assertThat(transport.posts).hasSize(1);
        }
    }

    @Nested
    class SigningKey {
        @Test
        void theSameSeedGivesTheSameKeyAndAPemRoundTripKeepsIt() {
            WebhookSigningKey again = WebhookSigningKey.generate(42);
            assertThat(again.publicKeyPem()).isEqualTo(KEY.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n");
            assertThat(WebhookSigningKey.fromPem(KEY.privateKeyPem()).publicKeyPem())
                    .isEqualTo(KEY.publicKeyPem());
            assertThat(fake.webhooks().signingKey().publicKeyPem()).isEqualTo(KEY.publicKeyPem());
        }

        @Test
        void aPkcs1PemLoadsToo() throws Exception {
            // PKCS#8 = SEQUENCE { version, algorithm, OCTET STRING { PKCS#1 } }: the PKCS#1 key is the tail of the DER
            byte[] pkcs8 = Base64.getMimeDecoder()
                    .decode(KEY.privateKeyPem()
                            .replaceAll("-----[A-Z ]+-----", "")
                            .trim());
            int at = 4 + 3 + 15; // outer header (4 bytes for a 2048-bit key), version, algorithm
            at += pkcs8[at + 1] == (byte) 0x82 ? 4 : 3; // the OCTET STRING header
            byte[] pkcs1 = Arrays.copyOfRange(pkcs8, at, pkcs8.length);
            String pem = "-----BEGIN RSA PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(pkcs1) + "\n-----END RSA PRIVATE KEY-----\n";

            assertThat(WebhookSigningKey.fromPem(pem).publicKeyPem()).isEqualTo(KEY.publicKeyPem());
        }

        @Test
        void aBadPemIsRefusedSayingWhatIsExpected() {
            assertThatThrownBy(() -> WebhookSigningKey.fromPem(KEY.publicKeyPem()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("this is a public key");
            assertThatThrownBy(() -> WebhookSigningKey.fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no -----END PRIVATE KEY----- line");
            assertThatThrownBy(() ->
                            WebhookSigningKey.fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not an RSA private key");
            assertThatThrownBy(() -> WebhookSigningKey.fromPem("hello"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-----BEGIN PRIVATE KEY-----");
        }
    }

    @Nested
    class Delivery {
        @Test
        void aRejectedAttemptIsRetriedAfterTheBackoffOnTheFakeClock() {
            AtomicInteger calls = new AtomicInteger();
            transport.status = () -> calls.incrementAndGet() <= 2 ? 503 : 204;
            fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            fake.site().folders().createFolder("Pets", null);

            awaitAttempts(1);
            assertThat(fake.webhooks().outstanding()).isEqualTo(1);
            fake.clock().advance(Duration.ofMillis(999));
            assertThat(transport.posts).hasSize(1); // the first retry waits a full second of fake time
            fake.clock().advance(Duration.ofMillis(1));
            awaitAttempts(2);
            fake.clock().advance(Duration.ofSeconds(2)); // the backoff doubles
            awaitAttempts(3);

            List<WebhookAttempt> attempts = fake.webhooks().attempts();
            assertThat(attempts).extracting(WebhookAttempt::attempt).containsExactly(1, 2, 3);
            assertThat(attempts)
                    .extracting(WebhookAttempt::outcome)
                    .containsExactly(
                            WebhookAttempt.Outcome.REJECTED,
                            WebhookAttempt.Outcome.REJECTED,
                            WebhookAttempt.Outcome.DELIVERED);
            assertThat(attempts).extracting(WebhookAttempt::status).containsExactly(503, 503, 204);
            assertThat(attempts).extracting(WebhookAttempt::willRetry).containsExactly(true, true, false);
            assertThat(attempts)
                    .extracting(WebhookAttempt::at)
                    .containsExactly(Fakes.T0, Fakes.T0.plusSeconds(1), Fakes.T0.plusSeconds(3));
            assertThat(attempts.get(0).url()).hasToString(URL);
            assertThat(attempts.get(0).latency().isNegative()).isFalse();
            assertThat(transport.bodies())
                    .as("a retry sends the same JWT")
                    .containsOnly(transport.posts.get(0).body());
            await().atMost(Fakes.HANG)
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> fake.webhooks().outstanding() == 0);
        }

        @Test
        void unsubscribingTheLastReceiverStopsItsRetriesAndTheWorker() {
            transport.status = () -> 500;
            WebhookSubscription s = fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            fake.site().folders().createFolder("Pets", null);
            awaitAttempts(1);
            await().atMost(Fakes.HANG)
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> fake.webhooks().outstanding() == 1); // the retry waits for the clock

            fake.webhooks().unsubscribe(s.id());
            fake.clock().advance(Duration.ofMinutes(1));

            await().atMost(Fakes.HANG)
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> fake.webhooks().outstanding() == 0);
            assertThat(transport.posts).hasSize(1);
            assertThat(fake.webhooks().attempts()).hasSize(1);
        }

        @Test
        void aDeliveryGivesUpAfterMaxAttempts() {
            fake = Fakes.builder()
                    .webhookKey(KEY)
                    .webhookPolicy(WebhookPolicy.defaults().withMaxAttempts(2))
                    .build();
            FaceAccess.get().connectWebhooks(fake, transport, transport);
            transport.status = () -> 500;
            fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            fake.site().folders().createFolder("Pets", null);
            awaitAttempts(1);
            fake.clock().advance(Duration.ofMinutes(10));
            awaitAttempts(2);
            fake.clock().advance(Duration.ofMinutes(10));

            await().atMost(Fakes.HANG)
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> fake.webhooks().outstanding() == 0);
            assertThat(fake.webhooks().attempts())
                    .extracting(WebhookAttempt::willRetry)
                    .containsExactly(true, false);
        }

        @Test
        void aFailingTransportCountsAsUnreachableAndATimeoutAsTimedOut() {
            transport.answer = CompletableFuture.failedFuture(new ConnectException("Connection refused"));
            fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            fake.site().folders().createFolder("a", null);
            awaitAttempts(1);
            transport.answer = CompletableFuture.failedFuture(new TimeoutException("slow"));
            fake.clock().advance(Duration.ofSeconds(1));
            awaitAttempts(2);

            assertThat(fake.webhooks().attempts())
                    .extracting(WebhookAttempt::outcome)
                    .containsExactly(WebhookAttempt.Outcome.UNREACHABLE, WebhookAttempt.Outcome.TIMED_OUT);
            assertThat(fake.webhooks().attempts().get(0).error()).contains("Connection refused");
        }

        @Test
        void aFullQueueRefusesNewDeliveriesWithoutBlockingTheApiAndJournalsThem() {
            fake = Fakes.builder()
                    .webhookKey(KEY)
                    .webhookPolicy(WebhookPolicy.defaults().withQueueCapacity(1))
                    .build();
            FaceAccess.get().connectWebhooks(fake, transport, transport);
            CompletableFuture<Integer> stuck = new CompletableFuture<>();
            transport.answer = stuck;
            fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            fake.site().folders().createFolder("in flight", null);
            awaitPosts(1);
            fake.site().folders().createFolder("queued", null);
            fake.site().folders().createFolder("overflows", null);

            assertThat(fake.webhooks().attempts()).singleElement().satisfies(a -> {
                assertThat(a.outcome()).isEqualTo(WebhookAttempt.Outcome.OVERFLOWED);
                assertThat(a.error()).contains("queue is full (1)");
            });
            transport.answer = null;
            stuck.complete(200);
            awaitAttempts(3);
            assertThat(postedTypes()).hasSize(2);
        }

        @Test
        void aReceiverThatDoesNotAnswerDelaysOnlyItsOwnEvents() {
            transport.slowUrl = URI.create("http://127.0.0.1:9/slow");
            transport.slowAnswer = new CompletableFuture<>();
            fake.webhooks().subscribe(fake.defaultSiteId(), transport.slowUrl.toString());
            fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            for (int i = 0; i < 5; i++) {
                fake.site().folders().createFolder("f" + i, null);
            }

            awaitAttempts(5); // the fast receiver got all five while the slow one still holds its first
            assertThat(fake.webhooks().attempts())
                    .extracting(a -> a.url().toString())
                    .containsOnly(URL);
            assertThat(transport.posts)
                    .filteredOn(p -> p.url().equals(transport.slowUrl))
                    .hasSize(1);

            transport.slowAnswer.complete(200);
            transport.slowUrl = null;
            awaitAttempts(10);
            assertThat(fake.webhooks().attempts())
                    .extracting(WebhookAttempt::outcome)
                    .containsOnly(WebhookAttempt.Outcome.DELIVERED);
        }

        @Test
        void eventsOfOneSubscriptionArriveInTheOrderTheyHappened() {
            fake.webhooks().subscribe(fake.defaultSiteId(), URL);
            for (int i = 0; i < 50; i++) {
                fake.site().folders().createFolder("f" + i, null);
            }
            awaitPosts(50);
            assertThat(transport.bodies())
                    .extracting(b -> (Object) ((Map<?, ?>) ((Map<?, ?>)
                                            RecordingTransport.domainEvent(b).get("createdEvent"))
                                    .get("entity"))
                            .get("displayName"))
                    .containsExactlyElementsOf(IntStream.range(0, 50)
                            .mapToObj(i -> (Object) ("f" + i))
                            .toList());
        }
    }
}
