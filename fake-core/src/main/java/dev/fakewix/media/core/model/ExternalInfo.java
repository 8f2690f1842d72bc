package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Caller-supplied information that is echoed back in File Ready and File Failed events.
 *
 * @param origin      free text, at most 1000 characters
 * @param externalIds at most 30 ids, each at most 4000 characters
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ExternalInfo(@Nullable String origin, List<String> externalIds) {
    public ExternalInfo {
        externalIds = externalIds == null ? List.of() : List.copyOf(externalIds);
    }

    public static ExternalInfo of(String origin, String... externalIds) {
        return new ExternalInfo(origin, List.of(externalIds));
    }
}
