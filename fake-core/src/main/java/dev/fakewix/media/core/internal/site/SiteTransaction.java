package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.MediaEvent;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.util.FirstFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The site's state and the lock that makes every operation atomic: reads under the read lock, writes under the
 * write lock with a rollback when they fail part-way, the events a write causes delivered after the lock is
 * released, and whole-state replacement (reset, restore).
 */
@API(status = API.Status.INTERNAL)
public final class SiteTransaction {
    private final SiteEngine engine;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile SiteState state;
    /**
     * A restored snapshot whose indexes are not built yet: restoring only installs it (O(1)); the site's next use
     * builds it, under the write lock, so no reader ever sees a half-built state.
     */
    private volatile Supplier<SiteState> restored;
    /**
     * Counts the changes of what a read can answer: bumped under the write lock by every write, settlement and
     * replacement (also a write that rolls back: a change at most once too often costs a cached answer, never a
     * stale one), and by a read that counts toward a file's readiness. A face keeps a read's answer while the count
     * it read before and after the read stays the same.
     */
    private final AtomicLong version = new AtomicLong();

    SiteTransaction(SiteEngine engine, SiteState initial) {
        this.engine = engine;
        this.state = initial;
    }

    /** The state, building a restored snapshot first if one waits. Call without holding the lock. */
    private SiteState current() {
        if (restored != null) {
            lock.writeLock().lock();
            try {
                return built();
            } finally {
                lock.writeLock().unlock();
            }
        }
        return state;
    }

    /** The state, building a restored snapshot first if one waits. Call with the write lock held. */
    private SiteState built() {
        Supplier<SiteState> waiting = restored;
        if (waiting != null) {
            state = waiting.get();
            restored = null;
            version.incrementAndGet();
        }
        return state;
    }

    /** Runs a read-only operation ({@code op} null for test controls, which scenarios never touch) under the read lock, after the lifecycle has caught up with the clocks. */
    <T> T read(Operation op, RequestFacts facts, Function<SiteState, T> body) {
        if (op != null) {
            engine.gate().before(op, facts);
        }
        settle();
        T result;
        SiteState s;
        lock.readLock().lock();
        try {
            s = state;
            result = body.apply(s);
        } finally {
            lock.readLock().unlock();
        }
        if (s.readsDue) {
            settle();
        }
        return result;
    }

    /** The count of changes so far (see {@link #version}); equal before and after a read: nothing changed between. */
    public long version() {
        return version.get();
    }

    /** A read changed what the next read answers (it counted toward a file's readiness). Safe under the read lock. */
    void readChangedState() {
        version.incrementAndGet();
    }

    /**
     * What {@link #read} does before it reads: the scenario gate of {@code op} (which may throw or wait) and the
     * settlement with the clocks; returns the count of changes then. For a face that answers a read it kept.
     */
    long pass(Operation op, RequestFacts facts) {
        engine.gate().before(op, facts);
        settle();
        return version.get();
    }

    /** Runs a mutating operation under the write lock; events it causes are delivered after the lock is released. */
    @Decides(Guess.NO_EVENTS_FOR_ROLLED_BACK_WRITES)
    <T> T write(Operation op, RequestFacts facts, Function<SiteState, T> body) {
        if (op != null) {
            engine.gate().before(op, facts);
        }
        List<MediaEvent> events;
        T result;
        SiteState s = null;
        SitePersistence.Durable durable = SitePersistence.Durable.NONE;
        lock.writeLock().lock();
        try {
            s = built();
            engine.lifecycle.processDue(s);
            Mark start = mark(s);
            try {
                result = body.apply(s);
            } catch (RuntimeException | Error failure) {
                rollbackTo(s, start); // a write that fails part-way changes nothing
                throw failure;
            } finally {
                s.undo.clear();
            }
            engine.lifecycle.processDue(s);
            events = drain(s);
        } finally {
            // even a failed write commits: what became due before it ran has changed the state
            try {
                durable = commit(s);
            } finally {
                version.incrementAndGet();
                lock.writeLock().unlock();
            }
        }
        awaitDurable(durable); // an acknowledged write is on disk before its answer leaves
        deliver(events);
        return result;
    }

    /** Appends the record of what changed to the site's data directory, if it has one. Under the write lock. */
    private SitePersistence.Durable commit(SiteState s) {
        SitePersistence persistence = engine.persistence;
        return persistence == null || s == null ? SitePersistence.Durable.NONE : persistence.commit(s);
    }

