package dev.fakewix.media.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An application error as it appears in bulk results and File Failed events.
 *
 * @param code        error code, e.g. {@code RESOURCE_NOT_FOUND}
 * @param description human readable description
 * @param data        extra structured data, never {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ApplicationError(String code, String description, Map<String, Object> data) {
    public ApplicationError {
        Objects.requireNonNull(code, "code");
        description = description == null ? "" : description;
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data)); // keeps the wire order
    }

    public static ApplicationError of(String code, @Nullable String description) {
        return new ApplicationError(code, description, Map.of());
    }
}
