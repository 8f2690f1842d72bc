package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.media.MediaFormats;
import dev.fakewix.media.core.internal.util.Json;
import dev.fakewix.media.core.internal.validation.RequestConstraints;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ResumableUploadUrl;
import dev.fakewix.media.core.model.UploadProtocol;
import java.util.List;
import java.util.Locale;

/** Upload URLs, plain and resumable: validation into a plan, the ticket the upload later redeems, its signed token. */
final class UploadTickets {
    /**
     * Unfinished resumable uploads one site may hold: each may keep bytes (a temporary file) for the 7 days its URL
     * lives, and abandoned ones are never finished.
     */
    @Decides(Guess.RESUMABLE_UPLOADS_PER_SITE)
    static final int MAX_RESUMABLE_PER_SITE = 1000;

    private final SiteEngine engine;

    UploadTickets(SiteEngine engine) {
        this.engine = engine;
    }

    String generateFileUploadUrl(GenerateFileUploadUrlRequest r) {
        RequestConstraints.generateFileUploadUrl(r).throwForRequest();
        UploadPlan plan = planUpload(r.mimeType(), r.fileName(), r.sizeInBytes(), r.parentFolderId(), r.filePath());
        return engine.transaction.write(Operation.GENERATE_FILE_UPLOAD_URL, plan.facts(), s -> {
            if (r.sizeInBytes() != null) {
                long quota = engine.limits().storageQuotaBytes();
                if (s.storageUsed + r.sizeInBytes() > quota) {
                    throw FileImports.quotaExceeded("sizeInBytes", s.storageUsed, r.sizeInBytes(), quota);
                }
            }
            SiteState.UploadTicket ticket = issueTicket(
                    s, plan, Boolean.TRUE.equals(r.isPrivate()), r.labels(), r.externalInfo(), false, 86_410_000L);
            return engine.config.transferUrls().get().uploadUrl(sign(ticket, "urn:service:file.upload", null));
        });
    }

