package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.MediaEvent;
import dev.fakewix.media.core.WebhookEvent;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.util.IdSource;
import dev.fakewix.media.core.model.ApplicationError;

/**
 * The events a site announces. Each is queued in the state's outbox inside a write, so a rolled-back write
 * announces nothing; the {@link SiteTransaction} delivers them once the lock is released.
 */
final class SiteEvents {
    private final SiteEngine engine;

    SiteEvents(SiteEngine engine) {
        this.engine = engine;
    }

    /** Queues File Ready with the file as it is now. */
    @Decides(Guess.RESTORE_READY_FIRES_FILE_READY)
    void fileReady(SiteState s, FileEntry e, boolean triggeredByUndelete) {
        if (triggeredByUndelete) {
            heard(Guess.RESTORE_READY_FIRES_FILE_READY);
        }
        s.outbox.add(new MediaEvent.FileReady(
                metadata(s, e, WebhookEvent.FILE_READY), e.file, e.externalInfo, triggeredByUndelete));
    }

    /** Queues File Failed. */
    void fileFailed(SiteState s, FileEntry e, ApplicationError error) {
        s.outbox.add(new MediaEvent.FileFailed(metadata(s, e, WebhookEvent.FILE_FAILED), e.externalInfo, error));
    }

    /** Queues File Descriptor Updated with the file as it is now. */
    @Decides({Guess.FILE_UPDATED_BODY, Guess.FILE_UPDATED_DELETED_EVENTS})
    void fileUpdated(SiteState s, FileEntry e) {
        heard(Guess.FILE_UPDATED_BODY);
        heard(Guess.FILE_UPDATED_DELETED_EVENTS);
        s.outbox.add(
                new MediaEvent.FileDescriptorUpdated(metadata(s, e, WebhookEvent.FILE_DESCRIPTOR_UPDATED), e.file));
    }

    /** Queues File Descriptor Deleted. */
    @Decides(Guess.FILE_UPDATED_DELETED_EVENTS)
    void fileDeleted(SiteState s, FileEntry e, boolean movedToTrash) {
        heard(Guess.FILE_UPDATED_DELETED_EVENTS);
        s.outbox.add(new MediaEvent.FileDescriptorDeleted(
                metadata(s, e, WebhookEvent.FILE_DESCRIPTOR_DELETED), movedToTrash));
    }

    /** Queues Folder Created. */
    @Decides(Guess.FOLDER_EVENTS)
    void folderCreated(SiteState s, FolderEntry e) {
        heard(Guess.FOLDER_EVENTS);
        s.outbox.add(new MediaEvent.FolderCreated(metadata(s, e, WebhookEvent.FOLDER_CREATED), e.folder));
    }

    /** Queues Folder Updated with the folder as it is now. */
    @Decides(Guess.FOLDER_EVENTS)
    void folderUpdated(SiteState s, FolderEntry e) {
        heard(Guess.FOLDER_EVENTS);
        s.outbox.add(new MediaEvent.FolderUpdated(metadata(s, e, WebhookEvent.FOLDER_UPDATED), e.folder));
    }

    /** Queues Folder Deleted. */
    @Decides(Guess.FOLDER_EVENTS)
    void folderDeleted(SiteState s, FolderEntry e, boolean movedToTrash) {
        heard(Guess.FOLDER_EVENTS);
        s.outbox.add(new MediaEvent.FolderDeleted(metadata(s, e, WebhookEvent.FOLDER_DELETED), movedToTrash));
    }

    /** What an event says is relied on only when someone receives it (a listener, a webhook subscription). */
    private void heard(Guess guess) {
        if (engine.config.eventsHeard().getAsBoolean()) {
            Reliance.met(guess);
        }
    }

    /**
     * The one place event metadata is made: a deterministic unique id (seed, site, site-wide event count), the time
     * of the fake clock and a sequence that increases per entity. The entry keeps the count: a purged one is
     * announced through the entry the caller still holds; an id minted again after a rolled-back write is a new
     * entry, counting from 1 as if the write had never happened; reset and restore make new entries, which count
     * from 1 too.
     */
    @Decides(Guess.EVENT_IDS_DETERMINISTIC)
    private MediaEvent.Metadata metadata(SiteState s, SiteEntry entry, WebhookEvent type) {
        heard(Guess.EVENT_IDS_DETERMINISTIC);
        long seq = ++s.eventSequence;
        String id = IdSource.guid(engine.config.seed() ^ engine.siteId.hashCode() ^ seq * 0x9E3779B97F4A7C15L);
        long entitySequence = Integer.toUnsignedLong(++entry.lastEventSequence);
        s.touched(entry);
        return new MediaEvent.Metadata(
                id,
                type.entityFqdn(),
                type.eventType(),
                type.slug(),
                entry.id(),
                engine.now(),
                engine.siteId,
                entitySequence);
    }
}
