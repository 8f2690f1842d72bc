package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** A colour found in an image. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Color(String hex, @Nullable ColorRGB rgb) {}
