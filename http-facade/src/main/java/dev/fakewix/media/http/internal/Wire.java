package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.model.ArchiveMedia;
import dev.fakewix.media.core.model.Audio;
import dev.fakewix.media.core.model.AudioMedia;
import dev.fakewix.media.core.model.Color;
import dev.fakewix.media.core.model.Colors;
import dev.fakewix.media.core.model.DocumentMedia;
import dev.fakewix.media.core.model.FaceRecognition;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileMedia;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.FontAsset;
import dev.fakewix.media.core.model.FontMedia;
import dev.fakewix.media.core.model.Image;
import dev.fakewix.media.core.model.ImageMedia;
import dev.fakewix.media.core.model.Model3DMedia;
import dev.fakewix.media.core.model.PagingMetadata;
import dev.fakewix.media.core.model.VideoMedia;
import dev.fakewix.media.core.model.VideoResolution;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the API's entities in their REST form, field by field in the order of Wix's own samples: REST names
 * ({@code id}, {@code createdDate}), {@code sizeInBytes} as a decimal string, timestamps with milliseconds, media as
 * objects, {@code null}s left out and the fields the SDK treats as always present always written.
 *
 * <p>Files are the bulk of every response, so each file's JSON is kept, keyed by id and checked against the very
 * descriptor instance it was made from (descriptors are immutable and replaced on every change); a list response is
 * then a {@link Body} made of those bytes. Thread-safe.
 */
@API(status = API.Status.INTERNAL)
public final class Wire {
    private static final int CACHE_LIMIT = 50_000;
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FILES_OPEN = "{\"files\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMA = {','};
    private static final byte[] ARRAY_CLOSE = "]}".getBytes(StandardCharsets.US_ASCII);

    /** How a page's metadata is named: list and search answer {@code nextCursor}, query answers {@code pagingMetadata}. */
    public enum PageStyle {
        NEXT_CURSOR,
        PAGING_METADATA
    }

    @SuppressWarnings("ArrayRecordComponent") // a body carried, never compared or hashed
    private record Cached(FileDescriptor file, byte[] json) {}

    private final ConcurrentHashMap<String, Cached> files = new ConcurrentHashMap<>();
    /** How a file's media URLs are answered ({@code --serve-media} points them at the fake); identity by default. */
    private volatile UnaryOperator<FileDescriptor> mediaUrls = UnaryOperator.identity();

    /** Answers files with their media URLs passed through {@code urls} from now on. */
    public void mediaUrls(UnaryOperator<FileDescriptor> urls) {
        this.mediaUrls = urls;
        files.clear();
    }

    /** {@code {}}, the answer of the bulk delete and restore methods. */
    public byte[] empty() {
        return EMPTY_OBJECT.clone();
    }

    /** The REST JSON of one file (shared bytes: do not modify). */
    @SuppressWarnings("ReferenceEquality") // cached for this very descriptor: an equal one would cost the deep compare
    public byte[] file(FileDescriptor file) {
        Cached c = files.get(file.id());
        if (c != null && c.file == file) {
            return c.json;
        }
        UnaryOperator<FileDescriptor> urls = mediaUrls;
        byte[] json = Json.write(g -> writeFile(g, urls.apply(file)));
        if (files.size() >= CACHE_LIMIT) {
            files.clear(); // a crude bound; a test suite rarely holds this many files at once
        }
        files.put(file.id(), new Cached(file, json));
        return json;
    }

    public byte[] folder(Folder folder) {
        return Json.write(g -> writeFolder(g, folder));
    }

    /** {@code {"<key>": <file>}}. */
    public byte[] fileEnvelope(String key, FileDescriptor file) {
        byte[] json = file(file);
        return new Bytes(key.length() + 5 + json.length)
                .raw("{")
                .key(key)
                .add(json)
                .raw("}")
                .toArray();
    }

    /** {@code {"<key>": [<file>, ...]}}. */
    public Body fileList(String key, List<FileDescriptor> list) {
        return fileArray(key, list, null);
    }

