package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.Lifecycle;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.FileDescriptor;
import java.util.List;

/**
 * The lifecycle part of the admin API: which files are still PENDING, and moving one to READY or FAILED by hand (or
 * letting the site's clocks settle them), as a test drives what Wix's processing would do.
 */
final class LifecycleRoutes {
    private final FakeMediaManager fake;
    private final Wire wire;
    private final FacadeSettings settings;

    LifecycleRoutes(FakeMediaManager fake, Wire wire, FacadeSettings settings) {
        this.fake = fake;
        this.wire = wire;
        this.settings = settings;
    }

    List<PlainRoute> routes() {
        return List.of(
                new PlainRoute(HttpMethod.GET, AdminRoutes.PREFIX + "/sites/{siteId}/files/pending", this::pending),
                new PlainRoute(
                        HttpMethod.POST, AdminRoutes.PREFIX + "/sites/{siteId}/files/{fileId}/ready", this::markReady),
                new PlainRoute(
                        HttpMethod.POST,
                        AdminRoutes.PREFIX + "/sites/{siteId}/files/{fileId}/failed",
                        this::markFailed),
                new PlainRoute(HttpMethod.POST, AdminRoutes.PREFIX + "/sites/{siteId}/settle", this::settle));
    }

    private Reply pending(Exchange ex) {
        List<String> ids = AdminRoutes.site(fake, ex).lifecycle().pendingFileIds();
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayPropertyStart("fileIds");
            for (String id : ids) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /** Answers the files still PENDING afterwards, as {@code GET .../files/pending} does. */
    private Reply settle(Exchange ex) {
        FaceAccess.get().settle(AdminRoutes.site(fake, ex));
        return pending(ex);
    }

    private Reply markReady(Exchange ex) {
        FileDescriptor file = AdminRoutes.site(fake, ex).lifecycle().markReady(ex.pathParam("fileId"));
        return Reply.json(wire.fileEnvelope("file", file));
    }

    /** Body (optional): {@code {"code": "...", "description": "..."}}, the error of the File Failed event. */
    private Reply markFailed(Exchange ex) {
        Params p = Params.ofBody(ex.jsonBody(settings.maxJsonBodyBytes()));
        String code = p.string("code");
        String description = p.string("description");
        p.check();
        FileDescriptor file = AdminRoutes.site(fake, ex)
                .lifecycle()
                .markFailed(
                        ex.pathParam("fileId"),
                        code == null ? Lifecycle.DEFAULT_FAILURE_CODE : code,
                        description == null ? "Marked FAILED through the admin API" : description);
        return Reply.json(wire.fileEnvelope("file", file));
    }
}
