package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/**
 * A generated download or streaming URL.
 *
 * @param url      the URL
 * @param assetKey the asset it serves, {@code src} for the original
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record DownloadUrl(String url, String assetKey) {}
