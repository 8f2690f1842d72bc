package dev.fakewix.media.core;

import dev.fakewix.media.core.model.ApplicationError;
import org.apiguardian.api.API;

import java.time.Duration;
import java.util.Objects;

/**
 * What happens to one new file: when it leaves {@code PENDING} and whether it turns {@code READY} or {@code FAILED}.
 * A {@link ReadinessPolicy} chooses one per file.
 *
 * <pre>{@code
 * Readiness.ready()                                  // at once (the next call sees READY)
 * Readiness.readyAfter(Duration.ofMinutes(5))        // on the fake's clock
 * Readiness.readyAfterWallTime(Duration.ofSeconds(2)) // on the real clock, for code that polls in real time
 * Readiness.failed("UNSUPPORTED_FILE_FORMAT", "cannot decode")
 * Readiness.afterReads(3, Readiness.ready())         // READY once the file has been read 3 times
 * Readiness.manual()                                 // until the test calls lifecycle().markReady(id)
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface Readiness {

    /** Which clock a delay is measured on. */
    enum TimeBase {
        /** The fake's clock (a {@link VirtualClock} when the test controls time). */
        FAKE_CLOCK,
        /** Real elapsed time, whatever the fake's clock says. */
        WALL_CLOCK
    }

    /** Turn READY after {@code delay} on {@code timeBase}. */
    record Ready(Duration delay, TimeBase timeBase) implements Readiness {
        public Ready {
            requireNonNegative(delay);
            Objects.requireNonNull(timeBase, "timeBase");
        }
    }

    /** Turn FAILED with {@code error} after {@code delay} on {@code timeBase}. */
    record Fail(Duration delay, TimeBase timeBase, ApplicationError error) implements Readiness {
        public Fail {
            requireNonNegative(delay);
            Objects.requireNonNull(timeBase, "timeBase");
            Objects.requireNonNull(error, "error");
        }
    }

    /** Stay PENDING for {@code reads} reads of the file, then take {@code outcome} (a {@link Ready} or {@link Fail}). */
    record AfterReads(int reads, Readiness outcome) implements Readiness {
        public AfterReads {
            if (reads < 1) {
                throw new IllegalArgumentException("reads must be at least 1, was " + reads);
            }
            if (!(outcome instanceof Ready) && !(outcome instanceof Fail)) {
                throw new IllegalArgumentException("the outcome after reads must be ready or failed, was " + outcome);
            }
        }
    }

    /** Stay PENDING until the test marks the file. */
    record Manual() implements Readiness {
    }

    static Readiness ready() {
        return new Ready(Duration.ZERO, TimeBase.FAKE_CLOCK);
    }

    static Readiness readyAfter(Duration delay) {
        return new Ready(delay, TimeBase.FAKE_CLOCK);
    }

    static Readiness readyAfterWallTime(Duration delay) {
        return new Ready(delay, TimeBase.WALL_CLOCK);
    }

    static Readiness failed(String code, String description) {
        return new Fail(Duration.ZERO, TimeBase.FAKE_CLOCK, ApplicationError.of(code, description));
    }

    static Readiness failedAfter(Duration delay, String code, String description) {
        return new Fail(delay, TimeBase.FAKE_CLOCK, ApplicationError.of(code, description));
    }

    static Readiness afterReads(int reads, Readiness outcome) {
        return new AfterReads(reads, outcome);
    }

    static Readiness manual() {
        return new Manual();
    }

    private static void requireNonNegative(Duration delay) {
        dev.fakewix.media.core.internal.util.TimeBounds.requireDuration("delay", delay,
                dev.fakewix.media.core.internal.util.TimeBounds.LONGEST_DELAY);
    }
}
