package dev.fakewix.media.core.model;

/**
 * A generated download or streaming URL.
 *
 * @param url      the URL
 * @param assetKey the asset it serves, {@code src} for the original
 */
public record DownloadUrl(String url, String assetKey) {
}
