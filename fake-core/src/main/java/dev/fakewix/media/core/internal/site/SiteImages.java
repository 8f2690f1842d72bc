package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.internal.persist.SiteStore;
import dev.fakewix.media.core.internal.persist.ValueCodec;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.RootFolder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a data directory keeps of a site's entries and upload URLs: copies of their fields taken under the site's lock
 * (so they can be written after it is released), and their JSON form. The JSON names every field, so a directory
 * written before a field existed still reads (the field is absent, read as {@code null}).
 */
final class SiteImages {
    private SiteImages() {}

    /** A pending file's plan and progress (see {@link FileEntry.Pending}). */
    record PendingImage(
            Readiness plan,
            Instant since,
            long sequence,
            int readsLeft,
            Readiness outcome,
            long due,
            boolean dueOnWallClock) {
        static PendingImage of(FileEntry.Pending p) {
            return new PendingImage(p.plan, p.since, p.sequence, p.readsLeft, p.outcome, p.due, p.dueOnWallClock);
        }

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("plan", ValueCodec.encode(plan, Readiness.class));
            m.put("since", since.toString());
            m.put("sequence", sequence);
            m.put("readsLeft", (long) readsLeft);
            if (outcome != null) {
                m.put("outcome", ValueCodec.encode(outcome, Readiness.class));
                m.put("due", due);
                m.put("dueOnWallClock", dueOnWallClock);
            }
            return m;
        }

        static PendingImage fromJson(Map<?, ?> m) {
            Object outcome = m.get("outcome");
            return new PendingImage(
                    ValueCodec.decode(m.get("plan"), Readiness.class),
                    Instant.parse((String) m.get("since")),
                    number(m, "sequence"),
                    (int) number(m, "readsLeft"),
                    outcome == null ? null : ValueCodec.decode(outcome, Readiness.class),
                    number(m, "due"),
                    Boolean.TRUE.equals(m.get("dueOnWallClock")));
        }
    }

    /** A stored file as it is at one moment. */
    record FileImage(
            FileDescriptor file,
            String mimeType,
            String originalName,
            ExternalInfo externalInfo,
            RootFolder root,
            String trashedFrom,
            boolean trashed,
            int lastEventSequence,
            StoredBytes content,
            PendingImage pending) {
        static FileImage of(FileEntry e) {
            return new FileImage(
                    e.file,
                    e.mimeType,
                    e.originalName,
                    e.externalInfo,
                    e.root,
                    e.trashedFrom,
                    e.trashed,
                    e.lastEventSequence,
                    e.content,
                    e.pending == null ? null : PendingImage.of(e.pending));
        }

        String id() {
            return file.id();
        }

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", ValueCodec.encode(file));
            m.put("mimeType", mimeType);
            m.put("originalName", originalName);
            if (externalInfo != null) {
                m.put("externalInfo", ValueCodec.encode(externalInfo));
            }
            m.put("root", root.name());
            if (trashedFrom != null) {
                m.put("trashedFrom", trashedFrom);
            }
            m.put("trashed", trashed);
            m.put("lastEventSequence", Integer.toUnsignedLong(lastEventSequence));
            if (content != null) {
                m.put("blob", SiteStore.blobName(content));
                m.put("size", content.size());
                m.put("md5", content.md5());
            }
            if (pending != null) {
                m.put("pending", pending.toJson());
            }
            return m;
        }

        /** The image a record holds; its bytes are looked up by their blob name in {@code store}. */
        static FileImage fromJson(Map<?, ?> m, SiteStore store) {
            StoredBytes content = null;
            if (m.get("blob") instanceof String blob) {
                content = store.blob(blob, number(m, "size"), (String) m.get("md5"));
                if (content == null) {
                    throw new IllegalStateException("the data directory is damaged: the bytes " + blob + " of a file of"
                            + " site " + store.siteId() + " are missing; restore the directory from a backup");
                }
            }
            Object external = m.get("externalInfo");
            Object pending = m.get("pending");
            return new FileImage(
                    ValueCodec.decode(m.get("file"), FileDescriptor.class),
                    (String) m.get("mimeType"),
                    (String) m.get("originalName"),
                    external == null ? null : ValueCodec.decode(external, ExternalInfo.class),
                    RootFolder.valueOf((String) m.get("root")),
                    (String) m.get("trashedFrom"),
                    Boolean.TRUE.equals(m.get("trashed")),
                    (int) number(m, "lastEventSequence"),
                    content,
                    pending == null ? null : PendingImage.fromJson((Map<?, ?>) pending));
        }
    }

    /** A stored folder as it is at one moment. */
    record FolderImage(Folder folder, RootFolder root, String trashedFrom, boolean trashed, int lastEventSequence) {
        static FolderImage of(FolderEntry e) {
            return new FolderImage(e.folder, e.root, e.trashedFrom, e.trashed, e.lastEventSequence);
        }

        String id() {
            return folder.id();
        }

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("folder", ValueCodec.encode(folder));
            m.put("root", root.name());
            if (trashedFrom != null) {
                m.put("trashedFrom", trashedFrom);
            }
            m.put("trashed", trashed);
            m.put("lastEventSequence", Integer.toUnsignedLong(lastEventSequence));
            return m;
        }

        static FolderImage fromJson(Map<?, ?> m) {
            return new FolderImage(
                    ValueCodec.decode(m.get("folder"), Folder.class),
                    RootFolder.valueOf((String) m.get("root")),
                    (String) m.get("trashedFrom"),
                    Boolean.TRUE.equals(m.get("trashed")),
                    (int) number(m, "lastEventSequence"));
        }
    }

    /**
     * An upload URL handed out and not used yet. Only plain ones are kept: a resumable upload's bytes arrive in
     * chunks the site does not log, so after a restart its URL is refused and the client starts over.
     */
    static Map<String, Object> ticketJson(SiteState.UploadTicket t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fileId", t.fileId());
        m.put("fileName", t.fileName());
        m.put("mimeType", t.mimeType());
        m.put("sizeInBytes", t.sizeInBytes());
        m.put("parentFolderId", t.parentFolderId());
        m.put("isPrivate", t.isPrivate());
        m.put("labels", t.labels());
        if (t.externalInfo() != null) {
            m.put("externalInfo", ValueCodec.encode(t.externalInfo()));
        }
        m.put("expiresAtMillis", t.expiresAtMillis());
        return m;
    }

    @SuppressWarnings("unchecked")
    static SiteState.UploadTicket ticketFromJson(Map<?, ?> m) {
        Object external = m.get("externalInfo");
        Object size = m.get("sizeInBytes");
        return new SiteState.UploadTicket(
                (String) m.get("fileId"),
                (String) m.get("fileName"),
                (String) m.get("mimeType"),
                size == null ? null : ((Number) size).longValue(),
                (String) m.get("parentFolderId"),
                Boolean.TRUE.equals(m.get("isPrivate")),
                m.get("labels") == null ? List.of() : List.copyOf((List<String>) m.get("labels")),
                external == null ? null : ValueCodec.decode(external, ExternalInfo.class),
                number(m, "expiresAtMillis"),
                false,
                null);
    }

    static long number(Map<?, ?> m, String key) {
        return m.get(key) instanceof Number n ? n.longValue() : 0;
    }
}
