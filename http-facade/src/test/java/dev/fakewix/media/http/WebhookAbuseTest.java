package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.WebhookAttempt;
import dev.fakewix.media.core.WebhookPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Webhook receivers that misbehave, and subscribers who probe (issue 19, finding 6): an attempt that times out or
 * whose subscription goes away closes its connection (a receiver streaming an endless answer kept one open per
 * attempt); a site has a bounded number of subscriptions; the answer to a subscription is the same whether or not
 * something listens at the URL's port.
 */
class WebhookAbuseTest extends OnDemandServer {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    /** Generous: the fake closes within milliseconds; this only bounds a test that fails. */
    private static final Duration CLOSED_WITHIN = Duration.ofMinutes(1);

    private final EndlessReceiver receiver = new EndlessReceiver();
    private WireClient client;

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private void start(WebhookPolicy policy) {
        client = start(
                FakeMediaManager.builder()
                        .seed(7)
                        .clock(VirtualClock.frozenAt(NOW))
                        .webhookPolicy(policy)
                        .build(),
                c -> c.port(0));
    }

    private WireClient.Response subscribe(String url, String siteId) {
        return client.post(
                "/_fake/webhooks/subscriptions",
                "{\"url\": \"" + url + "\"" + (siteId == null ? "" : ", \"siteId\": \"" + siteId + "\"") + "}");
    }

    @Test
    void anAttemptThatTimesOutClosesItsConnection() {
        start(WebhookPolicy.defaults().withTimeout(Duration.ofMillis(200)).withMaxAttempts(1));
        assertThat(subscribe(receiver.url(), null).status()).isEqualTo(200);

        fake.site().folders().createFolder("Pets", null);

        await("the attempt timed out")
                .atMost(CLOSED_WITHIN)
                .until(() -> fake.webhooks().attempts().stream()
                        .anyMatch(a -> a.outcome() == WebhookAttempt.Outcome.TIMED_OUT));
        await("the receiver's connection closed by the fake")
                .atMost(CLOSED_WITHIN)
                .until(() -> receiver.streaming.get() == 1 && receiver.closed.get() == 1);
    }

    @Test
    void unsubscribingClosesTheConnectionOfTheAttemptInFlight() {
        start(WebhookPolicy.defaults().withTimeout(Duration.ofHours(1)));
        JsonNode s = subscribe(receiver.url(), null).json().get("subscription");
        fake.site().folders().createFolder("Pets", null);
        await("the attempt reached the receiver").atMost(CLOSED_WITHIN).until(() -> receiver.streaming.get() == 1);

        assertThat(client.delete("/_fake/webhooks/subscriptions/" + s.get("id").stringValue())
                        .status())
                .isEqualTo(200);

        await("the receiver's connection closed by the fake")
                .atMost(CLOSED_WITHIN)
                .until(() -> receiver.closed.get() == 1);
        await("nothing left to deliver")
                .atMost(CLOSED_WITHIN)
                .until(() -> fake.webhooks().outstanding() == 0);
        fake.clock().advance(Duration.ofHours(1));
        assertThat(receiver.streaming.get())
                .as("no retry for a subscription that is gone")
                .isEqualTo(1);
    }

    @Test
    void aSiteHasABoundedNumberOfSubscriptions() {
        start(WebhookPolicy.defaults());
        String site = WireClient.SITE_ID;
        int made = 0;
        WireClient.Response refused = null;
        while (refused == null && made <= 1000) {
            WireClient.Response r = subscribe(receiver.url(), site);
            if (r.status() == 200) {
                made++;
            } else {
                refused = r;
            }
        }

        assertThat(refused).as("a subscription beyond the bound; %s made", made).isNotNull();
        assertThat(made).isEqualTo(50);
        assertThat(refused.status()).as("%s", refused).isEqualTo(429);
        assertThat(refused.json().at("/details/applicationError/code").stringValue())
                .isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(refused.json().at("/details/applicationError/description").stringValue())
                .contains("50", "DELETE /_fake/webhooks/subscriptions/");
        assertThat(subscribe(receiver.url(), "another-site").status())
                .as("other sites are not affected")
                .isEqualTo(200);
        String oneId = fake.webhooks().subscriptions().get(0).id();
        assertThat(client.delete("/_fake/webhooks/subscriptions/" + oneId).status())
                .isEqualTo(200);
        assertThat(subscribe(receiver.url(), site).status())
                .as("room again after an unsubscribe")
                .isEqualTo(200);
    }

    @Test
    void theAnswerToASubscriptionDoesNotTellWhetherSomethingListens() throws IOException {
        start(WebhookPolicy.defaults());
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }

        WireClient.Response open = subscribe(receiver.url(), null);
        WireClient.Response closed = subscribe("http://127.0.0.1:" + closedPort + "/hooks", null);

        assertThat(closed.status()).as("%s", closed).isEqualTo(open.status()).isEqualTo(200);
        assertThat(shape(closed)).isEqualTo(shape(open));
        // in process there is nobody to hide ports from: the Java API still says what is wrong at once
        String closedUrl = "http://127.0.0.1:" + closedPort + "/hooks";
        Assertions.assertThatThrownBy(
                        () -> fake.webhooks().subscribe(fake.site().siteId(), closedUrl))
                .hasMessageContaining("nothing answers at webhook URL");
    }

    /** An answer without what differs by design (the subscription's id and URL). */
    private static String shape(WireClient.Response r) {
        JsonNode s = r.json().get("subscription");
        return r.status() + " " + s.get("siteId") + " " + s.get("events") + " "
                + r.json().size();
    }

    /**
     * Answers every POST with 200 and a body that never ends (a byte every 20 ms), and counts the answers it began
     * streaming and those whose connection the other side closed.
     */
    static final class EndlessReceiver implements AutoCloseable {
        final AtomicInteger streaming = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        private final ServerSocket server;

        EndlessReceiver() {
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread acceptor = new Thread(
                    () -> {
                        while (!server.isClosed()) {
                            try {
                                Socket socket = server.accept();
                                Thread streamer = new Thread(() -> stream(socket), "endless-receiver-stream");
                                streamer.setDaemon(true);
                                streamer.start();
                            } catch (IOException closing) {
                                return;
                            }
                        }
                    },
                    "endless-receiver");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getLocalPort() + "/hooks";
        }

        private void stream(Socket socket) {
            boolean streamed = false;
            try (socket) {
                InputStream in = socket.getInputStream();
                readHeadAndBody(in);
                OutputStream out = socket.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000000000000\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                streaming.incrementAndGet();
                streamed = true;
                socket.setSoTimeout(20);
                while (!server.isClosed()) {
                    out.write('x');
                    out.flush();
                    try {
                        if (in.read() < 0) {
                            break; // the other side closed
                        }
                    } catch (SocketTimeoutException stillOpen) {
                        // nothing from the other side: it still listens
                    }
                }
            } catch (IOException gone) {
                // the other side closed (a reset on write), or a connection that only looked (no request)
            }
            if (streamed) {
                closed.incrementAndGet();
            }
        }

        private static void readHeadAndBody(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    throw new IOException("the request ended early");
                }
                head.append((char) c);
            }
            long length = 0;
            for (String line : head.toString().split("\r\n", -1)) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Long.parseLong(line.substring(15).trim());
                }
            }
            in.readNBytes((int) length);
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
