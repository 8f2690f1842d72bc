package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.util.Json;
import dev.fakewix.media.core.model.ExternalInfo;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One webhook as a receiver sees it after checking it: the event's metadata, the bits tests ask about, and the raw
 * material (the JWT and the decoded domain event) for anything else.
 *
 * <p>{@link #verify(String, PublicKey, Instant)} checks and decodes a webhook body the way the official SDK's
 * {@code webhooks.process} does (RS256 signature, {@code alg}, {@code exp}), with nothing but the JDK, so a receiver
 * in a test needs no JSON or JOSE library of its own (and brings none that could clash with the user's).
 * <pre>{@code
 * ReceivedWebhook webhook = ReceivedWebhook.verify(body, fake.webhooks().signingKey().publicKey(), Instant.now());
 * assertThat(webhook.event()).isEqualTo(WebhookEvent.FILE_READY);
 * }</pre>
 *
 * @param entityId            the file or folder id
 * @param externalInfo        File Ready / File Failed: the request's {@code externalInfo}; {@code null} if none
 * @param triggeredByUndelete File Ready: whether the file came back from the trash bin
 * @param errorCode           File Failed: {@code error.code}; {@code null} otherwise
 * @param domainEvent         the envelope's {@code data}, decoded: the JSON text of the domain event
 * @param jwt                 the body as received
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ReceivedWebhook(
        WebhookEvent event,
        String eventId,
        String entityId,
        String siteId,
        String instanceId,
        long entityEventSequence,
        Instant eventTime,
        @Nullable ExternalInfo externalInfo,
        boolean triggeredByUndelete,
        @Nullable String errorCode,
        String domainEvent,
        String jwt) {
    public ReceivedWebhook {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(eventId, "eventId");
    }

    /**
     * Checks a webhook body (a compact RS256 JWT) against {@code publicKey} and decodes it.
     *
     * @param now the receiver's time, against which {@code exp} is checked (real time, as Wix's receivers use)
     * @throws IllegalArgumentException naming what is wrong: not a JWT, a bad signature, another {@code alg}, expired,
     *                                  or claims that are not a Media Manager event
     */
    public static ReceivedWebhook verify(String jwt, PublicKey publicKey, Instant now) {
        Objects.requireNonNull(jwt, "jwt");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(now, "now");
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("the body is not a compact JWT (" + parts.length + " parts)");
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(publicKey);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new IllegalArgumentException("the RS256 signature does not verify with the fake's public key");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the RS256 signature cannot be checked: " + e.getMessage(), e);
        }
        Map<String, Object> header = object(Json.parse(base64Text(parts[0])), "the JWT header");
        if (!"RS256".equals(header.get("alg"))) {
            throw new IllegalArgumentException("alg is " + header.get("alg") + ", expected RS256");
        }
        Map<String, Object> claims = object(Json.parse(base64Text(parts[1])), "the JWT claims");
        if (claims.get("exp") instanceof Number exp && exp.longValue() <= now.getEpochSecond()) {
            throw new IllegalArgumentException("the JWT expired at " + Instant.ofEpochSecond(exp.longValue()));
        }
        Map<String, Object> envelope = object(Json.parse(text(claims, "data")), "the claim data");
        String domainEvent = text(envelope, "data");
        Map<String, Object> event = object(Json.parse(domainEvent), "the envelope's data");
        Map<String, Object> body = child(child(event, "actionEvent"), "body");
        ExternalInfo externalInfo = null;
        if (body.get("externalInfo") instanceof Map<?, ?> info) {
            List<String> ids = new ArrayList<>();
            if (info.get("externalIds") instanceof List<?> list) {
                list.forEach(id -> ids.add(String.valueOf(id)));
            }
            externalInfo = new ExternalInfo(info.get("origin") instanceof String origin ? origin : null, ids);
        }
        Object sequence = event.getOrDefault("entityEventSequence", "0");
        return new ReceivedWebhook(
                WebhookEvent.ofEventType(text(envelope, "eventType")),
                text(event, "id"),
                text(event, "entityId"),
                child(envelope, "accountInfo").get("siteId") instanceof String s ? s : null,
                envelope.get("instanceId") instanceof String instance ? instance : null,
                Long.parseLong(String.valueOf(sequence)),
                Instant.parse(text(event, "eventTime")),
                externalInfo,
                Boolean.TRUE.equals(body.get("triggeredByUndelete")),
                child(body, "error").get("code") instanceof String code ? code : null,
                domainEvent,
                jwt);
    }

    private static String base64Text(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(what + " is not a JSON object");
    }

    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? Map.of() : object(value, "'" + key + "'");
    }

    private static String text(Map<String, Object> object, String key) {
        if (object.get(key) instanceof String value) {
            return value;
        }
        throw new IllegalArgumentException("'" + key + "' is missing or not a string");
    }
}
