package dev.fakewix.media.core.face;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.model.ContentDisposition;
import dev.fakewix.media.core.model.FileDescriptor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The byte-moving side of the API that lives outside the REST methods, for the face that serves its URLs:
 * completing uploads to upload URLs (single request, or TUS resumable plus its finalize step) and serving download
 * and archive URLs. Tokens say which site they belong to. Bodies are streams, so any size passes in bounded memory
 * (see {@link StoredBytes}). A face gets it with {@link FaceAccess#transfers}.
 *
 * <pre>{@code
 * Transfers transfers = FaceAccess.get().transfers(fake);
 * String url = site.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
 * String token = url.substring(url.lastIndexOf('/') + 1);
 * FileDescriptor file = transfers.upload(token, "logo.png", "image/png", pngBytes);
 *
 * ResumableUploadUrl r = site.files().generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("video/mp4"));
 * transfers.createResumable(r.uploadToken(), (long) video.length);
 * transfers.appendResumable(r.uploadToken(), 0, video, null);      // 204 on the wire, no file yet
 * FileDescriptor clip = transfers.finishResumable(r.uploadToken(), "clip.mp4"); // the finalize PUT
 * }</pre>
 *
 * <p>Thread-safe. Failures are {@link MediaManagerException}s in the API's catalogue: a used, expired, tampered or
 * foreign token is PERMISSION_DENIED, and a refused request leaves no file behind.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public interface Transfers {

    /** Completes a single-request upload from a stream read to its end; the token is single-use. */
    FileDescriptor upload(
            String uploadToken, @Nullable String fileName, @Nullable String contentType, @Nullable InputStream body);

    /** As {@link #upload(String, String, String, InputStream)}, from bytes (copied). */
    default FileDescriptor upload(
            String uploadToken, @Nullable String fileName, @Nullable String contentType, byte @Nullable [] content) {
        return upload(
                uploadToken, fileName, contentType, new ByteArrayInputStream(content == null ? new byte[0] : content));
    }

    /**
     * Starts the resumable upload of a token (TUS creation). {@code length} is the whole upload's size; {@code null}
     * defers it to a later chunk. Calling it again before any byte arrived re-declares the length.
     */
    ResumableStatus createResumable(String uploadToken, @Nullable Long length);

    /** How far a resumable upload has got. */
    ResumableStatus resumableStatus(String uploadToken);

    /**
     * Appends a chunk at {@code offset}, which must equal the current offset (else ALREADY_EXISTS, 409). Reaching the
     * declared length completes the bytes but creates no file: that is {@link #finishResumable}'s job.
     *
     * @param totalLength the upload's full length, when not declared yet
     */
    ResumableStatus appendResumable(
            String uploadToken, long offset, @Nullable InputStream chunk, @Nullable Long totalLength);

    /** As {@link #appendResumable(String, long, InputStream, Long)}, from bytes. */
    default ResumableStatus appendResumable(
            String uploadToken, long offset, byte @Nullable [] chunk, @Nullable Long totalLength) {
        return appendResumable(
                uploadToken, offset, new ByteArrayInputStream(chunk == null ? new byte[0] : chunk), totalLength);
    }

    /**
     * The finalize step ({@code PUT {uploadUrl}/{uploadToken}?filename=}): creates the file from the complete bytes.
     * Before every byte arrived it is FAILED_PRECONDITION; a second finalize, or one after expiry or termination,
     * PERMISSION_DENIED.
     */
    FileDescriptor finishResumable(String uploadToken, @Nullable String fileName);

    /** Terminates a resumable upload (TUS DELETE): its bytes are freed and the token is used up. */
    void terminateResumable(String uploadToken);

    /** Resolves a download URL's token to the bytes to serve (or to where an expired URL redirects). */
    Download download(String downloadToken);

    /** Resolves an archive URL's token to its entries; an expired or tampered token is PERMISSION_DENIED. */
    Archive archive(String archiveToken);

    /**
     * The bytes a file serves: what was uploaded or registered for its import URL, else (an imported file the fake
     * never fetched) a short placeholder text naming it. RESOURCE_NOT_FOUND when the file does not exist.
     */
    StoredBytes bytes(String siteId, String fileId);

    /** {@link #bytes} as an array, for small files. */
    default byte[] content(String siteId, String fileId) {
        return bytes(siteId, fileId).toByteArray();
    }

    /**
     * Progress of a resumable upload.
     *
     * @param length    the full length, {@code -1} until known
     * @param expiresAt when the upload (and its token) expires, on the fake's clock
     */
    record ResumableStatus(long offset, long length, Instant expiresAt) {
        /** Whether every byte has arrived, so the upload can be finalized. */
        public boolean isComplete() {
            return length >= 0 && offset == length;
        }
    }

    /**
     * What a download URL serves.
     *
     * @param body        the bytes, {@code null} when the URL redirects
     * @param redirectUrl set when the URL expired and the request named a redirect
     */
    record Download(
            @Nullable String fileName,
            @Nullable String contentType,
            @Nullable StoredBytes body,
            @Nullable ContentDisposition disposition,
            @Nullable String redirectUrl) {
        /** The bytes as an array (empty for a redirect), for small files. */
        public byte[] content() {
            return body == null ? new byte[0] : body.toByteArray();
        }
    }

    /**
     * An archive URL's zip, entry by entry.
     *
     * @param archiveId the id in the URL
     */
    record Archive(String archiveId, String siteId, List<Entry> entries) {
        public Archive {
            entries = List.copyOf(entries);
        }

        /**
         * One zip entry.
         *
         * @param path where in the zip, folders separated by {@code /}
         */
        public record Entry(String path, FileDescriptor file, StoredBytes content) {}
    }
}
