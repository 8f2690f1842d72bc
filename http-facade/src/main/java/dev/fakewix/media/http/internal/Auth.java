package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.face.SiteId;
import dev.fakewix.media.http.AuthMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Decides who may call the API and for which site, from the {@code Authorization} and {@code wix-site-id} headers.
 * Failures are thrown as the API's own errors (401 {@code UNAUTHENTICATED}, 403 {@code PERMISSION_DENIED}).
 * Thread-safe (immutable).
 */
@API(status = API.Status.INTERNAL)
public final class Auth {
    private final AuthMode mode;
    private final Map<String, ApiKey> keys = new LinkedHashMap<>();
    private final String defaultSiteId;

    public Auth(AuthMode mode, List<ApiKey> apiKeys, String defaultSiteId) {
        this.mode = mode;
        this.defaultSiteId = defaultSiteId;
        for (ApiKey key : apiKeys) {
            keys.put(key.key(), key);
        }
    }

    /** The site id a request addresses, whatever its authorisation: the header, or the default site. */
    public String siteOf(String siteHeader) {
        if (siteHeader == null || siteHeader.isBlank()) {
            return defaultSiteId;
        }
        String site = siteHeader.trim();
        if (!SiteId.isValid(site)) {
            throw MediaManagerException.invalidArgument(List.of(FieldViolation.of(
                    "wix-site-id",
                    "MAX_LENGTH",
                    "must be at most " + SiteId.MAX_LENGTH + " characters long, was " + site.length())));
        }
        return site;
    }

    /**
     * Checks a request and returns the site it may act on.
     *
     * @param write whether the operation changes the site
     */
    public String authorize(String authorization, String siteHeader, boolean write) {
        if (mode == AuthMode.OFF) {
            return siteOf(siteHeader);
        }
        String key = authorization == null ? "" : authorization.trim();
        if (key.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = key.substring(7).trim();
        }
        if (key.isEmpty()) {
            throw MediaManagerException.standard(
                    WixErrorCode.UNAUTHENTICATED,
                    "The Authorization header is missing or empty; send an API key as its value (e.g. Authorization: <api key>)");
        }
        if (mode == AuthMode.PERMISSIVE) {
            return siteOf(siteHeader);
        }
        ApiKey apiKey = keys.get(key);
        if (apiKey == null) {
            throw MediaManagerException.standard(
                    WixErrorCode.UNAUTHENTICATED,
                    "The API key is not one of the keys this fake was configured with (strict mode)");
        }
        String site = siteHeader == null || siteHeader.isBlank() ? onlySiteOf(apiKey) : siteOf(siteHeader);
        if (!apiKey.allowsSite(site)) {
            throw MediaManagerException.standard(
                    WixErrorCode.PERMISSION_DENIED, "The API key is not allowed to access site " + site);
        }
        if (write && !apiKey.canWrite()) {
            throw MediaManagerException.standard(
                    WixErrorCode.PERMISSION_DENIED,
                    "The API key is read-only; this operation changes the site and needs a key with manage permission");
        }
        return site;
    }

    /** Without a {@code wix-site-id}, a key bound to exactly one site acts on it; otherwise on the default site. */
    private String onlySiteOf(ApiKey key) {
        if (key.siteIds().size() == 1 && !key.siteIds().contains("*")) {
            return key.siteIds().iterator().next();
        }
        return defaultSiteId;
    }
}
