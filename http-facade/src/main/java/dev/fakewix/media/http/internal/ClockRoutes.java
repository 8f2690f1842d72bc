package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The clock part of the admin API: read, advance, set, freeze and unfreeze the fake's {@link VirtualClock}. */
final class ClockRoutes {
    private final FakeMediaManager fake;
    private final FacadeSettings settings;

    ClockRoutes(FakeMediaManager fake, FacadeSettings settings) {
        this.fake = fake;
        this.settings = settings;
    }

    List<PlainRoute> routes() {
        return List.of(
                new PlainRoute(
                        HttpMethod.GET,
                        AdminRoutes.PREFIX + "/clock",
                        ex -> clock(fake.clock().instant())),
                new PlainRoute(HttpMethod.POST, AdminRoutes.PREFIX + "/clock/advance", this::advance),
                new PlainRoute(HttpMethod.POST, AdminRoutes.PREFIX + "/clock/set", this::setClock),
                new PlainRoute(
                        HttpMethod.POST,
                        AdminRoutes.PREFIX + "/clock/freeze",
                        ex -> clock(fake.clock().freeze())),
                new PlainRoute(
                        HttpMethod.POST,
                        AdminRoutes.PREFIX + "/clock/unfreeze",
                        ex -> clock(fake.clock().unfreeze())));
    }

    private Reply advance(Exchange ex) {
        Params p = Params.ofBody(ex.jsonBody(settings.maxJsonBodyBytes()));
        Duration duration = p.valid(p.required("duration", p.duration("duration")));
        return clock(fake.clock().advance(duration));
    }

    private Reply setClock(Exchange ex) {
        Params p = Params.ofBody(ex.jsonBody(settings.maxJsonBodyBytes()));
        Instant instant = p.valid(p.required("instant", p.instant("instant")));
        return clock(fake.clock().setTo(instant));
    }

    private Reply clock(Instant now) {
        VirtualClock clock = fake.clock();
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("now", Json.instant(now));
            g.writeBooleanProperty("frozen", clock.isFrozen());
            g.writeEndObject();
        }));
    }
}
