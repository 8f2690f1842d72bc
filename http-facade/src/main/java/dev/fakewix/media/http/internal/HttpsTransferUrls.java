package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.face.TransferUrls;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.model.StreamFormat;

/**
 * The transfer URLs of a server with an HTTPS port: those of {@code urls}, each noting, in the request that gets it,
 * that it points at the HTTPS port (where Wix's own URLs would be on Wix's hosts). Thread-safe.
 */
@Decides(Guess.TRANSFER_URLS_ON_HTTPS_PORT)
final class HttpsTransferUrls implements TransferUrls {
    private final TransferUrls urls;

    HttpsTransferUrls(TransferUrls urls) {
        this.urls = urls;
    }

    @Override
    public String uploadUrl(String token) {
        Reliance.met(Guess.TRANSFER_URLS_ON_HTTPS_PORT);
        return urls.uploadUrl(token);
    }

    @Override
    public String resumableUploadUrl() {
        Reliance.met(Guess.TRANSFER_URLS_ON_HTTPS_PORT);
        return urls.resumableUploadUrl();
    }

    @Override
    public String downloadUrl(String fileId, String assetKey, String token) {
        Reliance.met(Guess.TRANSFER_URLS_ON_HTTPS_PORT);
        return urls.downloadUrl(fileId, assetKey, token);
    }

    @Override
    public String archiveUrl(String archiveId, String token) {
        Reliance.met(Guess.TRANSFER_URLS_ON_HTTPS_PORT);
        return urls.archiveUrl(archiveId, token);
    }

    @Override
    public String streamingUrl(String fileId, StreamFormat format) {
        Reliance.met(Guess.TRANSFER_URLS_ON_HTTPS_PORT);
        return urls.streamingUrl(fileId, format);
    }
}
