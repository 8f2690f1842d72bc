package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Per-item outcome of a bulk operation.
 *
 * @param id            the item id, {@code null} when the item could not be created
 * @param originalIndex index of the item in the request
 * @param success       whether the item succeeded
 * @param error         the error when {@code success} is false
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ItemMetadata(
        @Nullable String id,
        int originalIndex,
        boolean success,
        @Nullable ApplicationError error) {}
