package dev.fakewix.media.core;

import dev.fakewix.media.core.model.ApplicationError;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An event the fake emits, as Wix does through webhooks: File Ready, File Failed, File Descriptor Updated and
 * Deleted, Folder Created, Updated and Deleted. In-process listeners ({@link FakeMediaManager#onEvent}) and webhook
 * subscribers ({@link Webhooks}) get the very same objects.
 *
 * <pre>{@code
 * fake.onEvent(event -> {
 *     if (event instanceof MediaEvent.FileReady ready) { System.out.println(ready.file().url()); }
 * });
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface MediaEvent {

    /** Event metadata, as in the webhook's envelope. */
    Metadata metadata();

    /** Which of the Media Manager's events this is. */
    default WebhookEvent type() {
        return WebhookEvent.ofEventType(metadata().eventType());
    }

    /**
     * What every event carries, whatever its kind.
     *
     * @param id                  unique event id, for de-duplication
     * @param eventType           e.g. {@code wix.media.site_media.v1.file_descriptor_file_ready}
     * @param slug                e.g. {@code file_ready}, {@code updated}, {@code created}
     * @param entityId            the file or folder id
     * @param entityEventSequence increases per entity (file or folder), starting at 1
     */
    record Metadata(
            String id,
            String entityFqdn,
            String eventType,
            String slug,
            String entityId,
            Instant eventTime,
            String siteId,
            long entityEventSequence) {}

    /** A file finished processing. {@code triggeredByUndelete} is true when it came back from the trash bin. */
    record FileReady(
            Metadata metadata,
            FileDescriptor file,
            @Nullable ExternalInfo externalInfo,
            boolean triggeredByUndelete) implements MediaEvent {}

    /** A file failed processing. */
    record FileFailed(Metadata metadata, @Nullable ExternalInfo externalInfo, ApplicationError error)
            implements MediaEvent {}

    /** A file descriptor changed (renamed, moved, relabelled); {@code file} is the file after the change. */
    record FileDescriptorUpdated(Metadata metadata, FileDescriptor file) implements MediaEvent {}

    /** A file was moved to the trash bin ({@code movedToTrash}) or deleted for good. */
    record FileDescriptorDeleted(Metadata metadata, boolean movedToTrash) implements MediaEvent {}

    /** A folder was created (also the folders a {@code filePath} creates). */
    record FolderCreated(Metadata metadata, Folder folder) implements MediaEvent {}

    /** A folder changed (renamed, moved, restored from the trash bin); {@code folder} is the folder after the change. */
    record FolderUpdated(Metadata metadata, Folder folder) implements MediaEvent {}

    /** A folder was moved to the trash bin ({@code movedToTrash}) or deleted for good. */
    record FolderDeleted(Metadata metadata, boolean movedToTrash) implements MediaEvent {}

    /** The wire event type of File Ready. */
    String FILE_READY_TYPE = "wix.media.site_media.v1.file_descriptor_file_ready";
    /** The wire event type of File Failed. */
    String FILE_FAILED_TYPE = "wix.media.site_media.v1.file_descriptor_file_failed";
    /** The entity FQDN of file events. */
    String FILE_ENTITY_FQDN = "wix.media.site_media.v1.file_descriptor";
    /** The entity FQDN of folder events. */
    String FOLDER_ENTITY_FQDN = "wix.media.site_media.v1.folder";
}
