package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.util.TimeBounds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apiguardian.api.API;

/**
 * A clock the test controls: frozen at an instant, or following wall time with an offset; either way it can be
 * advanced. Advancing it moves the fake's lifecycle at once (files due to turn READY do so, and events fire).
 *
 * <pre>{@code
 * VirtualClock clock = VirtualClock.frozenAt(Instant.parse("2024-01-01T00:00:00Z"));
 * FakeMediaManager fake = FakeMediaManager.builder().clock(clock).readiness(Readiness.readyAfter(Duration.ofMinutes(5))).build();
 * clock.advance(Duration.ofMinutes(5)); // pending files are now READY
 * }</pre>
 *
 * <p>Thread-safe. Time never goes backwards through {@link #advance(Duration)}; {@link #setTo(Instant)} may. The clock
 * shows instants of the years 0000 to 9999 only: an advance or a time beyond is an {@link IllegalArgumentException}
 * (the HTTP admin API answers 400), never an overflow.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class VirtualClock extends Clock {
    private final Clock wall;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Told of every change of the clock's state, freezing included, before the fake catches up (a data directory). */
    private final List<Runnable> stateListeners = new CopyOnWriteArrayList<>();
    // Read without a lock (every request reads the clock, from every request thread): changed only under the
    // clock's monitor, the offset before the frozen instant, so that a reader seeing frozenAt null sees the offset
    // that goes with it.
    private volatile long offsetMillis;
    private volatile Instant frozenAt;

    private VirtualClock(Clock wall, Instant frozenAt) {
        this.wall = wall;
        this.frozenAt = frozenAt;
    }

    /** A clock standing still at {@code instant} (year 0000 to 9999) until advanced. */
    public static VirtualClock frozenAt(Instant instant) {
        return new VirtualClock(Clock.systemUTC(), TimeBounds.requireInstant("the clock's time", instant));
    }

    /** A clock that follows wall time (plus whatever it is advanced by). */
    public static VirtualClock followingWallTime() {
        return new VirtualClock(Clock.systemUTC(), null);
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt;
        return frozen != null ? frozen : wall.instant().plusMillis(offsetMillis);
    }

    @Override
    public long millis() {
        Instant frozen = frozenAt;
        return frozen != null ? frozen.toEpochMilli() : wall.millis() + offsetMillis;
    }

    /** Moves time forward by {@code duration} and lets the fake process what became due. */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(
                    "Cannot advance by a negative duration " + duration + "; use setTo(instant) to go back");
        }
        Instant now;
        synchronized (this) {
            Instant current = instant();
            if (duration.compareTo(Duration.between(current, TimeBounds.LATEST)) > 0) {
                throw new IllegalArgumentException("Cannot advance by " + duration + ": the clock would pass "
                        + TimeBounds.LATEST + " (it shows " + current + ")");
            }
            if (frozenAt != null) {
                frozenAt = frozenAt.plus(duration);
            } else {
                offsetMillis += duration.toMillis();
            }
            now = instant();
        }
        stateListeners.forEach(Runnable::run);
        fireChanged();
        return now;
    }

    /** Sets the current time; the clock stays frozen if it was, else keeps following wall time from there. */
    public Instant setTo(Instant instant) {
        TimeBounds.requireInstant("the clock's time", instant);
        synchronized (this) {
            if (frozenAt != null) {
                frozenAt = instant;
            } else {
                offsetMillis = instant.toEpochMilli() - wall.millis();
            }
        }
        stateListeners.forEach(Runnable::run);
        fireChanged();
        return instant;
    }

    /** Stops time at the current instant. */
    public Instant freeze() {
        Instant at;
        synchronized (this) {
            frozenAt = instant();
            at = frozenAt;
        }
        stateListeners.forEach(Runnable::run);
        return at;
    }

    /** Lets time follow the wall clock again, from the current instant. */
    public Instant unfreeze() {
        synchronized (this) {
            if (frozenAt != null) {
                offsetMillis = frozenAt.toEpochMilli() - wall.millis();
                frozenAt = null;
            }
        }
        stateListeners.forEach(Runnable::run);
        return instant();
    }

    void onStateChange(Runnable listener) {
        stateListeners.add(listener);
    }

    /** The clock's state as a data directory keeps it: where it stands frozen, or its offset from wall time. */
    synchronized Map<String, Object> state() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (frozenAt != null) {
            m.put("frozenAt", frozenAt.toString());
        } else {
            m.put("offsetMillis", offsetMillis);
        }
        return m;
    }

    /** Puts the clock back where a data directory's {@link #state()} says it was. */
    synchronized void restoreState(Map<String, Object> state) {
        if (state.get("frozenAt") instanceof String at) {
            frozenAt = TimeBounds.requireInstant("the saved clock's time", Instant.parse(at));
        } else if (state.get("offsetMillis") instanceof Number offset) {
            offsetMillis = offset.longValue();
            frozenAt = null;
        }
    }

    /** Whether time stands still. */
    public boolean isFrozen() {
        return frozenAt != null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view of this clock in another zone: the same instants (advancing this clock advances the view). */
    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        VirtualClock source = this;
        return zone.equals(ZoneOffset.UTC)
                ? this
                : new Clock() {
                    @Override
                    public ZoneId getZone() {
                        return zone;
                    }

                    @Override
                    public Clock withZone(ZoneId other) {
                        return source.withZone(other);
                    }

                    @Override
                    public Instant instant() {
                        return source.instant();
                    }
                };
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void fireChanged() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
