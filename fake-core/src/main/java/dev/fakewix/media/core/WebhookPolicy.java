package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How the fake delivers webhooks: at least once, retrying a failed attempt (a non-2xx answer, a time-out, an
 * unreachable receiver) after a backoff that doubles from {@code firstRetryAfter} up to {@code maxRetryAfter},
 * measured on the fake's {@link VirtualClock}, until {@code maxAttempts} attempts were made.
 *
 * <pre>{@code
 * FakeMediaManager.builder().webhookPolicy(WebhookPolicy.defaults().withMaxAttempts(3).withTimeout(Duration.ofSeconds(1)))
 * }</pre>
 *
 * @param maxAttempts     attempts per event and subscription, at least 1 (default 5)
 * @param firstRetryAfter fake-clock wait before the 2nd attempt (default 1 s); each later wait doubles
 * @param maxRetryAfter   the longest wait between attempts (default 1 min)
 * @param timeout         real time an attempt may take before it counts as timed out (default 5 s)
 * @param queueCapacity   deliveries waiting to be sent, at most; when full, a new event's delivery is not queued but
 *                        journaled as {@link WebhookAttempt.Outcome#OVERFLOWED} (the API call never blocks). Default 10,000
 * @param journalCapacity attempts the journal keeps; the oldest are forgotten first (default 10,000)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record WebhookPolicy(
        int maxAttempts,
        Duration firstRetryAfter,
        Duration maxRetryAfter,
        Duration timeout,
        int queueCapacity,
        int journalCapacity) {
    public WebhookPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(firstRetryAfter, "firstRetryAfter");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(timeout, "timeout");
        if (firstRetryAfter.isNegative() || maxRetryAfter.compareTo(firstRetryAfter) < 0) {
            throw new IllegalArgumentException(
                    "need 0 <= firstRetryAfter <= maxRetryAfter, was " + firstRetryAfter + ", " + maxRetryAfter);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (queueCapacity < 1 || journalCapacity < 0) {
            throw new IllegalArgumentException("queueCapacity must be at least 1 and journalCapacity at least 0, was "
                    + queueCapacity + ", " + journalCapacity);
        }
    }

    @Decides(Guess.WEBHOOK_RETRIES)
    public static WebhookPolicy defaults() {
        return new WebhookPolicy(
                5, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(5), 10_000, 10_000);
    }

    public WebhookPolicy withMaxAttempts(int n) {
        return new WebhookPolicy(n, firstRetryAfter, maxRetryAfter, timeout, queueCapacity, journalCapacity);
    }

    public WebhookPolicy withBackoff(Duration first, Duration max) {
        return new WebhookPolicy(maxAttempts, first, max, timeout, queueCapacity, journalCapacity);
    }

    public WebhookPolicy withTimeout(Duration t) {
        return new WebhookPolicy(maxAttempts, firstRetryAfter, maxRetryAfter, t, queueCapacity, journalCapacity);
    }

    public WebhookPolicy withQueueCapacity(int n) {
        return new WebhookPolicy(maxAttempts, firstRetryAfter, maxRetryAfter, timeout, n, journalCapacity);
    }

    public WebhookPolicy withJournalCapacity(int n) {
        return new WebhookPolicy(maxAttempts, firstRetryAfter, maxRetryAfter, timeout, queueCapacity, n);
    }

    /** The fake-clock wait after failed attempt number {@code attempt} (1-based). */
    public Duration retryAfter(int attempt) {
        Duration d = firstRetryAfter;
        for (int i = 1; i < attempt && d.compareTo(maxRetryAfter) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : d;
    }
}
