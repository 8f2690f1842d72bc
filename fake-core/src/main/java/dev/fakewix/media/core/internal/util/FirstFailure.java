package dev.fakewix.media.core.internal.util;

import org.apiguardian.api.API;

/**
 * Runs every step even when some throw, then rethrows the first failure (the others as suppressed). Used where one
 * broken listener or site must not cost the others their events.
 *
 * <pre>{@code
 * FirstFailure failures = new FirstFailure();
 * listeners.forEach(l -> failures.run(() -> l.accept(event)));
 * failures.rethrow();
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class FirstFailure {
    private RuntimeException first;

    public void run(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            if (first == null) {
                first = e;
            } else {
                first.addSuppressed(e);
            }
        }
    }

    public void rethrow() {
        if (first != null) {
            throw first;
        }
    }
}
