package dev.fakewix.media.core.internal.fidelity;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * One guess that requests met: how many requests, and how many of them each operation made.
 *
 * @param guess      the guess
 * @param requests   how many requests met it
 * @param operations requests by operation ({@code listFiles}, {@code webhook FILE_READY}, ...), in name order
 */
@API(status = API.Status.INTERNAL)
public record GuessMet(Guess guess, int requests, Map<String, Integer> operations) {
    /** The operation of a request that named none (an unknown path, a refusal before the route was known). */
    public static final String OTHER_REQUEST = "other request";

    public GuessMet {
        Objects.requireNonNull(guess, "guess");
        operations = Collections.unmodifiableMap(new TreeMap<>(operations));
    }

    /** The ledger id, e.g. {@code G-059}. */
    public String id() {
        return guess.id();
    }
}
