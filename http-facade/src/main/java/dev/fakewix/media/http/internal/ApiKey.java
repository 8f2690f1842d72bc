package dev.fakewix.media.http.internal;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An API key of strict mode: the header value, the sites it may act on ({@code "*"} for all) and whether it may write.
 */
@API(status = API.Status.INTERNAL)
public record ApiKey(String key, Set<String> siteIds, boolean canWrite) {
    public ApiKey {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("an API key must not be blank");
        }
        Objects.requireNonNull(siteIds, "siteIds");
        if (siteIds.isEmpty()) {
            throw new IllegalArgumentException(
                    "API key '" + key + "' must be bound to at least one site id (or \"*\" for every site)");
        }
        siteIds = Set.copyOf(siteIds);
    }

    public boolean allowsSite(String siteId) {
        return siteIds.contains("*") || siteIds.contains(siteId);
    }
}
