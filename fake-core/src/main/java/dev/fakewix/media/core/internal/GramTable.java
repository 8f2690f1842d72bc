package dev.fakewix.media.core.internal;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Gram keys to postings by open addressing: no boxed key per lookup (a restore makes millions), and the keys mixed,
 * as packed characters collide in {@code Long.hashCode}.
 */
final class GramTable {
    private long[] keys = new long[1024];
    private PostingList[] values = new PostingList[1024];
    private int size;

    PostingList get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return null;
    }

    /** Adds a key that is not in the table. */
    void put(long key, PostingList value) {
        if (2 * (size + 1) > keys.length) {
            long[] oldKeys = keys;
            PostingList[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new PostingList[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != null) {
                    insert(oldKeys[i], oldValues[i]);
                }
            }
        }
        insert(key, value);
        size++;
    }

    private void insert(long key, PostingList value) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** A table of copies of this one's lists, noting each list's copy in {@code copies}. */
    GramTable copy(Map<PostingList, PostingList> copies) {
        GramTable t = new GramTable();
        t.keys = keys.clone();
        t.values = new PostingList[values.length];
        t.size = size;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                t.values[i] = values[i].copy();
                copies.put(values[i], t.values[i]);
            }
        }
        return t;
    }

    void forEach(Consumer<PostingList> action) {
        for (PostingList p : values) {
            if (p != null) {
                action.accept(p);
            }
        }
    }
}
