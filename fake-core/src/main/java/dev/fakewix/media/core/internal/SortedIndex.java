package dev.fakewix.media.core.internal;

import dev.fakewix.media.core.model.SortOrder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Entries kept in order by each sortable field, so a page is found in O(log n) plus the items it scans, whatever
 * the size of the folder. Not thread-safe: the site's lock guards it.
 */
public final class SortedIndex<E extends Sortable> {
    private final Map<SortField, TreeSet<Sortable>> sets = new EnumMap<>(SortField.class);

    public SortedIndex(Set<SortField> fields) {
        for (SortField field : fields) {
            sets.put(field, new TreeSet<>(field.comparator()));
        }
    }

    public void add(E entry) {
        for (TreeSet<Sortable> set : sets.values()) {
            set.add(entry);
        }
    }

    public void remove(E entry) {
        for (TreeSet<Sortable> set : sets.values()) {
            set.remove(entry);
        }
    }

    public boolean isEmpty() {
        return sets.values().iterator().next().isEmpty();
    }

    public int size() {
        return sets.values().iterator().next().size();
    }

    /** Every entry, in id-independent but stable order (by the first field). */
    @SuppressWarnings("unchecked")
    public List<E> all() {
        List<E> out = new ArrayList<>();
        for (Sortable s : sets.values().iterator().next()) {
            out.add((E) s);
        }
        return out;
    }

    /**
     * Up to {@code limit + 1} entries matching {@code filter}, in order, strictly after {@code after} (or from the
     * start); the extra entry tells the caller there is a next page.
     */
    @SuppressWarnings("unchecked")
    public List<E> page(SortField field, SortOrder order, Sortable after, Predicate<? super E> filter, int limit) {
        NavigableSet<Sortable> set = sets.get(field);
        if (order == SortOrder.DESC) {
            set = set.descendingSet();
        }
        if (after != null) {
            set = set.tailSet(after, false);
        }
        List<E> out = new ArrayList<>(Math.min(limit + 1, 128));
        for (Sortable s : set) {
            E e = (E) s;
            if (filter.test(e)) {
                out.add(e);
                if (out.size() > limit) {
                    break;
                }
            }
        }
        return out;
    }
}
