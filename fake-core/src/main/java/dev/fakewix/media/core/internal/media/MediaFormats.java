package dev.fakewix.media.core.internal.media;

import dev.fakewix.media.core.model.MediaType;
import org.apiguardian.api.API;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file formats the Media Manager accepts: extension, MIME type and media type. This is the one table that
 * decides a file's media type, for imports and uploads alike.
 */
@API(status = API.Status.INTERNAL)
public final class MediaFormats {

    /** One accepted format. */
    public record Format(String extension, String mimeType, MediaType mediaType) {
    }

    private static final Map<String, Format> BY_EXTENSION = new HashMap<>();
    private static final Map<String, Format> BY_MIME = new HashMap<>();

    static {
        image("jpg", "image/jpeg");
        image("jpeg", "image/jpeg");
        image("jpe", "image/jpeg");
        image("png", "image/png");
        image("gif", "image/gif");
        image("webp", "image/webp");
        image("bmp", "image/bmp");
        image("tif", "image/tiff");
        image("tiff", "image/tiff");
        image("heic", "image/heic");
        image("heif", "image/heif");
        image("avif", "image/avif");
        image("ico", "image/x-icon");
        add("svg", "image/svg+xml", MediaType.VECTOR);
        video("mp4", "video/mp4");
        video("m4v", "video/x-m4v");
        video("mov", "video/quicktime");
        video("avi", "video/x-msvideo");
        video("wmv", "video/x-ms-wmv");
        video("webm", "video/webm");
        video("mkv", "video/x-matroska");
        video("mpeg", "video/mpeg");
        video("mpg", "video/mpeg");
        video("flv", "video/x-flv");
        video("3gp", "video/3gpp");
        video("mts", "video/mp2t");
        audio("mp3", "audio/mpeg");
        audio("wav", "audio/wav");
        audio("aac", "audio/aac");
        audio("m4a", "audio/mp4");
        audio("ogg", "audio/ogg");
        audio("flac", "audio/flac");
        audio("wma", "audio/x-ms-wma");
        audio("aif", "audio/aiff");
        audio("aiff", "audio/aiff");
        document("pdf", "application/pdf");
        document("doc", "application/msword");
        document("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        document("xls", "application/vnd.ms-excel");
        document("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        document("ppt", "application/vnd.ms-powerpoint");
        document("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
        document("odt", "application/vnd.oasis.opendocument.text");
        document("ods", "application/vnd.oasis.opendocument.spreadsheet");
        document("odp", "application/vnd.oasis.opendocument.presentation");
        document("rtf", "application/rtf");
        document("txt", "text/plain");
        document("csv", "text/csv");
        document("epub", "application/epub+zip");
        add("zip", "application/zip", MediaType.ARCHIVE);
        add("rar", "application/vnd.rar", MediaType.ARCHIVE);
        add("7z", "application/x-7z-compressed", MediaType.ARCHIVE);
        add("tar", "application/x-tar", MediaType.ARCHIVE);
        add("gz", "application/gzip", MediaType.ARCHIVE);
        add("glb", "model/gltf-binary", MediaType.MODEL3D);
        add("gltf", "model/gltf+json", MediaType.MODEL3D);
        // aliases seen from browsers and servers
        BY_MIME.put("image/jpg", BY_EXTENSION.get("jpg"));
        BY_MIME.put("image/pjpeg", BY_EXTENSION.get("jpg"));
        BY_MIME.put("audio/mp3", BY_EXTENSION.get("mp3"));
        BY_MIME.put("audio/x-wav", BY_EXTENSION.get("wav"));
        BY_MIME.put("application/x-zip-compressed", BY_EXTENSION.get("zip"));
    }

    private MediaFormats() {
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
        Format f = new Format(ext, mime, type);
        BY_EXTENSION.put(ext, f);
        BY_MIME.putIfAbsent(mime, f);
    }

    /** The format of a MIME type (parameters such as {@code ; charset=} are ignored). */
    public static Optional<Format> byMimeType(String mimeType) {
        if (mimeType == null) {
            return Optional.empty();
        }
        int semicolon = mimeType.indexOf(';');
        String bare = (semicolon >= 0 ? mimeType.substring(0, semicolon) : mimeType).trim().toLowerCase(Locale.ROOT);
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
            return java.net.URLDecoder.decode(last.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
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
