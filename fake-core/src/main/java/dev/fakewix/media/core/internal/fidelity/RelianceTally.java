package dev.fakewix.media.core.internal.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.apiguardian.api.API;

/**
 * What the requests to one site relied on: for each guess, how many requests met it, by operation. Each request
 * counts once per guess it met, whatever the number of times its answer used the guess. Thread-safe: requests of
 * one site end on many threads at once; counting allocates only the first time an operation meets a guess.
 *
 * <pre>{@code
 * RelianceTally tally = new RelianceTally();
 * ... requests end, each adding its guesses ...
 * List<GuessMet> met = tally.snapshot();   // e.g. [G-059 DEFAULT_PAGE_SIZE 3 requests {listFiles=2, searchFiles=1}]
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class RelianceTally {
    private static final Guess[] GUESSES = Guess.values();
    private final Map<String, AtomicIntegerArray> byOperation = new ConcurrentHashMap<>();

    void add(String operation, long[] bits) {
        AtomicIntegerArray counts = null;
        for (int i = 0; i < GUESSES.length; i++) {
            if ((bits[i >>> 6] & (1L << i)) != 0) {
                if (counts == null) {
                    counts = countsOf(operation == null ? GuessMet.OTHER_REQUEST : operation);
                }
                counts.incrementAndGet(i);
            }
        }
    }

    private AtomicIntegerArray countsOf(String operation) {
        AtomicIntegerArray counts = byOperation.get(operation);
        if (counts == null) {
            counts = byOperation.computeIfAbsent(operation, k -> new AtomicIntegerArray(GUESSES.length));
        }
        return counts;
    }

    /** The guesses met so far, in ledger order; empty when none was. */
    public List<GuessMet> snapshot() {
        List<GuessMet> met = new ArrayList<>();
        for (int i = 0; i < GUESSES.length; i++) {
            TreeMap<String, Integer> operations = new TreeMap<>();
            int requests = 0;
            for (Map.Entry<String, AtomicIntegerArray> e : byOperation.entrySet()) {
                int n = e.getValue().get(i);
                if (n > 0) {
                    operations.put(e.getKey(), n);
                    requests += n;
                }
            }
            if (requests > 0) {
                met.add(new GuessMet(GUESSES[i], requests, operations));
            }
        }
        return met;
    }

    /** Forgets everything counted. */
    public void clear() {
        byOperation.clear();
    }
}
