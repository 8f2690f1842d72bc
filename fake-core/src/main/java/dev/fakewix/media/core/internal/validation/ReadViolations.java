package dev.fakewix.media.core.internal.validation;

import dev.fakewix.media.core.FieldViolation;
import java.util.List;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The type violations a face met reading the request it is serving (a string where a number belongs, an unknown enum
 * value), handed to the core operation that serves it. The operation's one check of its request
 * ({@link Violations#throwForRequest()}) takes them and throws them with its own violations as one error, so the face
 * never chooses which check belongs to which operation, and the check runs once, in the core.
 *
 * <pre>{@code
 * FilePage page = ReadViolations.checkedWith(params::typeViolations, () -> site.files().listFiles(request));
 * }</pre>
 *
 * <p>Per thread: a face serves one request on one thread, and the operation checks on that thread.
 */
@API(status = API.Status.INTERNAL)
public final class ReadViolations {
    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    /** The type violations of one request, until its operation's check takes them. */
    private static final class Pending {
        final Supplier<List<FieldViolation>> source;
        boolean taken;

        Pending(Supplier<List<FieldViolation>> source) {
            this.source = source;
        }
    }

    private ReadViolations() {}

    /**
     * Runs {@code call} (one core operation) with the face's type violations of its request pending for the
     * operation's check. Should the operation end before its check with type violations pending, they are thrown
     * (they would have been first); should it return, its check was missing, which is a bug of the core.
     */
    public static <T> T checkedWith(Supplier<List<FieldViolation>> typeViolations, Supplier<T> call) {
        Pending outer = PENDING.get();
        Pending pending = new Pending(typeViolations);
        PENDING.set(pending);
        T result;
        try {
            result = call.get();
        } catch (RuntimeException e) {
            if (!pending.taken && !typeViolations.get().isEmpty()) {
                RuntimeException error = Violations.ofRequest(typeViolations.get(), new Violations());
                error.addSuppressed(e);
                throw error;
            }
            throw e;
        } finally {
            if (outer == null) {
                PENDING.remove();
            } else {
                PENDING.set(outer);
            }
        }
        if (!pending.taken && !typeViolations.get().isEmpty()) {
            throw new IllegalStateException("the operation did not check its request, so its type violations "
                    + typeViolations.get() + " were never reported; every operation a face calls must end its request "
                    + "check with Violations.throwForRequest()");
        }
        return result;
    }

    /** The pending type violations of this thread's request (empty when there are none), taken once. */
    public static List<FieldViolation> takePending() {
        Pending pending = PENDING.get();
        if (pending == null || pending.taken) {
            return List.of();
        }
        pending.taken = true;
        return List.copyOf(pending.source.get());
    }
}
