package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Media information of a font file ({@code FontMedia} in Wix's typings, where fonts are an internal media type):
 * <pre>{@code
 * FontMedia font = file.media().font();
 * font.format();                     // "woff2", the uploaded format
 * font.assets().get(0).assetKey();   // "src"
 * }</pre>
 *
 * @param id          the font's file id
 * @param sizeInBytes the uploaded file's size
 * @param format      the uploaded format: {@code woff2}, {@code woff}, {@code ttf} or {@code otf}
 * @param family      the font family name
 * @param fontName    the font name
 * @param assets      the formats the font is served in, the uploaded one ({@code src}) first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FontMedia(
        String id, Long sizeInBytes, String format, String family, String fontName, List<FontAsset> assets) {
    public FontMedia {
        assets = assets == null ? List.of() : List.copyOf(assets);
    }
}
