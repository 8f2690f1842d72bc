package dev.fakewix.media.http.internal;

/** The HTTP methods the facade's route tables use. */
public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS;

    /** Whether requests of this method carry a body to read. */
    public boolean hasBody() {
        return this == POST || this == PUT || this == PATCH;
    }
}
