package dev.fakewix.media.core.internal.query;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.model.SortOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Entries kept in order by each sortable field, so a page is found in O(log n) plus the items it scans, whatever
 * the size of the folder. Each order is a list of sorted chunks of at most {@value Run#CHUNK} references (a flat
 * B+-tree of one level): about 5 bytes per entry and order, where a {@code TreeSet} costs 40. Not thread-safe: the
 * site's lock guards it.
 */
@API(status = API.Status.INTERNAL)
@Decides(Guess.KEYSET_PAGING)
public final class SortedIndex<E extends Sortable> {
    private static final SortField[] FIELDS = SortField.values();
    /** By {@link SortField#ordinal()}; {@code null} for a field this index does not keep. */
    private final Run[] runs = new Run[FIELDS.length];

    private final Run first;

    public SortedIndex(Set<SortField> fields) {
        Run any = null;
        for (SortField field : FIELDS) {
            if (fields.contains(field)) {
                runs[slot(field)] = new Run(field.comparator());
                if (any == null) {
                    any = runs[slot(field)];
                }
            }
        }
        this.first = any;
    }

    /** An array by ordinal rather than an EnumMap: no iterator on the hot path, and it is never persisted. */
    @SuppressWarnings("EnumOrdinal")
    private static int slot(SortField field) {
        return field.ordinal();
    }

    public void add(E entry) {
        for (Run run : runs) {
            if (run != null) {
                run.add(entry);
            }
        }
    }

    public void remove(E entry) {
        for (Run run : runs) {
            if (run != null) {
                run.remove(entry);
            }
        }
    }

    /**
     * Takes {@code entry} out of the orders in which it would move when its keys became those of {@code after}, and
     * says which ({@link #putBack} returns it to them once it has changed). An entry whose change leaves an order's
     * key alone keeps its place there: a file turning READY changes its size, not its name or date.
     */
    public int takeOutWhereMoved(E entry, Sortable after) {
        int moved = 0;
        for (int i = 0; i < runs.length; i++) {
            Run run = runs[i];
            if (run != null && run.comparator.compare(entry, after) != 0) {
                run.remove(entry);
                moved |= 1 << i;
            }
        }
        return moved;
    }

    /** Returns {@code entry}, changed, to the orders {@link #takeOutWhereMoved} took it out of. */
    public void putBack(E entry, int moved) {
        for (int i = 0; i < runs.length; i++) {
            if ((moved & (1 << i)) != 0) {
                runs[i].add(entry);
            }
        }
    }

    public boolean isEmpty() {
        return first.size == 0;
    }

    public int size() {
        return first.size;
    }

    /** Every entry, in id-independent but stable order (by the first field). */
    @SuppressWarnings("unchecked")
    public List<E> all() {
        List<E> out = new ArrayList<>(first.size);
        for (Chunk c : first.chunks) {
            for (int i = 0; i < c.size; i++) {
                out.add((E) c.items[i]);
            }
        }
        return out;
    }

    /**
     * Up to {@code limit + 1} entries matching {@code filter}, in order, strictly after {@code after} (or from the
     * start); the extra entry tells the caller there is a next page.
     */
    public List<E> page(SortField field, SortOrder order, Sortable after, Predicate<? super E> filter, int limit) {
        return page(field, order, after, filter, limit, Long.MAX_VALUE);
    }

