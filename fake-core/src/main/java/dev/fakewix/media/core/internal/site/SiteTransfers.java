package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.face.StoredMedia;
import dev.fakewix.media.core.face.Transfers;
import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.media.MediaFormats;
import dev.fakewix.media.core.internal.validation.RequestConstraints;
import dev.fakewix.media.core.model.ContentDisposition;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.RootFolder;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Upload completion, resumable uploads, downloads and archives of one site. Bodies are streamed into the
 * fake's {@link ContentStore} outside the site's lock; only the moment a file comes into being takes the lock.
 * Snapshots of the site are {@link SiteSnapshots}'.
 */
@API(status = API.Status.INTERNAL)
public final class SiteTransfers {
    /** How long a chunk waits for the previous chunk of the same upload (an interrupted one still draining). */
    private static final long CHUNK_WAIT_SECONDS = 30;

    private final SiteEngine engine;

    public SiteTransfers(SiteEngine engine) {
        this.engine = engine;
    }

    // ---------------------------------------------------------------- single-request upload

    @Decides({Guess.UPLOAD_URL_SINGLE_USE, Guess.REFUSED_UPLOAD_KEEPS_URL})
    public FileDescriptor upload(String fileId, String fileName, String contentType, InputStream body) {
        Reliance.Frame frame = engine.relying(Operation.UPLOAD_FILE);
        try {
            RequestFacts facts = new RequestFacts(null, contentType, List.of(fileId), fileName);
            engine.transaction.inspect(
                    s -> peekTicket(s, fileId, false)); // a used or expired URL is refused before a byte is read
            StoredBytes received =
                    engine.config.content().write(body, engine.limits().maxFileSizeBytes(), this::tooLarge);
            StoredBytes content;
            try {
                // into the data directory (if any) outside the lock: the write that makes the file only names them
                content = engine.keep(received);
            } catch (RuntimeException | Error e) {
                ContentStore.release(received);
                throw e;
            }
            try {
                return engine.transaction.write(Operation.UPLOAD_FILE, facts, s -> {
                    SiteState.UploadTicket ticket = ticket(s, fileId, false);
                    FileDescriptor file = createKeepingUrl(s, ticket, fileName, contentType, content);
                    s.removeTicket(fileId); // only an accepted upload uses the URL up; a refused one may be retried
                    return file;
                });
            } catch (RuntimeException | Error e) {
                ContentStore.release(content);
                throw e;
            }
        } finally {
            Reliance.close(frame);
        }
    }

    // ---------------------------------------------------------------- resumable (TUS)

    public Transfers.ResumableStatus createResumable(String fileId, Long length) {
        Reliance.Frame frame = engine.relying(Operation.UPLOAD_FILE);
        try {
            return engine.transaction.write(Operation.UPLOAD_FILE, RequestFacts.files(List.of(fileId)), s -> {
                SiteState.UploadTicket ticket = ticket(s, fileId, true);
                ResumableUpload upload = ticket.upload();
                if (length != null) {
                    checkLength(ticket, length);
                    if (upload.offset() > 0 && upload.length() != length) {
                        throw WixErrorCode.ALREADY_EXISTS.exception(
                                "Upload-Length",
                                "this upload already has " + upload.offset() + " bytes of " + upload.length()
                                        + "; HEAD it and resume, or generate a new URL");
                    }
                    upload.declare(length);
                } else if (!upload.created()) {
                    upload.declare(ticket.sizeInBytes() == null ? -1 : ticket.sizeInBytes());
                }
                return status(ticket);
            });
        } finally {
            Reliance.close(frame);
        }
    }

    public Transfers.ResumableStatus resumableStatus(String fileId) {
        Reliance.Frame frame = engine.relying(Operation.UPLOAD_FILE);
        try {
            return engine.transaction.inspect(s -> status(peekTicket(s, fileId, true)));
        } finally {
            Reliance.close(frame);
        }
    }

