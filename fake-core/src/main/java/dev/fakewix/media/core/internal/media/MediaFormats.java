package dev.fakewix.media.core.internal.media;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.model.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The file formats the Media Manager accepts: extension, MIME type and media type. This is the one table that
 * decides a file's media type, for imports, upload URLs and uploads alike.
 *
 * <p>Each group says where it comes from: the extensions Wix lists for uploads into the Media Manager (ledger line
 * G-113, a page), the MIME types and aliases chosen for them (G-114), the formats beyond that list (G-115), fonts
 * (G-116) and Lottie animations (G-118). A MIME type's first extension is the one an id or a name without an
 * extension gets ({@code image/jpeg} is {@code jpg}).
 */
@API(status = API.Status.INTERNAL)
public final class MediaFormats {

    /**
     * One accepted format.
     *
     * @param source the guess that put it in the table: {@link Guess#FORMAT_MIME_TYPES} for Wix's upload list (only its
     *               MIME type is guessed), else the group beyond that list it belongs to
     */
    public record Format(String extension, String mimeType, MediaType mediaType, Guess source) {}

    private static final Map<String, Format> BY_EXTENSION = new HashMap<>();
    private static final Map<String, Format> BY_MIME = new HashMap<>();
    /** The group being added while the class initialises (each group names its guess once, not per line). */
    private static Guess adding;

    static {
        uploadList();
        beyondUploadList();
        fonts();
        lottie();
        aliases();
    }

    private MediaFormats() {}

