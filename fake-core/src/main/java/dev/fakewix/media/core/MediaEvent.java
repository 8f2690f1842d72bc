package dev.fakewix.media.core;

import dev.fakewix.media.core.model.ApplicationError;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import org.apiguardian.api.API;

import java.time.Instant;

/**
 * An event the fake emits, as Wix does through webhooks: File Ready and File Failed.
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

    /**
     * @param id                  unique event id, for de-duplication
     * @param eventType           e.g. {@code wix.media.site_media.v1.file_descriptor_file_ready}
     * @param slug                {@code file_ready} or {@code file_failed}
     * @param entityId            the file id
     * @param entityEventSequence increases per file
     */
    record Metadata(String id, String entityFqdn, String eventType, String slug, String entityId, Instant eventTime,
                    String siteId, long entityEventSequence) {
    }

    /** A file finished processing. {@code triggeredByUndelete} is true when it came back from the trash bin. */
    record FileReady(Metadata metadata, FileDescriptor file, ExternalInfo externalInfo, boolean triggeredByUndelete)
            implements MediaEvent {
    }

    /** A file failed processing. */
    record FileFailed(Metadata metadata, ExternalInfo externalInfo, ApplicationError error) implements MediaEvent {
    }

    /** The wire event type of File Ready. */
    String FILE_READY_TYPE = "wix.media.site_media.v1.file_descriptor_file_ready";
    /** The wire event type of File Failed. */
    String FILE_FAILED_TYPE = "wix.media.site_media.v1.file_descriptor_file_failed";
    /** The entity FQDN of file events. */
    String FILE_ENTITY_FQDN = "wix.media.site_media.v1.file_descriptor";
}
