package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.MediaSite;
import org.apiguardian.api.API;

import java.util.function.UnaryOperator;

/**
 * What an API handler gets: the addressed site, the request's parameters (body or query, as one tree), the path
 * parameters and the response writer.
 */
@API(status = API.Status.INTERNAL)
public record ApiCall(MediaSite site, Params params, UnaryOperator<String> pathParams, Wire wire) {

    /** A path parameter, e.g. {@code folderId} of {@code /folders/{folderId}}, percent-decoded. */
    public String pathParam(String name) {
        return pathParams.apply(name);
    }
}
