package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.util.TimeBounds;
import dev.fakewix.media.core.model.ApplicationError;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What happens to a new file: when it leaves {@code PENDING} and whether it turns {@code READY} or {@code FAILED}.
 * These are the words of readiness everywhere: the Java factories below, the text of {@link ReadinessPolicy#parse}
 * (the standalone server's {@code --readiness}, the JUnit annotation) and the {@code policy} of a JSON scenario all
 * say {@code ready}, {@code readyAfter}, {@code readyAfterWallTime}, {@code failed}, {@code failedAfter},
 * {@code afterReads} and {@code manual}.
 *
 * <p>A readiness is also the {@link ReadinessPolicy} that gives every file that readiness, so it goes wherever a
 * policy goes, and the policy's rules refine it:
 * <pre>{@code
 * FakeMediaManager.builder().readiness(Readiness.readyAfter(Duration.ofMinutes(1)));
 * site.scenarios().readiness(Readiness.ready()
 *         .forMediaType(MediaType.VIDEO, Readiness.readyAfter(Duration.ofMinutes(5)))
 *         .forFilesNamed("*.broken.*", Readiness.failed("UNSUPPORTED_FILE_FORMAT", "cannot decode")));
 *
 * Readiness.ready()                                   // at once (the next call sees READY), the default
 * Readiness.readyAfterWallTime(Duration.ofSeconds(2)) // on the real clock, for code that polls in real time
 * Readiness.afterReads(3, Readiness.ready())          // READY once the file has been read 3 times
 * Readiness.manual()                                  // until the test calls lifecycle().markReady(id)
 * }</pre>
 *
 * <p>Values: immutable, thread-safe, equal when their fields are.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface Readiness extends ReadinessPolicy {

    /** Every file gets this readiness. */
    @Override
    default Readiness decide(PendingFile file) {
        return this;
    }

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
    record Manual() implements Readiness {}

    /** READY at once: the import or upload response says PENDING, the next read says READY. The default. */
    static Readiness ready() {
        return new Ready(Duration.ZERO, TimeBase.FAKE_CLOCK);
    }

    /** READY after {@code delay} on the fake's clock (see {@link VirtualClock#advance}). */
    static Readiness readyAfter(Duration delay) {
        return new Ready(delay, TimeBase.FAKE_CLOCK);
    }

    /** READY after {@code delay} of real time, for code under test that polls in real time. */
    static Readiness readyAfterWallTime(Duration delay) {
        return new Ready(delay, TimeBase.WALL_CLOCK);
    }

    /** FAILED at once with error {@code code} (e.g. {@code UNSUPPORTED_FILE_FORMAT}); no description is empty. */
    static Readiness failed(String code, @Nullable String description) {
        return new Fail(Duration.ZERO, TimeBase.FAKE_CLOCK, ApplicationError.of(code, description));
    }

    /** FAILED after {@code delay} on the fake's clock, with error {@code code}. */
    static Readiness failedAfter(Duration delay, String code, @Nullable String description) {
        return new Fail(delay, TimeBase.FAKE_CLOCK, ApplicationError.of(code, description));
    }

    /** PENDING for {@code reads} reads (get, list, search...), then {@code outcome} (ready or failed). */
    static Readiness afterReads(int reads, Readiness outcome) {
        return new AfterReads(reads, outcome);
    }

    /** PENDING until the test marks the file ({@code lifecycle().markReady(id)} or {@code markFailed(...)}). */
    static Readiness manual() {
        return new Manual();
    }

    private static void requireNonNegative(Duration delay) {
        TimeBounds.requireDuration("delay", delay, TimeBounds.LONGEST_DELAY);
    }
}
