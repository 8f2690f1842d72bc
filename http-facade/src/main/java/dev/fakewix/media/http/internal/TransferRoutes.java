package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.Transfers;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.model.ContentDisposition;
import dev.fakewix.media.core.model.FileDescriptor;
import org.apiguardian.api.API;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The byte-moving URLs the core hands out when pointed at the server ({@code TransferUrls.servedFrom}), under
 * {@value #PREFIX}: single-request uploads, a TUS 1.0.0 subset for resumable uploads, downloads, archives and video
 * streaming playlists. Each is authorised by the token in its URL, not by an API key.
 */
@API(status = API.Status.INTERNAL)
public final class TransferRoutes {
    public static final String PREFIX = "/_wixmp";
    static final String TUS_VERSION = "1.0.0";
    static final String TUS_CHUNK_TYPE = "application/offset+octet-stream";

    /** A route of this table and the operation the journal records for it. */
    public record TransferRoute(PlainRoute route, Operation operation) {
    }

    private final FakeMediaManager fake;
    private final Wire wire;
    private final FacadeSettings settings;

    TransferRoutes(FakeMediaManager fake, Wire wire, FacadeSettings settings) {
        this.fake = fake;
        this.wire = wire;
        this.settings = settings;
    }

    /** The transfer route table. The TUS routes come before {@code /upload/{token}}, which would also match them. */
    public List<TransferRoute> routes() {
        return List.of(
                upload(HttpMethod.OPTIONS, "/upload/tus", "TUS capabilities", this::tusOptions),
                upload(HttpMethod.POST, "/upload/tus", "TUS: creates a resumable upload (Upload-Length, Upload-Metadata uploadToken)", this::tusCreate),
                upload(HttpMethod.HEAD, "/upload/tus/{token}", "TUS: the upload's offset", this::tusHead),
                upload(HttpMethod.PATCH, "/upload/tus/{token}", "TUS: appends bytes at Upload-Offset", this::tusPatch),
                upload(HttpMethod.PUT, "/upload/{token}", "Uploads a file's bytes (?filename=)", this::upload),
                upload(HttpMethod.POST, "/upload/{token}", "Uploads a file's bytes (?filename=)", this::upload),
                download(HttpMethod.GET, "/download/{fileId}", "Downloads a file (?token=)", this::download),
                download(HttpMethod.GET, "/archive/{archiveId}", "Downloads a zip of files (?siteId=)", this::archive),
                download(HttpMethod.GET, "/stream/{fileId}/{manifest}", "A video's streaming playlist", this::stream));
    }

    private static TransferRoute upload(HttpMethod method, String path, String description, java.util.function.Function<Exchange, Reply> h) {
        return new TransferRoute(new PlainRoute(method, PREFIX + path, description, h), Operation.UPLOAD_FILE);
    }

    private static TransferRoute download(HttpMethod method, String path, String description, java.util.function.Function<Exchange, Reply> h) {
        return new TransferRoute(new PlainRoute(method, PREFIX + path, description, h), Operation.DOWNLOAD_FILE);
    }

    // ---------------------------------------------------------------- single-request upload

    private Reply upload(Exchange ex) {
        byte[] content = ex.rawBody(settings.maxUploadBytes());
        FileDescriptor file = fake.transfers().upload(ex.pathParam("token"), ex.queryParam("filename"),
                ex.header("Content-Type"), content);
        ex.siteId(file.siteId());
        return Reply.json(wire.fileEnvelope("file", file));
    }

    // ---------------------------------------------------------------- TUS

    private Reply tusOptions(Exchange ex) {
        return new Reply(204, null, new byte[0], Map.of("Tus-Resumable", TUS_VERSION, "Tus-Version", TUS_VERSION,
                "Tus-Extension", "creation,creation-with-upload", "Tus-Max-Size", Long.toString(settings.maxUploadBytes())));
    }

    /**
     * Creates a resumable upload for the token of generateFileResumableUploadUrl, given in {@code Upload-Metadata}
     * as {@code uploadToken <base64>}. The answer's {@code Location} is where to PATCH the bytes.
     */
    private Reply tusCreate(Exchange ex) {
        Map<String, String> metadata = tusMetadata(ex.header("Upload-Metadata"));
        String token = metadata.getOrDefault("uploadToken", metadata.get("token"));
        if (token == null || token.isEmpty()) {
            throw MediaManagerException.invalidArgument(List.of(FieldViolation.of("Upload-Metadata", "REQUIRED_FIELD",
                    "must carry the upload token of generateFileResumableUploadUrl: uploadToken <base64 of the token>")));
        }
        Long length = headerLong(ex, "Upload-Length");
        Transfers.ResumableStatus status = length == null ? fake.transfers().resumableStatus(token)
                : fake.transfers().appendResumable(token, 0, new byte[0], length);
        byte[] first = TUS_CHUNK_TYPE.equals(contentType(ex)) ? ex.rawBody(settings.maxUploadBytes()) : new byte[0];
        if (first.length > 0) {
            status = fake.transfers().appendResumable(token, 0, first, length);
        }
        String location = ex.ctx().contextPath().replaceAll("/+$", "") + PREFIX + "/upload/tus/" + token;
        Reply reply = status.file() != null ? Reply.json(201, wire.fileEnvelope("file", status.file()))
                : new Reply(201, null, new byte[0], Map.of());
        return tus(reply.withHeader("Location", location).withHeader("Upload-Offset", Long.toString(status.offset())));
    }

    private Reply tusHead(Exchange ex) {
        Transfers.ResumableStatus status = fake.transfers().resumableStatus(ex.pathParam("token"));
        Reply reply = new Reply(200, null, new byte[0], Map.of("Upload-Offset", Long.toString(status.offset()),
                "Cache-Control", "no-store"));
        reply = status.length() >= 0 ? reply.withHeader("Upload-Length", Long.toString(status.length()))
                : reply.withHeader("Upload-Defer-Length", "1");
        return tus(reply);
    }

    /** Appends a chunk; the chunk that completes the upload is answered 200 with {@code {"file": ...}}. */
    private Reply tusPatch(Exchange ex) {
        if (!TUS_CHUNK_TYPE.equals(contentType(ex))) {
            throw new HttpFailure(HttpFailure.Kind.UNSUPPORTED_CONTENT_TYPE, "A TUS PATCH must have Content-Type "
                    + TUS_CHUNK_TYPE + ", got " + ex.header("Content-Type"));
        }
        Long offset = headerLong(ex, "Upload-Offset");
        if (offset == null) {
            throw MediaManagerException.invalidArgument(List.of(FieldViolation.of("Upload-Offset", "REQUIRED_FIELD",
                    "is required: the offset the chunk starts at (HEAD the upload URL to learn it)")));
        }
        byte[] chunk = ex.rawBody(settings.maxUploadBytes());
        Transfers.ResumableStatus status = fake.transfers().appendResumable(ex.pathParam("token"), offset, chunk,
                headerLong(ex, "Upload-Length"));
        Reply reply;
        if (status.file() != null) {
            ex.siteId(status.file().siteId());
            reply = Reply.json(wire.fileEnvelope("file", status.file()));
        } else {
            reply = new Reply(204, null, new byte[0], Map.of());
        }
        return tus(reply.withHeader("Upload-Offset", Long.toString(status.offset())));
    }

    private static Reply tus(Reply reply) {
        return reply.withHeader("Tus-Resumable", TUS_VERSION);
    }

    /** {@code Upload-Metadata: key base64value,key2 base64value2} (values may be absent). */
    private static Map<String, String> tusMetadata(String header) {
        Map<String, String> out = new HashMap<>();
        if (header == null || header.isBlank()) {
            return out;
        }
        for (String pair : header.split(",")) {
            String[] kv = pair.trim().split(" ", 2);
            if (kv[0].isEmpty()) {
                continue;
            }
            String value = "";
            if (kv.length == 2) {
                try {
                    value = new String(Base64.getDecoder().decode(kv[1].trim()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw MediaManagerException.invalidArgument(List.of(FieldViolation.of("Upload-Metadata", "FORMAT",
                            "the value of '" + kv[0] + "' must be base64: " + e.getMessage())));
                }
            }
            out.put(kv[0], value);
        }
        return out;
    }

    private static Long headerLong(Exchange ex, String name) {
        String text = ex.header(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(text.trim());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the header's name
        }
        throw MediaManagerException.invalidArgument(List.of(FieldViolation.of(name, "FORMAT",
                "must be a non-negative integer, got \"" + text + "\"")));
    }

    private static String contentType(Exchange ex) {
        String type = ex.header("Content-Type");
        return type == null ? "" : type.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
    }

    // ---------------------------------------------------------------- downloads

    /** Serves a download URL: the bytes, or a redirect when it expired and named one. */
    private Reply download(Exchange ex) {
        String token = ex.queryParam("token");
        if (token == null || token.isEmpty()) {
            throw MediaManagerException.standard(WixErrorCode.PERMISSION_DENIED,
                    "The download URL has no token; use a URL from generateFileDownloadUrl");
        }
        Transfers.Download d = fake.transfers().download(token);
        if (d.redirectUrl() != null) {
            return new Reply(302, null, new byte[0], Map.of("Location", d.redirectUrl()));
        }
        String type = d.contentType() == null ? "application/octet-stream" : d.contentType();
        return new Reply(200, type, d.content(), Map.of("Content-Disposition", disposition(d.disposition(), d.fileName())));
    }

    private static String disposition(ContentDisposition disposition, String fileName) {
        String kind = disposition == ContentDisposition.INLINE ? "inline" : "attachment";
        if (fileName == null || fileName.isEmpty()) {
            return kind;
        }
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Serves an archive URL as a real zip of the files' bytes. */
    private Reply archive(Exchange ex) {
        String siteId = ex.queryParam("siteId");
        String site = siteId == null || siteId.isEmpty() ? fake.defaultSiteId() : siteId;
        ex.siteId(site);
        List<FileDescriptor> files = fake.transfers().archive(site, ex.pathParam("archiveId"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Set<String> names = new HashSet<>();
            for (FileDescriptor f : files) {
                zip.putNextEntry(new ZipEntry(uniqueName(names, f.displayName().isEmpty() ? f.id() : f.displayName())));
                zip.write(fake.transfers().content(site, f.id()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reply(200, "application/zip", out.toByteArray(), Map.of("Content-Disposition",
                "attachment; filename=\"archive-" + ex.pathParam("archiveId").replaceAll("[^A-Za-z0-9_-]", "_") + ".zip\""));
    }

    private static String uniqueName(Set<String> used, String name) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !used.add(candidate); n++) {
            candidate = dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
        }
        return candidate;
    }

    /** A small, valid playlist naming the file: enough for a client to see the URL works. */
    private Reply stream(Exchange ex) {
        String fileId = ex.pathParam("fileId");
        String manifest = ex.pathParam("manifest");
        if (manifest.endsWith(".mpd")) {
            String mpd = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\" mediaPresentationDuration=\"PT10S\""
                    + " profiles=\"urn:mpeg:dash:profile:isoff-on-demand:2011\" minBufferTime=\"PT2S\">\n"
                    + "  <Period><AdaptationSet mimeType=\"video/mp4\"><Representation id=\"720p\" bandwidth=\"2500000\""
                    + " width=\"1280\" height=\"720\"><BaseURL>720p.mp4</BaseURL></Representation></AdaptationSet></Period>\n"
                    + "</MPD>\n";
            return new Reply(200, "application/dash+xml", mpd.getBytes(StandardCharsets.UTF_8), Map.of());
        }
        String playlist = manifest.equals("master.m3u8")
                ? "#EXTM3U\n#EXT-X-VERSION:3\n# fake stream of " + fileId + "\n"
                  + "#EXT-X-STREAM-INF:BANDWIDTH=2500000,RESOLUTION=1280x720\n720p.m3u8\n"
                  + "#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360\n360p.m3u8\n"
                : "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\nsegment0.ts\n#EXT-X-ENDLIST\n";
        return new Reply(200, "application/vnd.apple.mpegurl", playlist.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