    @Decides(Guess.TUS_ERROR_STATUSES)
    public Transfers.ResumableStatus appendResumable(String fileId, long offset, InputStream chunk, Long totalLength) {
        Reliance.Frame frame = engine.relying(Operation.UPLOAD_FILE);
        try {
            SiteState.UploadTicket ticket = engine.transaction.inspect(s -> peekTicket(s, fileId, true));
            ResumableUpload upload = ticket.upload();
            if (!upload.lock(CHUNK_WAIT_SECONDS)) {
                Reliance.met(Guess.TUS_ERROR_STATUSES);
                throw WixErrorCode.ALREADY_EXISTS.exception(
                        "Upload-Offset", "another chunk of this upload is still being received; retry");
            }
            try {
                if (upload.discarded()) {
                    Reliance.met(Guess.TUS_ERROR_STATUSES);
                    throw usedOrForeign();
                }
                if (upload.length() < 0) {
                    Long declared = totalLength != null ? totalLength : ticket.sizeInBytes();
                    if (declared != null) {
                        checkLength(ticket, declared);
                        upload.declare(declared);
                    }
                }
                long now = upload.offset();
                if (offset != now) {
                    Reliance.met(Guess.TUS_ERROR_STATUSES);
                    throw WixErrorCode.ALREADY_EXISTS.exception(
                            "Upload-Offset",
                            "upload offset is " + now + ", not " + offset
                                    + "; HEAD the upload URL to learn where to resume");
                }
                long length = upload.length();
                if (upload.complete() != null) {
                    Reliance.met(Guess.TUS_ERROR_STATUSES);
                    throw WixErrorCode.ALREADY_EXISTS.exception(
                            "Upload-Offset", "every byte of this upload has arrived; finalize it");
                }
                long max = length >= 0 ? length - offset : engine.limits().maxFileSizeBytes() - offset;
                ContentStore.Writer writer = upload.writer();
                writer.append(chunk, max, limit -> {
                    Reliance.met(Guess.TUS_SIZE_LIMITS);
                    return length >= 0
                            ? invalid("content", "the upload declared " + length + " bytes but more were sent")
                            : tooLarge(engine.limits().maxFileSizeBytes());
                });
                if (length >= 0 && writer.size() == length) {
                    upload.completeWith(engine.keep(writer.finish()));
                }
                return status(ticket);
            } finally {
                upload.unlock();
            }
        } finally {
            Reliance.close(frame);
        }
    }

    @Decides({Guess.REFUSED_UPLOAD_KEEPS_URL, Guess.TUS_ERROR_STATUSES})
    public FileDescriptor finishResumable(String fileId, String fileName) {
        Reliance.Frame frame = engine.relying(Operation.UPLOAD_FILE);
        try {
            return engine.transaction.write(
                    Operation.UPLOAD_FILE, new RequestFacts(null, null, List.of(fileId), fileName), s -> {
                        SiteState.UploadTicket ticket = ticket(s, fileId, true);
                        ResumableUpload upload = ticket.upload();
                        StoredBytes complete = upload.complete();
                        if (complete == null) {
                            Reliance.met(Guess.TUS_ERROR_STATUSES);
                            long length = upload.length();
                            throw WixErrorCode.FAILED_PRECONDITION.exception(
                                    "uploadToken",
                                    "the upload is not complete: "
                                            + upload.offset() + " of "
                                            + (length < 0 ? "an undeclared number of" : Long.toString(length))
                                            + " bytes arrived; send the rest (HEAD the upload URL for the offset), then finalize");
                        }
                        // a refused finalize leaves the bytes with the upload, so it can be retried
                        FileDescriptor file = createKeepingUrl(s, ticket, fileName, ticket.mimeType(), complete);
                        s.removeTicket(fileId);
                        upload.handOver(); // the bytes are the file's now
                        upload.discard();
                        return file;
                    });
        } finally {
            Reliance.close(frame);
        }
    }

    public void terminateResumable(String fileId) {
        Reliance.Frame frame = engine.relying(Operation.UPLOAD_FILE);
        try {
            engine.transaction.write(Operation.UPLOAD_FILE, RequestFacts.files(List.of(fileId)), s -> {
                SiteState.UploadTicket ticket = ticket(s, fileId, true);
                s.removeTicket(fileId);
                ticket.upload().discard();
                return null;
            });
        } finally {
            Reliance.close(frame);
        }
    }

    @Decides(Guess.TUS_SIZE_LIMITS)
    private void checkLength(SiteState.UploadTicket ticket, long length) {
        if (length > engine.limits().maxFileSizeBytes()) {
            Reliance.met(Guess.TUS_SIZE_LIMITS);
            throw tooLarge(engine.limits().maxFileSizeBytes());
        }
        if (ticket.sizeInBytes() != null && ticket.sizeInBytes() != length) {
            Reliance.met(Guess.TUS_SIZE_LIMITS);
            throw invalid(
                    "Upload-Length",
                    "the upload URL was generated for " + ticket.sizeInBytes() + " bytes (sizeInBytes), not " + length);
        }
    }

