package dev.fakewix.media.junit;

import org.apiguardian.api.API;

/**
 * How widely the HTTP server of {@link WithFakeMediaManager#http()} is shared. Whatever the scope, every test gets
 * its own site on the server, so tests never see each other's files.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ServerScope {
    /**
     * One server per test run (per JUnit engine execution) and configuration; the fastest choice and the default.
     * Closed when the run ends.
     */
    PER_RUN,
    /** One server per top-level test class (its {@code @Nested} classes share it); closed when the class is done. */
    PER_CLASS
}
