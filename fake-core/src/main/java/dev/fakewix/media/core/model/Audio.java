package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** One audio asset. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Audio(
        String id,
        String url,
        @Nullable String filename,
        @Nullable Long sizeInBytes) {}
