package dev.fakewix.media.core.internal;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.Transfers;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.model.ContentDisposition;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.RootFolder;
import org.apiguardian.api.API;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Upload completion, resumable uploads, downloads and snapshots of one site. */
@API(status = API.Status.INTERNAL)
public final class SiteTransfers {
    private final SiteEngine engine;

    public SiteTransfers(SiteEngine engine) {
        this.engine = engine;
    }

    public FileDescriptor upload(String fileId, String fileName, String contentType, byte[] content) {
        return engine.write(Operation.UPLOAD_FILE, new RequestFacts(null, contentType, List.of(fileId), fileName), s -> {
            SiteState.UploadTicket ticket = ticket(s, fileId, false);
            FileDescriptor file = create(s, ticket, fileName, contentType, content);
            s.tickets.remove(fileId); // only an accepted upload uses the URL up; a refused one may be retried
            return file;
        });
    }

    public Transfers.ResumableStatus resumableStatus(String fileId) {
        return engine.read(Operation.UPLOAD_FILE, RequestFacts.files(List.of(fileId)), s -> {
            SiteState.UploadTicket ticket = ticket(s, fileId, true);
            synchronized (ticket) {
                return new Transfers.ResumableStatus(ticket.received().size(), lengthOf(ticket, null), null);
            }
        });
    }

    public Transfers.ResumableStatus appendResumable(String fileId, long offset, byte[] chunk, Long totalLength) {
        return engine.write(Operation.UPLOAD_FILE, RequestFacts.files(List.of(fileId)), s -> {
            SiteState.UploadTicket ticket = ticket(s, fileId, true);
            long length = lengthOf(ticket, totalLength);
            if (offset != ticket.received().size()) {
                throw WixErrorCode.ALREADY_EXISTS.exception("offset", "upload offset is " + ticket.received().size() + ", not " + offset);
            }
            if (length >= 0 && offset + chunk.length > length) {
                throw invalid("content", "the upload declared " + length + " bytes but " + (offset + chunk.length) + " were sent");
            }
            if (length >= 0 && offset + chunk.length == length) {
                // the last chunk: create the file first, so a refused upload keeps its offset and can be retried
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream((int) length);
                all.writeBytes(ticket.received().toByteArray());
                all.writeBytes(chunk);
                FileDescriptor file = create(s, ticket, ticket.fileName(), ticket.mimeType(), all.toByteArray());
                s.tickets.remove(fileId);
                return new Transfers.ResumableStatus(length, length, file);
            }
            ticket.received().writeBytes(chunk);
            if (totalLength != null && ticket.sizeInBytes() == null) {
                s.tickets.put(fileId, new SiteState.UploadTicket(ticket.fileId(), ticket.fileName(), ticket.mimeType(),
                        totalLength, ticket.parentFolderId(), ticket.isPrivate(), ticket.labels(), ticket.externalInfo(),
                        ticket.expiresAtMillis(), true, ticket.received()));
            }
            return new Transfers.ResumableStatus(ticket.received().size(), length, null);
        });
    }

    private static long lengthOf(SiteState.UploadTicket ticket, Long given) {
        if (ticket.sizeInBytes() != null) {
            return ticket.sizeInBytes();
        }
        return given == null ? -1 : given;
    }

    private SiteState.UploadTicket ticket(SiteState s, String fileId, boolean resumable) {
        SiteState.UploadTicket ticket = s.tickets.get(fileId);
        if (ticket == null || ticket.resumable() != resumable) {
            throw MediaManagerException.standard(WixErrorCode.PERMISSION_DENIED,
                    "This upload URL was already used, or does not belong to this site; generate a new one");
        }
        if (ticket.expiresAtMillis() < engine.config.clock().millis()) {
            s.tickets.remove(fileId);
            throw MediaManagerException.standard(WixErrorCode.PERMISSION_DENIED, "This upload URL expired; generate a new one");
        }
        return ticket;
    }

