package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WebhookAttempt;
import dev.fakewix.media.core.WebhookEvent;
import dev.fakewix.media.core.WebhookSubscription;
import dev.fakewix.media.core.Webhooks;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.face.FaceAccess;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * The webhook part of the admin API: the public key in PEM, subscriptions, and the journal of delivery attempts.
 * Writes take JSON bodies. Each route is one call into {@link Webhooks}, except a subscription, which goes through the
 * core's {@code FaceAccess}: over HTTP it is made without trying the URL's port, so that the answer tells a caller
 * from afar nothing about which ports of this machine are open.
 */
final class WebhookRoutes {
    private static final String PREFIX = AdminRoutes.PREFIX + "/webhooks";

    private final FakeMediaManager fake;
    private final Wire wire;
    private final FacadeSettings settings;

    WebhookRoutes(FakeMediaManager fake, Wire wire, FacadeSettings settings) {
        this.fake = fake;
        this.wire = wire;
        this.settings = settings;
    }

    List<PlainRoute> routes() {
        return List.of(
                new PlainRoute(HttpMethod.GET, PREFIX + "/public-key", this::publicKey),
                new PlainRoute(
                        HttpMethod.GET,
                        PREFIX + "/public-key.pem",
                        ex -> new Reply(
                                200,
                                "application/x-pem-file",
                                fake.webhooks().signingKey().publicKeyPem().getBytes(StandardCharsets.US_ASCII),
                                Map.of(),
                                null)),
                new PlainRoute(HttpMethod.GET, PREFIX + "/subscriptions", this::subscriptions),
                new PlainRoute(HttpMethod.POST, PREFIX + "/subscriptions", this::subscribe),
                new PlainRoute(HttpMethod.DELETE, PREFIX + "/subscriptions/{subscriptionId}", this::unsubscribe),
                new PlainRoute(HttpMethod.GET, PREFIX + "/attempts", this::attempts),
                new PlainRoute(HttpMethod.DELETE, PREFIX + "/attempts", ex -> {
                    fake.webhooks().clearAttempts();
                    return Reply.json(wire.empty());
                }));
    }

    private Reply publicKey(Exchange ex) {
        Webhooks w = fake.webhooks();
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("publicKey", w.signingKey().publicKeyPem());
            g.writeStringProperty("appId", Webhooks.APP_ID);
            g.writeStringProperty("algorithm", "RS256");
            g.writeEndObject();
        }));
    }

    private Reply subscriptions(Exchange ex) {
        List<WebhookSubscription> all = fake.webhooks().subscriptions();
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayPropertyStart("subscriptions");
            for (WebhookSubscription s : all) {
                write(g, s);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /** Body {@code {"url": "...", "siteId": "..." (default site), "events": ["FILE_READY", ...] (all)}}. */
    private Reply subscribe(Exchange ex) {
        Params p = Params.ofBody(ex.jsonBody(settings.maxJsonBodyBytes()));
        String url = p.required("url", p.string("url"));
        String siteId = p.string("siteId");
        List<String> events = p.strings("events");
        p.check();
        // unprobed: whoever reaches the admin API (a container's port, maybe) must not learn which local ports are open
        WebhookSubscription s = FaceAccess.get()
                .subscribeUnprobed(
                        fake, siteId == null ? fake.defaultSiteId() : siteId, url, events == null ? List.of() : events);
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeName("subscription");
            write(g, s);
            g.writeEndObject();
        }));
    }

    private Reply unsubscribe(Exchange ex) {
        String id = ex.pathParam("subscriptionId");
        if (!fake.webhooks().unsubscribe(id)) {
            throw MediaManagerException.standard(
                    WixErrorCode.NOT_FOUND,
                    "No webhook subscription " + id + "; GET " + PREFIX + "/subscriptions lists them");
        }
        return Reply.json(wire.empty());
    }

    private Reply attempts(Exchange ex) {
        Params p = Params.ofQuery(ex.query());
        String siteId = p.string("siteId");
        String eventId = p.string("eventId");
        Integer limit = p.integer("limit");
        if (limit != null && limit < 0) {
            p.violation("limit", "MIN", "must be at least 0, was " + limit);
        }
        p.check();
        List<WebhookAttempt> matching = fake.webhooks().attempts().stream()
                .filter(a -> (siteId == null || siteId.equals(a.siteId()))
                        && (eventId == null || eventId.equals(a.eventId())))
                .toList();
        List<WebhookAttempt> shown = limit == null || limit >= matching.size()
                ? matching
                : matching.subList(matching.size() - limit, matching.size());
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayPropertyStart("attempts");
            for (WebhookAttempt a : shown) {
                g.writeStartObject();
                g.writeNumberProperty("sequence", a.sequence());
                g.writeStringProperty("subscriptionId", a.subscriptionId());
                g.writeStringProperty("siteId", a.siteId());
                g.writeStringProperty("url", a.url().toString());
                g.writeStringProperty("eventId", a.eventId());
                g.writeStringProperty("eventType", a.event().eventType());
                g.writeStringProperty("entityId", a.entityId());
                g.writeNumberProperty("attempt", a.attempt());
                g.writeStringProperty("outcome", a.outcome().name());
                g.writeNumberProperty("status", a.status());
                g.writeNumberProperty("latencyMillis", a.latency().toNanos() / 1_000_000.0);
                g.writeStringProperty("at", Json.instant(a.at()));
                g.writeStringProperty("fault", a.fault());
                g.writeStringProperty("error", a.error());
                g.writeBooleanProperty("willRetry", a.willRetry());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    private static void write(JsonGenerator g, WebhookSubscription s) {
        g.writeStartObject();
        g.writeStringProperty("id", s.id());
        g.writeStringProperty("siteId", s.siteId());
        g.writeStringProperty("url", s.url().toString());
        g.writeArrayPropertyStart("events");
        for (WebhookEvent e : s.events().stream().sorted().toList()) {
            g.writeString(e.name());
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
