package dev.fakewix.media.core.internal.search;

import java.util.Arrays;
import java.util.List;

/**
 * Ascending slots, as deltas in unsigned LEB128 varints (the first from -1); once that takes more room than one
 * bit per slot (a gram in more than about one file in eight, e.g. {@code jpg}), as a bitmap.
 */
final class PostingList {
    /** A longer list is not intersected: decoding it would cost more than checking the candidates it removes. */
    private static final int INTERSECT_RATIO = 32;

    private static final byte[] NONE = new byte[0];
    byte[] data = NONE;
    int length;
    int count;
    int last = -1;
    /** The slots as bits once dense; {@code data} is dropped then. */
    long[] bits;

    void append(int slot) {
        if (bits != null) {
            int word = slot >>> 6;
            if (word >= bits.length) {
                bits = Arrays.copyOf(bits, Math.max(word + 1, bits.length + (bits.length >> 2) + 1));
            }
            bits[word] |= 1L << slot;
            last = slot;
            count++;
            return;
        }
        if (count >= 64 && length > (slot >>> 3) + 16) {
            int[] slots = decode();
            bits = new long[(slot >>> 6) + 1];
            for (int s : slots) {
                bits[s >>> 6] |= 1L << s;
            }
            data = NONE;
            length = 0;
            count = slots.length;
            append(slot);
            return;
        }
        if (length + 5 > data.length) {
            data = Arrays.copyOf(data, Math.max(length + 5, data.length + Math.max(8, data.length >> 2)));
        }
        int delta = slot - last;
        last = slot;
        while ((delta & ~0x7F) != 0) {
            data[length++] = (byte) ((delta & 0x7F) | 0x80);
            delta >>>= 7;
        }
        data[length++] = (byte) delta;
        count++;
    }

    /** First pass of a bulk build: {@code slot} (above the last) will be in the list; counts it and its bytes. */
    void tally(int slot) {
        int delta = slot - last;
        length += delta < 1 << 7 ? 1 : delta < 1 << 14 ? 2 : delta < 1 << 21 ? 3 : delta < 1 << 28 ? 4 : 5;
        last = slot;
        count++;
    }

    /**
     * Between the passes: the list's final arrays, never grown; a bitmap if the whole list is dense ({@link #append}
     * decides as the list grows, so a list dense only early on may differ in form, never in content).
     */
    void allocate() {
        if (count >= 64 && length > (last >>> 3) + 16) {
            bits = new long[(last >>> 6) + 1];
        } else {
            data = new byte[length];
        }
        length = 0;
        count = 0;
        last = -1;
    }

    /** Second pass: appends {@code slot} into the room {@link #allocate} made. */
    void put(int slot) {
        if (bits != null) {
            bits[slot >>> 6] |= 1L << slot;
        } else {
            int delta = slot - last;
            while ((delta & ~0x7F) != 0) {
                data[length++] = (byte) ((delta & 0x7F) | 0x80);
                delta >>>= 7;
            }
            data[length++] = (byte) delta;
        }
        last = slot;
        count++;
    }

    PostingList copy() {
        PostingList p = new PostingList();
        p.data = data.length == 0 ? NONE : data.clone();
        p.bits = bits == null ? null : bits.clone();
        p.length = length;
        p.count = count;
        p.last = last;
        return p;
    }

    int[] decode() {
        int[] out = new int[count];
        decodeInto(out, 0);
        return out;
    }

    int decodeInto(int[] out, int at) {
        if (bits != null) {
            for (int w = 0; w < bits.length; w++) {
                for (long word = bits[w]; word != 0; word &= word - 1) {
                    out[at++] = (w << 6) | Long.numberOfTrailingZeros(word);
                }
            }
            return at;
        }
        int slot = -1;
        int i = 0;
        while (i < length) {
            int delta = 0;
            int shift = 0;
            byte b;
            do {
                b = data[i++];
                delta |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            slot += delta;
            out[at++] = slot;
        }
        return at;
    }

    /** The slots of {@code sorted} that this list holds too. */
    int[] retain(int[] sorted) {
        int[] out = new int[Math.min(sorted.length, count)];
        int n = 0;
        if (bits != null) {
            for (int s : sorted) {
                if ((s >>> 6) < bits.length && (bits[s >>> 6] & (1L << s)) != 0) {
                    out[n++] = s;
                }
            }
            return Arrays.copyOf(out, n);
        }
        int[] mine = decode(); // one decoder: a list worth intersecting holds at most 32 times the candidates
        for (int a = 0, b = 0; a < mine.length && b < sorted.length; ) {
            if (mine[a] < sorted[b]) {
                a++;
            } else if (mine[a] > sorted[b]) {
                b++;
            } else {
                out[n++] = mine[a];
                a++;
                b++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    void trim() {
        if (bits != null) {
            bits = Arrays.copyOf(bits, (last >>> 6) + 1);
        } else if (data.length != length) {
            data = Arrays.copyOf(data, length);
        }
    }

    /** Slots in every list, or in the first ones where the others are too long to be worth decoding. */
    static int[] intersection(List<PostingList> lists) {
        if (lists.isEmpty()) {
            return new int[0];
        }
        int[] found = lists.get(0).decode();
        for (int i = 1; i < lists.size() && found.length > 0; i++) {
            PostingList next = lists.get(i);
            if (next.bits == null && next.count > (long) INTERSECT_RATIO * found.length) {
                break; // lists are by count: the rest are as long (a bitmap is probed, so its length costs nothing)
            }
            found = next.retain(found);
        }
        return found;
    }

    /** Sorted slots of every list and of {@code more} (duplicates kept: the caller skips them). */
    static int[] union(List<PostingList> lists, int[] more) {
        long total = more.length;
        for (PostingList p : lists) {
            total += p.count;
        }
        int[] all = Arrays.copyOf(more, (int) total);
        int n = more.length;
        for (PostingList p : lists) {
            n = p.decodeInto(all, n);
        }
        Arrays.sort(all);
        return all;
    }
}
