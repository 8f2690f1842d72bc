package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.media.MediaFacts;
import dev.fakewix.media.core.model.ApplicationError;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.OperationStatus;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apiguardian.api.API;

/**
 * Moves pending files to READY or FAILED: plans each file's readiness on the fake clock or the wall clock (or after
 * a number of reads), applies the transitions that are due, and lets tests mark files by hand.
 */
@API(status = API.Status.INTERNAL)
public final class LifecycleScheduler {
    private final SiteEngine engine;

    LifecycleScheduler(SiteEngine engine) {
        this.engine = engine;
    }

    void startPending(SiteState s, FileEntry entry, Readiness plan) {
        startPending(
                s,
                entry,
                plan,
                engine.clock().millis(),
                engine.config.wallClock().millis());
    }

    /** As above, with the plan's delays counted from the given instants (a restored snapshot's restore time). */
    void startPending(SiteState s, FileEntry entry, Readiness plan, long fakeClockStart, long wallClockStart) {
        FileEntry.Pending pending = new FileEntry.Pending(plan, engine.now(), s.pendingSequence++);
        entry.pending = pending;
        if (plan instanceof Readiness.Ready || plan instanceof Readiness.Fail) {
            schedule(s, entry, pending, plan, fakeClockStart, wallClockStart);
        }
    }

    private void schedule(
            SiteState s,
            FileEntry entry,
            FileEntry.Pending pending,
            Readiness outcome,
            long fakeClockStart,
            long wallClockStart) {
        boolean wall;
        Duration delay;
        if (outcome instanceof Readiness.Ready r) {
            wall = r.timeBase() == Readiness.TimeBase.WALL_CLOCK;
            delay = r.delay();
        } else {
            Readiness.Fail f = (Readiness.Fail) outcome;
            wall = f.timeBase() == Readiness.TimeBase.WALL_CLOCK;
            delay = f.delay();
        }
        long base = wall ? wallClockStart : fakeClockStart;
        plan(s, entry, pending, outcome, saturatedAdd(base, delay.toMillis()), wall);
    }

