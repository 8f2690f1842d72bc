package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every scripted webhook fault, on the virtual clock, through the DSL and the JSON form. */
class WebhookFaultsTest {
    private static final String URL = "http://127.0.0.1:9/hooks";
    private static final WebhookSigningKey KEY = WebhookSigningKey.generate(42);

    private FakeMediaManager fake;
    private RecordingTransport transport;
    private Scenarios scenarios;

    @BeforeEach
    void setUp() {
        fake = Fakes.builder().webhookKey(KEY).build();
        transport = new RecordingTransport();
        FaceAccess.get().connectWebhooks(fake, transport, transport);
        fake.webhooks().subscribe(fake.defaultSiteId(), URL);
        scenarios = fake.site().scenarios();
    }

    private void awaitAttempts(int n) {
        await(n + " journaled attempts")
                .atMost(Fakes.HANG)
                .pollInterval(Duration.ofMillis(5))
                .until(() -> fake.webhooks().attempts().size() >= n);
    }

    private void awaitIdle() {
        await("webhooks idle")
                .atMost(Fakes.HANG)
                .pollInterval(Duration.ofMillis(5))
                .until(() -> fake.webhooks().outstanding() == 0);
    }

    private Folder folder(String name) {
        return fake.site().folders().createFolder(name, null);
    }

    private List<String> deliveredNames() {
        return transport.bodies().stream()
                .map(b -> (String) ((Map<?, ?>)
                                ((Map<?, ?>) RecordingTransport.domainEvent(b).get("createdEvent")).get("entity"))
                        .get("displayName"))
                .toList();
    }

    @Test
    void aDelayedEventWaitsForTheFakeClock() {
        scenarios
                .onWebhook(WebhookEvent.FOLDER_CREATED)
                .delayBy(Duration.ofMinutes(5))
                .once();
        folder("late");
        folder("on time");
        awaitAttempts(1);
        assertThat(deliveredNames()).containsExactly("on time");

        fake.clock().advance(Duration.ofMinutes(5));
        awaitAttempts(2);
        assertThat(deliveredNames()).containsExactly("on time", "late");
        assertThat(fake.webhooks().attempts().get(1).fault()).contains("delay PT5M once");
    }

