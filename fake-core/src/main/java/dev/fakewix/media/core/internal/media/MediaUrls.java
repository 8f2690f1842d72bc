package dev.fakewix.media.core.internal.media;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.model.MediaType;
import org.apiguardian.api.API;

/**
 * The static URLs of a file, in the formats Wix uses per media type (docs/api-reference.md#id-and-url-formats).
 *
 * @param url              the file's static URL
 * @param pendingThumbnail thumbnail while PENDING
 * @param readyThumbnail   thumbnail once READY
 */
@API(status = API.Status.INTERNAL)
public record MediaUrls(String url, String pendingThumbnail, String readyThumbnail) {
    private static final String STATIC = "https://static.wixstatic.com/media/";
    static final String GENERIC_VIDEO_THUMB = STATIC + "54ece48fa04e492fa46bd79980105f0d.png";
    static final String GENERIC_DOCUMENT_THUMB = STATIC + "it7ucst133nc8d9e0ff4d0nay1ucksc6.png";
    static final String GENERIC_ARCHIVE_THUMB = STATIC + "48c4fbc47d7298cd4406936294b4c532.png";

    /**
     * The URLs of a stored file of {@code type}.
     *
     * @param mimeType the file's MIME type; it names a font's format
     */
    @Decides({Guess.AUDIO_AND_3D_IDS_AND_URLS, Guess.FONT_FILES})
    public static MediaUrls of(MediaType type, String id, String siteId, String mimeType) {
        if (type == MediaType.AUDIO || type == MediaType.MODEL3D) {
            Reliance.met(Guess.AUDIO_AND_3D_IDS_AND_URLS);
        } else if (type == MediaType.FONT) {
            Reliance.met(Guess.FONT_FILES);
        }
        return switch (type) {
            case IMAGE -> same(STATIC + id);
            case VECTOR -> same("https://static.wixstatic.com/shapes/" + id);
            case VIDEO ->
                new MediaUrls(
                        "https://video.wixstatic.com/video/" + id + "/file",
                        GENERIC_VIDEO_THUMB,
                        STATIC + id + "f002.jpg");
            case AUDIO -> generic("https://static.wixstatic.com/mp3/" + id, GENERIC_DOCUMENT_THUMB);
            case DOCUMENT -> generic("https://" + siteId + ".usrfiles.com/ugd/" + id, GENERIC_DOCUMENT_THUMB);
            case ARCHIVE -> generic("https://" + siteId + ".usrfiles.com/archives/" + id, GENERIC_ARCHIVE_THUMB);
            case MODEL3D -> generic("https://static.wixstatic.com/3d/" + id, GENERIC_DOCUMENT_THUMB);
            // relative, as Wix's upload answer gave it to a program that uploads fonts
            case FONT -> generic(fontPath(id, fontFormat(mimeType)), GENERIC_DOCUMENT_THUMB);
            default -> throw new IllegalArgumentException("no URLs for media type " + type);
        };
    }

    /** Where a font is served in one format, under {@code https://static.wixstatic.com/}. */
    static String fontPath(String id, String format) {
        return "ufonts/" + id + "/" + format + "/file." + format;
    }

    /** A font's format from its MIME type: {@code woff2}, {@code woff}, {@code ttf} or {@code otf}. */
    static String fontFormat(String mimeType) {
        return MediaFormats.byMimeType(mimeType)
                .filter(f -> f.mediaType() == MediaType.FONT)
                .map(MediaFormats.Format::extension)
                .orElse("ttf");
    }

    /** The URLs of a private file: no public URL; a thumbnail that is the file itself is hidden too. */
    @Decides(Guess.PRIVATE_THUMBNAILS)
    public MediaUrls hidden() {
        Reliance.met(Guess.PRIVATE_THUMBNAILS);
        return new MediaUrls(
                "",
                pendingThumbnail.equals(url) ? "" : pendingThumbnail,
                readyThumbnail.equals(url) ? "" : readyThumbnail);
    }

    private static MediaUrls same(String url) {
        return new MediaUrls(url, url, url);
    }

    private static MediaUrls generic(String url, String thumb) {
        return new MediaUrls(url, thumb, thumb);
    }
}
