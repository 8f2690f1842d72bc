package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.ScriptedBehaviour;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The scenarios part of the admin API: the JSON form of {@code Scenarios} (add, list with how often each behaviour
 * was met, clear); the journal names the behaviour each request met.
 */
final class ScenarioRoutes {
    private final FakeMediaManager fake;
    private final Wire wire;
    private final FacadeSettings settings;

    ScenarioRoutes(FakeMediaManager fake, Wire wire, FacadeSettings settings) {
        this.fake = fake;
        this.wire = wire;
        this.settings = settings;
    }

    List<PlainRoute> routes() {
        return List.of(
                new PlainRoute(HttpMethod.POST, AdminRoutes.PREFIX + "/sites/{siteId}/scenarios", this::addScenario),
                new PlainRoute(HttpMethod.GET, AdminRoutes.PREFIX + "/sites/{siteId}/scenarios", this::scenarios),
                new PlainRoute(HttpMethod.DELETE, AdminRoutes.PREFIX + "/sites/{siteId}/scenarios", ex -> {
                    AdminRoutes.site(fake, ex).scenarios().clear();
                    return Reply.json(wire.empty());
                }));
    }

    private Reply addScenario(Exchange ex) {
        byte[] body = ex.jsonBody(settings.maxJsonBodyBytes());
        AdminRoutes.site(fake, ex).scenarios().apply(new String(body, StandardCharsets.UTF_8));
        return scenarios(ex);
    }

    private Reply scenarios(Exchange ex) {
        List<ScriptedBehaviour> active = AdminRoutes.site(fake, ex).scenarios().active();
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayPropertyStart("scenarios");
            for (ScriptedBehaviour b : active) {
                g.writeStartObject();
                g.writeNumberProperty("id", b.id());
                g.writeStringProperty("label", b.label());
                g.writeNumberProperty("timesMet", b.timesMet());
                if (b.count() instanceof ScriptedBehaviour.Count.Times times) {
                    // how many more matching requests it acts on; absent for behaviours without an end
                    g.writeNumberProperty("remaining", Math.max(0, times.n() - b.timesMet()));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }
}
