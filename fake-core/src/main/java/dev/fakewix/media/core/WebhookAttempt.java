package dev.fakewix.media.core;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One line of the webhook journal: an attempt to deliver one event to one subscription, or the decision not to
 * try (dropped by a scenario, refused by a full queue).
 *
 * @param sequence       order in the journal, from 1
 * @param attempt        1 for the first try, 2 for the first retry...; 0 when nothing was sent
 * @param status         the HTTP status the receiver answered, 0 when there was no answer
 * @param latency        real time the attempt took
 * @param at             the fake clock when the attempt was made
 * @param fault          the scripted behaviour that acted on it ({@link ScriptedBehaviour#label()}), or {@code null}
 * @param error          why it failed, or {@code null}
 * @param willRetry      whether another attempt is scheduled
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record WebhookAttempt(
        long sequence,
        String subscriptionId,
        String siteId,
        URI url,
        String eventId,
        WebhookEvent event,
        String entityId,
        int attempt,
        Outcome outcome,
        int status,
        Duration latency,
        Instant at,
        @Nullable String fault,
        @Nullable String error,
        boolean willRetry) {
    public enum Outcome {
        /** The receiver answered 2xx. */
        DELIVERED,
        /** The receiver answered something else. */
        REJECTED,
        /** No answer within the policy's timeout. */
        TIMED_OUT,
        /** The connection failed (or a scenario said so). */
        UNREACHABLE,
        /** A scenario dropped the event, or its subscription was removed while the attempt was in flight. */
        DROPPED,
        /** The delivery queue was full. */
        OVERFLOWED
    }
}
