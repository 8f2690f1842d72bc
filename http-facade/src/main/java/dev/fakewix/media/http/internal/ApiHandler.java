package dev.fakewix.media.http.internal;

/** One API endpoint: parse the call's parameters, call the core, render the answer (a 200 JSON body). */
@FunctionalInterface
public interface ApiHandler {
    byte[] handle(ApiCall call);
}
