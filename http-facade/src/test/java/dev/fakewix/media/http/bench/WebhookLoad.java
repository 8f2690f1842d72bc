package dev.fakewix.media.http.bench;

import com.sun.net.httpserver.HttpServer;
import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.WebhookAttempt;
import dev.fakewix.media.core.WebhookPolicy;
import dev.fakewix.media.core.WebhookSigningKey;
import dev.fakewix.media.http.FakeMediaManagerServer;
import dev.fakewix.media.http.HttpWebhooks;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Webhook load: events per second delivered to a loopback receiver, and the API's latency with and without a
 * subscriber (Java API and HTTP). Not a test; run by {@code http-facade/bench/webhooks.sh}.
 *
 * <pre>
 * java -cp http-facade/target/fake-wix-media-manager-standalone.jar:http-facade/target/test-classes \
 *      dev.fakewix.media.http.bench.WebhookLoad [events] [javaCalls] [httpCalls]
 * </pre>
 *
 * Each event is a Folder Created (createFolder is the cheapest write that emits one). The receiver is a JDK
 * {@code HttpServer} answering 200 with no body, on two threads.
 */
public final class WebhookLoad {
    private WebhookLoad() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int javaCalls = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int httpCalls = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        StringBuilder table = new StringBuilder("| measure | result |\n|---|---|\n");

        try (Receiver receiver = new Receiver()) {
            // 1. throughput: queue everything, then wait for the receiver to have it all
            FakeMediaManager fake = fake(events * 2 + 10);
            HttpWebhooks.connect(fake);
            fake.webhooks().subscribe(fake.defaultSiteId(), receiver.url());
            createFolders(fake, events / 2, "warm");
            receiver.awaitCount(events / 2);
            for (int round = 1; round <= 3; round++) {
                long base = receiver.count.get();
                long t0 = System.nanoTime();
                createFolders(fake, events, "r" + round);
                long apiDone = System.nanoTime();
                receiver.awaitCount(base + events);
                long t1 = System.nanoTime();
                table.append(String.format(
                        "| delivered to a loopback receiver, round %d (%,d events) | **%,.0f events/s** (API calls took %,.0f ms of %,.0f ms) |%n",
                        round, events, events / ((t1 - t0) / 1e9), (apiDone - t0) / 1e6, (t1 - t0) / 1e6));
            }
            // context: what one RS256 signature costs here (the delivery's main CPU cost)
            String claims = "{\"data\":\"" + "x".repeat(2500) + "\",\"iat\":1704067200}";
            WebhookSigningKey key = fake.webhooks().signingKey();
            for (int i = 0; i < 500; i++) {
                key.sign(claims);
            }
            long s0 = System.nanoTime();
            for (int i = 0; i < 2000; i++) {
                key.sign(claims);
            }
            table.append(String.format(
                    "| RS256 signatures on one thread (2,048-bit key, 2.5 KB claims) | %,.0f signatures/s |%n",
                    2000 / ((System.nanoTime() - s0) / 1e9)));
            table.append(String.format(
                    "| available processors / load average when measured | %d / %.1f |%n",
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            long failed = fake.webhooks().attempts().stream()
                    .filter(a -> a.outcome() != WebhookAttempt.Outcome.DELIVERED)
                    .count();
            table.append(String.format("| attempts not delivered in those rounds | %d |%n", failed));

            // 2. Java API latency of createFolder, without and with a subscriber
            table.append("| createFolder (Java API), no subscriber | ")
                    .append(javaLatency(fake(10), javaCalls))
                    .append(" |\n");
            FakeMediaManager subscribed = fake(javaCalls * 2 + 10);
            HttpWebhooks.connect(subscribed);
            subscribed.webhooks().subscribe(subscribed.defaultSiteId(), receiver.url());
            table.append("| createFolder (Java API), one subscriber | ")
                    .append(javaLatency(subscribed, javaCalls))
                    .append(" |\n");

            // 3. HTTP API latency of POST /site-media/v1/folders, without and with a subscriber
            table.append("| POST /site-media/v1/folders, no subscriber | ")
                    .append(httpLatency(fake(10), httpCalls, null))
                    .append(" |\n");
            table.append("| POST /site-media/v1/folders, one subscriber | ")
                    .append(httpLatency(fake(httpCalls * 2 + 10), httpCalls, receiver.url()))
                    .append(" |\n");
        }
        System.out.print(table);
    }

    private static FakeMediaManager fake(int queueCapacity) {
        return FakeMediaManager.builder()
                .seed(1)
                .clock(VirtualClock.frozenAt(Instant.parse("2024-01-01T00:00:00Z")))
                .webhookPolicy(WebhookPolicy.defaults()
                        .withQueueCapacity(queueCapacity)
                        .withJournalCapacity(1000))
                .build();
    }

    private static void createFolders(FakeMediaManager fake, int n, String prefix) {
        for (int i = 0; i < n; i++) {
            fake.site().folders().createFolder(prefix + "-" + i, null);
        }
    }

    /** Median and 99th percentile of single calls, after a warm-up of the same size. */
    private static String javaLatency(FakeMediaManager fake, int calls) {
        createFolders(fake, calls, "warm");
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            fake.site().folders().createFolder("f-" + i, null);
            nanos[i] = System.nanoTime() - t;
        }
        return percentiles(nanos);
    }

    private static String httpLatency(FakeMediaManager fake, int calls, String subscriberUrl) throws Exception {
        try (FakeMediaManagerServer server = FakeMediaManagerServer.start(fake, c -> c.port(0))) {
            if (subscriberUrl != null) {
                fake.webhooks().subscribe(fake.defaultSiteId(), subscriberUrl);
            }
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create(server.baseUri() + "/site-media/v1/folders");
            for (int i = 0; i < calls; i++) {
                post(client, uri, "warm-" + i);
            }
            long[] nanos = new long[calls];
            for (int i = 0; i < calls; i++) {
                long t = System.nanoTime();
                post(client, uri, "f-" + i);
                nanos[i] = System.nanoTime() - t;
            }
            return percentiles(nanos);
        }
    }

    private static void post(HttpClient client, URI uri, String name) throws Exception {
        HttpResponse<Void> r = client.send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", "bench")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"" + name + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("createFolder answered " + r.statusCode());
        }
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                "p50 %.1f µs, p99 %.1f µs, p99.9 %.1f µs",
                sorted[sorted.length / 2] / 1e3,
                sorted[(int) (sorted.length * 0.99)] / 1e3,
                sorted[(int) (sorted.length * 0.999)] / 1e3);
    }

    /** Counts POSTs and answers 200. */
    private static final class Receiver implements AutoCloseable {
        final AtomicLong count = new AtomicLong();
        private final HttpServer server;
        private final ExecutorService threads = Executors.newFixedThreadPool(2);

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            server.createContext("/hooks", ex -> {
                ex.getRequestBody().readAllBytes();
                ex.sendResponseHeaders(200, -1);
                ex.close();
                count.incrementAndGet();
                synchronized (count) {
                    count.notifyAll();
                }
            });
            server.setExecutor(threads);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        }

        void awaitCount(long n) throws InterruptedException {
            // The benchmark runs on the standalone jar's class path (no Awaitility): the receiver wakes it per webhook.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            synchronized (count) {
                while (count.get() < n) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new IllegalStateException(
                                "only " + count.get() + " of " + n + " webhooks arrived in 10 minutes");
                    }
                    TimeUnit.NANOSECONDS.timedWait(count, left);
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
