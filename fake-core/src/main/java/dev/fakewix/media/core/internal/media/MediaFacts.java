package dev.fakewix.media.core.internal.media;

import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.util.IdSource;
import dev.fakewix.media.core.model.ArchiveMedia;
import dev.fakewix.media.core.model.Audio;
import dev.fakewix.media.core.model.AudioMedia;
import dev.fakewix.media.core.model.Color;
import dev.fakewix.media.core.model.ColorRGB;
import dev.fakewix.media.core.model.Colors;
import dev.fakewix.media.core.model.DocumentMedia;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileMedia;
import dev.fakewix.media.core.model.FontAsset;
import dev.fakewix.media.core.model.FontMedia;
import dev.fakewix.media.core.model.Image;
import dev.fakewix.media.core.model.ImageMedia;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.Model3DMedia;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.VideoMedia;
import dev.fakewix.media.core.model.VideoResolution;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What processing reveals about a file once it is READY: size, hash, dimensions and the media object. For uploads
 * these come from the bytes (real MD5, real PNG/GIF/JPEG dimensions); imported files are never fetched, so their
 * facts are derived deterministically from the file id.
 */
@API(status = API.Status.INTERNAL)
public final class MediaFacts {
    private static final int[][] IMPORTED_IMAGE_SIZES = {
        {1920, 1080}, {1280, 720}, {3024, 4032}, {800, 600}, {1080, 1080}
    };
    // outside the small-value caches of Long.valueOf and Integer.valueOf: boxed once, not once per stored file
    private static final Long VIDEO_DURATION_MILLIS = 60_000L;
    private static final Integer AUDIO_BITRATE = 192;

    /** Colours are drawn from a shared set so a stored image costs no colour objects of its own. */
    private static final Colors[] PALETTES = new Colors[64];

    static {
        for (int i = 0; i < PALETTES.length; i++) {
            long mixed = IdSource.mix(i + 1L);
            int r = (int) (mixed & 0xFF);
            int g = (int) ((mixed >>> 8) & 0xFF);
            int b = (int) ((mixed >>> 16) & 0xFF);
            Color prominent = new Color(String.format("#%02x%02x%02x", r, g, b), new ColorRGB(r, g, b));
            Color second = new Color(
                    String.format("#%02x%02x%02x", 255 - r, 255 - g, 255 - b), new ColorRGB(255 - r, 255 - g, 255 - b));
            PALETTES[i] = new Colors(prominent, List.of(prominent, second));
        }
    }

    private MediaFacts() {}

    /**
     * The descriptor of {@code f} once READY: its bytes' facts when {@code content} is known, else facts derived from
     * its id; {@code originalName} names the media records (Wix keeps the name at creation after renames);
     * {@code mimeType} names a font's format.
     */
    @Decides({Guess.IMPORTS_NEVER_FETCHED, Guess.VECTOR_MEDIA_KEY, Guess.MEDIA_FILENAME_KEEPS_ORIGINAL})
    public static FileDescriptor ready(
            FileDescriptor f, StoredBytes content, String originalName, String mimeType, String siteId) {
        long seed = IdSource.mix(f.id().hashCode() * 0x9E3779B97F4A7C15L);
        long size;
        String hash;
        int width;
        int height;
        if (content != null) {
            size = content.size();
            hash = content.md5();
            int[] dims = dimensions(head(content));
            width = dims == null ? 1 : dims[0];
            height = dims == null ? 1 : dims[1];
        } else {
            Reliance.met(Guess.IMPORTS_NEVER_FETCHED);
            size = f.sizeInBytes() >= 0 ? f.sizeInBytes() : 20_000 + Long.remainderUnsigned(seed, 4_980_000);
            hash = hex(IdSource.mix(seed + 1)) + hex(IdSource.mix(seed + 2));
            int[] dims = IMPORTED_IMAGE_SIZES[(int) Long.remainderUnsigned(seed >>> 7, IMPORTED_IMAGE_SIZES.length)];
            width = dims[0];
            height = dims[1];
        }
        MediaUrls urls = MediaUrls.of(f.mediaType(), f.id(), siteId, mimeType);
        if (f.isPrivate()) {
            urls = urls.hidden();
        }
        // an image's thumbnail is its own URL: keep one string, not two equal ones (a million files, 120 MB)
        String thumbnail = urls.readyThumbnail().equals(f.url()) ? f.url() : urls.readyThumbnail();
        String name = originalName;
        if (name != null && !name.equals(f.displayName())) {
            Reliance.met(Guess.MEDIA_FILENAME_KEEPS_ORIGINAL); // renamed while pending: media keeps the first name
        }
        if (f.mediaType() == MediaType.VECTOR) {
            Reliance.met(Guess.VECTOR_MEDIA_KEY);
        }
        Long boxedSize = size; // one box shared by every record that names the size (a million files, 24 bytes each)
        FileMedia media = switch (f.mediaType()) {
            case IMAGE -> FileMedia.ofImage(image(f, name, width, height, boxedSize, seed));
            case VECTOR -> FileMedia.ofVector(image(f, name, width, height, boxedSize, seed));
            case VIDEO -> FileMedia.ofVideo(video(f, name, boxedSize));
            case AUDIO ->
                FileMedia.ofAudio(new AudioMedia(
                        f.id(),
                        List.of(new Audio(f.id(), f.url(), name, boxedSize)),
                        AUDIO_BITRATE,
                        extension(name, "mp3"),
                        30.0 + Long.remainderUnsigned(seed, 300),
                        boxedSize));
            case DOCUMENT -> FileMedia.ofDocument(new DocumentMedia(f.id(), f.url(), name));
            case ARCHIVE -> FileMedia.ofArchive(new ArchiveMedia(f.id(), f.url(), name, boxedSize));
            case MODEL3D ->
                FileMedia.ofModel3d(new Model3DMedia(
                        f.id(),
                        f.url(),
                        new Image(
                                f.id() + ".thumbnail.png",
                                MediaUrls.GENERIC_DOCUMENT_THUMB,
                                512,
                                512,
                                null,
                                null,
                                null),
                        null,
                        name,
                        boxedSize));
            case FONT -> FileMedia.ofFont(font(f, name, mimeType, boxedSize));
            default -> throw new IllegalStateException("no media for " + f.mediaType());
        };
        return f.withHash(hash)
                .withSizeInBytes(size)
                .withMedia(media)
                .withOperationStatus(OperationStatus.READY)
                .withThumbnailUrl(thumbnail);
    }