    private static Transfers.ResumableStatus status(SiteState.UploadTicket ticket) {
        ResumableUpload upload = ticket.upload();
        long length = upload.length() >= 0 ? upload.length() : ticket.sizeInBytes() == null ? -1 : ticket.sizeInBytes();
        return new Transfers.ResumableStatus(upload.offset(), length, Instant.ofEpochMilli(ticket.expiresAtMillis()));
    }

    // ---------------------------------------------------------------- tickets

    /** The live ticket of an upload URL, or PERMISSION_DENIED; forgets an expired one. Under the write lock. */
    private SiteState.UploadTicket ticket(SiteState s, String fileId, boolean resumable) {
        SiteState.UploadTicket ticket = s.tickets.get(fileId);
        if (ticket != null && ticket.expiresAtMillis() < engine.clock().millis()) {
            s.removeTicket(fileId);
            if (ticket.upload() != null) {
                ticket.upload().discard();
            }
        }
        return peekTicket(s, fileId, resumable);
    }

    /** As {@link #ticket}, without changing anything (under the read lock). */
    @Decides({Guess.UPLOAD_URL_SINGLE_USE, Guess.TUS_ERROR_STATUSES})
    private SiteState.UploadTicket peekTicket(SiteState s, String fileId, boolean resumable) {
        SiteState.UploadTicket ticket = s.tickets.get(fileId);
        if (ticket == null || ticket.resumable() != resumable) {
            Reliance.met(resumable ? Guess.TUS_ERROR_STATUSES : Guess.UPLOAD_URL_SINGLE_USE);
            throw usedOrForeign();
        }
        if (ticket.expiresAtMillis() < engine.clock().millis()) {
            Reliance.met(resumable ? Guess.TUS_ERROR_STATUSES : Guess.UPLOAD_URL_SINGLE_USE);
            throw MediaManagerException.standard(
                    WixErrorCode.PERMISSION_DENIED, "This upload URL expired; generate a new one");
        }
        return ticket;
    }

    private static MediaManagerException usedOrForeign() {
        return MediaManagerException.standard(
                WixErrorCode.PERMISSION_DENIED,
                "This upload URL was already used, was terminated, or does not belong to this site; generate a new one");
    }

    private RuntimeException tooLarge(long limit) {
        noteSizeLimit(limit);
        return WixErrorCode.FILE_SIZE_OVER_LIMIT.exception(
                "content",
                "The file has more than " + limit + " bytes; the site accepts files of at most " + limit + " bytes");
    }

    /** A refusal because the file is at the site's default largest size relies on that default. */
    @Decides(Guess.DEFAULT_LIMITS)
    static void noteSizeLimit(long limit) {
        if (limit == dev.fakewix.media.core.SiteLimits.DEFAULT_MAX_FILE_SIZE) {
            Reliance.met(Guess.DEFAULT_LIMITS);
        }
    }

    /** {@link #create}, noting that a refused upload leaves its URL (and a resumable one its bytes) for a retry. */
    @Decides(Guess.REFUSED_UPLOAD_KEEPS_URL)
    private FileDescriptor createKeepingUrl(
            SiteState s, SiteState.UploadTicket ticket, String fileName, String contentType, StoredBytes content) {
        try {
            return create(s, ticket, fileName, contentType, content);
        } catch (MediaManagerException refused) {
            Reliance.met(Guess.REFUSED_UPLOAD_KEEPS_URL);
            throw refused;
        }
    }

