package dev.fakewix.media.http;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.http.internal.HttpWebhookTransport;
import dev.fakewix.media.http.internal.Wire;
import org.apiguardian.api.API;

/**
 * Webhook delivery over HTTP for a fake that serves no HTTP itself (a server over the fake connects it on its own).
 *
 * <pre>{@code
 * FakeMediaManager fake = FakeMediaManager.builder().build();
 * HttpWebhooks.connect(fake);
 * fake.webhooks().subscribe("http://127.0.0.1:8081/webhooks");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class HttpWebhooks {
    private HttpWebhooks() {}

    /** Connects a {@code java.net.http} transport to {@code fake.webhooks()}; does nothing when one is connected. */
    public static void connect(FakeMediaManager fake) {
        HttpWebhookTransport.connect(fake, new Wire());
    }
}
