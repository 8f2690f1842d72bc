package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An image asset (the original or a preview).
 *
 * @param sizeInBytes size, or {@code null} when not known
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Image(
        String id,
        String url,
        int width,
        int height,
        @Nullable String altText,
        @Nullable String filename,
        @Nullable Long sizeInBytes) {}
