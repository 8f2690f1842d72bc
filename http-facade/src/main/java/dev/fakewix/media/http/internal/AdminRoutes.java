package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The admin API under {@value #PREFIX}: test control of the fake over HTTP, without authentication. Every route is a
 * thin call into the core (or the journal); errors travel in the API's wire shapes.
 *
 * <p>Each area of the admin API is a class of its own with its own routes, as in WireMock's admin tasks: state
 * ({@link StateRoutes}), import content ({@link ImportContentRoutes}), lifecycle ({@link LifecycleRoutes}), scenarios
 * ({@link ScenarioRoutes}), clock ({@link ClockRoutes}), request journal ({@link JournalRoutes}), what a site's requests
 * relied on ({@link RelianceRoutes}), webhooks
 * ({@link WebhookRoutes}) and the dashboard ({@link Dashboard}). {@link #routes()} is the one list of them all; the
 * server mounts it as it is.
 */
@API(status = API.Status.INTERNAL)
public final class AdminRoutes {
    public static final String PREFIX = "/_fake";

    private final FakeMediaManager fake;
    private final JournalStore journal;
    private final Wire wire;
    private final FacadeSettings settings;

    AdminRoutes(FakeMediaManager fake, JournalStore journal, Wire wire, FacadeSettings settings) {
        this.fake = fake;
        this.journal = journal;
        this.wire = wire;
        this.settings = settings;
    }

    public List<PlainRoute> routes() {
        List<PlainRoute> routes = new ArrayList<>();
        routes.addAll(new StateRoutes(fake, wire, settings).routes());
        // bytes for import URLs (opt-in: the fake never fetches)
        routes.addAll(new ImportContentRoutes(fake, wire, settings).routes());
        routes.addAll(new LifecycleRoutes(fake, wire, settings).routes());
        routes.addAll(new ScenarioRoutes(fake, wire, settings).routes());
        routes.addAll(new ClockRoutes(fake, settings).routes());
        routes.addAll(new JournalRoutes(journal, wire).routes());
        // what the requests to a site relied on: the guesses of the fidelity ledger they met
        routes.addAll(new RelianceRoutes(fake).routes());
        routes.add(new PlainRoute(
                HttpMethod.GET,
                PREFIX + "/health",
                ex -> Reply.json(Json.write(g -> {
                    g.writeStartObject();
                    g.writeStringProperty("status", "UP");
                    g.writeEndObject();
                }))));
        // webhooks: public key, subscriptions, delivery journal
        routes.addAll(new WebhookRoutes(fake, wire, settings).routes());
        if (settings.dashboard()) {
            // last: the page is told which admin routes exist (e.g. webhooks), so it never probes unknown paths
            routes.addAll(new Dashboard(PREFIX + "/ui", routes).routes());
        }
        return List.copyOf(routes);
    }

    /** The site a {@code /sites/{siteId}/...} admin route names (made on first use, as API calls make it). */
    static MediaSite site(FakeMediaManager fake, Exchange ex) {
        return fake.site(ex.pathParam("siteId"));
    }
}
