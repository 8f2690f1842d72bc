package dev.fakewix.media.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Glob patterns ({@code *} any run of characters, {@code ?} one character) as used by scenario matchers;
 * case-insensitive like Wix name search.
 *
 * <p>Matching never backtracks: the pattern is cut at its stars into segments, and each segment is matched at its
 * leftmost place after the previous one (which is always right for globs: a later place could only leave less room
 * to the segments after it). A name of n characters against a pattern of m characters costs at most n * m character
 * comparisons, whatever the stars, where the old regular expression ({@code .*.*.*...}) took exponential time:
 * {@code "******zz"} against a 200-character name ran for minutes.
 */
final class Globs {
    private Globs() {}

    /** The predicate "matches {@code glob}" (the whole name, case-insensitively). */
    static Predicate<String> matcher(String glob) {
        Objects.requireNonNull(glob, "glob");
        List<String> segments = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                segments.add(segment.toString());
                segment.setLength(0);
            } else {
                segment.append(c);
            }
        }
        segments.add(segment.toString());
        String[] parts = segments.toArray(new String[0]);
        return name -> name != null && matches(parts, name);
    }

    /** {@code parts}: the pattern cut at its stars (so one part means no star). */
    private static boolean matches(String[] parts, String name) {
        String first = parts[0];
        if (parts.length == 1) {
            return name.length() == first.length() && segmentAt(first, name, 0);
        }
        String last = parts[parts.length - 1];
        if (name.length() < first.length() + last.length()
                || !segmentAt(first, name, 0)
                || !segmentAt(last, name, name.length() - last.length())) {
            return false;
        }
        int from = first.length();
        int end = name.length() - last.length();
        for (int i = 1; i < parts.length - 1; i++) {
            String part = parts[i];
            int at = find(part, name, from, end);
            if (at < 0) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }

    /** The leftmost place at or after {@code from} where {@code part} matches and ends by {@code end}, or -1. */
    private static int find(String part, String name, int from, int end) {
        for (int at = from; at + part.length() <= end; at++) {
            if (segmentAt(part, name, at)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean segmentAt(String part, String name, int at) {
        for (int i = 0; i < part.length(); i++) {
            char p = part.charAt(i);
            if (p != '?' && !sameIgnoringCase(p, name.charAt(at + i))) {
                return false;
            }
        }
        return true;
    }

    // as String.regionMatches(true, ...): upper case, then lower case (for scripts where only one of them folds)
    private static boolean sameIgnoringCase(char a, char b) {
        if (a == b) {
            return true;
        }
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
    }
}
