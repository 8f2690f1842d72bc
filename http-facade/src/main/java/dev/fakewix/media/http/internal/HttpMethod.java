package dev.fakewix.media.http.internal;

import org.apiguardian.api.API;

/** The HTTP methods the facade's route tables use. */
@API(status = API.Status.INTERNAL)
public enum HttpMethod {
    GET,
    POST,
    PUT,
    PATCH,
    DELETE,
    HEAD,
    OPTIONS;

    /** Whether requests of this method carry a body to read. */
    public boolean hasBody() {
        return this == POST || this == PUT || this == PATCH;
    }
}
