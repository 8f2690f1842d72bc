package dev.fakewix.media.junit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.ReceivedWebhook;
import dev.fakewix.media.core.WebhookEvent;
import dev.fakewix.media.core.WebhookSubscription;
import dev.fakewix.media.http.HttpWebhooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apiguardian.api.API;

/**
 * A webhook receiver for tests: a loopback HTTP server that subscribes itself to a site of the fake, verifies every
 * JWT as an app would (RS256 with the fake's public key, {@code exp} against real time) and keeps what arrived. The
 * extension injects one per test (subscribed to the test's site, closed when the test ends); outside the extension,
 * open one yourself.
 *
 * <pre>{@code
 * @Test
 * void announcesTheImport(MediaSite site, WebhookInbox inbox) {
 *     FileDescriptor file = site.files().importFile(ImportFileRequest.of(url).withExternalInfo(ExternalInfo.of("shop", "order-7")));
 *     site.files().getFileDescriptor(file.id());
 *     MediaAwait.untilReceived(inbox, WebhookEvent.FILE_READY);
 *     assertThat(inbox).received(WebhookEvent.FILE_READY).forFile(file.id()).withExternalInfo(ExternalInfo.of("shop", "order-7")).once();
 * }
 *
 * try (WebhookInbox inbox = WebhookInbox.open(fake, fake.defaultSiteId())) { ... }
 * }</pre>
 *
 * <p>A webhook that fails verification (a bad signature, an expired JWT, a body that is no JWT) is answered
 * {@code 401}, as an app would, and kept in {@link #rejected()}; the fake then retries it like any failed delivery.
 * Thread-safe: the lists may be read while webhooks arrive.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WebhookInbox implements AutoCloseable {

    /** A webhook that did not pass verification, and why. */
    public record Rejected(String jwt, String reason) {}

    private final FakeMediaManager fake;
    private final RSAPublicKey publicKey;
    private final Clock realTime;
    private final HttpServer server;
    private final WebhookSubscription subscription;
    private final List<ReceivedWebhook> received = new CopyOnWriteArrayList<>();
    private final List<Rejected> rejected = new CopyOnWriteArrayList<>();

    private WebhookInbox(FakeMediaManager fake, String siteId, WebhookEvent[] events) {
        this.fake = fake;
        this.publicKey = fake.webhooks().signingKey().publicKey();
        this.realTime = Clock.systemUTC();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a loopback port for the webhook inbox", e);
        }
        server.createContext("/webhooks", this::handle);
        server.start();
        try {
            HttpWebhooks.connect(fake);
            subscription = fake.webhooks().subscribe(siteId, url(), events);
        } catch (RuntimeException e) {
            server.stop(0);
            throw e;
        }
    }

    /**
     * Starts an inbox and subscribes it to {@code events} (every event when none is given) of site {@code siteId};
     * connects HTTP delivery to the fake if nothing is connected yet.
     */
    public static WebhookInbox open(FakeMediaManager fake, String siteId, WebhookEvent... events) {
        Objects.requireNonNull(fake, "fake");
        Objects.requireNonNull(siteId, "siteId");
        return new WebhookInbox(fake, siteId, events);
    }

    /** Where the inbox listens, e.g. {@code http://127.0.0.1:54321/webhooks}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
    }

    /** The site it is subscribed to. */
    public String siteId() {
        return subscription.siteId();
    }

    /** The subscription it made. */
    public WebhookSubscription subscription() {
        return subscription;
    }

    /** Every verified webhook in the order it arrived, duplicates included. */
    public List<ReceivedWebhook> received() {
        return List.copyOf(received);
    }

    /** The verified webhooks of one event type. */
    public List<ReceivedWebhook> received(WebhookEvent event) {
        return received.stream().filter(w -> w.event() == event).toList();
    }

    /** The verified webhooks with duplicates (same event id) left out, keeping the first of each: what an idempotent app processes. */
    public List<ReceivedWebhook> distinct() {
        Set<String> seen = new LinkedHashSet<>();
        List<ReceivedWebhook> out = new ArrayList<>();
        for (ReceivedWebhook w : received) {
            if (seen.add(w.eventId())) {
                out.add(w);
            }
        }
        return out;
    }

    /** Webhooks that failed verification. */
    public List<Rejected> rejected() {
        return List.copyOf(rejected);
    }

    /** Forgets what arrived so far. */
    public void clear() {
        received.clear();
        rejected.clear();
    }

    /** Unsubscribes and stops listening. Idempotent. */
    @Override
    public void close() {
        fake.webhooks().unsubscribe(subscription.id());
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String jwt = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String problem;
            try {
                ReceivedWebhook webhook = verify(jwt);
                received.add(webhook);
                problem = null;
            } catch (RuntimeException e) {
                problem = e.getMessage();
            }
            if (problem != null) {
                rejected.add(new Rejected(jwt, problem));
            }
            exchange.sendResponseHeaders(problem == null ? 200 : 401, -1);
        }
    }

    private ReceivedWebhook verify(String jwt) {
        return ReceivedWebhook.verify(jwt, publicKey, realTime.instant());
    }

    @Override
    public String toString() {
        return "WebhookInbox[" + url() + ", site " + siteId() + ", " + received.size() + " received, " + rejected.size()
                + " rejected]";
    }
}