    @Decides({
        Guess.UPLOAD_ANSWER_PENDING_UNLESS_IMMEDIATE,
        Guess.UPLOAD_CONTENT_TYPE_MISMATCH,
        Guess.DETECTED_TYPE_NEW_ID
    })
    private FileDescriptor create(
            SiteState s, SiteState.UploadTicket ticket, String fileName, String contentType, StoredBytes content) {
        if (content == null || content.size() == 0) {
            throw WixErrorCode.ZERO_FILE_SIZE.exception("content", "The uploaded file is empty");
        }
        if (content.size() > engine.limits().maxFileSizeBytes()) {
            throw tooLarge(engine.limits().maxFileSizeBytes());
        }
        long quota = engine.limits().storageQuotaBytes();
        if (s.storageUsed + content.size() > quota) {
            throw FileImports.quotaExceeded("content", s.storageUsed, content.size(), quota);
        }
        MediaFormats.Format format = MediaFormats.byMimeType(ticket.mimeType()).orElseThrow();
        String mimeType = ticket.mimeType();
        String fileId = ticket.fileId();
        boolean octetStream = MediaFormats.isOctetStream(contentType);
        if (octetStream) {
            // Wix's upload page: octet-stream plus the file's extension lets Wix detect the type
            MediaFormats.Format detected = MediaFormats.byName(ticket.fileName() != null ? ticket.fileName() : fileName)
                    .orElse(format);
            Reliance.met(Guess.UPLOAD_CONTENT_TYPE_MISMATCH); // octet-stream is accepted
            if (detected.mediaType() != format.mediaType()) {
                Reliance.met(Guess.DETECTED_TYPE_NEW_ID);
                fileId = engine.fileIndex.newFileId(
                        s, detected.mediaType(), detected.extension()); // the id says the type
            }
            if (!detected.mimeType()
                    .equals(MediaFormats.byMimeType(mimeType)
                            .map(MediaFormats.Format::mimeType)
                            .orElse(""))) {
                mimeType = detected.mimeType();
            }
            format = detected;
        }
        MediaFormats.Format expected = format;
        if (contentType != null && !contentType.isBlank() && !octetStream) {
            MediaFormats.byMimeType(contentType).ifPresent(sent -> {
                if (sent.mediaType() != expected.mediaType()) {
                    Reliance.met(Guess.UPLOAD_CONTENT_TYPE_MISMATCH);
                    throw WixErrorCode.MISMATCH_MIME_TYPE.exception(
                            "Content-Type",
                            "The upload URL was generated for " + ticket.mimeType() + " but the upload is "
                                    + contentType);
                }
            });
        }
        String name = ticket.fileName() != null
                ? ticket.fileName()
                : fileName != null && !fileName.isBlank() ? fileName : "file." + format.extension();
        if (MediaFormats.extensionOf(name).isEmpty()) {
            name = name + "." + format.extension();
        }
        if (name.length() > RequestConstraints.MAX_DISPLAY_NAME) {
            name = name.substring(0, RequestConstraints.MAX_DISPLAY_NAME);
        }
        FolderEntry folder = s.folders.get(ticket.parentFolderId());
        String parent = folder != null && folder.trashed ? SiteEngine.MEDIA_ROOT : ticket.parentFolderId();
        if (folder == null && !FolderTree.isRoot(parent)) {
            parent = SiteEngine.MEDIA_ROOT; // the folder was deleted for good since the URL was generated
        }
        RootFolder root = SiteEngine.VISITOR_UPLOADS.equals(parent)
                ? RootFolder.VISITOR_UPLOADS_ROOT
                : folder != null && parent.equals(ticket.parentFolderId()) ? folder.root : RootFolder.MEDIA_ROOT;
        FileEntry entry = engine.fileIndex.insertFile(
                s,
                new FileIndex.NewFile(
                        fileId,
                        name,
                        format.mediaType(),
                        mimeType,
                        parent,
                        root,
                        ticket.isPrivate(),
                        ticket.labels(),
                        ticket.externalInfo(),
                        null,
                        content));
        engine.lifecycle.processDue(
                s); // with immediate readiness the answer is already READY, as in Wix's documented sample
        if (entry.file.operationStatus() == dev.fakewix.media.core.model.OperationStatus.PENDING) {
            Reliance.met(Guess.UPLOAD_ANSWER_PENDING_UNLESS_IMMEDIATE);
        }
        return entry.file;
    }

    // ---------------------------------------------------------------- downloads and archives

