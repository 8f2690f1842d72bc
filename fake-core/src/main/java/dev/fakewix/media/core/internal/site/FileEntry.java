package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.internal.search.Searchable;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.RootFolder;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A stored file: its public descriptor plus what only the fake needs to know. Mutated only under the site's
 * write lock; a field that an index sorts by is only changed while the entry is out of the indexes.
 */
@API(status = API.Status.INTERNAL)
public final class FileEntry extends SiteEntry implements Searchable {
    FileDescriptor file;
    final String mimeType;
    /** The name at creation; media filenames keep it after renames, as Wix does. */
    final String originalName;

    final ExternalInfo externalInfo;
    /** Uploaded (or registered) bytes; {@code null} for an imported file the fake has no bytes of. */
    StoredBytes content;
    /** The plan while PENDING, {@code null} otherwise. */
    Pending pending;
    /** Where the search index keeps this file; -1 before it is indexed. */
    private int termSlot = -1;

    FileEntry(
            FileDescriptor file,
            String mimeType,
            String originalName,
            ExternalInfo externalInfo,
            StoredBytes content,
            RootFolder root) {
        super(root);
        this.file = file;
        this.mimeType = mimeType;
        this.originalName = originalName;
        this.externalInfo = externalInfo;
        this.content = content;
    }

    /** A pending file's plan and progress. */
    static final class Pending {
        final Readiness plan;
        final Instant since;
        /** Creation order among the site's pending files; ties of {@code since} are common on a frozen clock. */
        final long sequence;

        int readsLeft;
        /**
         * The outcome planned for the file and when it is due (on the wall clock or the fake's), once planned:
         * {@code null} while a file waits for reads, or for a test to mark it. Kept so that a data directory can plan
         * it again for the same instant.
         */
        Readiness outcome;

        long due;
        boolean dueOnWallClock;

        Pending(Readiness plan, Instant since, long sequence) {
            this.plan = plan;
            this.since = since;
            this.sequence = sequence;
            this.readsLeft = plan instanceof Readiness.AfterReads r ? r.reads() : 0;
        }
    }

    public FileDescriptor file() {
        return file;
    }

    @Override
    public String id() {
        return file.id();
    }

    @Override
    String parentFolderId() {
        return file.parentFolderId();
    }

    @Override
    void moveTo(String parentFolderId) {
        file = file.withParentFolderId(parentFolderId);
    }

    @Override
    public String displayName() {
        return file.displayName();
    }

    @Override
    public List<String> labels() {
        return file.labels();
    }

    @Override
    public String mimeType() {
        return mimeType;
    }

    @Override
    public boolean isTrashed() {
        return trashed;
    }

    @Override
    public int termSlot() {
        return termSlot;
    }

    @Override
    public void setTermSlot(int slot) {
        termSlot = slot;
    }

    @Override
    public String sortName() {
        return file.displayName();
    }

    @Override
    public long sortUpdated() {
        return file.updatedDate().toEpochMilli();
    }

    @Override
    public long sortSize() {
        return file.sizeInBytes();
    }
}
