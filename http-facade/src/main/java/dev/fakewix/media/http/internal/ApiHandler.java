package dev.fakewix.media.http.internal;

import org.apiguardian.api.API;

/** One API endpoint: parse the call's parameters, call the core, render the answer (a 200 JSON body). */
@FunctionalInterface
@API(status = API.Status.INTERNAL)
public interface ApiHandler {
    byte[] handle(ApiCall call);
}
