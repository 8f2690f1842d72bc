package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.face.Transfers;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.model.ContentDisposition;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.http.internal.wixhosts.HostRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apiguardian.api.API;

/**
 * The byte-moving URLs the core hands out when pointed at the server ({@code TransferUrls.servedFrom}), under
 * {@value #PREFIX}: single-request uploads, TUS 1.0.0 (core, creation, creation-with-upload, termination, expiration)
 * plus Wix's finalize step for resumable uploads, downloads, archives and video streaming playlists. Each is
 * authorised by the token in its URL, not by an API key. Bodies are streamed both ways, never held whole.
 */
@API(status = API.Status.INTERNAL)
public final class TransferRoutes {
    public static final String PREFIX = "/_wixmp";
    static final String TUS_VERSION = "1.0.0";
    static final String TUS_CHUNK_TYPE = "application/offset+octet-stream";
    static final String TUS_EXTENSIONS = "creation,creation-with-upload,termination,expiration";

    /** A route of this table and the operation the journal records for it. */
    public record TransferRoute(PlainRoute route, Operation operation) {}

    private final Transfers transfers;
    private final Wire wire;
    private final FacadeSettings settings;

    TransferRoutes(FakeMediaManager fake, Wire wire, FacadeSettings settings) {
        this.transfers = FaceAccess.get().transfers(fake);
        this.wire = wire;
        this.settings = settings;
    }

    /**
     * The transfer route table. The TUS routes come before {@code /upload/{token}}; the finalize PUT of Wix's
     * resumable-upload page ({@code PUT {uploadUrl}/{uploadToken}?filename=}) shares its path with the TUS upload.
     */
    public List<TransferRoute> routes() {
        return List.of(
                upload(HttpMethod.OPTIONS, "/upload/tus", this::tusOptions),
                upload(HttpMethod.POST, "/upload/tus", this::tusCreate),
                upload(HttpMethod.HEAD, "/upload/tus/{token}", this::tusHead),
                upload(HttpMethod.PATCH, "/upload/tus/{token}", this::tusPatch),
                upload(HttpMethod.DELETE, "/upload/tus/{token}", this::tusDelete),
                upload(HttpMethod.PUT, "/upload/tus/{token}", this::tusFinalize),
                upload(HttpMethod.PUT, "/upload/{token}", this::upload),
                upload(HttpMethod.POST, "/upload/{token}", this::upload),
                download(HttpMethod.GET, "/download/{fileId}", this::download),
                download(HttpMethod.GET, "/archive/{archiveId}", this::archive),
                download(HttpMethod.GET, "/stream/{fileId}/{manifest}", this::stream));
    }

    private static TransferRoute upload(HttpMethod method, String path, Function<Exchange, Reply> h) {
        return new TransferRoute(new PlainRoute(method, PREFIX + path, h), Operation.UPLOAD_FILE);
    }

    private static TransferRoute download(HttpMethod method, String path, Function<Exchange, Reply> h) {
        return new TransferRoute(new PlainRoute(method, PREFIX + path, h), Operation.DOWNLOAD_FILE);
    }

    // ---------------------------------------------------------------- single-request upload

    /** Streams the body into the fake; the answer is {@code {"file": ...}}, READY already with immediate readiness. */
    private Reply upload(Exchange ex) {
        FileDescriptor file = transfers.upload(
                ex.pathParam("token"),
                ex.queryParam("filename"),
                ex.header("Content-Type"),
                ex.bodyStream(settings.maxUploadBytes()));
        ex.siteId(file.siteId());
        return Reply.json(wire.fileEnvelope("file", file));
    }

    // ---------------------------------------------------------------- TUS

    private Reply tusOptions(Exchange ex) {
        return new Reply(
                204,
                null,
                new byte[0],
                Map.of(
                        "Tus-Resumable",
                        TUS_VERSION,
                        "Tus-Version",
                        TUS_VERSION,
                        "Tus-Extension",
                        TUS_EXTENSIONS,
                        "Tus-Max-Size",
                        Long.toString(settings.maxUploadBytes())));
    }

