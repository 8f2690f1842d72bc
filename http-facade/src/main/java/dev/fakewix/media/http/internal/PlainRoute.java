package dev.fakewix.media.http.internal;

import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A non-API route (admin or transfer): method, full path ({@code {name}} for path parameters) and handler.
 */
@API(status = API.Status.INTERNAL)
public record PlainRoute(HttpMethod method, String path, Function<Exchange, Reply> handler) {
    public PlainRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }
}
