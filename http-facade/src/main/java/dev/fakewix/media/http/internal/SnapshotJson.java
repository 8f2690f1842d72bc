package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.model.ApplicationError;
import dev.fakewix.media.core.model.ArchiveMedia;
import dev.fakewix.media.core.model.Audio;
import dev.fakewix.media.core.model.AudioMedia;
import dev.fakewix.media.core.model.Color;
import dev.fakewix.media.core.model.ColorRGB;
import dev.fakewix.media.core.model.Colors;
import dev.fakewix.media.core.model.DocumentMedia;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FaceRecognition;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileMedia;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.FontAsset;
import dev.fakewix.media.core.model.FontMedia;
import dev.fakewix.media.core.model.Image;
import dev.fakewix.media.core.model.ImageMedia;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.Model3DMedia;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.State;
import dev.fakewix.media.core.model.VideoMedia;
import dev.fakewix.media.core.model.VideoResolution;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;

/**
 * {@link SiteSnapshot} as JSON, for the admin API's state export/import and {@code --state} files. Files and folders
 * are in their REST form (as the API shows them); the fake's private knowledge sits beside them: MIME type, original
 * name, external info, root, trash state, the readiness still ahead of a PENDING file and uploaded bytes (base64).
 *
 * <pre>{@code
 * {"siteId": "...", "idCounter": 3,
 *  "folders": [{"folder": {...}, "root": "MEDIA_ROOT", "trashed": false}],
 *  "files": [{"file": {...}, "mimeType": "image/png", "root": "MEDIA_ROOT", "trashed": false,
 *             "pendingReadiness": {"type": "ready", "delay": "PT5M", "timeBase": "FAKE_CLOCK"},
 *             "content": "iVBORw0KGgo..."}]}
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class SnapshotJson {
    private SnapshotJson() {}

    // ---------------------------------------------------------------- writing

    public static byte[] write(SiteSnapshot snapshot) {
        return Json.write(g -> write(g, snapshot));
    }

    public static void write(JsonGenerator g, SiteSnapshot s) {
        write(g, s, true);
    }

    /**
     * A fingerprint of what {@link #write(SiteSnapshot, boolean) write(snapshot, false)} writes, from the values'
     * hash codes: equal listings have equal fingerprints; a change goes unnoticed only if a changed item's 32-bit hash
     * collides with its old one. Stable within one JVM, which is all an ETag of a running server needs.
     */
    public static long listingFingerprint(SiteSnapshot s) {
        long h = s.siteId().hashCode() * 31L + s.idCounter();
        for (SiteSnapshot.StoredFolder f : s.folders()) {
            h = h * 1_000_003L + f.hashCode();
        }
        h = h * 1_000_003L + s.files().size();
        for (SiteSnapshot.StoredFile f : s.files()) {
            h = h * 1_000_003L
                    + Objects.hash(
                            f.file(),
                            f.mimeType(),
                            f.originalName(),
                            f.externalInfo(),
                            f.root(),
                            f.trashedFrom(),
                            f.trashed(),
                            f.pendingReadiness());
        }
        return h;
    }

    /** The snapshot, with the files' bytes ({@code content}) or without them (a listing that cannot restore bytes). */
    public static byte[] write(SiteSnapshot snapshot, boolean withContent) {
        return Json.write(g -> write(g, snapshot, withContent));
    }

    private static void write(JsonGenerator g, SiteSnapshot s, boolean withContent) {
        g.writeStartObject();
        g.writeStringProperty("siteId", s.siteId());
        g.writeNumberProperty("idCounter", s.idCounter());
        g.writeArrayPropertyStart("folders");
        for (SiteSnapshot.StoredFolder f : s.folders()) {
            g.writeStartObject();
            g.writeName("folder");
            Wire.writeFolder(g, f.folder());
            g.writeStringProperty("root", f.root().name());
            if (f.trashedFrom() != null) {
                g.writeStringProperty("trashedFrom", f.trashedFrom());
            }
            g.writeBooleanProperty("trashed", f.trashed());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("files");
        for (SiteSnapshot.StoredFile f : s.files()) {
            g.writeStartObject();
            g.writeName("file");
            Wire.writeFile(g, f.file());
            optional(g, "mimeType", f.mimeType());
            optional(g, "originalName", f.originalName());
            if (f.externalInfo() != null) {
                g.writeObjectPropertyStart("externalInfo");
                optional(g, "origin", f.externalInfo().origin());
                g.writeArrayPropertyStart("externalIds");
                for (String id : f.externalInfo().externalIds()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeStringProperty("root", f.root().name());
            optional(g, "trashedFrom", f.trashedFrom());
            g.writeBooleanProperty("trashed", f.trashed());
            if (f.pendingReadiness() != null) {
                g.writeName("pendingReadiness");
                writeReadiness(g, f.pendingReadiness());
            }
            if (withContent && f.content() != null) {
                writeContent(g, f.content());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Base64 from a stream: a large file's bytes pass through, never held whole. */
    private static void writeContent(JsonGenerator g, StoredBytes content) {
        if (content.size() > StoredBytes.MAX_ARRAY) {
            throw new IllegalStateException(
                    "a file of " + content.size() + " bytes is too large for a JSON state export");
        }
        g.writeName("content");
        try (InputStream in = content.openStream()) {
            g.writeBinary(in, (int) content.size());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a stored file for the state export", e);
        }
    }

    private static void writeReadiness(JsonGenerator g, Readiness r) {
        g.writeStartObject();
        if (r instanceof Readiness.Ready ready) {
            g.writeStringProperty("type", "ready");
            g.writeStringProperty("delay", ready.delay().toString());
            g.writeStringProperty("timeBase", ready.timeBase().name());
        } else if (r instanceof Readiness.Fail fail) {
            g.writeStringProperty("type", "fail");
            g.writeStringProperty("delay", fail.delay().toString());
            g.writeStringProperty("timeBase", fail.timeBase().name());
            g.writeName("error");
            ErrorMapper.writeApplicationError(g, fail.error());
        } else if (r instanceof Readiness.AfterReads afterReads) {
            g.writeStringProperty("type", "afterReads");
            g.writeNumberProperty("reads", afterReads.reads());
            g.writeName("outcome");
            writeReadiness(g, afterReads.outcome());
        } else {
            g.writeStringProperty("type", "manual");
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    // ---------------------------------------------------------------- reading (one item; SnapshotReader streams)

    private static <T> List<T> list(Params p, String name, Function<Params, T> reader) {
        List<Params> items = p.objects(name);
        List<T> out = new ArrayList<>();
        if (items != null) {
            for (Params item : items) {
                T value = reader.apply(item);
                if (value != null) {
                    out.add(value);
                }
            }
        }
        return out;
    }

    static SiteSnapshot.StoredFolder readFolder(Params p) {
        Params f = p.child("folder");
        String id = f.requiredString("id");
        State state = f.required("state", f.enumValue("state", State.class));
        Folder folder = id == null || state == null
                ? null
                : new Folder(
                        id,
                        f.string("displayName"),
                        f.string("parentFolderId"),
                        f.instant("createdDate"),
                        f.instant("updatedDate"),
                        state,
                        f.string("siteId"));
        RootFolder root = p.enumValue("root", RootFolder.class);
        String trashedFrom = p.string("trashedFrom");
        Boolean trashed = p.bool("trashed");
        return folder == null
                ? null
                : new SiteSnapshot.StoredFolder(folder, root, trashedFrom, Boolean.TRUE.equals(trashed));
    }

    /** A file item; {@code streamed} is its content when the reader took it from the stream already. */
    static SiteSnapshot.StoredFile readFile(Params p, StoredBytes streamed) {
        FileDescriptor file = readFileDescriptor(p.child("file"));
        String mimeType = p.string("mimeType");
        String originalName = p.string("originalName");
        ExternalInfo externalInfo = Requests.externalInfo(p, "externalInfo");
        RootFolder root = p.enumValue("root", RootFolder.class);
        String trashedFrom = p.string("trashedFrom");
        Boolean trashed = p.bool("trashed");
        Readiness pending = p.has("pendingReadiness") ? readReadiness(p.child("pendingReadiness")) : null;
        StoredBytes content = streamed;
        String base64 = streamed != null ? null : p.string("content");
        if (base64 != null) {
            try {
                content = ContentStore.unbudgeted(Base64.getDecoder().decode(base64));
            } catch (IllegalArgumentException e) {
                p.violation("content", "FORMAT", "must be base64 (RFC 4648, with padding): " + e.getMessage());
            }
        }
        return file == null
                ? null
                : new SiteSnapshot.StoredFile(
                        file,
                        mimeType,
                        originalName,
                        externalInfo,
                        root,
                        trashedFrom,
                        Boolean.TRUE.equals(trashed),
                        pending,
                        content);
    }

    /** A file in REST form, as {@link Wire#writeFile} writes it; {@code null} (with violations) when incomplete. */
    static FileDescriptor readFileDescriptor(Params f) {
        String id = f.requiredString("id");
        MediaType mediaType = f.required("mediaType", f.enumValue("mediaType", MediaType.class));
        OperationStatus status = f.required("operationStatus", f.enumValue("operationStatus", OperationStatus.class));
        State state = f.required("state", f.enumValue("state", State.class));
        Long size = f.int64("sizeInBytes");
        Boolean isPrivate = f.bool("private");
        FileMedia media = f.has("media") ? readMedia(f.child("media")) : null;
        String displayName = f.string("displayName");
        String url = f.string("url");
        String parentFolderId = f.string("parentFolderId");
        String hash = f.string("hash");
        String sourceUrl = f.string("sourceUrl");
        String thumbnailUrl = f.string("thumbnailUrl");
        List<String> labels = f.strings("labels");
        Instant created = f.instant("createdDate");
        Instant updated = f.instant("updatedDate");
        String siteId = f.string("siteId");
        if (id == null || mediaType == null || status == null || state == null) {
            return null;
        }
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                hash,
                size == null ? -1 : size,
                Boolean.TRUE.equals(isPrivate),
                mediaType,
                media,
                status,
                sourceUrl,
                thumbnailUrl,
                labels,
                created,
                updated,
                siteId,
                state);
    }

    private static FileMedia readMedia(Params m) {
        if (m.has("image")) {
            return FileMedia.ofImage(readImageMedia(m.child("image")));
        }
        if (m.has("vector")) {
            return FileMedia.ofVector(readImageMedia(m.child("vector")));
        }
        if (m.has("video")) {
            Params v = m.child("video");
            List<VideoResolution> resolutions = list(
                    v,
                    "resolutions",
                    r -> new VideoResolution(
                            r.string("url"),
                            orZero(r.integer("width")),
                            orZero(r.integer("height")),
                            r.string("format")));
            return FileMedia.ofVideo(new VideoMedia(
                    v.string("id"),
                    resolutions,
                    v.string("filename"),
                    list(v, "posters", SnapshotJson::readImage),
                    v.int64("sizeInBytes"),
                    v.int64("durationInMilliseconds")));
        }
        if (m.has("audio")) {
            Params a = m.child("audio");
            List<Audio> assets = list(
                    a,
                    "assets",
                    x -> new Audio(x.string("id"), x.string("url"), x.string("filename"), x.int64("sizeInBytes")));
            Double duration = a.has("duration") && a.raw("duration").isNumber()
                    ? a.raw("duration").doubleValue()
                    : null;
            return FileMedia.ofAudio(new AudioMedia(
                    a.string("id"),
                    assets,
                    a.integer("bitrate"),
                    a.string("format"),
                    duration,
                    a.int64("sizeInBytes")));
        }
        if (m.has("document")) {
            Params d = m.child("document");
            return FileMedia.ofDocument(new DocumentMedia(d.string("id"), d.string("url"), d.string("filename")));
        }
        if (m.has("archive")) {
            Params a = m.child("archive");
            return FileMedia.ofArchive(
                    new ArchiveMedia(a.string("id"), a.string("url"), a.string("filename"), a.int64("sizeInBytes")));
        }
        if (m.has("font")) {
            Params f = m.child("font");
            return FileMedia.ofFont(new FontMedia(
                    f.string("id"),
                    f.int64("sizeInBytes"),
                    f.string("format"),
                    f.string("family"),
                    f.string("fontName"),
                    list(f, "assets", a -> new FontAsset(a.string("assetKey"), a.string("url"), a.string("format")))));
        }
        if (m.has("model3d")) {
            Params d = m.child("model3d");
            return FileMedia.ofModel3d(new Model3DMedia(
                    d.string("id"),
                    d.string("url"),
                    d.has("thumbnail") ? readImage(d.child("thumbnail")) : null,
                    d.string("altText"),
                    d.string("filename"),
                    d.int64("sizeInBytes")));
        }
        return null;
    }

    private static ImageMedia readImageMedia(Params m) {
        Colors colors = null;
        if (m.has("colors")) {
            Params c = m.child("colors");
            colors = new Colors(
                    c.has("prominent") ? readColor(c.child("prominent")) : null,
                    list(c, "palette", SnapshotJson::readColor));
        }
        List<FaceRecognition> faces = list(
                m,
                "faces",
                f -> new FaceRecognition(
                        f.has("confidence") && f.raw("confidence").isNumber()
                                ? f.raw("confidence").doubleValue()
                                : 0,
                        orZero(f.integer("x")),
                        orZero(f.integer("y")),
                        orZero(f.integer("height")),
                        orZero(f.integer("width"))));
        return new ImageMedia(
                m.has("image") ? readImage(m.child("image")) : null,
                colors,
                faces,
                m.has("previewImage") ? readImage(m.child("previewImage")) : null,
                m.string("caption"));
    }

    private static Image readImage(Params i) {
        return new Image(
                i.string("id"),
                i.string("url"),
                orZero(i.integer("width")),
                orZero(i.integer("height")),
                i.string("altText"),
                i.string("filename"),
                i.int64("sizeInBytes"));
    }

    private static Color readColor(Params c) {
        ColorRGB rgb = null;
        if (c.has("rgb")) {
            Params r = c.child("rgb");
            rgb = new ColorRGB(orZero(r.integer("r")), orZero(r.integer("g")), orZero(r.integer("b")));
        }
        return new Color(c.string("hex"), rgb);
    }

    private static Readiness readReadiness(Params r) {
        String type = r.requiredString("type");
        Duration delay = r.duration("delay");
        Readiness.TimeBase timeBase = r.enumValue("timeBase", Readiness.TimeBase.class);
        Duration d = delay == null ? Duration.ZERO : delay;
        Readiness.TimeBase base = timeBase == null ? Readiness.TimeBase.FAKE_CLOCK : timeBase;
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "ready" -> new Readiness.Ready(d, base);
            case "fail" -> {
                Params e = r.child("error");
                String code = e.requiredString("code");
                yield code == null
                        ? null
                        : new Readiness.Fail(
                                d, base, new ApplicationError(code, e.string("description"), e.object("data")));
            }
            case "afterReads" -> {
                Integer reads = r.required("reads", r.integer("reads"));
                Readiness outcome = r.has("outcome") ? readReadiness(r.child("outcome")) : Readiness.ready();
                yield reads == null || outcome == null ? null : new Readiness.AfterReads(reads, outcome);
            }
            case "manual" -> Readiness.manual();
            default -> {
                r.violation(
                        "type",
                        "INVALID_ENUM_VALUE",
                        "must be one of ready, fail, afterReads, manual; got \"" + type + "\"");
                yield null;
            }
        };
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
