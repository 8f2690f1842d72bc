package dev.fakewix.media.core;

import java.net.URI;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A receiver of one site's webhooks: where they go and which events (all when {@code events} is empty).
 *
 * <pre>{@code
 * WebhookSubscription s = fake.webhooks().subscribe(siteId, "http://127.0.0.1:8081/webhooks", WebhookEvent.FILE_READY);
 * fake.webhooks().unsubscribe(s.id());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record WebhookSubscription(String id, String siteId, URI url, Set<WebhookEvent> events) {
    public WebhookSubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(url, "url");
        events = events == null || events.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(events));
    }

    /** Whether this subscription receives {@code event}. */
    public boolean accepts(MediaEvent event) {
        return event.metadata().siteId().equals(siteId) && (events.isEmpty() || events.contains(event.type()));
    }
}
