package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.face.WebhookTransport;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.apiguardian.api.API;

/**
 * Webhook delivery over real HTTP: one shared {@code java.net.http} client (HTTP/1.1, keep-alive), a POST per attempt,
 * the answer's body discarded. Entities in event bodies are written by the same {@link Wire} as API answers, so a
 * file in File Ready is byte for byte the file {@code getFileDescriptor} returns.
 */
@API(status = API.Status.INTERNAL)
public final class HttpWebhookTransport implements WebhookTransport, WebhookTransport.EntityJson {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    /** Made on the first POST: a server that never sends a webhook does not pay for a client and its selector thread. */
    private volatile HttpClient client;

    private final Wire wire;

    private HttpWebhookTransport(Wire wire) {
        this.wire = wire;
    }

    /** Connects HTTP delivery to {@code fake} unless something is connected already. */
    public static void connect(FakeMediaManager fake, Wire wire) {
        FaceAccess core = FaceAccess.get();
        synchronized (fake.webhooks()) {
            if (!core.webhooksConnected(fake)) {
                HttpWebhookTransport transport = new HttpWebhookTransport(wire);
                core.connectWebhooks(fake, transport, transport);
            }
        }
    }

    /**
     * The answer's status once its body has arrived (and been discarded). Completing the returned future
     * exceptionally or cancelling it (the dispatcher's time-out, an unsubscribe) abandons the exchange: its body is no
     * longer read and its connection is closed, so a receiver that streams an endless answer keeps nothing open.
     */
    @Override
    @Decides(Guess.WEBHOOK_ATTEMPTS_ABANDONED)
    @SuppressWarnings("FutureReturnValueIgnored") // the whenComplete stages pass outcomes on; callers wait on answer
    public CompletableFuture<Integer> post(URI url, String contentType, String body, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", contentType)
                .header("User-Agent", "fake-wix-media-manager-webhooks")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        DiscardedBody discarded = new DiscardedBody();
        CompletableFuture<HttpResponse<Void>> exchange = client().sendAsync(request, info -> discarded);
        CompletableFuture<Integer> answer = new CompletableFuture<>();
        exchange.whenComplete((response, failure) -> {
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else {
                answer.complete(response.statusCode());
            }
        });
        answer.whenComplete((status, failure) -> {
            if (failure != null) {
                discarded.abandon(); // an HTTP/1.1 connection whose body is cancelled mid-way is closed, not reused
                exchange.cancel(true); // an answer whose head has not arrived yet
            }
        });
        return answer;
    }

    /** Reads an answer's body to its end and drops it; {@link #abandon()} stops reading and closes the connection. */
    private static final class DiscardedBody implements HttpResponse.BodySubscriber<Void> {
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private Flow.Subscription subscription;
        private boolean abandoned;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            boolean cancel;
            synchronized (this) {
                subscription = s;
                cancel = abandoned;
            }
            if (cancel) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            // dropped: only the status matters
        }

        @Override
        public void onError(Throwable throwable) {
            done.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            done.complete(null);
        }

        @Override
        public CompletionStage<Void> getBody() {
            return done;
        }

        void abandon() {
            Flow.Subscription s;
            synchronized (this) {
                abandoned = true;
                s = subscription;
            }
            if (s != null) {
                s.cancel();
            }
            done.completeExceptionally(new CancellationException("the attempt was abandoned"));
        }
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(CONNECT_TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                }
                c = client;
            }
        }
        return c;
    }

    /** Opens (and closes) a TCP connection to the URL's host and port. */
    @Override
    public void checkReachable(URI url) {
        int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), port), (int) CONNECT_TIMEOUT.toMillis());
        } catch (IOException e) {
            throw new IllegalArgumentException("nothing answers at webhook URL " + url + " (" + e.getMessage()
                    + "); start the receiver before subscribing it");
        }
    }

    @Override
    public String file(FileDescriptor file) {
        return new String(wire.file(file), StandardCharsets.UTF_8);
    }

    @Override
    public String folder(Folder folder) {
        return new String(wire.folder(folder), StandardCharsets.UTF_8);
    }
}
