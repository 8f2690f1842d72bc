package dev.fakewix.media.core;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A scripted fault of webhook delivery, installed through {@link Scenarios#onWebhook(WebhookEvent...)} or the
 * {@code "webhooks"} array of a JSON scenario.
 *
 * <ul>
 *   <li>{@code DELAY}: the first attempt waits {@code delay} on the fake clock;</li>
 *   <li>{@code DROP}: the event is never sent (journaled as {@code DROPPED});</li>
 *   <li>{@code DUPLICATE}: the same JWT (same event id) is sent twice;</li>
 *   <li>{@code REORDER}: the event is held back and sent right after the next event to the same subscription
 *       (or when the clock next moves, whichever comes first);</li>
 *   <li>{@code BAD_SIGNATURE}: the JWT's signature is corrupted;</li>
 *   <li>{@code EXPIRED_JWT}: the JWT carries an {@code exp} an hour in the past;</li>
 *   <li>{@code UNREACHABLE}: the attempt fails as if nothing listened (no request is made) and is retried. Counted
 *       per attempt, where the others count per event.</li>
 * </ul>
 *
 * <p>Counts are per delivery: an event that goes to two subscriptions meets a behaviour twice. Per-event faults are
 * decided on the thread of the API call that caused the event, {@code UNREACHABLE} on the delivery thread; a seeded
 * probability is repeatable as long as API calls and deliveries do not draw from the same site's generator at once.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record WebhookFault(Kind kind, @Nullable Duration delay) {
    public enum Kind {
        DELAY,
        DROP,
        DUPLICATE,
        REORDER,
        BAD_SIGNATURE,
        EXPIRED_JWT,
        UNREACHABLE
    }

    public WebhookFault {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.DELAY) {
            Objects.requireNonNull(delay, "a DELAY fault needs its delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("a webhook delay must not be negative, was " + delay);
            }
        } else if (delay != null) {
            throw new IllegalArgumentException("only a DELAY fault has a delay, not " + kind);
        }
    }

    public static WebhookFault of(Kind kind) {
        return new WebhookFault(kind, null);
    }

    public static WebhookFault delay(Duration delay) {
        return new WebhookFault(Kind.DELAY, delay);
    }

    @Override
    public String toString() {
        return kind == Kind.DELAY
                ? "delay " + delay
                : kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