    private FileDescriptor create(SiteState s, SiteState.UploadTicket ticket, String fileName, String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw WixErrorCode.ZERO_FILE_SIZE.exception("content", "The uploaded file is empty");
        }
        if (content.length > engine.limits().maxFileSizeBytes()) {
            throw WixErrorCode.FILE_SIZE_OVER_LIMIT.exception("content", "The file has " + content.length
                    + " bytes; the site accepts files of at most " + engine.limits().maxFileSizeBytes() + " bytes");
        }
        long quota = engine.limits().storageQuotaBytes();
        if (s.storageUsed + content.length > quota) {
            throw FileOperations.quotaExceeded("content", s.storageUsed, content.length, quota);
        }
        MediaFormats.Format format = MediaFormats.byMimeType(ticket.mimeType()).orElseThrow();
        if (contentType != null && !contentType.isBlank() && !contentType.startsWith("application/octet-stream")) {
            MediaFormats.byMimeType(contentType).ifPresent(sent -> {
                if (sent.mediaType() != format.mediaType()) {
                    throw WixErrorCode.MISMATCH_MIME_TYPE.exception("Content-Type", "The upload URL was generated for "
                            + ticket.mimeType() + " but the upload is " + contentType);
                }
            });
        }
        String name = ticket.fileName() != null ? ticket.fileName()
                : fileName != null && !fileName.isBlank() ? fileName : "file." + format.extension();
        if (MediaFormats.extensionOf(name).isEmpty()) {
            name = name + "." + format.extension();
        }
        if (name.length() > FileOperations.MAX_DISPLAY_NAME) {
            name = name.substring(0, FileOperations.MAX_DISPLAY_NAME);
        }
        FolderEntry folder = s.folders.get(ticket.parentFolderId());
        String parent = folder != null && folder.trashed ? SiteEngine.MEDIA_ROOT : ticket.parentFolderId();
        if (folder == null && !SiteEngine.isRoot(parent)) {
            parent = SiteEngine.MEDIA_ROOT; // the folder was deleted for good since the URL was generated
        }
        RootFolder root = SiteEngine.VISITOR_UPLOADS.equals(parent) ? RootFolder.VISITOR_UPLOADS_ROOT
                : folder != null && parent.equals(ticket.parentFolderId()) ? folder.root : RootFolder.MEDIA_ROOT;
        return engine.insertFile(s, new SiteEngine.NewFile(ticket.fileId(), name, format.mediaType(), ticket.mimeType(),
                parent, root, ticket.isPrivate(), ticket.labels(), ticket.externalInfo(), null, content)).file;
    }

    public Transfers.Download download(Map<String, Object> claims) {
        return engine.read(Operation.DOWNLOAD_FILE, RequestFacts.NONE, s -> {
            long exp = ((Number) claims.getOrDefault("exp", 0L)).longValue();
            if (exp * 1000 < engine.config.clock().millis()) {
                Object redirect = claims.get("redirectUrl");
                if (redirect != null) {
                    return new Transfers.Download(null, null, new byte[0], null, redirect.toString());
                }
                throw MediaManagerException.standard(WixErrorCode.PERMISSION_DENIED, "This download URL expired");
            }
            String path = String.valueOf(((List<?>) ((List<?>) claims.get("obj")).get(0)).get(0) instanceof Map<?, ?> m ? m.get("path") : "");
            String fileId = path.startsWith("/media/") ? path.substring(7) : path;
            FileEntry e = s.files.get(fileId);
            if (e == null) {
                throw MediaManagerException.standard(WixErrorCode.NOT_FOUND, "File " + fileId + " no longer exists");
            }
            Map<?, ?> dis = (Map<?, ?>) claims.get("dis");
            return new Transfers.Download(String.valueOf(dis.get("filename")), e.mimeType, contentOf(e),
                    "inline".equals(dis.get("type")) ? ContentDisposition.INLINE : ContentDisposition.ATTACHMENT, null);
        });
    }

    public List<FileDescriptor> archive(String archiveId) {
        return engine.read(Operation.DOWNLOAD_FILE, RequestFacts.NONE, s -> {
            List<String> ids = s.archives.get(archiveId);
            if (ids == null) {
                throw MediaManagerException.standard(WixErrorCode.NOT_FOUND, "Archive " + archiveId + " does not exist");
            }
            List<FileDescriptor> out = new ArrayList<>();
            for (String id : ids) {
                FileEntry e = s.files.get(id);
                if (e != null) {
                    out.add(e.file);
                }
            }
            return out;
        });
    }

    /** The bytes a stored file serves (see {@link Transfers#content(String, String)}). */
    public byte[] content(String fileId) {
        return engine.inspect(s -> contentOf(engine.requireFile(s, fileId, "fileId")));
    }

    /** A copy: the stored bytes never leave the fake, so no caller can change a stored file behind its back. */
    private static byte[] contentOf(FileEntry e) {
        return e.content != null ? e.content.clone()
                : ("fake content of " + e.id() + " imported from " + e.file.sourceUrl() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static MediaManagerException invalid(String field, String description) {
        return MediaManagerException.invalidArgument(List.of(dev.fakewix.media.core.FieldViolation.of(field, "VALIDATION", description)));
    }

    // ---------------------------------------------------------------- snapshots

    public SiteSnapshot snapshot() {
        return engine.inspect(s -> {
            List<SiteSnapshot.StoredFolder> folders = new ArrayList<>();
            s.folders.values().stream().sorted(java.util.Comparator.comparing(FolderEntry::id)).forEach(f ->
                    folders.add(new SiteSnapshot.StoredFolder(f.folder, f.root, f.trashedFrom, f.trashed)));
            List<SiteSnapshot.StoredFile> files = new ArrayList<>();
            s.files.values().stream().sorted(java.util.Comparator.comparing(FileEntry::id)).forEach(f ->
                    files.add(new SiteSnapshot.StoredFile(f.file, f.mimeType, f.originalName, f.externalInfo, f.root,
                            f.trashedFrom, f.trashed, f.pending == null ? null : f.pending.plan, f.content)));
            return new SiteSnapshot(engine.siteId, s.ids.counter(), files, folders);
        });
    }

    /** Installs a snapshot in O(1); its state is built on the site's next use, atomically (see {@link SiteEngine}). */
    public void restore(SiteSnapshot snapshot) {
        long fakeClockAt = engine.config.clock().millis();
        long wallClockAt = engine.config.wallClock().millis();
        engine.replaceStateLazily(() -> build(snapshot, fakeClockAt, wallClockAt));
    }

    /** The state of a snapshot; pending files' readiness counts from the restore instants. */
    private SiteState build(SiteSnapshot snapshot, long fakeClockAt, long wallClockAt) {
        SiteState next = new SiteState(new IdSource(engine.config.seed(), engine.siteId, snapshot.idCounter()));
        for (SiteSnapshot.StoredFolder f : snapshot.folders()) {
            FolderEntry e = new FolderEntry(f.folder().withParentFolderId(f.folder().parentFolderId()), f.root());
            e.trashedFrom = f.trashedFrom();
            e.trashed = f.trashed();
            next.folders.put(e.id(), e);
            engine.indexFolder(next, e);
        }
        for (SiteSnapshot.StoredFile f : snapshot.files()) {
            FileEntry e = new FileEntry(f.file(), f.mimeType(), f.originalName() == null ? f.file().displayName() : f.originalName(),
                    f.externalInfo(), f.content(), f.root());
            e.trashedFrom = f.trashedFrom();
            e.trashed = f.trashed();
            next.files.put(e.id(), e);
            engine.indexFile(next, e);
            if (f.file().sizeInBytes() > 0) {
                next.storageUsed += f.file().sizeInBytes();
            }
            if (f.pendingReadiness() != null) {
                engine.startPending(next, e, f.pendingReadiness(), fakeClockAt, wallClockAt);
            }
        }
        return next;
    }
}