    private static ImageMedia image(FileDescriptor f, String name, int width, int height, Long size, long seed) {
        Image original = new Image(f.id(), f.url(), width, height, null, name, size);
        int previewWidth = Math.min(width, 800);
        int previewHeight = (int) Math.max(1, Math.round(height * (previewWidth / (double) width)));
        Image preview = new Image("image.preview", f.url(), previewWidth, previewHeight, null, null, null);
        return new ImageMedia(
                original,
                PALETTES[(int) Long.remainderUnsigned(seed >>> 24, PALETTES.length)],
                List.of(),
                preview,
                null);
    }

    private static VideoMedia video(FileDescriptor f, String name, Long size) {
        if (f.isPrivate()) {
            // no public renditions or posters: a private video is reached through download and streaming URLs only
            String none = "";
            return new VideoMedia(
                    f.id(),
                    List.of(
                            new VideoResolution(none, 1920, 1080, "1080p.mp4"),
                            new VideoResolution(none, 1280, 720, "720p.mp4"),
                            new VideoResolution(none, 854, 480, "480p.mp4"),
                            new VideoResolution(none, 640, 360, "360p.mp4")),
                    name,
                    List.of(new Image(f.id() + "f000.jpg", none, 1920, 1080, null, null, null)),
                    size,
                    VIDEO_DURATION_MILLIS);
        }
        String base = "https://video.wixstatic.com/video/" + f.id();
        List<VideoResolution> resolutions = List.of(
                new VideoResolution(base + "/1080p/mp4/file.mp4", 1920, 1080, "1080p.mp4"),
                new VideoResolution(base + "/720p/mp4/file.mp4", 1280, 720, "720p.mp4"),
                new VideoResolution(base + "/480p/mp4/file.mp4", 854, 480, "480p.mp4"),
                new VideoResolution(base + "/360p/mp4/file.mp4", 640, 360, "360p.mp4"));
        List<Image> posters = List.of(
                new Image(
                        f.id() + "f000.jpg",
                        "https://static.wixstatic.com/media/" + f.id() + "f000.jpg",
                        1920,
                        1080,
                        null,
                        null,
                        null),
                new Image(
                        f.id() + "f001.jpg",
                        "https://static.wixstatic.com/media/" + f.id() + "f001.jpg",
                        1280,
                        720,
                        null,
                        null,
                        null));
        return new VideoMedia(f.id(), resolutions, name, posters, size, VIDEO_DURATION_MILLIS);
    }

