package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.SiteSnapshot;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The state part of the admin API: resetting the fake or a site, the list of sites, and a site's state exported and
 * imported whole (the snapshot format of {@link SnapshotJson}, read back by {@link SnapshotReader}).
 */
final class StateRoutes {
    private final FakeMediaManager fake;
    private final Wire wire;
    private final SnapshotReader snapshots;

    StateRoutes(FakeMediaManager fake, Wire wire, FacadeSettings settings) {
        this.fake = fake;
        this.wire = wire;
        this.snapshots = new SnapshotReader(settings.maxJsonBodyBytes());
    }

    List<PlainRoute> routes() {
        return List.of(
                new PlainRoute(HttpMethod.POST, AdminRoutes.PREFIX + "/reset", this::resetAll),
                new PlainRoute(HttpMethod.GET, AdminRoutes.PREFIX + "/sites", this::sites),
                new PlainRoute(HttpMethod.POST, AdminRoutes.PREFIX + "/sites/{siteId}/reset", this::resetSite),
                new PlainRoute(HttpMethod.GET, AdminRoutes.PREFIX + "/sites/{siteId}/state", this::exportState),
                new PlainRoute(HttpMethod.PUT, AdminRoutes.PREFIX + "/sites/{siteId}/state", this::importState));
    }

    private Reply resetAll(Exchange ex) {
        fake.reset();
        return Reply.json(wire.empty());
    }

    private Reply sites(Exchange ex) {
        List<String> ids = fake.siteIds();
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("defaultSiteId", fake.defaultSiteId());
            g.writeArrayPropertyStart("siteIds");
            for (String id : ids) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    private Reply resetSite(Exchange ex) {
        AdminRoutes.site(fake, ex).reset();
        return Reply.json(wire.empty());
    }

    /** Streamed: a site holding a large file exports without holding its base64 on the heap. */
    private Reply exportState(Exchange ex) {
        Params p = Params.ofQuery(ex.query());
        Boolean content = p.bool("content");
        p.check();
        SiteSnapshot snapshot = AdminRoutes.site(fake, ex).snapshot();
        if (content == null || content) {
            // streamed: a site holding a large file exports without holding its base64 on the heap
            return Reply.streamed(
                    200,
                    Reply.JSON,
                    new Reply.StreamedBody() {
                        @Override
                        public long length() {
                            return -1;
                        }

                        @Override
                        public void writeTo(OutputStream out) {
                            Json.writeTo(out, g -> SnapshotJson.write(g, snapshot));
                        }
                    },
                    Map.of());
        }
        // What a polling page asks for: an unchanged listing is told by its fingerprint, without writing its JSON.
        return ConditionalGet.answer(
                ex,
                ConditionalGet.etagOf(SnapshotJson.listingFingerprint(snapshot)),
                () -> Reply.json(SnapshotJson.write(snapshot, false)));
    }

    /**
     * Streamed: a snapshot of any size the export wrote imports back (no {@code maxJsonBodyBytes} cap; see
     * {@link SnapshotReader}).
     */
    private Reply importState(Exchange ex) {
        String siteId = ex.pathParam("siteId");
        SiteSnapshot snapshot = snapshots.readOne(ex.bodyStream(Long.MAX_VALUE), siteId);
        if (snapshot == null) {
            // an empty PUT would read as an empty snapshot and wipe the site: say what was expected instead
            throw MediaManagerException.invalidArgument(List.of(FieldViolation.of(
                    "body",
                    "REQUIRED_FIELD",
                    "must be a site snapshot, as GET /_fake/sites/{siteId}/state exports it; to empty a site, POST"
                            + " /_fake/sites/{siteId}/reset")));
        }
        try {
            if (!snapshot.isRestorableInto(siteId)) { // before the site is made, so a refused PUT creates none
                throw new IllegalArgumentException("The snapshot is of site " + snapshot.siteId() + " but was PUT to"
                        + " site " + siteId + "; PUT it to /_fake/sites/" + snapshot.siteId() + "/state, or change its"
                        + " siteId");
            }
            fake.site(siteId).restore(snapshot);
        } catch (RuntimeException refused) {
            SnapshotReader.release(snapshot);
            throw refused;
        }
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("siteId", siteId);
            g.writeNumberProperty("files", snapshot.files().size());
            g.writeNumberProperty("folders", snapshot.folders().size());
            g.writeEndObject();
        }));
    }
}
