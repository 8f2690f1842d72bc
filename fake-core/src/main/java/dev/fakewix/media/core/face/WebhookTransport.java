package dev.fakewix.media.core.face;

import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apiguardian.api.API;

/**
 * How webhook requests leave the fake. The core decides what is sent, when, how often and with which faults; a
 * transport only carries one POST. The HTTP facade provides the real one (a {@code java.net.http} client, connected
 * when a {@code FakeMediaManagerServer} starts, or by {@code HttpWebhooks.connect(fake)}); tests of the core plug in
 * their own the same way.
 *
 * <pre>{@code
 * FaceAccess.get().connectWebhooks(fake, new MyTransport(), new MyEntityJson());
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must not block in {@link #post}: the returned future completes with
 * the HTTP status, or exceptionally when the receiver cannot be reached or does not answer within {@code timeout}
 * (a {@code java.net.http.HttpTimeoutException} or {@link java.util.concurrent.TimeoutException} counts as a
 * time-out, anything else as unreachable).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public interface WebhookTransport {

    /** POSTs {@code body} to {@code url}. */
    CompletableFuture<Integer> post(URI url, String contentType, String body, Duration timeout);

    /**
     * Checks, at subscription time, that something listens at {@code url}; throws an
     * {@link IllegalArgumentException} saying what failed. The default checks nothing.
     */
    default void checkReachable(URI url) {}

    /** How files and folders are written inside event bodies: their REST JSON, exactly as the API answers them. */
    interface EntityJson {
        /** A file's REST JSON. */
        String file(FileDescriptor file);

        /** A folder's REST JSON. */
        String folder(Folder folder);
    }
}
