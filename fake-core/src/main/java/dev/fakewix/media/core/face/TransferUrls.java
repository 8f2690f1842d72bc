package dev.fakewix.media.core.face;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.model.StreamFormat;
import java.net.URI;
import org.apiguardian.api.API;

/**
 * Where the URLs that move bytes point: upload, download, archive and streaming URLs. The core alone uses Wix's own
 * hosts ({@link #wix()}); the HTTP facade points them at itself so that a client can really upload and download.
 *
 * <pre>{@code FaceAccess.get().setTransferUrls(fake, TransferUrls.servedFrom(URI.create("http://127.0.0.1:8080")));}</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public interface TransferUrls {

    /** The single-request upload URL carrying {@code token}. */
    String uploadUrl(String token);

    /** The TUS endpoint of resumable uploads. */
    String resumableUploadUrl();

    /** A temporary download URL of one asset of a file. */
    String downloadUrl(String fileId, String assetKey, String token);

    /** The URL of a generated archive; {@code token} (signed, expiring) names the site and the archive. */
    String archiveUrl(String archiveId, String token);

    /** The streaming URL of a video. */
    String streamingUrl(String fileId, StreamFormat format);

    /** Wix's production hosts, as the real API answers. */
    static TransferUrls wix() {
        return new TransferUrls() {
            @Override
            public String uploadUrl(String token) {
                return "https://upload.wixmp.com/upload/" + token;
            }

            @Override
            public String resumableUploadUrl() {
                return "https://upload.wixmp.com/upload/tus";
            }

            @Override
            public String downloadUrl(String fileId, String assetKey, String token) {
                return "https://download-files.wixmp.com/media/" + fileId
                        + ("src".equals(assetKey) ? "" : "/" + assetKey) + "?token=" + token;
            }

            @Override
            public String archiveUrl(String archiveId, String token) {
                return "https://archive.wixmp.com/archive/wix/" + archiveId + "?token=" + token;
            }

            @Override
            public String streamingUrl(String fileId, StreamFormat format) {
                String base = "https://repackager.wixmp.com/video.wixstatic.com/video/" + fileId
                        + "/,720p,360p,1080p,480p,/mp4/file.mp4.urlset/";
                return base + (format == StreamFormat.DASH ? "manifest.mpd" : "master.m3u8");
            }
        };
    }

    /**
     * URLs served by a fake at {@code baseUri} under {@code /_wixmp/...}; the HTTP facade serves those paths.
     */
    @Decides(Guess.TRANSFER_URLS_ON_FAKE_SERVER)
    static TransferUrls servedFrom(URI baseUri) {
        String base = baseUri.toString().replaceAll("/+$", "") + "/_wixmp";
        return new TransferUrls() {
            @Override
            public String uploadUrl(String token) {
                Reliance.met(Guess.TRANSFER_URLS_ON_FAKE_SERVER);
                return base + "/upload/" + token;
            }

            @Override
            public String resumableUploadUrl() {
                Reliance.met(Guess.TRANSFER_URLS_ON_FAKE_SERVER);
                return base + "/upload/tus";
            }

            @Override
            public String downloadUrl(String fileId, String assetKey, String token) {
                Reliance.met(Guess.TRANSFER_URLS_ON_FAKE_SERVER);
                return base + "/download/" + java.net.URLEncoder.encode(fileId, java.nio.charset.StandardCharsets.UTF_8)
                        + "?assetKey=" + assetKey + "&token=" + token;
            }

            @Override
            public String archiveUrl(String archiveId, String token) {
                Reliance.met(Guess.TRANSFER_URLS_ON_FAKE_SERVER);
                return base + "/archive/" + archiveId + "?token=" + token;
            }

            @Override
            public String streamingUrl(String fileId, StreamFormat format) {
                Reliance.met(Guess.TRANSFER_URLS_ON_FAKE_SERVER);
                return base + "/stream/" + java.net.URLEncoder.encode(fileId, java.nio.charset.StandardCharsets.UTF_8)
                        + (format == StreamFormat.DASH ? "/manifest.mpd" : "/master.m3u8");
            }
        };
    }
}
