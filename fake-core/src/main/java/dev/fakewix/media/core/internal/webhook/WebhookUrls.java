package dev.fakewix.media.core.internal.webhook;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where the fake may send webhooks: absolute http(s) URLs whose host resolves to loopback addresses only, so the
 * fake never sends events off the machine. Checked when a subscription is made, never inside an API call.
 *
 * <pre>{@code URI url = WebhookUrls.checked("http://127.0.0.1:8081/webhooks");}</pre>
 *
 * <p>Stateless.
 */
@API(status = API.Status.INTERNAL)
public final class WebhookUrls {
    private static final String EXAMPLE = "http://127.0.0.1:8081/webhooks";

    private WebhookUrls() {}

    /**
     * The URL, if the fake may deliver to it.
     *
     * @throws IllegalArgumentException saying what is wrong and giving an example of a good one
     */
    @Decides(Guess.WEBHOOK_LOOPBACK_ONLY)
    public static URI checked(@Nullable String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a webhook URL is required, e.g. " + EXAMPLE);
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "'" + url + "' is not a URL (" + e.getReason() + "); expected e.g. " + EXAMPLE);
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "'" + url + "' is not an absolute http(s) URL with a host; expected e.g. " + EXAMPLE);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(
                    "the host of webhook URL '" + url + "' does not resolve; use 127.0.0.1 or localhost");
        }
        for (InetAddress a : addresses) {
            if (!a.isLoopbackAddress()) {
                throw new IllegalArgumentException(
                        "the host of webhook URL '" + url + "' resolves to " + a.getHostAddress()
                                + ", not a loopback address; the fake delivers only to receivers on this machine (127.0.0.1, ::1, localhost)");
            }
        }
        return uri;
    }
}
