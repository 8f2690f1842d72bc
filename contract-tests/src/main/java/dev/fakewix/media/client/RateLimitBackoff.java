package dev.fakewix.media.client;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How {@link MediaManagerClient} answers HTTP 429 (Wix's rate limit): wait and send the same request again, at most
 * {@code maxRetries} times. The wait is the server's {@code Retry-After} when it sends one (capped at
 * {@code maxDelay}), else {@code initialDelay} doubled on every retry up to {@code maxDelay}. Deterministic: no jitter.
 *
 * <pre>{@code
 * MediaManagerClient.builder().rateLimitBackoff(RateLimitBackoff.of(5, Duration.ofSeconds(1), Duration.ofSeconds(30)))
 * RateLimitBackoff.none()   // 429 is thrown at once as a MediaManagerApiException
 * }</pre>
 *
 * @param maxRetries   how many times a 429 is retried (0 = never)
 * @param initialDelay the first wait when the server names none
 * @param maxDelay     the longest single wait
 * @param pause        how the client waits; {@link Pause#sleeping()} by default, a recording one in tests
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RateLimitBackoff(int maxRetries, Duration initialDelay, Duration maxDelay, Pause pause) {

    /** Waits for a while; the client calls it between a 429 and the retry. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;

        /** Sleeps the calling thread. */
        static Pause sleeping() {
            return d -> Thread.sleep(d.toMillis());
        }
    }

    public RateLimitBackoff {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(pause, "pause");
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException(
                    "need 0 <= initialDelay <= maxDelay, was " + initialDelay + " and " + maxDelay);
        }
    }

    /** Up to {@code maxRetries} retries, sleeping between them. */
    public static RateLimitBackoff of(int maxRetries, Duration initialDelay, Duration maxDelay) {
        return new RateLimitBackoff(maxRetries, initialDelay, maxDelay, Pause.sleeping());
    }

    /** The default: 5 retries, from 1 s up to 30 s. */
    public static RateLimitBackoff standard() {
        return of(5, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /** No retry: a 429 is thrown at once. */
    public static RateLimitBackoff none() {
        return of(0, Duration.ZERO, Duration.ZERO);
    }

    /** The same policy, waiting with {@code pause}. */
    public RateLimitBackoff withPause(Pause pause) {
        return new RateLimitBackoff(maxRetries, initialDelay, maxDelay, pause);
    }

    /** The wait before retry number {@code retry} (1-based), given the server's {@code Retry-After} if any. */
    public Duration delayBefore(int retry, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(maxDelay) > 0 ? maxDelay : retryAfter;
        }
        Duration d = initialDelay;
        for (int i = 1; i < retry && d.compareTo(maxDelay) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
