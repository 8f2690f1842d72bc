package dev.fakewix.media.core.internal.scenario;

import dev.fakewix.media.core.HttpFault;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.face.ScenarioPass;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ScenarioPass} of one request a face serves: the gates of its fake record into it what acted, and decide
 * at most one HTTP fault of {@code faultsOf}.
 *
 * <pre>{@code
 * RequestPass pass = passes.open(Operation.LIST_FILES);
 * pass.run(() -> site.files().listFiles(request));    // the site's ScenarioEngine records into the pass
 * }</pre>
 *
 * <p>One request, one thread: {@link #run} scopes it; the recording methods are synchronized all the same.
 */
@API(status = API.Status.INTERNAL)
public final class RequestPass implements ScenarioPass {
    private final ScenarioPasses scope;
    private final @Nullable Operation faultsOf;
    private final List<String> met = new ArrayList<>();
    private @Nullable HttpFault fault;

    RequestPass(ScenarioPasses scope, @Nullable Operation faultsOf) {
        this.scope = scope;
        this.faultsOf = faultsOf;
    }

    @Override
    public <T> T run(Supplier<T> call) {
        Objects.requireNonNull(call, "call");
        return scope.within(this, call);
    }

    @Override
    public synchronized List<String> met() {
        return List.copyOf(met);
    }

    @Override
    public synchronized Optional<HttpFault> fault() {
        return Optional.ofNullable(fault);
    }

    /**
     * The operation whose scripted faults a gate may still decide for this request (the face's route, whichever
     * operations its core calls pass), or {@code null} when the face cannot deliver one or one is decided already.
     */
    synchronized @Nullable Operation awaitsFaultOf() {
        return fault == null ? faultsOf : null;
    }

    synchronized void record(String behaviourLabel) {
        met.add(behaviourLabel);
    }

    synchronized void deliver(String behaviourLabel, HttpFault decided) {
        fault = decided;
        met.add(behaviourLabel);
    }
}
