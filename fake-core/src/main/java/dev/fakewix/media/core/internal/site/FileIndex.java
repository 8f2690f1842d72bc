package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.PendingFile;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.media.MediaUrls;
import dev.fakewix.media.core.internal.query.Sortable;
import dev.fakewix.media.core.internal.query.SortedIndex;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.State;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The site's files: finding one by id or media URL, minting ids, creating and purging files, and keeping the file
 * indexes in order whenever a descriptor changes. Called under the site's lock.
 */
final class FileIndex {
    /** The ending of a vector's id while it is PENDING after an import; READY, it becomes {@code .svg}. */
    static final String TEMPORARY_VECTOR = "-tmp.svg";

    /** The schemes of Wix media URLs, with and without {@code wix:}; a set, so a lookup compiles no regex. */
    @Decides(Guess.MEDIA_URL_AS_FILE_ID)
    private static final Set<String> MEDIA_URL_SCHEMES = Set.of(
            "image",
            "video",
            "document",
            "audio",
            "vector",
            "archive",
            "model3d",
            "wix:image",
            "wix:video",
            "wix:document",
            "wix:audio",
            "wix:vector",
            "wix:archive",
            "wix:model3d");

    private final SiteEngine engine;

    FileIndex(SiteEngine engine) {
        this.engine = engine;
    }

    /** The file id inside a Wix media URL ({@code wix:image://v1/<id>/name#...}), or the argument itself. */
    static String fileIdOf(String idOrUrl) {
        if (idOrUrl == null) {
            return null;
        }
        int scheme = idOrUrl.indexOf("://v1/");
        if (scheme > 0) {
            String prefix = idOrUrl.substring(0, scheme);
            if (MEDIA_URL_SCHEMES.contains(prefix)) {
                Reliance.met(Guess.MEDIA_URL_AS_FILE_ID);
                String rest = idOrUrl.substring(scheme + 6);
                int end = rest.length();
                int slash = rest.indexOf('/');
                int hash = rest.indexOf('#');
                if (slash >= 0) {
                    end = slash;
                }
                if (hash >= 0 && hash < end) {
                    end = hash;
                }
                return rest.substring(0, end);
            }
        }
        return idOrUrl;
    }

    /** A stored file (live or trashed) or RESOURCE_NOT_FOUND naming {@code field}. */
    FileEntry requireFile(SiteState s, String idOrUrl, String field) {
        String id = fileIdOf(idOrUrl);
        FileEntry e = id == null ? null : s.file(id);
        if (e == null) {
            throw WixErrorCode.RESOURCE_NOT_FOUND.exception(field, "File " + idOrUrl + " does not exist");
        }
        return e;
    }

    void indexFile(SiteState s, FileEntry e) {
        s.touched(e);
        s.filesIn(e.file.parentFolderId()).add(e);
        (e.trashed ? s.trashedFiles : s.liveFiles).add(e);
        s.terms.add(e);
    }

    void unindexFile(SiteState s, FileEntry e) {
        s.touched(e);
        SortedIndex<FileEntry> siblings = s.filesByParent.get(e.file.parentFolderId());
        if (siblings != null) {
            siblings.remove(e);
            if (siblings.isEmpty()) {
                s.filesByParent.remove(e.file.parentFolderId());
            }
        }
        (e.trashed ? s.trashedFiles : s.liveFiles).remove(e);
        s.terms.remove(e);
    }

    /** Replaces a file's descriptor, keeping the indexes in order. */
    void replaceFile(SiteState s, FileEntry e, FileDescriptor next) {
        SortedIndex<FileEntry> siblings = s.filesByParent.get(e.file.parentFolderId());
        if (siblings == null
                || !e.file.parentFolderId().equals(next.parentFolderId())
                || !e.file.id().equals(next.id())) {
            unindexFile(s, e);
            e.file = next;
            indexFile(s, e);
            return;
        }
        // only the orders whose key changes move the entry (a file turning READY changes its size alone): half the
        // work of a write that imports a file
        Sortable after = new Sortable.Probe(
                next.id(), next.displayName(), next.updatedDate().toEpochMilli(), next.sizeInBytes());
        SortedIndex<FileEntry> all = e.trashed ? s.trashedFiles : s.liveFiles;
        int movedAmongSiblings = siblings.takeOutWhereMoved(e, after);
        int movedInAll = all.takeOutWhereMoved(e, after);
        s.terms.remove(e);
        e.file = next;
        siblings.putBack(e, movedAmongSiblings);
        all.putBack(e, movedInAll);
        s.terms.add(e);
    }

    /** Everything needed to create a file, once validated. */
    record NewFile(
            String id,
            String displayName,
            MediaType mediaType,
            String mimeType,
            String parentFolderId,
            RootFolder root,
            boolean isPrivate,
            List<String> labels,
            ExternalInfo externalInfo,
            String sourceUrl,
            StoredBytes content) {}

