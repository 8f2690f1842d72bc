package dev.fakewix.media.core;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * A failure below the API: what a flaky network or proxy does to a response. Only the HTTP facade can act these
 * out; calls through the Java API are not affected by them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum HttpFault {
    /** The connection is closed without a response (the client sees a reset / "socket hang up"). */
    CONNECTION_RESET,
    /** Status 200 with an empty body (the official SDK fails to parse it). */
    EMPTY_RESPONSE,
    /** Status 200 with a body that is not valid JSON. */
    MALFORMED_BODY,
    /** The real response, dribbled out slowly in small chunks. */
    SLOW_DRIBBLE;

    /** Looks a fault up by name, naming the valid choices when there is none. */
    public static HttpFault fromName(String name) {
        for (HttpFault f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown fault '" + name + "'; valid faults: "
                + String.join(", ", Arrays.stream(values()).map(Enum::name).toList()));
    }
}