    private void awaitDurable(SitePersistence.Durable durable) {
        if (durable.hasWork()) {
            engine.persistence.await(durable);
        }
    }

    /** A point inside a write to roll back to: what had been created by then, and where the ids stood. */
    record Mark(int undoDepth, long idCounter, int outboxSize) {}

    Mark mark(SiteState s) {
        return new Mark(s.undo.size(), s.ids.counter(), s.outbox.size());
    }

    /**
     * Takes back everything created since {@code mark} (newest first), rewinds the ids and forgets the events queued
     * since (what did not happen is not announced). Under the write lock.
     */
    void rollbackTo(SiteState s, Mark mark) {
        while (s.undo.size() > mark.undoDepth()) {
            s.undo.pop().run();
        }
        s.ids.rewind(mark.idCounter());
        if (s.outbox.size() > mark.outboxSize() && engine.config.eventsHeard().getAsBoolean()) {
            Reliance.met(Guess.NO_EVENTS_FOR_ROLLED_BACK_WRITES);
        }
        while (s.outbox.size() > mark.outboxSize()) {
            s.outbox.remove(s.outbox.size() - 1);
        }
    }

    /** Brings pending files up to date with the clocks (and with exhausted read budgets). */
    public void settle() {
        SiteState s = current();
        long fakeNow = engine.clock().millis();
        if (s.readsDue
                || s.nextFakeDue <= fakeNow
                || s.nextWallDue <= engine.config.wallClock().millis()
                || s.nextTicketExpiry < fakeNow
                || s.nextArchiveExpiry < fakeNow) {
            List<MediaEvent> events;
            SiteState now = null;
            SitePersistence.Durable durable = SitePersistence.Durable.NONE;
            lock.writeLock().lock();
            try {
                now = built();
                engine.lifecycle.processDue(now);
                events = drain(now);
            } finally {
                try {
                    durable = commit(now);
                } finally {
                    version.incrementAndGet();
                    lock.writeLock().unlock();
                }
            }
            awaitDurable(durable);
            deliver(events);
        }
    }

    /**
     * Replaces the whole state with an empty one. O(1) under the lock; the old state's bytes are freed after it. A site
     * with a data directory writes the new state there first (a snapshot replacing everything before it).
     */
    void replaceState(SiteState next) {
        SiteState old;
        lock.writeLock().lock();
        try {
            if (engine.persistence != null) {
                engine.persistence.replaceAll(next);
            }
            old = state;
            state = next;
            restored = null;
            version.incrementAndGet();
        } finally {
            lock.writeLock().unlock();
        }
        old.releaseContent();
    }

    /**
     * Replaces the whole state with one to be built on the site's next use. O(1) under the lock; with a data directory
     * the state is built now instead, and written there before this returns.
     */
    void replaceStateLazily(Supplier<SiteState> next) {
        if (engine.persistence != null) {
            replaceState(next.get());
            return;
        }
        SiteState old;
        SiteState empty = engine.emptyState();
        lock.writeLock().lock();
        try {
            old = state;
            state = empty; // the old state's bytes are freed now; the restored one is built on next use
            restored = next;
            version.incrementAndGet();
        } finally {
            lock.writeLock().unlock();
        }
        old.releaseContent();
    }

    /** Installs the state a data directory held, before anyone uses the site. */
    void install(SiteState recovered) {
        lock.writeLock().lock();
        try {
            state = recovered;
            restored = null;
            version.incrementAndGet();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A consistent copy of everything the site holds. */
    public <T> T inspect(Function<SiteState, T> reader) {
        settle();
        lock.readLock().lock();
        try {
            return reader.apply(state);
        } finally {
            lock.readLock().unlock();
        }
    }

    private static List<MediaEvent> drain(SiteState s) {
        if (s.outbox.isEmpty()) {
            return List.of();
        }
        List<MediaEvent> events = new ArrayList<>(s.outbox);
        s.outbox.clear();
        return events;
    }

    /** Every event reaches the listeners even when one throws; the first failure is rethrown afterwards. */
    @Decides(Guess.EVENT_DELIVERY_THREADS)
    private void deliver(List<MediaEvent> events) {
        if (!events.isEmpty() && engine.config.eventsHeard().getAsBoolean()) {
            Reliance.met(Guess.EVENT_DELIVERY_THREADS);
        }
        FirstFailure failures = new FirstFailure();
        events.forEach(e -> failures.run(() -> engine.config.events().accept(e)));
        failures.rethrow();
    }
}
