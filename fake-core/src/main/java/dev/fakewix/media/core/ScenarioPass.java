package dev.fakewix.media.core;

import org.apiguardian.api.API;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One request of a face (the HTTP facade) passing the scenario gates of a fake: what scripted behaviour acted on it
 * and, when the face can break its answer, which {@link HttpFault} to deliver. Every scripted outcome of the request
 * (latency, error, fault) is decided at one moment, when its operation passes its site's gate, so a request that
 * fails before it reaches the core (a malformed body) consumes nothing, and what {@link #met()} says is what happened.
 *
 * <pre>{@code
 * ScenarioPass pass = fake.scenarioPass(Operation.LIST_FILES);
 * byte[] answer = pass.run(() -> handle(request));       // the core's gates record into the pass
 * pass.fault().ifPresent(f -> breakTheAnswer(f));         // decided by the gate, never before it
 * journal(pass.met());                                    // e.g. ["#1 listFiles: fault EMPTY_RESPONSE once"]
 * }</pre>
 *
 * <p>A pass belongs to one request served on one thread; {@link #run} scopes it to that call (nested runs restore
 * the outer pass). Java API calls made outside a pass meet errors and latency but never faults.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ScenarioPass {
    private final Scope scope;
    private final Operation faultsOf;
    private final List<String> met = new ArrayList<>();
    private HttpFault fault;

    ScenarioPass(Scope scope, Operation faultsOf) {
        this.scope = scope;
        this.faultsOf = faultsOf;
    }

    /** Runs {@code call} with this pass in force for the fake's gates on this thread. */
    public <T> T run(Supplier<T> call) {
        Objects.requireNonNull(call, "call");
        ScenarioPass outer = scope.current.get();
        scope.current.set(this);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                scope.current.remove();
            } else {
                scope.current.set(outer);
            }
        }
    }

    /** The labels of the behaviours that acted, in order. */
    public synchronized List<String> met() {
        return List.copyOf(met);
    }

    /** The fault a gate decided for this request, if any (at most one per request). */
    public synchronized Optional<HttpFault> fault() {
        return Optional.ofNullable(fault);
    }

    /**
     * The operation whose scripted faults a gate may still decide for this request (the face's route, whichever
     * operations its core calls pass), or {@code null} when the face cannot deliver one or one is decided already.
     */
    synchronized Operation awaitsFaultOf() {
        return fault == null ? faultsOf : null;
    }

    synchronized void record(ScriptedBehaviour behaviour) {
        met.add(behaviour.label());
    }

    synchronized void deliver(ScriptedBehaviour behaviour, HttpFault decided) {
        fault = decided;
        met.add(behaviour.label());
    }

    /** The passes in force on each thread, one scope per fake (no state shared between fakes). */
    static final class Scope {
        private final ThreadLocal<ScenarioPass> current = new ThreadLocal<>();

        /** The pass of the request this thread is serving, or {@code null} for a plain Java API call. */
        ScenarioPass current() {
            return current.get();
        }
    }
}
