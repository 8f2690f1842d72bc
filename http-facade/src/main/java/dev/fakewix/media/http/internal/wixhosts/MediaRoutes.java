package dev.fakewix.media.http.internal.wixhosts;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.face.StoredMedia;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.model.Colors;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileMedia;
import dev.fakewix.media.core.model.Image;
import dev.fakewix.media.core.model.ImageMedia;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.http.internal.Exchange;
import dev.fakewix.media.http.internal.HttpMethod;
import dev.fakewix.media.http.internal.PlainRoute;
import dev.fakewix.media.http.internal.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The media URLs the fake hands out, answered as Wix's CDN would: {@code GET /_media/<host>/<path>} for
 * {@code https://<host>/<path>}. {@code --serve-media} points answers' media URLs here; with {@code --wix-hosts}
 * requests to the CDN's own names arrive here too ({@link HostRouting}), and so does any path of Wix's hosts that
 * nothing else serves, which gets 404 as a CDN gives it.
 *
 * <p>What a URL answers:
 * <ul>
 *   <li>a file's own URL, a video rendition, an audio asset, an image's preview or a transformed image
 *       ({@code .../media/<id>/v1/fill/...}): the file's bytes, unchanged;</li>
 *   <li>an image (or vector) the fake has no bytes of (imported, never fetched): a one-colour {@link Placeholders
 *       placeholder} of the file's stated size and type, in its prominent colour; other files without bytes: 404;</li>
 *   <li>a video's posters and thumbnail, and Wix's generic thumbnails of audio, documents and archives: a
 *       placeholder picture;</li>
 *   <li>a PENDING or FAILED file, a file deleted for good, an unknown path: 404; a private file: 403 (its media
 *       URLs are not public; a download URL serves it). A file in the trash bin is still served.</li>
 * </ul>
 * Every answer is journaled (no operation: a CDN fetch is not an API call) and leaves the site untouched: no
 * scenario acts on it and no read is counted. That is why this class reaches the core's internals
 * ({@code FaceAccess.storedMedia}): no public API reads a file and its bytes without passing the site's gate.
 * Thread-safe.
 */
@API(status = API.Status.INTERNAL)
public final class MediaRoutes {
    public static final String PREFIX = "/_media";

    private static final FaceAccess CORE = FaceAccess.get();
    /** Wix's generic thumbnails (of videos while processing, of audio and documents, of archives). */
    @Decides(Guess.CDN_POSTER_AND_GENERIC_THUMBNAILS)
    private static final Set<String> GENERIC_THUMBNAILS = Set.of(
            "54ece48fa04e492fa46bd79980105f0d.png",
            "it7ucst133nc8d9e0ff4d0nay1ucksc6.png",
            "48c4fbc47d7298cd4406936294b4c532.png");

    private static final int GENERIC_THUMBNAIL_SIDE = 256;
    private static final int NEUTRAL_GREY = 0xC0C0C0;
    private static final Pattern POSTER = Pattern.compile("(.+)f\\d{3}\\.jpg");

    private final FakeMediaManager fake;

    public MediaRoutes(FakeMediaManager fake) {
        this.fake = fake;
    }

    /** The route table: GET (and so HEAD) of any path under {@value #PREFIX}. */
    public List<PlainRoute> routes() {
        return List.of(new PlainRoute(HttpMethod.GET, PREFIX + "/{host}/<path>", this::serve));
    }

    @Decides({Guess.CDN_SERVES_READY_FILES, Guess.CDN_SERVES_TRASHED_FILES})
    private Reply serve(Exchange ex) {
        String host = ex.pathParam("host").toLowerCase(Locale.ROOT);
        String path = ex.pathParam("path");
        String asked = "https://" + host + "/" + path;
        String[] segments = path.split("/");
        if (!WixHosts.isCdnHost(host) || segments.length < 2) {
            Reliance.met(Guess.WIX_HOSTS_UNKNOWN_PATH_404);
            throw notFound(
                    asked,
                    "Wix's hosts serve nothing at this path (the fake answers the REST API at "
                            + "www.wixapis.com/site-media/v1, uploads and downloads at the URLs its answers give, and media"
                            + " URLs at static.wixstatic.com, video.wixstatic.com and <siteId>.usrfiles.com)");
        }
        if (host.equals(WixHosts.STATIC) && segments[0].equals("media") && GENERIC_THUMBNAILS.contains(segments[1])) {
            Reliance.met(Guess.CDN_POSTER_AND_GENERIC_THUMBNAILS);
            return image(Placeholders.image("image/png", GENERIC_THUMBNAIL_SIDE, GENERIC_THUMBNAIL_SIDE, NEUTRAL_GREY));
        }
        Target target = target(host, segments);
        if (target == null) {
            Reliance.met(Guess.WIX_HOSTS_UNKNOWN_PATH_404);
            throw notFound(asked, "no media URL of the fake has this shape");
        }
        Found found = find(target)
                .orElseThrow(() ->
                        notFound(asked, "no file of any site has this id (never" + " created, or deleted for good)"));
        FileDescriptor file = found.media().file();
        ex.siteId(file.siteId());
        if (file.isPrivate()) {
            throw MediaManagerException.standard(
                    WixErrorCode.PERMISSION_DENIED,
                    "GET " + asked + ": file " + file.id()
                            + " is private, so it has no public media URL; a download URL serves it (generateFileDownloadUrl)");
        }
        if (file.operationStatus() != OperationStatus.READY) {
            Reliance.met(Guess.CDN_SERVES_READY_FILES);
            throw notFound(
                    asked,
                    "file " + file.id() + " is " + file.operationStatus() + ", and the CDN serves a file"
                            + " once it is READY"
                            + (file.operationStatus() == OperationStatus.PENDING
                                    ? " (with manual readiness, POST /_fake/sites/{siteId}/files/{fileId}/ready)"
                                    : ""));
        }
        if (dev.fakewix.media.core.model.RootFolder.TRASH_ROOT.folderId().equals(file.parentFolderId())) {
            Reliance.met(Guess.CDN_SERVES_TRASHED_FILES);
        }
        String canonical = target.canonicalUrl();
        FileUrls.Served served = FileUrls.served(file).stream()
                .filter(s -> s.url().equalsIgnoreCase(canonical))
                .findFirst()
                .orElseThrow(() -> notFound(asked, "this is not one of the media URLs of file " + file.id()));
        if (served.poster() != null) {
            Reliance.met(Guess.CDN_POSTER_AND_GENERIC_THUMBNAILS);
            Image poster = served.poster();
            return image(Placeholders.image("image/jpeg", poster.width(), poster.height(), colourOf(file)));
        }
        return content(found.media(), asked);
    }

    /** The file's bytes, or for an image without bytes a placeholder of its stated size and type. */
    @Decides({Guess.CDN_IMAGE_PLACEHOLDERS, Guess.CDN_NO_BYTES_NOT_FOUND, Guess.CDN_RESPONSE_HEADERS})
    private static Reply content(StoredMedia media, String asked) {
        FileDescriptor file = media.file();
        StoredBytes bytes = media.content();
        Reliance.met(Guess.CDN_RESPONSE_HEADERS);
        if (bytes == null) {
            Image image = imageOf(file);
            if (image == null) {
                Reliance.met(Guess.CDN_NO_BYTES_NOT_FOUND);
                throw notFound(
                        asked,
                        "file " + file.id() + " was imported from " + file.sourceUrl() + ", which the"
                                + " fake never fetches, so it has no bytes to serve; register them before the import"
                                + " (site.registerImportContent(url, bytes), a scenario's importContent, or PUT"
                                + " /_fake/sites/{siteId}/import-content)");
            }
            Reliance.met(Guess.CDN_IMAGE_PLACEHOLDERS);
            return image(Placeholders.image(
                    media.mimeType(), Math.max(1, image.width()), Math.max(1, image.height()), colourOf(file)));
        }
        String type = media.mimeType() == null ? "application/octet-stream" : media.mimeType();
        return Reply.streamed(
                200,
                type,
                new Reply.StreamedBody() {
                    @Override
                    public long length() {
                        return bytes.size();
                    }

                    @Override
                    public void writeTo(OutputStream out) throws IOException {
                        try (InputStream in = bytes.openStream()) {
                            in.transferTo(out);
                        }
                    }
                },
                Map.of("Access-Control-Allow-Origin", "*"));
    }

    private static Reply image(Placeholders.Placeholder placeholder) {
        return new Reply(
                200, placeholder.contentType(), placeholder.bytes(), Map.of("Access-Control-Allow-Origin", "*"));
    }

    private static Image imageOf(FileDescriptor file) {
        FileMedia m = file.media();
        if (m == null || (file.mediaType() != MediaType.IMAGE && file.mediaType() != MediaType.VECTOR)) {
            return null;
        }
        ImageMedia image = m.image() != null ? m.image() : m.vector();
        return image == null ? null : image.image();
    }

    private static int colourOf(FileDescriptor file) {
        FileMedia m = file.media();
        ImageMedia image = m == null ? null : m.image() != null ? m.image() : m.vector();
        Colors colors = image == null ? null : image.colors();
        if (colors == null || colors.prominent() == null || colors.prominent().rgb() == null) {
            return NEUTRAL_GREY;
        }
        var rgb = colors.prominent().rgb();
        return (rgb.r() & 0xFF) << 16 | (rgb.g() & 0xFF) << 8 | (rgb.b() & 0xFF);
    }

    private static MediaManagerException notFound(String asked, String why) {
        return MediaManagerException.standard(WixErrorCode.NOT_FOUND, "GET " + asked + ": " + why);
    }

    // ---------------------------------------------------------------- which file a URL names

    /**
     * What a media URL names: the file ids it may be of (a poster's URL is its video's id plus {@code f000.jpg}),
     * the site when the host says it, and the URL as the file lists it (an image transform cut off).
     */
    private record Target(List<String> fileIds, String siteHost, String canonicalUrl) {}

    private record Found(StoredMedia media) {}

    @Decides(Guess.CDN_TRANSFORMS_SERVE_ORIGINAL)
    private static Target target(String host, String[] s) {
        if (host.equals(WixHosts.STATIC)) {
            String kind = s[0];
            String name = s[1];
            if (kind.equals("media")) {
                // .../media/<id>/v1/fill/w_100,h_100/<name>: a transformed image is served as the original
                if (s.length > 2) {
                    Reliance.met(Guess.CDN_TRANSFORMS_SERVE_ORIGINAL);
                }
                List<String> ids = new ArrayList<>(List.of(name));
                Matcher poster = POSTER.matcher(name);
                if (poster.matches()) {
                    ids.add(poster.group(1));
                }
                return new Target(ids, null, "https://" + host + "/media/" + name);
            }
            if ((kind.equals("shapes") || kind.equals("mp3") || kind.equals("3d")) && s.length == 2) {
                return new Target(List.of(name), null, "https://" + host + "/" + kind + "/" + name);
            }
            return null;
        }
        if (host.equals(WixHosts.VIDEO)) {
            return s[0].equals("video") && s.length >= 3
                    ? new Target(List.of(s[1]), null, "https://" + host + "/" + String.join("/", s))
                    : null;
        }
        // <siteId>.usrfiles.com/ugd/<id> and /archives/<id>
        if ((s[0].equals("ugd") || s[0].equals("archives")) && s.length == 2) {
            String site = host.substring(0, host.length() - WixHosts.USER_FILES.length() - 1);
            return new Target(List.of(s[1]), site, "https://" + host + "/" + s[0] + "/" + s[1]);
        }
        return null;
    }

    private Optional<Found> find(Target target) {
        for (String siteId : fake.siteIds()) {
            if (target.siteHost() != null && !siteId.equalsIgnoreCase(target.siteHost())) {
                continue;
            }
            for (String id : target.fileIds()) {
                Optional<StoredMedia> media = CORE.storedMedia(fake.site(siteId), id);
                if (media.isPresent()) {
                    return Optional.of(new Found(media.get()));
                }
            }
        }
        return Optional.empty();
    }
}
