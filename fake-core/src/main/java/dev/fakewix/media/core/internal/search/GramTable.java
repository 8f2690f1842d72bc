package dev.fakewix.media.core.internal.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gram keys ({@link GramKeys}) to postings by open addressing: no boxed key per lookup (a restore makes millions), and
 * the keys mixed, as packed characters collide in {@code Long.hashCode}. With them, for a term of one or two
 * characters, the lists of every gram that contains it.
 */
final class GramTable {
    private long[] keys = new long[1024];
    private PostingList[] values = new PostingList[1024];
    private int size;
    /** For a term of one or two characters: every gram that contains it. */
    private HashMap<Long, ArrayList<PostingList>> containing = new HashMap<>();

    PostingList get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return null;
    }

    /** The lists of the grams that contain the term of one or two characters {@code key} stands for. */
    List<PostingList> containing(long key) {
        return containing.getOrDefault(key, new ArrayList<>(0));
    }

    /** The list of a gram key, created empty (and filed under the short terms it contains) if new. */
    PostingList postings(long key) {
        PostingList p = get(key);
        if (p == null) {
            p = new PostingList();
            put(key, p);
            PostingList created = p;
            // a gram of length L (from the top bits) holds the 1- and 2-character terms it contains
            int length = (int) (key >>> (16 * GramKeys.lengthOf(key)));
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = (char) (key >>> (16 * (length - 1 - i)));
            }
            String g = new String(chars);
            List<Long> seen = new ArrayList<>(5);
            for (int sub = 1; sub <= Math.min(2, length); sub++) {
                for (int i = 0; i + sub <= length; i++) {
                    Long k = GramKeys.key(g, i, sub);
                    if (!seen.contains(k)) {
                        seen.add(k);
                        containing.computeIfAbsent(k, x -> new ArrayList<>(4)).add(created);
                    }
                }
            }
        }
        return p;
    }

    /** Adds a key that is not in the table. */
    private void put(long key, PostingList value) {
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

    /** A table of copies of this one's lists. */
    GramTable copy() {
        IdentityHashMap<PostingList, PostingList> copies = new IdentityHashMap<>();
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
        HashMap<Long, ArrayList<PostingList>> containingCopy = new HashMap<>(containing.size() * 2);
        containing.forEach((k, list) -> {
            ArrayList<PostingList> copy = new ArrayList<>(list.size());
            list.forEach(p -> copy.add(copies.get(p)));
            containingCopy.put(k, copy);
        });
        t.containing = containingCopy;
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
