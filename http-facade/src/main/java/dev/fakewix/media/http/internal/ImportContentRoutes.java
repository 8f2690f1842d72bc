package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import java.util.List;

/**
 * The bytes behind import URLs, registered by a test (the fake never fetches a URL): {@code importFile} of a registered
 * URL gets these bytes, as a real import would get the URL's.
 */
final class ImportContentRoutes {
    private final FakeMediaManager fake;
    private final Wire wire;
    private final FacadeSettings settings;

    ImportContentRoutes(FakeMediaManager fake, Wire wire, FacadeSettings settings) {
        this.fake = fake;
        this.wire = wire;
        this.settings = settings;
    }

    List<PlainRoute> routes() {
        return List.of(
                new PlainRoute(
                        HttpMethod.PUT,
                        AdminRoutes.PREFIX + "/sites/{siteId}/import-content",
                        this::registerImportContent),
                new PlainRoute(HttpMethod.DELETE, AdminRoutes.PREFIX + "/sites/{siteId}/import-content", ex -> {
                    AdminRoutes.site(fake, ex).registerImportContent(importUrl(ex), (byte[]) null);
                    return Reply.json(wire.empty());
                }));
    }

    private Reply registerImportContent(Exchange ex) {
        AdminRoutes.site(fake, ex).registerImportContent(importUrl(ex), ex.bodyStream(settings.maxUploadBytes()));
        return Reply.json(wire.empty());
    }

    private static String importUrl(Exchange ex) {
        String url = ex.queryParam("url");
        if (url == null || url.isBlank()) {
            throw MediaManagerException.invalidArgument(
                    List.of(
                            FieldViolation.of(
                                    "url",
                                    "REQUIRED_FIELD",
                                    "is required: the import URL whose bytes these are, e.g. ?url=https%3A%2F%2Fexample.com%2Fcat.png")));
        }
        return url;
    }
}
