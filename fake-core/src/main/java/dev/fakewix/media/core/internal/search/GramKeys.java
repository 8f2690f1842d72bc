package dev.fakewix.media.core.internal.search;

import java.util.Arrays;
import java.util.Locale;

/**
 * The grams of a file's texts as numbers (see {@link #key}): each text lower-cased as the text rule does, cut into
 * trigrams, or kept whole when one or two characters long. One per {@link TermIndex}, under its guard: the keys go
 * into a buffer reused from file to file, so cutting a file allocates nothing unless its texts need
 * {@code toLowerCase}.
 */
final class GramKeys {
    /** The keys of the file last cut, up to the count {@link #gramsOfFile} returned. */
    long[] scratch = new long[64];

    /** The grams of {@code e}'s lower-cased display name and labels into {@link #scratch}; returns their count. */
    int gramsOfFile(Searchable e) {
        int n = gramsOf(e.displayName(), 0);
        for (String label : e.labels()) {
            n = gramsOf(label, n);
        }
        return n;
    }

    /**
     * Adds the grams of {@code text} lower-cased as {@code toLowerCase(Locale.ROOT)} does (the text rule's case) to
     * {@link #scratch} from {@code n}; returns the new count. Texts of chars below U+0100 are folded char by char,
     * which is what that method does for them (no string built); any other text goes through it.
     */
    private int gramsOf(String text, int n) {
        int len = text.length();
        if (len == 0) {
            return n;
        }
        int count = len < 3 ? 1 : len - 2;
        if (n + count > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, n + count));
        }
        long[] out = scratch;
        int m = n;
        long k = 0;
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c >= 0x100) {
                return gramsOfFolded(text.toLowerCase(Locale.ROOT), n);
            }
            c = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
            k = (k << 16) | c;
            if (i >= 2) {
                out[m++] = (3L << 48) | (k & 0xFFFF_FFFF_FFFFL);
            }
        }
        if (len < 3) {
            out[m++] = ((long) len << (16 * len)) | k;
        }
        return m;
    }

    /** {@link #gramsOf} for a text already lower-cased (which may be longer than the original). */
    private int gramsOfFolded(String text, int n) {
        int len = text.length();
        int count = len < 3 ? 1 : len - 2;
        if (n + count > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, n + count));
        }
        if (len < 3) {
            scratch[n++] = key(text, 0, len);
        } else {
            for (int i = 0; i + 3 <= len; i++) {
                scratch[n++] = key(text, i, 3);
            }
        }
        return n;
    }

    /** A text of one to three characters as a number: its length, then 16 bits a character. */
    static long key(CharSequence text, int from, int length) {
        long k = length;
        for (int i = 0; i < length; i++) {
            k = (k << 16) | text.charAt(from + i);
        }
        return k;
    }

    /** The length of the text a key stands for. */
    static int lengthOf(long key) {
        return key >>> 48 != 0 ? 3 : key >>> 32 != 0 ? 2 : 1;
    }
}