    /** Creates a PENDING file and plans its readiness. Returns the stored entry. */
    FileEntry insertFile(SiteState s, NewFile spec) {
        Instant now = engine.now();
        String siteId = engine.siteId;
        MediaUrls urls = MediaUrls.of(spec.mediaType(), spec.id(), siteId, spec.mimeType());
        if (spec.isPrivate()) {
            urls = urls.hidden(); // a private file has no public URL (Wix's private-files page): its bytes need a
            // download URL
        }
        long size = spec.content() == null ? -1 : spec.content().size();
        FileDescriptor file = new FileDescriptor(
                spec.id(),
                spec.displayName(),
                urls.url(),
                spec.parentFolderId(),
                "",
                size,
                spec.isPrivate(),
                spec.mediaType(),
                null,
                OperationStatus.PENDING,
                spec.sourceUrl(),
                urls.pendingThumbnail(),
                spec.labels(),
                now,
                now,
                siteId,
                State.OK);
        // the policy is the caller's code and may throw: ask it before the state changes, so the operation stays atomic
        PendingFile pendingFile = new PendingFile(
                siteId,
                file.id(),
                file.displayName(),
                file.mediaType(),
                spec.mimeType(),
                spec.parentFolderId(),
                engine.tree.folderPath(s, spec.parentFolderId()),
                spec.labels(),
                spec.externalInfo(),
                spec.content() != null,
                spec.sourceUrl());
        ReadinessPolicy readiness = engine.readiness();
        if (readiness == engine.config.guessedReadiness()) {
            Reliance.met(Guess.DEFAULT_READINESS_IMMEDIATE);
        }
        Readiness plan = readiness.decide(pendingFile);
        if (plan == null) {
            throw new IllegalStateException("ReadinessPolicy " + readiness + " returned null for " + pendingFile);
        }
        FileEntry entry = new FileEntry(
                file, spec.mimeType(), spec.displayName(), spec.externalInfo(), spec.content(), spec.root());
        s.files.put(file.id(), entry);
        indexFile(s, entry);
        if (size > 0) {
            s.storageUsed += size;
        }
        engine.lifecycle.startPending(s, entry, plan);
        s.undo.push(() -> forgetFile(s, entry)); // the bytes stay the caller's, who frees them when the write fails
        return entry;
    }

    /** A new id for an imported file: a vector's is temporary until it is READY (as in Wix's bulk-import sample). */
    String newImportedFileId(SiteState s, MediaType type, String extension) {
        String id = newFileId(s, type, extension);
        return type == MediaType.VECTOR ? id.substring(0, id.length() - 4) + TEMPORARY_VECTOR : id;
    }

    @Decides(Guess.FONT_FILES)
    String newFileId(SiteState s, MediaType type, String extension) {
        String base = s.ids.ownerPrefix() + "_" + s.ids.nextHex32();
        if (type == MediaType.FONT) {
            Reliance.met(Guess.FONT_FILES);
        }
        return switch (type) {
            case IMAGE -> base + "~mv2." + extension;
            case VIDEO, FONT -> base; // a font's id has no extension: its formats are paths below it
            case VECTOR -> base + ".svg";
            default -> base + "." + extension;
        };
    }

    /** A vector leaves its temporary id once processed; the temporary id keeps answering with the file. */
    @Decides(Guess.VECTOR_FINAL_ID)
    void finalVectorId(SiteState s, FileEntry e) {
        Reliance.met(Guess.VECTOR_FINAL_ID);
        String temporary = e.id();
        String id = temporary.substring(0, temporary.length() - TEMPORARY_VECTOR.length()) + ".svg";
        FileDescriptor f = e.file;
        MediaUrls urls = MediaUrls.of(MediaType.VECTOR, id, engine.siteId, e.mimeType);
        if (f.isPrivate()) {
            urls = urls.hidden();
        }
        unindexFile(s, e);
        s.files.remove(temporary);
        e.file = f.withId(id).withUrl(urls.url()).withThumbnailUrl(urls.pendingThumbnail());
        s.files.put(id, e);
        s.renamedFiles.put(temporary, id);
        if (s.changes != null) {
            s.changes.leftFileIds.add(temporary);
            s.changes.aliases.put(temporary, id);
        }
        e.lastEventSequence = 0; // events name the final id from now on: a new entity id, whose sequence starts at 1
        indexFile(s, e);
    }

    /** Removes a file for good, and frees its bytes. */
    void purgeFile(SiteState s, FileEntry e) {
        forgetFile(s, e);
        ContentStore.release(e.content);
    }

    /** Removes a file without freeing its bytes (a rolled-back creation: the bytes still belong to the caller). */
    private void forgetFile(SiteState s, FileEntry e) {
        unindexFile(s, e);
        s.files.remove(e.file.id());
        e.pending = null;
        if (e.file.sizeInBytes() > 0) {
            s.storageUsed -= e.file.sizeInBytes();
        }
    }
}