    ResumableUploadUrl generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest r) {
        RequestConstraints.generateFileResumableUploadUrl(r).throwForRequest();
        UploadPlan plan = planUpload(r.mimeType(), r.fileName(), r.sizeInBytes(), r.parentFolderId(), r.filePath());
        return engine.transaction.write(Operation.GENERATE_FILE_RESUMABLE_UPLOAD_URL, plan.facts(), s -> {
            if (s.resumableTickets >= MAX_RESUMABLE_PER_SITE) {
                Reliance.met(Guess.RESUMABLE_UPLOADS_PER_SITE);
                throw MediaManagerException.standard(
                        WixErrorCode.RESOURCE_EXHAUSTED,
                        "Site " + engine.siteId + " has "
                                + s.resumableTickets
                                + " resumable uploads in progress (URLs generated and not finalized,"
                                + " terminated or expired), the most a site may have; finalize or terminate some (DELETE their"
                                + " TUS URL), reset the site, or let them expire (7 days on the fake clock)");
            }
            SiteState.UploadTicket ticket =
                    issueTicket(s, plan, Boolean.TRUE.equals(r.isPrivate()), r.labels(), null, true, 604_810_000L);
            String token = sign(ticket, "urn:service:file.upload", "tus");
            return new ResumableUploadUrl(
                    UploadProtocol.TUS, engine.config.transferUrls().get().resumableUploadUrl(), token);
        });
    }

    private record UploadPlan(
            String mimeType,
            MediaFormats.Format format,
            String fileName,
            Long sizeInBytes,
            String parentFolderId,
            String filePath) {
        RequestFacts facts() {
            return new RequestFacts(parentFolderId, mimeType, List.of(), fileName);
        }
    }

    /**
     * After the request's constraints: its format and the site's size limit. {@code application/octet-stream} takes
     * the format from the file name's extension, as the upload itself does.
     */
    @Decides(Guess.OCTET_STREAM_UPLOAD_URL)
    private UploadPlan planUpload(String mimeType, String fileName, Long size, String parentFolderId, String filePath) {
        boolean octetStream = MediaFormats.isOctetStream(mimeType);
        if (octetStream) {
            Reliance.met(Guess.OCTET_STREAM_UPLOAD_URL);
        }
        MediaFormats.Format format = (octetStream ? MediaFormats.byName(fileName) : MediaFormats.byMimeType(mimeType))
                .orElseThrow(() -> WixErrorCode.UNSUPPORTED_FILE_FORMAT.exception(
                        "mimeType",
                        octetStream
                                ? "'" + mimeType + "' names no format: give fileName with the file's extension (e.g. "
                                        + "report.pdf), or the file's own MIME type"
                                : "'" + mimeType + "' is not a file format the Media Manager accepts",
                        Json.object("requestValue", mimeType)));
        MediaFormats.noteDecided(format, octetStream || !format.mimeType().equalsIgnoreCase(mimeType));
        if (fileName != null && !octetStream) {
            MediaFormats.byName(fileName).ifPresent(byName -> {
                if (byName.mediaType() != format.mediaType()) {
                    throw WixErrorCode.MISMATCH_MIME_TYPE.exception(
                            "mimeType",
                            "MIME type " + mimeType + " is " + format.mediaType() + " but file name '" + fileName
                                    + "' is " + byName.mediaType());
                }
            });
        }
        if (size != null && size == 0) {
            throw WixErrorCode.ZERO_FILE_SIZE.exception("sizeInBytes", "The file is empty (sizeInBytes 0)");
        }
        if (size != null && size > engine.limits().maxFileSizeBytes()) {
            SiteTransfers.noteSizeLimit(engine.limits().maxFileSizeBytes());
            throw WixErrorCode.FILE_SIZE_OVER_LIMIT.exception(
                    "sizeInBytes",
                    "The file has " + size + " bytes; the site accepts files of at most "
                            + engine.limits().maxFileSizeBytes() + " bytes");
        }
        String name = fileName == null || fileName.isBlank() ? null : FileImports.truncate(fileName);
        String parent = FolderTree.parentOrMediaRoot(parentFolderId);
        return new UploadPlan(
                octetStream ? format.mimeType() : mimeType.toLowerCase(Locale.ROOT),
                format,
                name,
                size,
                parent,
                filePath);
    }

    private SiteState.UploadTicket issueTicket(
            SiteState s,
            UploadPlan plan,
            boolean isPrivate,
            List<String> labels,
            ExternalInfo externalInfo,
            boolean resumable,
            long validityMillis) {
        engine.tree.requireLiveFolder(s, plan.parentFolderId(), "parentFolderId");
        String parent = plan.filePath() == null || plan.filePath().isBlank()
                ? plan.parentFolderId()
                : engine.tree.ensurePath(s, plan.parentFolderId(), plan.filePath());
        String ext = plan.fileName() == null
                ? plan.format().extension()
                : MediaFormats.extensionOf(plan.fileName())
                        .filter(e -> MediaFormats.byName("x." + e).isPresent())
                        .orElse(plan.format().extension());
        String id = engine.fileIndex.newFileId(s, plan.format().mediaType(), ext);
        SiteState.UploadTicket ticket = new SiteState.UploadTicket(
                id,
                plan.fileName(),
                plan.mimeType(),
                plan.sizeInBytes(),
                parent,
                isPrivate,
                labels == null ? List.of() : labels,
                externalInfo,
                engine.clock().millis() + validityMillis,
                resumable,
                resumable ? new ResumableUpload(engine.config.content().newWriter()) : null);
        s.addTicket(ticket);
        return ticket;
    }

    private String sign(SiteState.UploadTicket ticket, String audience, String protocol) {
        return TransferToken.issue(engine, audience, iat -> ticket.expiresAtMillis() / 1000)
                .claim("path", "media/" + ticket.fileId())
                .claim("acl", ticket.isPrivate() ? "private" : "public")
                .claim("mimeType", ticket.mimeType())
                .siteId()
                .optionalClaim("protocol", protocol)
                .sign();
    }
}