    @Test
    void aDroppedEventIsNeverSentButJournaled() {
        ScriptedBehaviour drop = scenarios.onWebhook().drop().once();
        folder("dropped");
        folder("sent");
        awaitAttempts(2);
        awaitIdle();

        assertThat(deliveredNames()).containsExactly("sent");
        assertThat(fake.webhooks().attempts().get(0)).satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(WebhookAttempt.Outcome.DROPPED);
            assertThat(a.attempt()).isZero();
            assertThat(a.fault()).isEqualTo(drop.label());
        });
        assertThat(drop.timesMet()).isEqualTo(1);
    }

    @Test
    void aDuplicatedEventArrivesTwiceWithTheSameIdSoReceiversCanDeduplicate() {
        scenarios.onWebhook().duplicate().once();
        folder("twice");
        folder("once");
        awaitAttempts(3);

        List<String> ids = transport.bodies().stream()
                .map(b -> (String) RecordingTransport.domainEvent(b).get("id"))
                .toList();
        assertThat(deliveredNames()).containsExactly("twice", "twice", "once");
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).isNotEqualTo(ids.get(2));
        Set<String> deduplicated = new LinkedHashSet<>(ids);
        assertThat(deduplicated).hasSize(2);
    }

    @Test
    void aReorderedEventIsOvertakenByTheNextOne() {
        scenarios.onWebhook().reorder().once();
        folder("first");
        folder("second");
        folder("third");
        awaitAttempts(3);

        assertThat(deliveredNames()).containsExactly("second", "first", "third");
        List<String> sequences = transport.bodies().stream()
                .map(b -> (String) RecordingTransport.domainEvent(b).get("eventTime"))
                .toList();
        assertThat(sequences).hasSize(3);
    }

    @Test
    void aHeldBackEventGoesWhenTheClockMovesIfNoOtherEventComes() {
        scenarios.onWebhook().reorder().once();
        folder("alone");
        assertThat(fake.webhooks().outstanding()).isEqualTo(1);
        fake.clock().advance(Duration.ofMillis(1));
        awaitAttempts(1);
        assertThat(deliveredNames()).containsExactly("alone");
    }

    @Test
    void aBadSignatureFailsVerificationWhileTheClaimsStayReadable() throws Exception {
        scenarios.onWebhook().badSignature().once();
        folder("forged");
        folder("genuine");
        awaitAttempts(2);

        assertThat(RecordingTransport.verifies(transport.posts.get(0).body(), KEY))
                .isFalse();
        assertThat(RecordingTransport.verifies(transport.posts.get(1).body(), KEY))
                .isTrue();
        assertThat(deliveredNames()).containsExactly("forged", "genuine");
    }

    @Test
    void anExpiredJwtCarriesAnExpInThePastOfBothClocks() throws Exception {
        scenarios.onWebhook().expiredJwt().once();
        folder("stale");
        awaitAttempts(1);

        String jwt = transport.posts.get(0).body();
        assertThat(RecordingTransport.verifies(jwt, KEY)).isTrue();
        long exp = ((Number) RecordingTransport.claims(jwt).get("exp")).longValue();
        assertThat(exp).isLessThan(Fakes.T0.getEpochSecond()).isLessThan(System.currentTimeMillis() / 1000);
    }

    @Test
    void anUnreachableReceiverIsRetriedUntilTheScriptedFailuresAreSpent() {
        ScriptedBehaviour down = scenarios.onWebhook().unreachable().times(2);
        folder("persistent");
        awaitAttempts(1);
        fake.clock().advance(Duration.ofSeconds(1));
        awaitAttempts(2);
        fake.clock().advance(Duration.ofSeconds(2));
        awaitAttempts(3);

        assertThat(fake.webhooks().attempts())
                .extracting(WebhookAttempt::outcome)
                .containsExactly(
                        WebhookAttempt.Outcome.UNREACHABLE,
                        WebhookAttempt.Outcome.UNREACHABLE,
                        WebhookAttempt.Outcome.DELIVERED);
        assertThat(transport.posts).as("an unreachable attempt sends nothing").hasSize(1);
        assertThat(down.timesMet()).isEqualTo(2);
    }

    @Test
    void faultsMatchByEventTypeAndFile() {
        fake.site().scenarios().readiness(Readiness.manual());
        FileDescriptor a = fake.site().files().importFile(Fakes.importRequest("a.jpg"));
        FileDescriptor b = fake.site().files().importFile(Fakes.importRequest("b.jpg"));
        scenarios
                .onWebhook(WebhookEvent.FILE_READY)
                .where(RequestMatch.fileId(b.id()))
                .drop()
                .always();
        fake.site().lifecycle().markReady(a.id());
        fake.site().lifecycle().markReady(b.id());
        folder("a folder");
        awaitAttempts(3);

        // a dropped event is journaled when it happens, a delivered one when it is sent: compare without order
        assertThat(fake.webhooks().attempts())
                .extracting(at -> at.event() + " " + at.entityId() + " " + at.outcome())
                .containsExactlyInAnyOrder(
                        "FILE_READY " + a.id() + " DELIVERED",
                        "FILE_READY " + b.id() + " DROPPED",
                        "FOLDER_CREATED "
                                + fake.webhooks().attempts().stream()
                                        .filter(at -> at.event() == WebhookEvent.FOLDER_CREATED)
                                        .findFirst()
                                        .orElseThrow()
                                        .entityId()
                                + " DELIVERED");
    }

    @Test
    void faultsMatchByFolder() {
        Folder pets = folder("Pets");
        scenarios
                .onWebhook(WebhookEvent.FILE_READY)
                .where(RequestMatch.folder(pets.id()))
                .drop()
                .always();
        FileDescriptor inPets = Fakes.importInto(fake.site().files(), pets.id(), "cat.jpg");
        FileDescriptor atRoot = Fakes.importImage(fake.site().files(), "dog.jpg");
        fake.site().files().getFileDescriptors(List.of(inPets.id(), atRoot.id()));
        awaitAttempts(3);

        assertThat(fake.webhooks().attempts())
                .filteredOn(at -> at.event() == WebhookEvent.FILE_READY)
                .extracting(at -> at.entityId() + " " + at.outcome())
                .containsExactlyInAnyOrder(inPets.id() + " DROPPED", atRoot.id() + " DELIVERED");
    }

    @Test
    void faultsAreScopedToTheirSite() {
        fake.webhooks().subscribe("other", URL);
        fake.site("other").scenarios().onWebhook().drop().always();
        folder("default site");
        fake.site("other").folders().createFolder("other site", null);
        awaitAttempts(2);

        assertThat(fake.webhooks().attempts())
                .extracting(at -> at.siteId() + " " + at.outcome())
                .containsExactlyInAnyOrder(fake.defaultSiteId() + " DELIVERED", "other DROPPED");
    }

    @Test
    void aSeededProbabilityGivesTheSameOutcomesForTheSameSeed() {
        List<String> first = dropWithProbability();
        List<String> second = dropWithProbability();
        assertThat(first).isEqualTo(second).anyMatch(o -> o.endsWith("DROPPED")).anyMatch(o -> o.endsWith("DELIVERED"));
    }

    private List<String> dropWithProbability() {
        FakeMediaManager f = Fakes.builder().webhookKey(KEY).build();
        RecordingTransport t = new RecordingTransport();
        FaceAccess.get().connectWebhooks(f, t, t);
        f.webhooks().subscribe(f.defaultSiteId(), URL);
        f.site().scenarios().onWebhook().drop().withProbability(0.5);
        for (int i = 0; i < 20; i++) {
            f.site().folders().createFolder("f" + i, null);
        }
        await().atMost(Fakes.HANG)
                .pollInterval(Duration.ofMillis(5))
                .until(() -> f.webhooks().attempts().size() == 20);
        return f.webhooks().attempts().stream()
                .map(a -> a.entityId() + " " + a.outcome())
                .sorted()
                .toList();
    }

    @Test
    void theJsonFormScriptsTheSameFaults() {
        scenarios.apply("""
                {"webhooks": [
                  {"event": "FOLDER_CREATED", "fault": "DELAY", "delay": "PT1M"},
                  {"event": ["folder_created"], "fault": "duplicate", "times": 1},
                  {"event": "*", "fault": "UNREACHABLE", "times": 1}
                ]}""");
        assertThat(scenarios.active())
                .extracting(ScriptedBehaviour::description)
                .containsExactly(
                        "webhook FOLDER_CREATED: delay PT1M once",
                        "webhook FOLDER_CREATED: duplicate once",
                        "webhook *: unreachable once");
        folder("late");
        folder("doubled");
        awaitAttempts(
                2); // "late" waits; the first copy of "doubled" meets the unreachable receiver, the second gets through
        assertThat(fake.webhooks().attempts())
                .extracting(a -> a.outcome() + " " + a.attempt())
                .containsExactly("UNREACHABLE 1", "DELIVERED 1");

        fake.clock().advance(Duration.ofMinutes(1)); // both the delay and the retry's backoff are over
        awaitAttempts(4);
        assertThat(fake.webhooks().attempts().subList(2, 4))
                .extracting(a -> a.outcome() + " " + a.attempt())
                .containsExactlyInAnyOrder("DELIVERED 1", "DELIVERED 2");
        assertThat(deliveredNames()).containsExactlyInAnyOrder("doubled", "doubled", "late");
    }

    @Test
    void aBadJsonWebhookFaultIsRefusedNamingTheChoices() {
        assertThatThrownBy(() -> scenarios.apply("{\"webhooks\": [{\"fault\": \"LOSE\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("webhooks[0].fault: unknown webhook fault 'LOSE'")
                .hasMessageContaining("DROP, DUPLICATE");
        assertThatThrownBy(() -> scenarios.apply("{\"webhooks\": [{\"event\": \"FILE_GONE\", \"fault\": \"DROP\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("webhooks[0].event: unknown webhook event 'FILE_GONE'");
        assertThatThrownBy(() -> scenarios.apply("{\"webhooks\": [{\"fault\": \"DELAY\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs \"delay\"");
        assertThat(scenarios.active()).isEmpty();
    }

    @Test
    void webhookFaultsNeverTouchApiCalls() {
        scenarios.onWebhook().drop().always();
        fake.site().files().importFile(Fakes.importRequest("a.jpg"));
        assertThat(fake.site().files().listFiles(ListFilesRequest.all()).files())
                .hasSize(1);
    }
}
