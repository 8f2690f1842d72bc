package dev.fakewix.media.core.internal.util;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The ranges of time the fake works in, so that no instant or duration a test gives can overflow the millisecond and
 * nanosecond arithmetic inside (a clock advanced by {@code PT9223372036854775807S} is refused, not a 500).
 *
 * <pre>{@code
 * TimeBounds.requireDuration("readiness delay", delay, TimeBounds.LONGEST_DELAY);
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class TimeBounds {
    /** The earliest instant the fake's clock may show: the first instant of year 0000 (four-digit ISO years). */
    public static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    /** The latest instant the fake's clock may show: the last millisecond of year 9999. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");
    /** The longest readiness delay or advance: the whole range the clock can show. */
    public static final Duration LONGEST_DELAY = Duration.between(EARLIEST, LATEST);
    /** The longest scripted latency: a day (it is really waited for). */
    public static final Duration LONGEST_LATENCY = Duration.ofDays(1);
    /** The longest {@code Retry-After}: what an {@code int} of seconds holds. */
    public static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(Integer.MAX_VALUE);

    private TimeBounds() {}

    /** {@code duration}, if it is within {@code 0..longest}; else an {@link IllegalArgumentException} naming {@code what}. */
    public static Duration requireDuration(String what, Duration duration, Duration longest) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, was " + duration);
        }
        if (duration.compareTo(longest) > 0) {
            throw new IllegalArgumentException(what + " must be at most " + longest + ", was " + duration);
        }
        return duration;
    }

    /** {@code instant}, if the clock can show it; else an {@link IllegalArgumentException} naming {@code what}. */
    public static Instant requireInstant(String what, Instant instant) {
        Objects.requireNonNull(instant, what);
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new IllegalArgumentException(
                    what + " must be between " + EARLIEST + " and " + LATEST + ", was " + instant);
        }
        return instant;
    }
}