    /**
     * As {@link #page(SortField, SortOrder, Sortable, Predicate, int)}, but gives up ({@code null}) once it has tested
     * {@code maxTested} entries without filling the page: a caller with another way to the page bounds the walk.
     */
    @SuppressWarnings("unchecked")
    public List<E> page(
            SortField field, SortOrder order, Sortable after, Predicate<? super E> filter, int limit, long maxTested) {
        long budget = maxTested;
        Run run = runs[slot(field)];
        List<E> out = new ArrayList<>(Math.min(limit + 1, 128));
        List<Chunk> chunks = run.chunks;
        if (order == SortOrder.DESC) {
            int ci;
            int i;
            if (after == null) {
                ci = chunks.size() - 1;
                i = ci < 0 ? -1 : chunks.get(ci).size - 1;
            } else {
                // last entry strictly before `after`: one before the first entry >= after
                ci = run.chunkOf(after, false);
                if (ci == chunks.size()) {
                    ci--;
                    i = ci < 0 ? -1 : chunks.get(ci).size - 1;
                } else {
                    i = chunks.get(ci).lowerBound(after, run.comparator, false) - 1;
                }
            }
            for (; ci >= 0; ci--, i = ci >= 0 ? chunks.get(ci).size - 1 : -1) {
                Chunk c = chunks.get(ci);
                for (; i >= 0; i--) {
                    E e = (E) c.items[i];
                    if (--budget < 0) {
                        return null;
                    }
                    if (filter.test(e)) {
                        out.add(e);
                        if (out.size() > limit) {
                            return out;
                        }
                    }
                }
            }
        } else {
            int ci = after == null ? 0 : run.chunkOf(after, true);
            int i = after == null || ci == chunks.size() ? 0 : chunks.get(ci).lowerBound(after, run.comparator, true);
            for (; ci < chunks.size(); ci++, i = 0) {
                Chunk c = chunks.get(ci);
                for (; i < c.size; i++) {
                    E e = (E) c.items[i];
                    if (--budget < 0) {
                        return null;
                    }
                    if (filter.test(e)) {
                        out.add(e);
                        if (out.size() > limit) {
                            return out;
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Bulk load: appends {@code entry} to the order by {@code field} without a comparison, in a full chunk. The caller
     * appends every entry to every field this index keeps, each field's in that field's order (after every entry
     * already there); used to build a restored site's indexes from one sort per field.
     */
    public void appendInOrder(SortField field, E entry) {
        Run run = runs[slot(field)];
        assert run.size == 0
                        || run.comparator.compare(
                                        run.chunks.get(run.chunks.size() - 1)
                                                .items[run.chunks.get(run.chunks.size() - 1).size - 1],
                                        entry)
                                < 0
                : "out of order: " + entry.id();
        run.append(entry);
    }

    /** One sorted order: a list of sorted, non-empty chunks, each chunk's entries before the next chunk's. */
    private static final class Run {
        static final int CHUNK = 256;
        private static final ArrayList<Chunk> NONE = new ArrayList<>(0);
        final Comparator<Sortable> comparator;
        /** Allocated on first use: a reset creates a dozen indexes, most of which stay empty. */
        ArrayList<Chunk> chunks = NONE;

        int size;

        Run(Comparator<Sortable> comparator) {
            this.comparator = comparator;
        }

        /**
         * Index of the first chunk whose last entry is after {@code key} ({@code strict}) or at/after it; the
         * chunk count when there is none.
         */
        int chunkOf(Sortable key, boolean strict) {
            int lo = 0;
            int hi = chunks.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                Chunk c = chunks.get(mid);
                int cmp = comparator.compare(c.items[c.size - 1], key);
                if (cmp > 0 || (!strict && cmp == 0)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        @SuppressWarnings("ReferenceEquality") // NONE is a sentinel: the shared list, not any empty one
        void add(Sortable e) {
            if (chunks.isEmpty()) {
                if (chunks == NONE) {
                    chunks = new ArrayList<>(1);
                }
                Chunk only = new Chunk();
                only.insert(0, e);
                chunks.add(only);
                size++;
                return;
            }
            int ci = chunkOf(e, true);
            if (ci == chunks.size()) {
                ci--;
            }
            Chunk c = chunks.get(ci);
            if (c.size == CHUNK && ci == chunks.size() - 1 && comparator.compare(e, c.items[c.size - 1]) > 0) {
                // appending (e.g. ever newer dates): start a new chunk rather than leave two half-full ones
                Chunk next = new Chunk();
                next.insert(0, e);
                chunks.add(next);
                size++;
                return;
            }
            if (c.size == CHUNK) {
                Chunk right = c.split();
                chunks.add(ci + 1, right);
                if (comparator.compare(e, c.items[c.size - 1]) > 0) {
                    c = right;
                }
            }
            c.insert(c.lowerBound(e, comparator, true), e);
            size++;
        }

        @SuppressWarnings("ReferenceEquality") // NONE is a sentinel, as in add
        void append(Sortable e) {
            if (chunks == NONE) {
                chunks = new ArrayList<>();
            }
            Chunk c = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
            if (c == null || c.size == CHUNK) {
                c = new Chunk();
                c.items = new Sortable[CHUNK];
                chunks.add(c);
            }
            c.items[c.size++] = e;
            size++;
        }

        void remove(Sortable e) {
            int ci = chunkOf(e, false);
            if (ci == chunks.size()) {
                return;
            }
            Chunk c = chunks.get(ci);
            int i = c.lowerBound(e, comparator, false);
            if (i < c.size && comparator.compare(c.items[i], e) == 0) {
                c.delete(i);
                size--;
                if (c.size == 0) {
                    chunks.remove(ci);
                }
            }
        }
    }

    /** Sorted entries; the array grows as needed up to {@link Run#CHUNK}, so small folders stay small. */
    private static final class Chunk {
        Sortable[] items = new Sortable[4];
        int size;

        /** First position whose entry is after {@code key} ({@code strict}) or at/after it. */
        int lowerBound(Sortable key, Comparator<Sortable> comparator, boolean strict) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                int cmp = comparator.compare(items[mid], key);
                if (cmp > 0 || (!strict && cmp == 0)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        void insert(int at, Sortable e) {
            if (size == items.length) {
                Sortable[] bigger = new Sortable[Math.min(items.length * 2, Run.CHUNK)];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            System.arraycopy(items, at, items, at + 1, size - at);
            items[at] = e;
            size++;
        }

        void delete(int at) {
            System.arraycopy(items, at + 1, items, at, size - at - 1);
            items[--size] = null;
        }

        /** Moves the upper half into a new chunk, returned. */
        Chunk split() {
            Chunk right = new Chunk();
            int half = size / 2;
            right.items = new Sortable[Run.CHUNK];
            System.arraycopy(items, half, right.items, 0, size - half);
            right.size = size - half;
            Arrays.fill(items, half, size, null);
            size = half;
            return right;
        }
    }
}
