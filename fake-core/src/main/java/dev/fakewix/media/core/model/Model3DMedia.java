package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Media information of a 3D model file. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Model3DMedia(
        String id,
        String url,
        @Nullable Image thumbnail,
        @Nullable String altText,
        @Nullable String filename,
        @Nullable Long sizeInBytes) {}
