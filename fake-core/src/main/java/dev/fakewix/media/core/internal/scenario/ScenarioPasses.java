package dev.fakewix.media.core.internal.scenario;

import dev.fakewix.media.core.Operation;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The scenario passes in force on each thread, one scope per fake (no state shared between fakes): the request a
 * thread is serving for a face, or none for a plain Java API call.
 *
 * <pre>{@code
 * ScenarioPasses passes = new ScenarioPasses();
 * RequestPass pass = passes.open(Operation.GET_FILE_DESCRIPTOR);
 * FileDescriptor file = pass.run(() -> files.getFileDescriptor(id));
 * }</pre>
 *
 * <p>Thread-safe: each thread sees only its own pass.
 */
@API(status = API.Status.INTERNAL)
public final class ScenarioPasses {
    @SuppressWarnings("ThreadLocalUsage") // one per fake on purpose: two fakes on one thread keep their own passes
    private final ThreadLocal<RequestPass> current = new ThreadLocal<>();

    /** A new pass for one request; {@code faultsOf} names the operation whose HTTP faults the face can deliver. */
    public RequestPass open(@Nullable Operation faultsOf) {
        return new RequestPass(this, faultsOf);
    }

    /** The pass of the request this thread is serving, or {@code null} for a plain Java API call. */
    @Nullable
    RequestPass current() {
        return current.get();
    }

    /** Runs {@code call} with {@code pass} in force on this thread; a nested run restores the outer pass. */
    <T> T within(RequestPass pass, Supplier<T> call) {
        RequestPass outer = current.get();
        current.set(pass);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }
}
