package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.WebhookTransport;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import org.apiguardian.api.API;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

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
        synchronized (fake.webhooks()) {
            if (!fake.webhooks().isConnected()) {
                HttpWebhookTransport transport = new HttpWebhookTransport(wire);
                fake.webhooks().connect(transport, transport);
            }
        }
    }

    @Override
    public CompletableFuture<Integer> post(URI url, String contentType, String body, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", contentType)
                .header("User-Agent", "fake-wix-media-manager-webhooks")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return client().sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
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