    public Body filePage(List<FileDescriptor> list, PagingMetadata paging, PageStyle style) {
        return fileArray("files", list, paging(paging, style));
    }

    public byte[] folderEnvelope(String key, Folder folder) {
        byte[] json = folder(folder);
        return new Bytes(key.length() + 5 + json.length)
                .raw("{")
                .key(key)
                .add(json)
                .raw("}")
                .toArray();
    }

    public byte[] folderPage(List<Folder> list, PagingMetadata paging, PageStyle style) {
        Bytes out = new Bytes(1024).raw("{").key("folders").raw("[");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.raw(",");
            }
            out.add(folder(list.get(i)));
        }
        return out.raw("],").add(paging(paging, style)).raw("}").toArray();
    }

    /** Writes a file inside a document being generated (uses the cached bytes). */
    public void writeFileValue(JsonGenerator g, FileDescriptor file) {
        g.writeRawValue(new String(file(file), StandardCharsets.UTF_8));
    }

    /**
     * {@code {"<key>":[<file>,...],<trailer>}} (no trailer when {@code null}): the files' cached bytes as the parts of
     * the body, never copied into one array (a page of 50 files is some 60 KB, on every list call).
     */
    private Body fileArray(String key, List<FileDescriptor> list, byte[] trailer) {
        int n = list.size();
        byte[][] parts = new byte[Math.max(2 * n + 1, 2)][];
        parts[0] = "files".equals(key) ? FILES_OPEN : ("{\"" + key + "\":[").getBytes(StandardCharsets.UTF_8);
        int length = parts[0].length;
        for (int i = 0; i < n; i++) {
            byte[] json = file(list.get(i));
            parts[2 * i + 1] = json;
            length += json.length;
            if (i < n - 1) {
                parts[2 * i + 2] = COMMA;
                length++;
            }
        }
        byte[] close = trailer == null
                ? ARRAY_CLOSE
                : new Bytes(trailer.length + 3).raw("],").add(trailer).raw("}").toArray();
        parts[Math.max(2 * n, 1)] = close;
        return Body.of(parts, length + close.length);
    }

    /** {@code "nextCursor":{...}} or {@code "pagingMetadata":{...}}. */
    private static byte[] paging(PagingMetadata paging, PageStyle style) {
        byte[] cursor = Json.quoted(paging.nextCursor());
        Bytes out = new Bytes(cursor.length + 80);
        if (style == PageStyle.PAGING_METADATA) {
            out.key("pagingMetadata")
                    .raw("{\"count\":")
                    .raw(Integer.toString(paging.count()))
                    .raw(",");
        } else {
            out.key("nextCursor").raw("{");
        }
        return out.raw("\"cursors\":{\"next\":")
                .add(cursor)
                .raw("},\"hasNext\":")
                .raw(Boolean.toString(paging.hasNext()))
                .raw("}")
                .toArray();
    }

    // ---------------------------------------------------------------- entities

    /** A file in REST form. */
    public static void writeFile(JsonGenerator g, FileDescriptor f) {
        g.writeStartObject();
        g.writeStringProperty("id", f.id());
        g.writeStringProperty("displayName", f.displayName());
        g.writeStringProperty("url", f.url() == null ? "" : f.url());
        optional(g, "parentFolderId", f.parentFolderId());
        g.writeStringProperty("hash", f.hash());
        g.writeStringProperty("sizeInBytes", Long.toString(f.sizeInBytes()));
        g.writeBooleanProperty("private", f.isPrivate());
        g.writeStringProperty("mediaType", f.mediaType().name());
        if (f.media() != null) {
            g.writeName("media");
            writeMedia(g, f.media());
        }
        g.writeStringProperty("operationStatus", f.operationStatus().name());
        optional(g, "sourceUrl", f.sourceUrl());
        optional(g, "thumbnailUrl", f.thumbnailUrl());
        g.writeArrayPropertyStart("labels");
        for (String label : f.labels()) {
            g.writeString(label);
        }
        g.writeEndArray();
        if (f.createdDate() != null) {
            g.writeStringProperty("createdDate", Json.instant(f.createdDate()));
        }
        if (f.updatedDate() != null) {
            g.writeStringProperty("updatedDate", Json.instant(f.updatedDate()));
        }
        g.writeStringProperty("siteId", f.siteId() == null ? "" : f.siteId());
        g.writeStringProperty("state", f.state().name());
        g.writeEndObject();
    }

    /** A folder in REST form. */
    public static void writeFolder(JsonGenerator g, Folder f) {
        g.writeStartObject();
        g.writeStringProperty("id", f.id());
        g.writeStringProperty("displayName", f.displayName());
        g.writeStringProperty("parentFolderId", f.parentFolderId() == null ? "" : f.parentFolderId());
        if (f.createdDate() != null) {
            g.writeStringProperty("createdDate", Json.instant(f.createdDate()));
        }
        if (f.updatedDate() != null) {
            g.writeStringProperty("updatedDate", Json.instant(f.updatedDate()));
        }
        g.writeStringProperty("state", f.state().name());
        g.writeStringProperty("siteId", f.siteId() == null ? "" : f.siteId());
        g.writeEndObject();
    }

    private static void writeMedia(JsonGenerator g, FileMedia m) {
        g.writeStartObject();
        if (m.image() != null) {
            g.writeName("image");
            writeImageMedia(g, m.image());
        } else if (m.video() != null) {
            g.writeName("video");
            writeVideo(g, m.video());
        } else if (m.audio() != null) {
            g.writeName("audio");
            writeAudio(g, m.audio());
        } else if (m.document() != null) {
            DocumentMedia d = m.document();
            g.writeObjectPropertyStart("document");
            optional(g, "id", d.id());
            optional(g, "url", d.url());
            optional(g, "filename", d.filename());
            g.writeEndObject();
        } else if (m.vector() != null) {
            g.writeName("vector");
            writeImageMedia(g, m.vector());
        } else if (m.archive() != null) {
            ArchiveMedia a = m.archive();
            g.writeObjectPropertyStart("archive");
            g.writeStringProperty("id", a.id() == null ? "" : a.id());
            g.writeStringProperty("url", a.url() == null ? "" : a.url());
            optional(g, "filename", a.filename());
            size(g, a.sizeInBytes());
            g.writeEndObject();
        } else if (m.model3d() != null) {
            Model3DMedia d = m.model3d();
            g.writeObjectPropertyStart("model3d");
            g.writeStringProperty("id", d.id() == null ? "" : d.id());
            g.writeStringProperty("url", d.url() == null ? "" : d.url());
            if (d.thumbnail() != null) {
                g.writeName("thumbnail");
                writeImage(g, d.thumbnail());
            }
            optional(g, "altText", d.altText());
            optional(g, "filename", d.filename());
            size(g, d.sizeInBytes());
            g.writeEndObject();
        } else if (m.font() != null) {
            FontMedia f = m.font();
            g.writeObjectPropertyStart("font");
            g.writeStringProperty("id", f.id() == null ? "" : f.id());
            size(g, f.sizeInBytes());
            optional(g, "format", f.format());
            optional(g, "family", f.family());
            optional(g, "fontName", f.fontName());
            g.writeArrayPropertyStart("assets");
            for (FontAsset a : f.assets()) {
                g.writeStartObject();
                optional(g, "assetKey", a.assetKey());
                optional(g, "url", a.url());
                optional(g, "format", a.format());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeImageMedia(JsonGenerator g, ImageMedia m) {
        g.writeStartObject();
        if (m.image() != null) {
            g.writeName("image");
            writeImage(g, m.image());
        }
        if (m.previewImage() != null) {
            g.writeName("previewImage");
            writeImage(g, m.previewImage());
        }
        if (m.colors() != null) {
            g.writeName("colors");
            writeColors(g, m.colors());
        }
        g.writeArrayPropertyStart("faces");
        for (FaceRecognition f : m.faces()) {
            g.writeStartObject();
            g.writeNumberProperty("confidence", f.confidence());
            g.writeNumberProperty("x", f.x());
            g.writeNumberProperty("y", f.y());
            g.writeNumberProperty("width", f.width());
            g.writeNumberProperty("height", f.height());
            g.writeEndObject();
        }
        g.writeEndArray();
        optional(g, "caption", m.caption());
        g.writeEndObject();
    }

    private static void writeImage(JsonGenerator g, Image i) {
        g.writeStartObject();
        optional(g, "id", i.id());
        optional(g, "url", i.url());
        g.writeNumberProperty("height", i.height());
        g.writeNumberProperty("width", i.width());
        optional(g, "altText", i.altText());
        optional(g, "filename", i.filename());
        size(g, i.sizeInBytes());
        g.writeEndObject();
    }

    private static void writeColors(JsonGenerator g, Colors c) {
        g.writeStartObject();
        if (c.prominent() != null) {
            g.writeName("prominent");
            writeColor(g, c.prominent());
        }
        g.writeArrayPropertyStart("palette");
        for (Color color : c.palette()) {
            writeColor(g, color);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeColor(JsonGenerator g, Color c) {
        g.writeStartObject();
        optional(g, "hex", c.hex());
        if (c.rgb() != null) {
            g.writeObjectPropertyStart("rgb");
            g.writeNumberProperty("r", c.rgb().r());
            g.writeNumberProperty("g", c.rgb().g());
            g.writeNumberProperty("b", c.rgb().b());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeVideo(JsonGenerator g, VideoMedia v) {
        g.writeStartObject();
        optional(g, "id", v.id());
        g.writeArrayPropertyStart("resolutions");
        for (VideoResolution r : v.resolutions()) {
            g.writeStartObject();
            optional(g, "url", r.url());
            g.writeNumberProperty("height", r.height());
            g.writeNumberProperty("width", r.width());
            optional(g, "format", r.format());
            g.writeEndObject();
        }
        g.writeEndArray();
        optional(g, "filename", v.filename());
        g.writeArrayPropertyStart("posters");
        for (Image poster : v.posters()) {
            writeImage(g, poster);
        }
        g.writeEndArray();
        size(g, v.sizeInBytes());
        if (v.durationInMilliseconds() != null) {
            g.writeNumberProperty("durationInMilliseconds", v.durationInMilliseconds());
        }
        g.writeEndObject();
    }

    private static void writeAudio(JsonGenerator g, AudioMedia a) {
        g.writeStartObject();
        g.writeStringProperty("id", a.id() == null ? "" : a.id());
        g.writeArrayPropertyStart("assets");
        for (Audio asset : a.assets()) {
            g.writeStartObject();
            optional(g, "id", asset.id());
            optional(g, "url", asset.url());
            optional(g, "filename", asset.filename());
            size(g, asset.sizeInBytes());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (a.bitrate() != null) {
            g.writeNumberProperty("bitrate", a.bitrate());
        }
        optional(g, "format", a.format());
        if (a.duration() != null) {
            g.writeNumberProperty("duration", a.duration());
        }
        size(g, a.sizeInBytes());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private static void size(JsonGenerator g, Long sizeInBytes) {
        if (sizeInBytes != null) {
            g.writeStringProperty("sizeInBytes", Long.toString(sizeInBytes));
        }
    }

    /**
     * A byte buffer for assembling responses from pre-serialised parts; sized up front, it hands out its own array
     * when the guess was exact. Unsynchronised (unlike {@link java.io.ByteArrayOutputStream}): one per response.
     */
    private static final class Bytes {
        private byte[] buf;
        private int count;

        Bytes(int capacity) {
            buf = new byte[Math.max(capacity, 16)];
        }

        Bytes raw(String ascii) {
            int n = ascii.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                buf[count++] = (byte) ascii.charAt(i);
            }
            return this;
        }

        Bytes key(String ascii) {
            return raw("\"").raw(ascii).raw("\":");
        }

        Bytes add(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buf, count, bytes.length);
            count += bytes.length;
            return this;
        }

        byte[] toArray() {
            return count == buf.length ? buf : Arrays.copyOf(buf, count);
        }

        private void ensure(int more) {
            if (count + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
            }
        }
    }
}