    /** Queues the transition of a pending file to {@code outcome} at {@code due} (a wall clock instant or the fake's). */
    void plan(SiteState s, FileEntry entry, FileEntry.Pending pending, Readiness outcome, long due, boolean wall) {
        pending.outcome = outcome;
        pending.due = due;
        pending.dueOnWallClock = wall;
        s.touched(entry);
        SiteState.Transition t = new SiteState.Transition(due, s.transitionSequence++, entry, pending, outcome);
        if (wall) {
            s.wallClockQueue.add(t);
            s.nextWallDue = s.wallClockQueue.peek().due();
        } else {
            s.fakeClockQueue.add(t);
            s.nextFakeDue = s.fakeClockQueue.peek().due();
        }
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    /** Counts a read of a pending file whose readiness waits for reads. Safe under the read lock. */
    void noteRead(SiteState s, FileEntry e) {
        FileEntry.Pending p = e.pending;
        if (p != null && p.plan instanceof Readiness.AfterReads) {
            synchronized (p) {
                if (p.readsLeft > 0) {
                    engine.transaction.readChangedState();
                    if (--p.readsLeft == 0) {
                        s.readsExhausted.add(e);
                        s.readsDue = true;
                    }
                }
            }
        }
    }

    /** Applies every transition that is due, and forgets expired upload and archive URLs. Under the write lock. */
    void processDue(SiteState s) {
        s.dropExpiredTickets(engine.clock().millis());
        s.dropExpiredArchives(engine.clock().millis());
        if (s.readsDue) {
            s.readsDue = false;
            FileEntry e;
            while ((e = s.readsExhausted.poll()) != null) {
                if (e.pending != null && e.pending.plan instanceof Readiness.AfterReads r) {
                    schedule(
                            s,
                            e,
                            e.pending,
                            r.outcome(),
                            engine.clock().millis(),
                            engine.config.wallClock().millis());
                }
            }
        }
        runQueue(s, s.fakeClockQueue, engine.clock().millis());
        runQueue(s, s.wallClockQueue, engine.config.wallClock().millis());
        s.nextFakeDue = s.fakeClockQueue.isEmpty()
                ? Long.MAX_VALUE
                : s.fakeClockQueue.peek().due();
        s.nextWallDue = s.wallClockQueue.isEmpty()
                ? Long.MAX_VALUE
                : s.wallClockQueue.peek().due();
    }

    private void runQueue(SiteState s, PriorityQueue<SiteState.Transition> queue, long now) {
        while (!queue.isEmpty() && queue.peek().due() <= now) {
            SiteState.Transition t = queue.poll();
            FileEntry e = t.entry();
            if (e.pending != t.pending() || s.files.get(e.file.id()) != e) {
                continue; // marked by hand, deleted, or from a replaced state
            }
            if (t.outcome() instanceof Readiness.Fail f) {
                fail(s, e, f.error());
            } else {
                ready(s, e, false);
            }
        }
    }

    /** Turns a file READY and queues File Ready. */
    @Decides(Guess.READY_KEEPS_UPDATED_DATE)
    FileDescriptor ready(SiteState s, FileEntry e, boolean triggeredByUndelete) {
        if (e.file.operationStatus() != OperationStatus.READY) {
            Reliance.met(Guess.READY_KEEPS_UPDATED_DATE);
            e.pending = null;
            if (e.id().endsWith(FileIndex.TEMPORARY_VECTOR)) {
                engine.fileIndex.finalVectorId(s, e);
            }
            long before = Math.max(0, e.file.sizeInBytes());
            FileDescriptor readyFile = MediaFacts.ready(e.file, e.content, e.originalName, e.mimeType, engine.siteId);
            engine.fileIndex.replaceFile(s, e, readyFile);
            s.storageUsed += Math.max(0, readyFile.sizeInBytes()) - before;
        }
        engine.events.fileReady(s, e, triggeredByUndelete);
        return e.file;
    }

    /** Turns a file FAILED and queues File Failed. */
    @Decides(Guess.READY_KEEPS_UPDATED_DATE)
    FileDescriptor fail(SiteState s, FileEntry e, ApplicationError error) {
        Reliance.met(Guess.READY_KEEPS_UPDATED_DATE);
        e.pending = null;
        FileDescriptor f = e.file;
        engine.fileIndex.replaceFile(s, e, f.withoutMedia().withOperationStatus(OperationStatus.FAILED));
        engine.events.fileFailed(s, e, error);
        return e.file;
    }

    // ---------------------------------------------------------------- test controls

    public FileDescriptor markReady(String fileId) {
        return engine.transaction.write(null, RequestFacts.NONE, s -> {
            FileEntry e = engine.fileIndex.requireFile(s, fileId, "fileId");
            if (e.file.operationStatus() == OperationStatus.READY) {
                return e.file;
            }
            if (e.file.operationStatus() == OperationStatus.FAILED) {
                throw WixErrorCode.FAILED_PRECONDITION.exception(
                        "fileId", "File " + fileId + " has FAILED; only a PENDING file can be marked READY");
            }
            return ready(s, e, false);
        });
    }

    public FileDescriptor markFailed(String fileId, String code, String description) {
        ApplicationError error = ApplicationError.of(code, description);
        return engine.transaction.write(null, RequestFacts.NONE, s -> {
            FileEntry e = engine.fileIndex.requireFile(s, fileId, "fileId");
            if (e.file.operationStatus() != OperationStatus.PENDING) {
                throw WixErrorCode.FAILED_PRECONDITION.exception(
                        "fileId",
                        "File " + fileId + " is " + e.file.operationStatus()
                                + "; only a PENDING file can be marked FAILED");
            }
            return fail(s, e, error);
        });
    }

    @Decides(Guess.PENDING_ORDER)
    public List<String> pendingFileIds() {
        return engine.transaction.inspect(s -> s.files.values().stream()
                .filter(e -> e.pending != null)
                .sorted(Comparator.comparing((FileEntry e) -> e.file.createdDate())
                        .thenComparingLong(e -> e.pending.sequence))
                .map(FileEntry::id)
                .toList());
    }
}