    /** Asset keys a ready file can be downloaded as: {@code src}, plus the renditions of a video or a font's formats. */
    @Decides({Guess.DOWNLOAD_ASSET_KEYS, Guess.FONT_FILES})
    public static List<String> assetKeys(FileDescriptor f) {
        if (f.media() != null && f.media().video() != null) {
            return List.of("src", "1080p", "720p", "480p", "360p");
        }
        if (f.media() != null && f.media().font() != null) {
            return f.media().font().assets().stream().map(FontAsset::assetKey).toList();
        }
        return List.of("src");
    }

    /** The web formats Wix serves every uploaded font in, besides the uploaded one. */
    private static final List<String> FONT_FORMATS = List.of("woff2", "woff", "ttf");

    /**
     * A font's media: the uploaded format as {@code src}, then the other web formats, each under Wix's {@code ufonts/}
     * path. The fake reads no font tables, so family and name are the file name without its extension.
     */
    @Decides(Guess.FONT_FILES)
    private static FontMedia font(FileDescriptor f, String name, String mimeType, Long size) {
        String format = MediaUrls.fontFormat(mimeType);
        String family = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        List<FontAsset> assets = new ArrayList<>();
        assets.add(new FontAsset("src", fontUrl(f, format), format));
        for (String other : FONT_FORMATS) {
            if (!other.equals(format)) {
                assets.add(new FontAsset(other, fontUrl(f, other), other));
            }
        }
        return new FontMedia(f.id(), size, format, family, family, assets);
    }

    private static String fontUrl(FileDescriptor f, String format) {
        return f.isPrivate() ? "" : "https://static.wixstatic.com/" + MediaUrls.fontPath(f.id(), format);
    }

    private static String extension(String name, String fallback) {
        return MediaFormats.extensionOf(name).orElse(fallback);
    }

    private static String hex(long v) {
        // as String.format("%016x", v), which parses its pattern on every call: unsigned, lower case, zero-padded
        String digits = Long.toHexString(v);
        return digits.length() == 16 ? digits : "0".repeat(16 - digits.length()) + digits;
    }

    /** How much of a file is read for its dimensions: enough for a JPEG with a large EXIF block before its frame. */
    private static final int HEAD_BYTES = 256 * 1024;

    private static byte[] head(StoredBytes content) {
        try (InputStream in = content.openStream()) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return new byte[0]; // unreadable bytes have no dimensions; the file is still READY
        }
    }

    /** Width and height of PNG, GIF, JPEG or WebP bytes, or {@code null}. */
    static int[] dimensions(byte[] b) {
        if (b.length >= 30
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return webpDimensions(b);
        }
        if (b.length >= 24 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return new int[] {int32(b, 16), int32(b, 20)};
        }
        if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return new int[] {(b[6] & 0xFF) | (b[7] & 0xFF) << 8, (b[8] & 0xFF) | (b[9] & 0xFF) << 8};
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            int i = 2;
            while (i + 9 < b.length) {
                if ((b[i] & 0xFF) != 0xFF) {
                    i++;
                    continue;
                }
                int marker = b[i + 1] & 0xFF;
                int length = (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
                if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                    int h = (b[i + 5] & 0xFF) << 8 | (b[i + 6] & 0xFF);
                    int w = (b[i + 7] & 0xFF) << 8 | (b[i + 8] & 0xFF);
                    return new int[] {w, h};
                }
                i += 2 + length;
            }
        }
        return null;
    }

    /** The three WebP flavours: lossy (VP8), lossless (VP8L) and extended (VP8X). */
    private static int[] webpDimensions(byte[] b) {
        if (b[12] == 'V' && b[13] == 'P' && b[14] == '8' && b[15] == ' ') {
            // frame tag (3 bytes), start code 9d 01 2a, then 14-bit width and height
            if ((b[23] & 0xFF) == 0x9d && (b[24] & 0xFF) == 0x01 && (b[25] & 0xFF) == 0x2a) {
                return new int[] {
                    ((b[26] & 0xFF) | (b[27] & 0xFF) << 8) & 0x3FFF, ((b[28] & 0xFF) | (b[29] & 0xFF) << 8) & 0x3FFF
                };
            }
            return null;
        }
        if (b[12] == 'V' && b[13] == 'P' && b[14] == '8' && b[15] == 'L' && (b[20] & 0xFF) == 0x2f) {
            int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
            return new int[] {(bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1};
        }
        if (b[12] == 'V' && b[13] == 'P' && b[14] == '8' && b[15] == 'X') {
            int w = (b[24] & 0xFF) | (b[25] & 0xFF) << 8 | (b[26] & 0xFF) << 16;
            int h = (b[27] & 0xFF) | (b[28] & 0xFF) << 8 | (b[29] & 0xFF) << 16;
            return new int[] {w + 1, h + 1};
        }
        return null;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
