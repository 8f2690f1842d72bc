package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaSite;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * What an API handler gets: the addressed site, the request's parameters (body or query, as one tree), the path
 * parameters and the response writer. It remembers whether the handler read the parameters, so that only a handler
 * that did answers for their type errors (a route served from its path alone ignores a malformed query, as before).
 * One request, one thread.
 */
@API(status = API.Status.INTERNAL)
public final class ApiCall {
    private final MediaSite site;
    private final Params params;
    private final UnaryOperator<String> pathParams;
    private final Wire wire;
    private boolean paramsRead;

    public ApiCall(MediaSite site, Params params, UnaryOperator<String> pathParams, Wire wire) {
        this.site = site;
        this.params = params;
        this.pathParams = pathParams;
        this.wire = wire;
    }

    /** The addressed site. */
    public MediaSite site() {
        return site;
    }

    /** The request's parameters. */
    public Params params() {
        paramsRead = true;
        return params;
    }

    /** The response writer. */
    public Wire wire() {
        return wire;
    }

    /** A path parameter, e.g. {@code folderId} of {@code /folders/{folderId}}, percent-decoded. */
    public String pathParam(String name) {
        return pathParams.apply(name);
    }

    /** The type errors met reading the parameters, for the core's check of the request (none if never read). */
    public List<FieldViolation> typeViolations() {
        return paramsRead ? params.typeViolations() : List.of();
    }
}