    /**
     * Creates a resumable upload for the token of generateFileResumableUploadUrl, given in {@code Upload-Metadata}
     * as {@code token <base64>} (Wix's example; {@code uploadToken} works too). The answer's {@code Location} is where
     * to PATCH the bytes; an {@code Upload-Length} above {@code Tus-Max-Size} is a 413.
     */
    @Decides({Guess.TUS_UPLOAD_TOKEN_METADATA, Guess.TUS_SIZE_LIMITS, Guess.TUS_LOCATION_FROM_CREATING_URL})
    private Reply tusCreate(Exchange ex) {
        checkTusVersion(ex);
        Map<String, String> metadata = tusMetadata(ex.header("Upload-Metadata"));
        if (!metadata.containsKey("token") && metadata.containsKey("uploadToken")) {
            Reliance.met(Guess.TUS_UPLOAD_TOKEN_METADATA);
        }
        String token = metadata.getOrDefault("token", metadata.get("uploadToken"));
        if (token == null || token.isEmpty()) {
            throw MediaManagerException.invalidArgument(List.of(FieldViolation.of(
                    "Upload-Metadata",
                    "REQUIRED_FIELD",
                    "must carry the upload token of generateFileResumableUploadUrl: token <base64 of the token>")));
        }
        Long length = headerLong(ex, "Upload-Length");
        if (length == null && !"1".equals(ex.header("Upload-Defer-Length"))) {
            throw MediaManagerException.invalidArgument(List.of(FieldViolation.of(
                    "Upload-Length",
                    "REQUIRED_FIELD",
                    "is required: the size of the whole upload (or Upload-Defer-Length: 1 to give it later)")));
        }
        if (length != null && length > settings.maxUploadBytes()) {
            Reliance.met(Guess.TUS_SIZE_LIMITS);
            throw new HttpFailure(
                    HttpFailure.Kind.PAYLOAD_TOO_LARGE,
                    "Upload-Length " + length + " is above Tus-Max-Size " + settings.maxUploadBytes()
                            + " (see ServerConfig.maxUploadBytes)");
        }
        Transfers.ResumableStatus status = transfers.createResumable(token, length);
        if (TUS_CHUNK_TYPE.equals(contentType(ex)) && ex.ctx().req().getContentLengthLong() != 0) {
            status = transfers.appendResumable(token, 0, ex.bodyStream(settings.maxUploadBytes()), length);
        }
        Reliance.met(Guess.TUS_LOCATION_FROM_CREATING_URL);
        // where this POST was sent, plus the token: /_wixmp/upload/tus/<token>, or on Wix's host /upload/tus/<token>
        String location = HostRouting.clientPath(ex.ctx().req()).replaceAll("/+$", "") + "/" + token;
        return tus(new Reply(
                201,
                null,
                new byte[0],
                Map.of(
                        "Location",
                        location,
                        "Upload-Offset",
                        Long.toString(status.offset()),
                        "Upload-Expires",
                        httpDate(status))));
    }

    private Reply tusHead(Exchange ex) {
        Transfers.ResumableStatus status = transfers.resumableStatus(ex.pathParam("token"));
        Reply reply = new Reply(
                200,
                null,
                new byte[0],
                Map.of(
                        "Upload-Offset",
                        Long.toString(status.offset()),
                        "Cache-Control",
                        "no-store",
                        "Upload-Expires",
                        httpDate(status)));
        reply = status.length() >= 0
                ? reply.withHeader("Upload-Length", Long.toString(status.length()))
                : reply.withHeader("Upload-Defer-Length", "1");
        return tus(reply);
    }

    /** Appends a chunk, streamed; every accepted chunk, the last one too, is answered 204 (TUS 1.0.0). */
    private Reply tusPatch(Exchange ex) {
        checkTusVersion(ex);
        if (!TUS_CHUNK_TYPE.equals(contentType(ex))) {
            throw new HttpFailure(
                    HttpFailure.Kind.UNSUPPORTED_CONTENT_TYPE,
                    "A TUS PATCH must have Content-Type " + TUS_CHUNK_TYPE + ", got " + ex.header("Content-Type"));
        }
        Long offset = headerLong(ex, "Upload-Offset");
        if (offset == null) {
            throw MediaManagerException.invalidArgument(List.of(FieldViolation.of(
                    "Upload-Offset",
                    "REQUIRED_FIELD",
                    "is required: the offset the chunk starts at (HEAD the upload URL to learn it)")));
        }
        Long length = headerLong(ex, "Upload-Length");
        if (length != null && length > settings.maxUploadBytes()) {
            throw new HttpFailure(
                    HttpFailure.Kind.PAYLOAD_TOO_LARGE,
                    "Upload-Length " + length + " is above Tus-Max-Size " + settings.maxUploadBytes()
                            + " (see ServerConfig.maxUploadBytes)");
        }
        // Tus-Max-Size bounds the whole upload, not each chunk: the core takes a chunk only at the upload's offset, so
        // at most maxUploadBytes - offset more bytes fit, whatever came before (no create step, a refused create)
        long room = settings.maxUploadBytes() - offset;
        if (room < 0) {
            throw new HttpFailure(
                    HttpFailure.Kind.PAYLOAD_TOO_LARGE,
                    "Upload-Offset " + offset + " is beyond Tus-Max-Size " + settings.maxUploadBytes()
                            + "; an upload holds at most that many bytes (see ServerConfig.maxUploadBytes)");
        }
        Transfers.ResumableStatus status = transfers.appendResumable(
                ex.pathParam("token"),
                offset,
                ex.bodyStream(
                        room,
                        "the upload would pass Tus-Max-Size " + settings.maxUploadBytes() + " at offset " + offset),
                length);
        return tus(new Reply(
                204,
                null,
                new byte[0],
                Map.of("Upload-Offset", Long.toString(status.offset()), "Upload-Expires", httpDate(status))));
    }

