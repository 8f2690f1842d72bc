package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Media information of a document file. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record DocumentMedia(String id, String url, @Nullable String filename) {}
