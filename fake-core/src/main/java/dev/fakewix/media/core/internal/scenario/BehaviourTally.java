package dev.fakewix.media.core.internal.scenario;

import dev.fakewix.media.core.ScriptedBehaviour;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * How often one scripted behaviour met a matching request and acted, and whether it was cancelled: the mutable
 * half of a {@link ScriptedBehaviour}, which reads it for {@code timesMet()} and {@code cancel()} while the
 * {@link ScenarioEngine} counts into it.
 *
 * <pre>{@code
 * BehaviourTally tally = new BehaviourTally();
 * boolean acts = tally.acts(new ScriptedBehaviour.Count.Times(1), random);   // true, then false
 * }</pre>
 *
 * <p>Thread-safe.
 */
@API(status = API.Status.INTERNAL)
public final class BehaviourTally {
    private int calls;
    private int met;
    private boolean cancelled;
    /** Told when the behaviour is cancelled (its site's data directory keeps that). */
    private volatile Runnable onCancel = () -> {};

    /** Counts one matching call and says whether the behaviour acts on it under {@code count}. */
    public synchronized boolean acts(ScriptedBehaviour.Count count, SplittableRandom random) {
        if (cancelled) {
            return false;
        }
        calls++;
        boolean acts;
        if (count instanceof ScriptedBehaviour.Count.Times t) {
            acts = met < t.n();
        } else if (count instanceof ScriptedBehaviour.Count.FromCall f) {
            acts = calls >= f.k();
        } else if (count instanceof ScriptedBehaviour.Count.Probability p) {
            acts = random.nextDouble() < p.p();
        } else {
            acts = true;
        }
        if (acts) {
            met++;
        }
        return acts;
    }

    /** How many calls it acted on. */
    public synchronized int met() {
        return met;
    }

    /** Stops it acting. */
    public void cancel() {
        synchronized (this) {
            cancelled = true;
        }
        onCancel.run();
    }

    /** Who is told when the behaviour is cancelled. */
    public void onCancel(Runnable listener) {
        this.onCancel = Objects.requireNonNull(listener, "listener");
    }

    /** Its counts as a data directory keeps them: matching calls, calls acted on, cancelled (1) or not (0). */
    public synchronized int[] counts() {
        return new int[] {calls, met, cancelled ? 1 : 0};
    }

    /** Sets the counts a data directory kept, before the behaviour is installed. */
    public synchronized void restore(int calls, int met, boolean cancelled) {
        this.calls = calls;
        this.met = met;
        this.cancelled = cancelled;
    }
}
