package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.MediaEvent;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.query.SortField;
import dev.fakewix.media.core.internal.query.SortedIndex;
import dev.fakewix.media.core.internal.search.TermIndex;
import dev.fakewix.media.core.internal.util.IdSource;
import dev.fakewix.media.core.model.ExternalInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * All the data of one site. A reset replaces the whole object, which is why reset is O(1) and atomic. Guarded by
 * the site's read/write lock, except the fields marked volatile or concurrent.
 */
final class SiteState {
    static final Set<SortField> FILE_SORTS = EnumSet.allOf(SortField.class);

    @Decides(Guess.FOLDER_SORT_FIELDS_CHECKED)
    static final Set<SortField> FOLDER_SORTS = EnumSet.of(SortField.DISPLAY_NAME, SortField.UPDATED_DATE);

    final IdSource ids;
    final Map<String, FileEntry> files = new HashMap<>();
    final Map<String, FolderEntry> folders = new HashMap<>();
    /** Files by their current {@code parentFolderId} (directly trashed ones under {@code trash-root}). */
    final Map<String, SortedIndex<FileEntry>> filesByParent = new HashMap<>();

    final SortedIndex<FileEntry> liveFiles = new SortedIndex<>(FILE_SORTS);
    final SortedIndex<FileEntry> trashedFiles = new SortedIndex<>(FILE_SORTS);
    /** Every indexed file (live and trashed) by the trigrams of its name and labels, and by MIME type. */
    final TermIndex<FileEntry> terms = new TermIndex<>();

    final Map<String, SortedIndex<FolderEntry>> foldersByParent = new HashMap<>();
    final SortedIndex<FolderEntry> liveFolders = new SortedIndex<>(FOLDER_SORTS);
    final SortedIndex<FolderEntry> trashedFolders = new SortedIndex<>(FOLDER_SORTS);
    /** Upload URLs handed out and not used up; changed through {@link #addTicket} and {@link #removeTicket}. */
    final Map<String, UploadTicket> tickets = new HashMap<>();
    /** How many of {@link #tickets} are resumable (each may hold bytes, a temporary file). */
    int resumableTickets;
    /** Temporary vector ids and the final ids their files got when READY. */
    final Map<String, String> renamedFiles = new HashMap<>();
    /** The entries of the archive URLs handed out, oldest first (see {@link #keepArchive}). */
    final LinkedHashMap<String, Archives.Kept> archives = new LinkedHashMap<>();

    final PriorityQueue<Transition> fakeClockQueue = new PriorityQueue<>();
    final PriorityQueue<Transition> wallClockQueue = new PriorityQueue<>();
    /** Files whose read budget ran out (filled under the read lock, so concurrent). */
    final ConcurrentLinkedQueue<FileEntry> readsExhausted = new ConcurrentLinkedQueue<>();

    final List<MediaEvent> outbox = new ArrayList<>();
    /** How to take back what the running write created (files, folders), newest first; empty between writes. */
    final ArrayDeque<Runnable> undo = new ArrayDeque<>();

    long storageUsed;
    long eventSequence;
    long transitionSequence;
    long pendingSequence;
    volatile long nextFakeDue = Long.MAX_VALUE;
    volatile long nextWallDue = Long.MAX_VALUE;
    /** When the first upload URL expires (its resumable bytes are freed then), on the fake clock. */
    volatile long nextTicketExpiry = Long.MAX_VALUE;
    /** When the first kept archive list expires (it is freed then), on the fake clock. */
    volatile long nextArchiveExpiry = Long.MAX_VALUE;

    volatile boolean readsDue;
    /** What the running write changed, for the site's data directory; {@code null} for a site kept in memory only. */
    final Changes changes;

    SiteState(IdSource ids, boolean trackChanges) {
        this.ids = ids;
        this.changes = trackChanges ? new Changes() : null;
    }

    /**
     * The entries and tickets writes touched since the last record, resolved when the write commits: an entry still
     * stored under its id is written as it is then, one no longer stored is written as removed. Under the write lock.
     */
    static final class Changes {
        final Set<FileEntry> files = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<FolderEntry> folders = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Ids files left without leaving the site (a vector's temporary id). */
        final Set<String> leftFileIds = new HashSet<>();

        final Set<String> tickets = new HashSet<>();
        final Map<String, String> aliases = new HashMap<>();

        boolean isEmpty() {
            return files.isEmpty()
                    && folders.isEmpty()
                    && leftFileIds.isEmpty()
                    && tickets.isEmpty()
                    && aliases.isEmpty();
        }

        void clear() {
            files.clear();
            folders.clear();
            leftFileIds.clear();
            tickets.clear();
            aliases.clear();
        }
    }

