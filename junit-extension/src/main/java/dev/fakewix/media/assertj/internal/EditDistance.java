package dev.fakewix.media.assertj.internal;

import java.util.Collection;
import java.util.Optional;
import org.apiguardian.api.API;

/** Levenshtein distance, to name the nearest miss in a failure message ("closest: x.jpeg"). */
@API(status = API.Status.INTERNAL)
public final class EditDistance {
    private EditDistance() {}

    /** The number of single-character insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The candidate nearest to {@code wanted} (the first one on ties), if any is near enough to be a plausible typo:
     * within half the length of the longer string.
     */
    public static Optional<String> closest(String wanted, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = between(wanted, candidate);
            if (d < bestDistance && !candidate.equals(wanted)) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best == null || bestDistance > Math.max(wanted.length(), best.length()) / 2 + 1) {
            return Optional.empty();
        }
        return Optional.of(best);
    }
}
