package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/**
 * One format a font is served in, e.g. {@code new FontAsset("woff", "https://static.wixstatic.com/ufonts/<id>/woff/file.woff", "woff")}.
 *
 * @param assetKey the key to download it with ({@code src} for the uploaded format)
 * @param url      where it is served ({@code ""} for a private font)
 * @param format   {@code woff2}, {@code woff}, {@code ttf} or {@code otf}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FontAsset(String assetKey, String url, String format) {}
