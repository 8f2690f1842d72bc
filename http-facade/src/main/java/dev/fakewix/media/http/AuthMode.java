package dev.fakewix.media.http;

import org.apiguardian.api.API;

/**
 * How the facade checks the {@code Authorization} header of API requests ({@code /site-media/v1/...}).
 *
 * <pre>{@code FakeMediaManagerServer.start(config -> config.auth(AuthMode.STRICT).apiKey("k", Set.of("site-a"), true))}</pre>
 *
 * <p>The admin API ({@code /_fake/...}) and the transfer URLs ({@code /_wixmp/...}, authorised by their tokens) never
 * ask for a key.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum AuthMode {
    /** No check at all: any request is served, for the site named by {@code wix-site-id} (or the default site). */
    OFF,
    /**
     * The default: any non-empty {@code Authorization} value is accepted (a missing or empty one gets 401
     * {@code UNAUTHENTICATED}); sites are created on first use.
     */
    PERMISSIVE,
    /**
     * Only the configured API keys are accepted, each for its own sites and with read or manage permission:
     * an unknown key gets 401 {@code UNAUTHENTICATED}; a key used for another site, or a read-only key used for a
     * write, gets 403 {@code PERMISSION_DENIED}.
     */
    STRICT
}
