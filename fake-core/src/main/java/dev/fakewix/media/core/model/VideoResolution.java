package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** One rendition of a video, e.g. {@code 720p.mp4}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record VideoResolution(
        String url, int width, int height, @Nullable String format) {}
