package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.internal.fidelity.FidelityLedger;
import dev.fakewix.media.core.internal.fidelity.GuessMet;
import dev.fakewix.media.core.internal.fidelity.RelianceReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The fidelity part of the admin API: what the requests to a site relied on ({@code GET /sites/{siteId}/reliance}, the
 * guesses of the fidelity ledger they met) and the ledger itself ({@code GET /fidelity}, for the dashboard).
 */
final class RelianceRoutes {
    private final FakeMediaManager fake;

    RelianceRoutes(FakeMediaManager fake) {
        this.fake = fake;
    }

    List<PlainRoute> routes() {
        return List.of(
                new PlainRoute(HttpMethod.GET, AdminRoutes.PREFIX + "/sites/{siteId}/reliance", this::reliance),
                new PlainRoute(HttpMethod.GET, AdminRoutes.PREFIX + "/fidelity", this::fidelity));
    }

    /**
     * {@code ?format=json} (the default) or {@code markdown}: each guess the site's requests met, how many requests
     * and by which operations, with the ledger line's words. A site never used has met nothing (and is not made).
     */
    private Reply reliance(Exchange ex) {
        Params p = Params.ofQuery(ex.query());
        String format = p.string("format");
        if (format != null && !format.equals("json") && !format.equals("markdown")) {
            p.violation("format", "VALIDATION", "must be json or markdown, was \"" + format + "\"");
        }
        p.check();
        String siteId = ex.pathParam("siteId");
        List<GuessMet> met = fake.hasSite(siteId)
                ? FaceAccess.get().reliance(fake.site(siteId)).snapshot()
                : List.of();
        if ("markdown".equals(format)) {
            return new Reply(
                    200,
                    "text/markdown; charset=utf-8",
                    RelianceReport.siteMarkdown(siteId, met).getBytes(StandardCharsets.UTF_8),
                    Map.of());
        }
        return Reply.json(RelianceReport.siteJson(siteId, met).getBytes(StandardCharsets.UTF_8));
    }

    /** The fidelity ledger's lines (id, section, provenance, words), as the jar carries them: for the dashboard. */
    private Reply fidelity(Exchange ex) {
        List<FidelityLedger.Line> lines = FidelityLedger.packaged().lines();
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayPropertyStart("lines");
            for (FidelityLedger.Line line : lines) {
                g.writeStartObject();
                g.writeStringProperty("id", line.id());
                g.writeStringProperty("section", line.section());
                g.writeStringProperty("provenance", line.provenance().key());
                g.writeStringProperty("text", line.text());
                if (line.verified() != null) {
                    g.writeStringProperty("verified", line.verified());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }
}
