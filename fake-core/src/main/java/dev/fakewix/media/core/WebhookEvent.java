package dev.fakewix.media.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The Media Manager's webhook events, with their wire names (docs/api-reference.md#events).
 *
 * <pre>{@code
 * WebhookEvent ready = WebhookEvent.parse("file_ready");        // also "FILE_READY" or the full eventType
 * assert ready.eventType().equals("wix.media.site_media.v1.file_descriptor_file_ready");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum WebhookEvent {
    FILE_READY(MediaEvent.FILE_ENTITY_FQDN, "file_ready", MediaEvent.FILE_READY_TYPE),
    FILE_FAILED(MediaEvent.FILE_ENTITY_FQDN, "file_failed", MediaEvent.FILE_FAILED_TYPE),
    FILE_DESCRIPTOR_UPDATED(MediaEvent.FILE_ENTITY_FQDN, "updated", "wix.media.site_media.v1.file_descriptor_updated"),
    FILE_DESCRIPTOR_DELETED(MediaEvent.FILE_ENTITY_FQDN, "deleted", "wix.media.site_media.v1.file_descriptor_deleted"),
    FOLDER_CREATED(MediaEvent.FOLDER_ENTITY_FQDN, "created", "wix.media.site_media.v1.folder_created"),
    FOLDER_UPDATED(MediaEvent.FOLDER_ENTITY_FQDN, "updated", "wix.media.site_media.v1.folder_updated"),
    FOLDER_DELETED(MediaEvent.FOLDER_ENTITY_FQDN, "deleted", "wix.media.site_media.v1.folder_deleted");

    private final String entityFqdn;
    private final String slug;
    private final String eventType;

    WebhookEvent(String entityFqdn, String slug, String eventType) {
        this.entityFqdn = entityFqdn;
        this.slug = slug;
        this.eventType = eventType;
    }

    /** E.g. {@code wix.media.site_media.v1.file_descriptor}. */
    public String entityFqdn() {
        return entityFqdn;
    }

    /** E.g. {@code file_ready}; not unique across entities ({@code updated} is a file's and a folder's). */
    public String slug() {
        return slug;
    }

    /** The {@code eventType} of the webhook envelope, e.g. {@code wix.media.site_media.v1.file_descriptor_file_ready}. */
    public String eventType() {
        return eventType;
    }

    /** Whether the event's entity is a file (else a folder). */
    public boolean isFileEvent() {
        return entityFqdn.equals(MediaEvent.FILE_ENTITY_FQDN);
    }

    /** The event of a wire {@code eventType}. */
    public static WebhookEvent ofEventType(String eventType) {
        for (WebhookEvent e : values()) {
            if (e.eventType.equals(eventType)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown eventType '" + eventType + "'");
    }

    /**
     * An event by its constant name ({@code FILE_READY}, any case), its full {@code eventType}, or the unique part
     * after {@code wix.media.site_media.v1.} ({@code file_descriptor_file_ready}, {@code folder_created}) or the
     * File Ready / File Failed slugs. An unknown name is refused with the list of valid ones.
     */
    public static WebhookEvent parse(String name) {
        if (name != null) {
            String n = name.trim();
            for (WebhookEvent e : values()) {
                if (e.name().equalsIgnoreCase(n)
                        || e.eventType.equals(n)
                        || e.eventType.equals("wix.media.site_media.v1." + n)
                        || (e.slug.startsWith("file_") && e.slug.equals(n.toLowerCase(Locale.ROOT)))) {
                    return e;
                }
            }
        }
        throw new IllegalArgumentException("unknown webhook event '" + name + "'; valid events: "
                + Arrays.stream(values())
                        .map(e -> e.name() + " (" + e.eventType + ")")
                        .collect(Collectors.joining(", ")));
    }
}
