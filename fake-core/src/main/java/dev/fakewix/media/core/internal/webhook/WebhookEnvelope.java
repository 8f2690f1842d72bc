package dev.fakewix.media.core.internal.webhook;

import dev.fakewix.media.core.MediaEvent;
import dev.fakewix.media.core.face.WebhookTransport;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.util.Json;
import dev.fakewix.media.core.internal.validation.ErrorShape;
import dev.fakewix.media.core.model.ApplicationError;
import dev.fakewix.media.core.model.ExternalInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The JWT claims of a webhook, as the official SDK reads them (docs/api-reference.md#the-webhook-on-the-wire): claim
 * {@code data} is a JSON string of the message envelope {@code {instanceId, eventType, identity, data, accountInfo}},
 * whose {@code identity} and {@code data} are JSON strings again; {@code data} is the domain event with its
 * {@code actionEvent.body} (File Ready, File Failed), {@code createdEvent.entity}, {@code updatedEvent.currentEntity}
 * or {@code deletedEvent}.
 */
@API(status = API.Status.INTERNAL)
public final class WebhookEnvelope {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private WebhookEnvelope() {}

    /**
     * The JWT claims of one event's webhook: its envelope, as a JSON string, under {@code data}.
     *
     * @param iat seconds since the epoch of the claim {@code iat}
     * @param exp seconds since the epoch of the claim {@code exp}
     */
    @Decides({Guess.WEBHOOK_IDENTITY, Guess.WEBHOOK_ACCOUNT_ID})
    public static String claims(
            MediaEvent event,
            String instanceId,
            String appId,
            String accountId,
            WebhookTransport.EntityJson json,
            long iat,
            long exp) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("instanceId", instanceId);
        envelope.put("eventType", event.metadata().eventType());
        envelope.put("identity", Json.write(Json.object("identityType", "APP", "appId", appId)));
        envelope.put("data", Json.write(domainEvent(event, json)));
        envelope.put(
                "accountInfo",
                Json.object("accountId", accountId, "siteId", event.metadata().siteId()));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("data", Json.write(envelope));
        claims.put("iat", iat);
        claims.put("exp", exp);
        return Json.write(claims);
    }

    /** The domain event: metadata, then the one body key its kind has. */
    static Map<String, Object> domainEvent(MediaEvent event, WebhookTransport.EntityJson json) {
        MediaEvent.Metadata m = event.metadata();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", m.id());
        d.put("entityFqdn", m.entityFqdn());
        d.put("slug", m.slug());
        d.put("entityId", m.entityId());
        d.put("eventTime", instant(m.eventTime()));
        d.put("triggeredByAnonymizeRequest", false);
        d.put("entityEventSequence", Long.toString(m.entityEventSequence()));
        if (event instanceof MediaEvent.FileReady r) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("file", new Json.Raw(json.file(r.file())));
            putExternalInfo(body, r.externalInfo());
            body.put("triggeredByUndelete", r.triggeredByUndelete());
            d.put("actionEvent", Json.object("body", body));
        } else if (event instanceof MediaEvent.FileFailed f) {
            Map<String, Object> body = new LinkedHashMap<>();
            putExternalInfo(body, f.externalInfo());
            body.put("error", error(f.error()));
            d.put("actionEvent", Json.object("body", body));
        } else if (event instanceof MediaEvent.FileDescriptorUpdated u) {
            d.put("updatedEvent", Json.object("currentEntity", new Json.Raw(json.file(u.file()))));
        } else if (event instanceof MediaEvent.FileDescriptorDeleted del) {
            d.put("deletedEvent", Json.object("movedToTrash", del.movedToTrash()));
        } else if (event instanceof MediaEvent.FolderCreated c) {
            d.put("createdEvent", Json.object("entity", new Json.Raw(json.folder(c.folder()))));
        } else if (event instanceof MediaEvent.FolderUpdated u) {
            d.put("updatedEvent", Json.object("currentEntity", new Json.Raw(json.folder(u.folder()))));
        } else if (event instanceof MediaEvent.FolderDeleted del) {
            d.put("deletedEvent", Json.object("movedToTrash", del.movedToTrash()));
        }
        return d;
    }

    private static void putExternalInfo(Map<String, Object> body, ExternalInfo info) {
        if (info != null) {
            Map<String, Object> e = new LinkedHashMap<>();
            if (info.origin() != null) {
                e.put("origin", info.origin());
            }
            e.put("externalIds", info.externalIds());
            body.put("externalInfo", e);
        }
    }

    private static Map<String, Object> error(ApplicationError error) {
        return ErrorShape.of(error);
    }

    static String instant(Instant instant) {
        return ISO_MILLIS.format(instant);
    }
}
