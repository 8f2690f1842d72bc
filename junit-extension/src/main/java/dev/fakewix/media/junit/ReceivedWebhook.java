package dev.fakewix.media.junit;

import dev.fakewix.media.core.WebhookEvent;
import dev.fakewix.media.core.model.ExternalInfo;
import org.apiguardian.api.API;

import java.time.Instant;
import java.util.Objects;

/**
 * One webhook a {@link WebhookInbox} received and verified: the event's metadata, the bits tests ask about, and the
 * raw material (the JWT and the decoded domain event) for anything else.
 *
 * @param entityId            the file or folder id
 * @param externalInfo        File Ready / File Failed: the request's {@code externalInfo}; {@code null} if none
 * @param triggeredByUndelete File Ready: whether the file came back from the trash bin
 * @param errorCode           File Failed: {@code error.code}; {@code null} otherwise
 * @param domainEvent         the envelope's {@code data}, decoded: the JSON text of the domain event
 * @param jwt                 the body as received
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ReceivedWebhook(WebhookEvent event, String eventId, String entityId, String siteId, String instanceId,
                              long entityEventSequence, Instant eventTime, ExternalInfo externalInfo,
                              boolean triggeredByUndelete, String errorCode, String domainEvent, String jwt) {
    public ReceivedWebhook {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(eventId, "eventId");
    }
}