    /** Notes that a stored file or folder changed (or left), for the data directory. */
    void touched(SiteEntry e) {
        if (changes != null) {
            if (e instanceof FileEntry f) {
                changes.files.add(f);
            } else {
                changes.folders.add((FolderEntry) e);
            }
        }
    }

    /** A file by id, also by the temporary id a vector had while pending. */
    @Decides(Guess.VECTOR_FINAL_ID)
    FileEntry file(String id) {
        FileEntry e = files.get(id);
        if (e == null) {
            String renamed = renamedFiles.get(id);
            if (renamed == null) {
                return null;
            }
            Reliance.met(Guess.VECTOR_FINAL_ID);
            return files.get(renamed);
        }
        return e;
    }

    SortedIndex<FileEntry> filesIn(String parentId) {
        return filesByParent.computeIfAbsent(parentId, k -> new SortedIndex<>(FILE_SORTS));
    }

    SortedIndex<FolderEntry> foldersIn(String parentId) {
        return foldersByParent.computeIfAbsent(parentId, k -> new SortedIndex<>(FOLDER_SORTS));
    }

    /** A scheduled lifecycle step of one pending file. */
    record Transition(long due, long sequence, FileEntry entry, FileEntry.Pending pending, Readiness outcome)
            implements Comparable<Transition> {
        @Override
        public int compareTo(Transition o) {
            int c = Long.compare(due, o.due);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    /** An upload URL that has been handed out and not used yet; {@code upload} holds a resumable one's bytes. */
    record UploadTicket(
            String fileId,
            String fileName,
            String mimeType,
            Long sizeInBytes,
            String parentFolderId,
            boolean isPrivate,
            List<String> labels,
            ExternalInfo externalInfo,
            long expiresAtMillis,
            boolean resumable,
            ResumableUpload upload) {}

    void addTicket(UploadTicket ticket) {
        if (tickets.put(ticket.fileId(), ticket) == null && ticket.resumable()) {
            resumableTickets++;
        }
        if (changes != null) {
            changes.tickets.add(ticket.fileId());
        }
        nextTicketExpiry = Math.min(nextTicketExpiry, ticket.expiresAtMillis());
    }

    /** Forgets an upload URL (used up, terminated or expired); its bytes are the caller's to free or hand over. */
    UploadTicket removeTicket(String fileId) {
        UploadTicket removed = tickets.remove(fileId);
        if (removed != null && removed.resumable()) {
            resumableTickets--;
        }
        if (removed != null && changes != null) {
            changes.tickets.add(fileId);
        }
        return removed;
    }

    /** Forgets every expired upload URL and frees its bytes. Under the write lock. */
    void dropExpiredTickets(long now) {
        if (nextTicketExpiry > now) {
            return;
        }
        long next = Long.MAX_VALUE;
        for (Iterator<UploadTicket> it = tickets.values().iterator(); it.hasNext(); ) {
            UploadTicket t = it.next();
            if (t.expiresAtMillis() < now) {
                it.remove();
                if (t.resumable()) {
                    resumableTickets--;
                }
                if (changes != null) {
                    changes.tickets.add(t.fileId());
                }
                if (t.upload() != null) {
                    t.upload().discard();
                }
            } else {
                next = Math.min(next, t.expiresAtMillis());
            }
        }
        nextTicketExpiry = next;
    }

    /**
     * Keeps an archive URL's entries until it expires; beyond {@code max} lists the oldest go first. Expired ones go
     * too. Under the write lock.
     */
    void keepArchive(String archiveId, Archives.Kept kept, long now, int max) {
        dropExpiredArchives(now);
        archives.put(archiveId, kept);
        for (Iterator<String> oldest = archives.keySet().iterator(); archives.size() > max; ) {
            oldest.next();
            oldest.remove();
        }
        nextArchiveExpiry = Math.min(nextArchiveExpiry, kept.expiresAtMillis());
    }

    /** Forgets the archive lists whose URLs expired. Under the write lock. */
    void dropExpiredArchives(long now) {
        if (nextArchiveExpiry > now) {
            return;
        }
        long next = Long.MAX_VALUE;
        for (Iterator<Archives.Kept> it = archives.values().iterator(); it.hasNext(); ) {
            long expires = it.next().expiresAtMillis();
            if (expires < now) {
                it.remove();
            } else {
                next = Math.min(next, expires);
            }
        }
        nextArchiveExpiry = next;
    }

    /** Frees every byte this state holds (it is being replaced). */
    void releaseContent() {
        for (FileEntry e : files.values()) {
            ContentStore.release(e.content);
        }
        for (UploadTicket t : tickets.values()) {
            if (t.upload() != null) {
                t.upload().discard();
            }
        }
    }
}
