package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import java.util.concurrent.TimeUnit;

/**
 * The JSON body bytes all requests of one facade may hold at once. {@code maxJsonBodyBytes} bounds one body; this
 * bounds their sum, because a body costs many times its size while it is parsed into a tree (up to ~15 times for a
 * body of tiny values), and 16 concurrent 9.5 MiB bodies ran a 256 MiB heap out of memory (issue 19). A request
 * that does not fit waits a while for others to finish, then is answered 503 UNAVAILABLE with {@code Retry-After}.
 * A body is always admitted when no other is held, so every body within {@code maxJsonBodyBytes} can be served.
 *
 * <pre>{@code
 * BodyBudget budget = BodyBudget.ofHeap();
 * budget.take(bytes, true);      // before reading the body
 * try { ... } finally { budget.give(bytes); }
 * }</pre>
 *
 * Thread-safe.
 */
@Decides(Guess.JSON_BODIES_IN_FLIGHT)
final class BodyBudget {
    /** The share of the heap JSON bodies may hold: parsing multiplies a body's size (see above). */
    static final int HEAP_SHARE = 24;
    /** How long a request waits for room before it is told to retry. */
    static final long WAIT_MILLIS = 10_000;

    private final long capacity;
    private long held;

    BodyBudget(long capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the body budget must be positive, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** 1/{@value #HEAP_SHARE} of the JVM's largest heap, at least 1 MiB. */
    static BodyBudget ofHeap() {
        return new BodyBudget(Math.max(1L << 20, Runtime.getRuntime().maxMemory() / HEAP_SHARE));
    }

    long capacity() {
        return capacity;
    }

    synchronized long held() {
        return held;
    }

    /**
     * Reserves {@code bytes}; when they do not fit, waits up to {@value #WAIT_MILLIS} ms (if {@code mayWait}: a
     * request holding part of the budget already must not wait for others that may wait for it), then throws 503.
     */
    synchronized void take(long bytes, boolean mayWait) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(mayWait ? WAIT_MILLIS : 0);
        while (held > 0 && held + bytes > capacity) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw busy(bytes);
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy(bytes);
            }
        }
        held += bytes;
    }

    synchronized void give(long bytes) {
        held -= bytes;
        notifyAll();
    }

    private MediaManagerException busy(long bytes) {
        Reliance.met(Guess.JSON_BODIES_IN_FLIGHT);
        return MediaManagerException.standard(
                        WixErrorCode.UNAVAILABLE,
                        "The server is reading " + held
                                + " bytes of JSON bodies already, and " + bytes
                                + " more do not fit in what it may hold at once ("
                                + capacity + " bytes, 1/" + HEAP_SHARE
                                + " of its heap); retry in a moment, or give the JVM more heap"
                                + " (-Xmx)")
                .withRetryAfter(1);
    }
}