    @Decides(Guess.TRASHED_FILES_DOWNLOADABLE)
    public Transfers.Download download(Map<String, Object> claims) {
        Reliance.Frame frame = engine.relying(Operation.DOWNLOAD_FILE);
        try {
            return engine.transaction.read(Operation.DOWNLOAD_FILE, RequestFacts.NONE, s -> {
                long exp = ((Number) claims.getOrDefault("exp", 0L)).longValue();
                if (exp * 1000 < engine.clock().millis()) {
                    Object redirect = claims.get("redirectUrl");
                    if (redirect != null) {
                        return new Transfers.Download(null, null, null, null, redirect.toString());
                    }
                    throw MediaManagerException.standard(WixErrorCode.PERMISSION_DENIED, "This download URL expired");
                }
                String path = String.valueOf(
                        ((List<?>) ((List<?>) claims.get("obj")).get(0)).get(0) instanceof Map<?, ?> m
                                ? m.get("path")
                                : "");
                String fileId = path.startsWith("/media/") ? path.substring(7) : path;
                FileEntry e = s.file(fileId);
                if (e == null || e.trashed) {
                    Reliance.met(Guess.TRASHED_FILES_DOWNLOADABLE);
                }
                if (e == null) {
                    throw MediaManagerException.standard(
                            WixErrorCode.NOT_FOUND, "File " + fileId + " no longer exists");
                }
                Map<?, ?> dis = (Map<?, ?>) claims.get("dis");
                return new Transfers.Download(
                        String.valueOf(dis.get("filename")),
                        e.mimeType,
                        bytesOf(e),
                        "inline".equals(dis.get("type")) ? ContentDisposition.INLINE : ContentDisposition.ATTACHMENT,
                        null);
            });
        } finally {
            Reliance.close(frame);
        }
    }

    public Transfers.Archive archive(Map<String, Object> claims) {
        Reliance.Frame frame = engine.relying(Operation.DOWNLOAD_FILE);
        try {
            return engine.transaction.read(Operation.DOWNLOAD_FILE, RequestFacts.NONE, s -> {
                long exp = ((Number) claims.getOrDefault("exp", 0L)).longValue();
                if (exp * 1000 < engine.clock().millis()) {
                    throw MediaManagerException.standard(
                            WixErrorCode.PERMISSION_DENIED, "This archive URL expired; generate a new one");
                }
                String archiveId = String.valueOf(claims.get("archiveId"));
                Archives.Kept kept = s.archives.get(archiveId);
                if (kept == null) {
                    Reliance.met(Guess.ARCHIVE_LISTS_KEPT);
                    throw MediaManagerException.standard(
                            WixErrorCode.NOT_FOUND,
                            "Archive " + archiveId + " is no longer"
                                    + " kept: a site keeps the entries of its newest " + Archives.KEPT_PER_SITE
                                    + " archive URLs"
                                    + " until they expire, and a reset forgets them; generate the URL again");
                }
                List<Archives.Item> items = kept.items();
                List<Transfers.Archive.Entry> out = new ArrayList<>();
                for (Archives.Item item : items) {
                    FileEntry e = s.file(item.fileId());
                    if (e != null) { // deleted for good since: left out
                        out.add(new Transfers.Archive.Entry(item.path(), e.file, bytesOf(e)));
                    }
                }
                return new Transfers.Archive(archiveId, engine.siteId, out);
            });
        } finally {
            Reliance.close(frame);
        }
    }

    /** How many archive URLs the site keeps the entry lists of (for tests of their bound and expiry). */
    public int archivesKept() {
        return engine.transaction.inspect(s -> s.archives.size());
    }

    /** The bytes a stored file serves (see {@link Transfers#bytes(String, String)}). */
    public StoredBytes bytes(String fileId) {
        return engine.transaction.inspect(s -> bytesOf(engine.fileIndex.requireFile(s, fileId, "fileId")));
    }

    /**
     * A file and its bytes for a CDN face, by id (a vector's temporary id too): no scenario, no read counted; empty
     * when the site has no such file (never had, or deleted for good).
     */
    public Optional<StoredMedia> peek(String fileId) {
        return engine.transaction.inspect(s -> {
            FileEntry e = s.file(fileId);
            return e == null ? Optional.empty() : Optional.of(new StoredMedia(e.file, e.mimeType, e.content));
        });
    }

    @Decides(Guess.IMPORTED_FILE_PLACEHOLDER_BYTES)
    private static StoredBytes bytesOf(FileEntry e) {
        if (e.content != null) {
            return e.content;
        }
        Reliance.met(Guess.IMPORTED_FILE_PLACEHOLDER_BYTES);
        return ContentStore.unbudgeted(("fake content of " + e.id() + " imported from " + e.file.sourceUrl() + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static MediaManagerException invalid(String field, String description) {
        return MediaManagerException.invalidArgument(List.of(FieldViolation.of(field, "VALIDATION", description)));
    }
}
