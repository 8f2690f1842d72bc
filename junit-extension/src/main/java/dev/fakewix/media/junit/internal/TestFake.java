package dev.fakewix.media.junit.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.junit.FakeMediaManagerHttp;
import dev.fakewix.media.junit.WebhookInbox;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One test's fake: what the extension injects. Kept in the test's {@link ExtensionContext.Store}; JUnit closes it
 * when the test is done (passed or failed), which removes the test's site (and its journal entries) from a shared
 * server, or deletes the temporary directory of the test's own fake (uploaded bytes beyond its memory budget).
 *
 * @param http   the HTTP coordinates, {@code null} in-process
 * @param shared whether {@code fake} is a shared server's (the site is then removed on close)
 * @param origin where the settings came from, for messages
 * @param reliance where the test's record of what it relied on goes when it ends, {@code null} when nowhere
 */
@SuppressWarnings("deprecation") // CloseableResource: for JUnit versions that do not close plain AutoCloseables
@API(status = API.Status.INTERNAL)
public record TestFake(
        FakeMediaManager fake,
        MediaSite site,
        FakeMediaManagerHttp http,
        boolean shared,
        String origin,
        List<String> webhookSubscriptions,
        AtomicReference<WebhookInbox> inbox,
        RelianceLog.Pending reliance)
        implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    public TestFake(
            FakeMediaManager fake,
            MediaSite site,
            FakeMediaManagerHttp http,
            boolean shared,
            String origin,
            List<String> webhookSubscriptions,
            RelianceLog.Pending reliance) {
        this(fake, site, http, shared, origin, List.copyOf(webhookSubscriptions), new AtomicReference<>(), reliance);
    }

    /** The test's webhook inbox, opened (subscribed to the test's site) on first use. */
    public WebhookInbox webhookInbox() {
        return inbox.updateAndGet(i -> i != null ? i : WebhookInbox.open(fake, site.siteId()));
    }

    /**
     * The test's webhook subscriptions and inbox end with it; on a shared server the test's site and its journal
     * entries go too, so a long run does not grow.
     */
    @Override
    public void close() {
        if (reliance != null) {
            // the test's site on a shared server; every site of a fake of its own
            List<MediaSite> sites = shared
                    ? List.of(site)
                    : fake.siteIds().stream().map(fake::site).toList();
            reliance.log()
                    .add(
                            reliance.uniqueId(),
                            reliance.name(),
                            sites.stream()
                                    .map(s -> FaceAccess.get().reliance(s).snapshot())
                                    .toList());
        }
        WebhookInbox open = inbox.getAndSet(null);
        if (open != null) {
            open.close();
        }
        webhookSubscriptions.forEach(id -> fake.webhooks().unsubscribe(id));
        if (shared) {
            fake.removeSite(site.siteId());
            if (http != null) {
                http.journal().removeIf(entry -> site.siteId().equals(entry.siteId()));
            }
        } else {
            fake.close();
        }
    }
}