    /** TUS termination: the bytes are freed, the token used up. */
    private Reply tusDelete(Exchange ex) {
        checkTusVersion(ex);
        transfers.terminateResumable(ex.pathParam("token"));
        return tus(new Reply(204, null, new byte[0], Map.of()));
    }

    /** Wix's finalize step: {@code PUT {uploadUrl}/{uploadToken}?filename=} (body {@code {}}) answers {@code {file}}. */
    private Reply tusFinalize(Exchange ex) {
        FileDescriptor file = transfers.finishResumable(ex.pathParam("token"), ex.queryParam("filename"));
        ex.siteId(file.siteId());
        return Reply.json(wire.fileEnvelope("file", file));
    }

    /** A client speaking another TUS version gets 412 with the version the server speaks (TUS 1.0.0 core). */
    private static void checkTusVersion(Exchange ex) {
        String version = ex.header("Tus-Resumable");
        if (version != null && !TUS_VERSION.equals(version.trim())) {
            throw new HttpFailure(
                    HttpFailure.Kind.PRECONDITION_FAILED,
                    "Tus-Resumable " + version + " is not supported; this server speaks " + TUS_VERSION,
                    Map.of("Tus-Version", TUS_VERSION));
        }
    }

    private static String httpDate(Transfers.ResumableStatus status) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(status.expiresAt().atZone(ZoneOffset.UTC));
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
        for (String pair : header.split(",", -1)) {
            String[] kv = pair.trim().split(" ", 2);
            if (kv[0].isEmpty()) {
                continue;
            }
            String value = "";
            if (kv.length == 2) {
                try {
                    value = new String(Base64.getDecoder().decode(kv[1].trim()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw MediaManagerException.invalidArgument(List.of(FieldViolation.of(
                            "Upload-Metadata",
                            "FORMAT",
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
        throw MediaManagerException.invalidArgument(
                List.of(FieldViolation.of(name, "FORMAT", "must be a non-negative integer, got \"" + text + "\"")));
    }

    private static String contentType(Exchange ex) {
        String type = ex.header("Content-Type");
        return type == null ? "" : type.split(";", -1)[0].trim().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- downloads

    /** Serves a download URL: the bytes, streamed, or a redirect when it expired and named one. */
    private Reply download(Exchange ex) {
        String token = ex.queryParam("token");
        if (token == null || token.isEmpty()) {
            throw MediaManagerException.standard(
                    WixErrorCode.PERMISSION_DENIED,
                    "The download URL has no token; use a URL from generateFileDownloadUrl");
        }
        Transfers.Download d = transfers.download(token);
        if (d.redirectUrl() != null) {
            return new Reply(302, null, new byte[0], Map.of("Location", d.redirectUrl()));
        }
        String type = d.contentType() == null ? "application/octet-stream" : d.contentType();
        StoredBytes body = d.body();
        return Reply.streamed(
                200,
                type,
                new Reply.StreamedBody() {
                    @Override
                    public long length() {
                        return body.size();
                    }

                    @Override
                    public void writeTo(OutputStream out) throws IOException {
                        try (InputStream in = body.openStream()) {
                            in.transferTo(out);
                        }
                    }
                },
                Map.of("Content-Disposition", disposition(d.disposition(), d.fileName())));
    }

    private static String disposition(ContentDisposition disposition, String fileName) {
        String kind = disposition == ContentDisposition.INLINE ? "inline" : "attachment";
        if (fileName == null || fileName.isEmpty()) {
            return kind;
        }
        String ascii =
                fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Serves an archive URL as a real zip of the files' bytes, entry paths as the archive lists them, streamed. */
    private Reply archive(Exchange ex) {
        String token = ex.queryParam("token");
        if (token == null || token.isEmpty()) {
            throw MediaManagerException.standard(
                    WixErrorCode.PERMISSION_DENIED,
                    "The archive URL has no token; use a URL from generateFilesDownloadUrl or generateFolderDownloadUrl");
        }
        Transfers.Archive archive = transfers.archive(token);
        if (!archive.archiveId().equals(ex.pathParam("archiveId"))) {
            throw MediaManagerException.standard(WixErrorCode.PERMISSION_DENIED, "The token is for another archive");
        }
        ex.siteId(archive.siteId());
        return Reply.streamed(
                200,
                "application/zip",
                new Reply.StreamedBody() {
                    @Override
                    public long length() {
                        return -1;
                    }

                    @Override
                    public void writeTo(OutputStream out) throws IOException {
                        ZipOutputStream zip = new ZipOutputStream(out);
                        for (Transfers.Archive.Entry entry : archive.entries()) {
                            zip.putNextEntry(new ZipEntry(entry.path()));
                            try (InputStream in = entry.content().openStream()) {
                                in.transferTo(zip);
                            }
                            zip.closeEntry();
                        }
                        zip.finish();
                    }
                },
                Map.of(
                        "Content-Disposition",
                        "attachment; filename=\"archive-" + archive.archiveId().replaceAll("[^A-Za-z0-9_-]", "_")
                                + ".zip\""));
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
