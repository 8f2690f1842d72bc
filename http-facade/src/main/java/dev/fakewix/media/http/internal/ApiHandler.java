package dev.fakewix.media.http.internal;

import org.apiguardian.api.API;

/** One API endpoint: parse the call's parameters, call the core, render the answer (a 200 JSON body). */
@FunctionalInterface
@API(status = API.Status.INTERNAL)
public interface ApiHandler {
    Body handle(ApiCall call);

    /** An endpoint whose answer is one array (most are; list pages are made of the files' cached bytes). */
    @FunctionalInterface
    interface OfBytes {
        byte[] handle(ApiCall call);
    }
}
