package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.face.Transfers;
import dev.fakewix.media.core.internal.util.Tokens;
import dev.fakewix.media.core.model.FileDescriptor;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The fake's {@link Transfers}: verifies a transfer token (signed by this fake, meant for this kind of transfer) and
 * hands the request to the site the token names. A token that is not the fake's, or is meant for another transfer,
 * is PERMISSION_DENIED before any site sees it.
 *
 * <pre>{@code
 * Transfers transfers = new SiteRoutedTransfers(tokens, siteId -> fake.site(siteId).transfers());
 * FileDescriptor file = transfers.upload(token, "logo.png", "image/png", body);
 * }</pre>
 *
 * <p>Thread-safe (the sites are).
 */
@API(status = API.Status.INTERNAL)
public final class SiteRoutedTransfers implements Transfers {
    private static final String UPLOAD = "urn:service:file.upload";
    private static final String DOWNLOAD = "urn:service:file.download";
    private static final String ARCHIVE = "urn:service:archive.download";

    private final Tokens tokens;
    private final Function<String, SiteTransfers> sites;

    /** @param sites the transfers of a site by id (the site made on first use) */
    public SiteRoutedTransfers(Tokens tokens, Function<String, SiteTransfers> sites) {
        this.tokens = tokens;
        this.sites = sites;
    }

    @Override
    public FileDescriptor upload(
            String uploadToken, @Nullable String fileName, @Nullable String contentType, @Nullable InputStream body) {
        Map<String, Object> claims = claims(uploadToken, UPLOAD);
        return siteOf(claims)
                .upload(fileIdOf(claims), fileName, contentType, body == null ? InputStream.nullInputStream() : body);
    }

    @Override
    public ResumableStatus createResumable(String uploadToken, @Nullable Long length) {
        Map<String, Object> claims = claims(uploadToken, UPLOAD);
        return siteOf(claims).createResumable(fileIdOf(claims), length);
    }

    @Override
    public ResumableStatus resumableStatus(String uploadToken) {
        Map<String, Object> claims = claims(uploadToken, UPLOAD);
        return siteOf(claims).resumableStatus(fileIdOf(claims));
    }

    @Override
    public ResumableStatus appendResumable(
            String uploadToken, long offset, @Nullable InputStream chunk, @Nullable Long totalLength) {
        Map<String, Object> claims = claims(uploadToken, UPLOAD);
        return siteOf(claims)
                .appendResumable(
                        fileIdOf(claims), offset, chunk == null ? InputStream.nullInputStream() : chunk, totalLength);
    }

    @Override
    public FileDescriptor finishResumable(String uploadToken, @Nullable String fileName) {
        Map<String, Object> claims = claims(uploadToken, UPLOAD);
        return siteOf(claims).finishResumable(fileIdOf(claims), fileName);
    }

    @Override
    public void terminateResumable(String uploadToken) {
        Map<String, Object> claims = claims(uploadToken, UPLOAD);
        siteOf(claims).terminateResumable(fileIdOf(claims));
    }

    @Override
    public Download download(String downloadToken) {
        Map<String, Object> claims = claims(downloadToken, DOWNLOAD);
        return siteOf(claims).download(claims);
    }

    @Override
    public Archive archive(String archiveToken) {
        Map<String, Object> claims = claims(archiveToken, ARCHIVE);
        return siteOf(claims).archive(claims);
    }

    @Override
    public StoredBytes bytes(String siteId, String fileId) {
        return sites.apply(siteId).bytes(fileId);
    }

    private Map<String, Object> claims(String token, String audience) {
        Map<String, Object> claims = tokens.verify(token)
                .orElseThrow(() -> MediaManagerException.standard(
                        WixErrorCode.PERMISSION_DENIED, "The token is not one this fake signed"));
        if (!(claims.get("aud") instanceof List<?> aud) || !aud.contains(audience)) {
            throw MediaManagerException.standard(
                    WixErrorCode.PERMISSION_DENIED, "The token is not meant for " + audience);
        }
        return claims;
    }

    private SiteTransfers siteOf(Map<String, Object> claims) {
        return sites.apply(String.valueOf(claims.get("siteId")));
    }

    private static String fileIdOf(Map<String, Object> claims) {
        String path = String.valueOf(claims.get("path"));
        return path.startsWith("media/") ? path.substring(6) : path;
    }
}