    /**
     * Every extension of https://dev.wix.com/docs/velo/api-reference/$w/upload-button/file-type ("Image: BMP, GIF,
     * HEIC, HEIF, JFIF, JPE, JPEG, JPG, PNG, TIF, TIFF, WEBP", "Video: AVI, DIVX, ...", "Audio: AAC, AIF, ...",
     * "Document: AI, CDR, CSV, ..."), under the page's media type (G-113); the page names no MIME types, so each
     * extension has its registered one, else the one clients commonly send (G-114).
     */
    @Decides(Guess.FORMAT_MIME_TYPES)
    private static void uploadList() {
        adding = Guess.FORMAT_MIME_TYPES;
        image("jpg", "image/jpeg");
        image("jpeg", "image/jpeg");
        image("jpe", "image/jpeg");
        image("jfif", "image/jpeg");
        image("png", "image/png");
        image("gif", "image/gif");
        image("webp", "image/webp");
        image("bmp", "image/bmp");
        image("tif", "image/tiff");
        image("tiff", "image/tiff");
        image("heic", "image/heic");
        image("heif", "image/heif");
        video("mp4", "video/mp4");
        video("m4v", "video/x-m4v");
        video("mov", "video/quicktime");
        video("avi", "video/x-msvideo");
        video("wmv", "video/x-ms-wmv");
        video("webm", "video/webm");
        video("mkv", "video/x-matroska");
        video("mpeg", "video/mpeg");
        video("mpg", "video/mpeg");
        video("mpe", "video/mpeg");
        video("flv", "video/x-flv");
        video("3gp", "video/3gpp");
        video("m2ts", "video/mp2t");
        video("divx", "video/x-divx");
        video("xvid", "video/x-xvid");
        video("mxf", "application/mxf");
        video("ogv", "video/ogg");
        video("vob", "video/x-ms-vob");
        audio("mp3", "audio/mpeg");
        audio("wav", "audio/wav");
        audio("aac", "audio/aac");
        audio("m4a", "audio/mp4");
        audio("flac", "audio/flac");
        audio("wma", "audio/x-ms-wma");
        audio("aif", "audio/aiff");
        audio("aiff", "audio/aiff");
        document("pdf", "application/pdf");
        document("doc", "application/msword");
        document("dot", "application/msword");
        document("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        document("dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template");
        document("xls", "application/vnd.ms-excel");
        document("xlt", "application/vnd.ms-excel");
        document("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        document("xltx", "application/vnd.openxmlformats-officedocument.spreadsheetml.template");
        document("ppt", "application/vnd.ms-powerpoint");
        document("pot", "application/vnd.ms-powerpoint");
        document("pps", "application/vnd.ms-powerpoint");
        document("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
        document("potx", "application/vnd.openxmlformats-officedocument.presentationml.template");
        document("ppsx", "application/vnd.openxmlformats-officedocument.presentationml.slideshow");
        document("odt", "application/vnd.oasis.opendocument.text");
        document("ott", "application/vnd.oasis.opendocument.text-template");
        document("ods", "application/vnd.oasis.opendocument.spreadsheet");
        document("ots", "application/vnd.oasis.opendocument.spreadsheet-template");
        document("odp", "application/vnd.oasis.opendocument.presentation");
        document("otp", "application/vnd.oasis.opendocument.presentation-template");
        document("odg", "application/vnd.oasis.opendocument.graphics");
        document("rtf", "application/rtf");
        document("txt", "text/plain");
        document("csv", "text/csv");
        document("epub", "application/epub+zip");
        document("mobi", "application/x-mobipocket-ebook");
        document("eps", "application/postscript");
        document("ai", "application/postscript");
        document("psd", "image/vnd.adobe.photoshop");
        document("xcf", "image/x-xcf");
        document("cdr", "application/vnd.corel-draw");
        document("dwg", "image/vnd.dwg");
        document("indd", "application/x-indesign");
        document("fla", "application/vnd.adobe.fla");
        document("pub", "application/x-mspublisher");
        document("key", "application/vnd.apple.keynote");
        document("numbers", "application/vnd.apple.numbers");
        document("pages", "application/vnd.apple.pages");
        document("pkg", "application/x-newton-compatible-pkg");
        document("gpx", "application/gpx+xml");
        document("kml", "application/vnd.google-earth.kml+xml");
        document("kmz", "application/vnd.google-earth.kmz");
        document("ipynb", "application/x-ipynb+json");
        document("vcf", "text/vcard");
        document("xps", "application/vnd.ms-xpsdocument");
        document("oxps", "application/oxps");
    }

    /** What Wix's samples and typings show beyond the upload list: vectors, archives, 3D models, a few more (G-115). */
    @Decides(Guess.FORMATS_BEYOND_UPLOAD_LIST)
    private static void beyondUploadList() {
        adding = Guess.FORMATS_BEYOND_UPLOAD_LIST;
        add("svg", "image/svg+xml", MediaType.VECTOR);
        image("avif", "image/avif");
        image("ico", "image/x-icon");
        video("mts", "video/mp2t");
        audio("ogg", "audio/ogg");
        add("zip", "application/zip", MediaType.ARCHIVE);
        add("rar", "application/vnd.rar", MediaType.ARCHIVE);
        add("7z", "application/x-7z-compressed", MediaType.ARCHIVE);
        add("tar", "application/x-tar", MediaType.ARCHIVE);
        add("gz", "application/gzip", MediaType.ARCHIVE);
        add("glb", "model/gltf-binary", MediaType.MODEL3D);
        add("gltf", "model/gltf+json", MediaType.MODEL3D);
    }

    /**
     * Fonts, under the typings' internal media type FONT (FileMedia {@code font: FontMedia}, "The format of the font
     * asset. ttf, woff, woff2"), with the MIME types browsers and font tools send for them (G-116).
     */
    @Decides(Guess.FONT_FILES)
    private static void fonts() {
        adding = Guess.FONT_FILES;
        add("woff2", "font/woff2", MediaType.FONT);
        add("woff", "font/woff", MediaType.FONT);
        add("ttf", "font/ttf", MediaType.FONT);
        add("otf", "font/otf", MediaType.FONT);
        alias("application/font-woff2", "woff2");
        alias("application/x-font-woff2", "woff2");
        alias("application/font-woff", "woff");
        alias("application/x-font-woff", "woff");
        alias("application/x-font-ttf", "ttf");
        alias("application/x-font-truetype", "ttf");
        alias("application/font-sfnt", "ttf");
        alias("font/sfnt", "ttf");
        alias("application/x-font-otf", "otf");
        alias("application/x-font-opentype", "otf");
        alias("application/vnd.ms-opentype", "otf");
    }

    /** Lottie animations are JSON files; a program that uploads them finds them again as DOCUMENTs (G-118). */
    @Decides(Guess.LOTTIE_JSON_DOCUMENT)
    private static void lottie() {
        adding = Guess.LOTTIE_JSON_DOCUMENT;
        document("json", "application/json");
    }

    /** Other names clients give the same formats (G-114). */
    @Decides(Guess.FORMAT_MIME_TYPES)
    private static void aliases() {
        alias("image/jpg", "jpg");
        alias("image/pjpeg", "jpg");
        alias("image/x-ms-bmp", "bmp");
        alias("image/vnd.microsoft.icon", "ico");
        alias("audio/mp3", "mp3");
        alias("audio/x-wav", "wav");
        alias("audio/wave", "wav");
        alias("audio/x-m4a", "m4a");
        alias("audio/x-aiff", "aiff");
        alias("audio/x-flac", "flac");
        alias("video/avi", "avi");
        alias("video/divx", "divx");
        alias("text/rtf", "rtf");
        alias("text/x-vcard", "vcf");
        alias("application/illustrator", "ai");
        alias("application/x-zip-compressed", "zip");
        alias("application/x-rar-compressed", "rar");
        alias("application/x-gzip", "gz");
    }

    private static void image(String ext, String mime) {
        add(ext, mime, MediaType.IMAGE);
    }

    private static void video(String ext, String mime) {
        add(ext, mime, MediaType.VIDEO);
    }

    private static void audio(String ext, String mime) {
        add(ext, mime, MediaType.AUDIO);
    }

    private static void document(String ext, String mime) {
        add(ext, mime, MediaType.DOCUMENT);
    }

    private static void add(String ext, String mime, MediaType type) {
        Format f = new Format(ext, mime, type, adding);
        BY_EXTENSION.put(ext, f);
        BY_MIME.putIfAbsent(mime, f);
    }

    private static void alias(String mime, String ext) {
        BY_MIME.put(mime, BY_EXTENSION.get(ext));
    }

    /**
     * Notes what the format a request's file gets relies on: a format from beyond Wix's upload list relies on the
     * group that added it; any format relies on the table's MIME type when {@code mimeTypeChosen} (the request named
     * none, or one the table maps to another).
     */
    @Decides({Guess.FORMAT_MIME_TYPES, Guess.FORMATS_BEYOND_UPLOAD_LIST, Guess.FONT_FILES, Guess.LOTTIE_JSON_DOCUMENT})
    public static Format noteDecided(Format format, boolean mimeTypeChosen) {
        if (format.source() != Guess.FORMAT_MIME_TYPES) {
            Reliance.met(format.source());
        }
        if (mimeTypeChosen) {
            Reliance.met(Guess.FORMAT_MIME_TYPES);
        }
        return format;
    }

    /**
     * Whether a MIME type says "some bytes" rather than a format ({@code application/octet-stream}, and the
     * {@code binary/octet-stream} some S3-style tools send): the name's extension tells the format then.
     */
    public static boolean isOctetStream(String mimeType) {
        if (mimeType == null) {
            return false;
        }
        int semicolon = mimeType.indexOf(';');
        String bare = (semicolon >= 0 ? mimeType.substring(0, semicolon) : mimeType)
                .trim()
                .toLowerCase(Locale.ROOT);
        return bare.equals("application/octet-stream") || bare.equals("binary/octet-stream");
    }

    /** The format of a MIME type (parameters such as {@code ; charset=} are ignored). */
    public static Optional<Format> byMimeType(String mimeType) {
        if (mimeType == null) {
            return Optional.empty();
        }
        int semicolon = mimeType.indexOf(';');
        String bare = (semicolon >= 0 ? mimeType.substring(0, semicolon) : mimeType)
                .trim()
                .toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_MIME.get(bare));
    }

    /** The format of a file name or URL path by its extension. */
    public static Optional<Format> byName(String nameOrUrl) {
        return extensionOf(nameOrUrl).map(BY_EXTENSION::get);
    }

    /** The lower-case extension of the last path segment (query and fragment ignored), if any. */
    public static Optional<String> extensionOf(String nameOrUrl) {
        if (nameOrUrl == null) {
            return Optional.empty();
        }
        String s = nameOrUrl;
        int cut = indexOfAny(s, '?', '#');
        if (cut >= 0 && s.contains("://")) {
            s = s.substring(0, cut);
        }
        int slash = s.lastIndexOf('/');
        String last = slash >= 0 ? s.substring(slash + 1) : s;
        int dot = last.lastIndexOf('.');
        if (dot <= 0 || dot == last.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(last.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The last path segment of a URL, percent-decoded, without query or fragment. */
    public static String lastSegment(String url) {
        String s = url;
        int cut = indexOfAny(s, '?', '#');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        int slash = s.lastIndexOf('/');
        String last = slash >= 0 ? s.substring(slash + 1) : s;
        try {
            return URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return last;
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
