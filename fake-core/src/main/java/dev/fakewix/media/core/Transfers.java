package dev.fakewix.media.core;

import dev.fakewix.media.core.model.ContentDisposition;
import dev.fakewix.media.core.model.FileDescriptor;
import org.apiguardian.api.API;

import java.util.List;

/**
 * The byte-moving side of the API that lives outside the REST methods: completing uploads to upload URLs (single
 * request or TUS resumable) and serving download URLs. Tokens say which site they belong to.
 *
 * <pre>{@code
 * String url = fake.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
 * String token = url.substring(url.lastIndexOf('/') + 1);
 * FileDescriptor file = fake.transfers().upload(token, "logo.png", "image/png", pngBytes);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Transfers {

    /** Completes a single-request upload; the token is single-use. */
    FileDescriptor upload(String uploadToken, String fileName, String contentType, byte[] content);

    /** How far a resumable upload has got. */
    ResumableStatus resumableStatus(String uploadToken);

    /**
     * Appends bytes to a resumable upload at {@code offset} (which must equal the current offset). When the
     * declared length is reached the file is created and returned in the status.
     *
     * @param totalLength the upload's full length; required on the first call unless the ticket declared a size
     */
    ResumableStatus appendResumable(String uploadToken, long offset, byte[] chunk, Long totalLength);

    /** Resolves a download URL's token to the bytes to serve (or to where an expired URL redirects). */
    Download download(String downloadToken);

    /** The files of an archive URL, for serving it. */
    List<FileDescriptor> archive(String siteId, String archiveId);

    /**
     * The bytes a file serves: what was uploaded, or for an imported file (which the fake never fetches) a short
     * placeholder text naming it. RESOURCE_NOT_FOUND when the file does not exist.
     */
    byte[] content(String siteId, String fileId);

    /**
     * Progress of a resumable upload.
     *
     * @param length the full length, {@code -1} until known
     * @param file   the created file once complete, else {@code null}
     */
    record ResumableStatus(long offset, long length, FileDescriptor file) {
    }

    /**
     * What a download URL serves.
     *
     * @param redirectUrl set (and content empty) when the URL expired and the request named a redirect
     */
    record Download(String fileName, String contentType, byte[] content, ContentDisposition disposition,
                    String redirectUrl) {
        // byte[] compares by identity; a download is a value, so compare (and hash) the bytes themselves
        @Override
        public boolean equals(Object o) {
            return o instanceof Download d && java.util.Objects.equals(fileName, d.fileName)
                    && java.util.Objects.equals(contentType, d.contentType) && java.util.Arrays.equals(content, d.content)
                    && disposition == d.disposition && java.util.Objects.equals(redirectUrl, d.redirectUrl);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(fileName, contentType, disposition, redirectUrl) * 31 + java.util.Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "Download[fileName=" + fileName + ", contentType=" + contentType + ", content=" + content.length
                    + " bytes, disposition=" + disposition + ", redirectUrl=" + redirectUrl + "]";
        }
    }
}
