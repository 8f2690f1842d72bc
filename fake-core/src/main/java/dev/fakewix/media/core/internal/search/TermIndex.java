package dev.fakewix.media.core.internal.search;

import dev.fakewix.media.core.internal.query.Cursor;
import dev.fakewix.media.core.internal.query.Sortable;
import dev.fakewix.media.core.internal.query.SortedIndex;
import dev.fakewix.media.core.model.SortOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Which files a search term can match, so that {@code searchFiles} with a term neither scans every file nor changes
 * what it answers. The site's text match (a case-insensitive substring of the display name, of a label,
 * or of the MIME type) stays the rule: this index only proposes candidates, and every candidate is checked with the
 * rule, so a posting that outlived a rename or a deletion is harmless. The files are the site's entries, seen
 * through {@link Searchable}.
 *
 * <p>Each file has a slot. The lower-cased display name and labels are cut into trigrams (a text of one or two
 * characters is kept whole); each trigram has the ascending slots of the files whose texts hold it, delta-encoded as
 * varints (one or two bytes a posting). A term of three characters or more can only be in a file holding all its
 * trigrams (the rarest ones are intersected); a shorter term only in a file holding a trigram that contains it (their
 * postings are united). MIME types are few: each has the slots of its files, and a term is compared with each.
 * {@link GramKeys} cuts the texts, {@link GramTable} finds a gram's {@link PostingList}.
 *
 * <p>A page is then found one of two ways, whichever the candidate count says is cheaper: the few candidates are
 * checked and sorted by the requested order; or, when candidates are dense, the sorted index is walked from the
 * cursor with the text rule until the page is full (about {@code limit / density} steps; a walk that runs far beyond
 * its estimate gives way to the candidates).
 *
 * <p>Incremental: {@link #add} and {@link #remove} follow the site's file index as files enter and leave it; a file
 * taken out and put back with the same texts (a move, a trash, READY) keeps its slot; one whose texts changed gets a
 * new slot, the old one is left dead, and dead slots are dropped by a rebuild once they outnumber the live ones. A
 * restored site's index is built in one pass by its first search ({@link #buildOnFirstSearch}); the site's next
 * restore of the same snapshot takes that build's lists as they are (shared, read-only: copied before the first change)
 * and only gives its new entries their slots. Guarded by the site's lock, except that deferred build, which searches
 * (readers) take in turn.
 */
@API(status = API.Status.INTERNAL)
public final class TermIndex<E extends Searchable> {
    private static final int PAGE_BITS = 12;
    private static final int PAGE = 1 << PAGE_BITS;

    /** Slot to entry by pages of {@value #PAGE} (no growth slack, no big copies); {@code null} for a dead slot. */
    private Object[][] pages = new Object[0][];

    private int slots;
    private int live;
    /**
     * Trigrams and whole short texts, and the grams holding each short term: allocated on first use, as a reset
     * creates a new, mostly unused index.
     */
    private GramTable grams;

    private HashMap<String, PostingList> mimeTypes;
    /** The entry last removed and the texts it was indexed under: put back unchanged, it keeps its slot. */
    private E parked;

    private String parkedName;
    private List<String> parkedLabels;
    /** Each file's grams, cut into one buffer reused by the whole index. */
    private final GramKeys gramKeys = new GramKeys();
    /** Below this many candidates checking them is always cheap enough. */
    private final long few;
    /** Dead slots tolerated before a rebuild, however few the live ones. */
    private final int deadBeforeRebuild;

    public TermIndex() {
        this(256, 4096);
    }

    /** With other thresholds, so that tests reach every path on small sites. */
    TermIndex(long few, int deadBeforeRebuild) {
        this.few = few;
        this.deadBeforeRebuild = deadBeforeRebuild;
    }

    /**
     * A restored site's files, to be indexed on the first search rather than by the restore (most restored sites are
     * never searched by term); {@code null} once built. A live view of the site's files: every file in it is in the
     * site's indexes whenever no write is running, which is when a search builds it.
     */
    private volatile Collection<E> deferred;
    /**
     * The same files in the order the restore created them, while no write has added or removed one: walked in that
     * order, the entries and their texts are read about in memory order; the live view's hash order makes each file a
     * few cache misses, which cost more than cutting its grams.
     */
    private List<E> restored;

    /** Where a restore's deferred build keeps the index it built, for the site's next restore of the same snapshot. */
    public static final class Reuse {
        private volatile Built built;
    }

    /** The lists of an index built from a restore, read-only from then on (every index using them copies them first). */
    private record Built(GramTable grams, HashMap<String, PostingList> mimeTypes, int slots) {}

    /** The lists are a {@link Built}'s, shared with other restores: copied before the first change. */
    private boolean shared;

    private Reuse reuse;

    /**
     * Indexes {@code files} (a live view of all the site's files) in one pass on the first search; {@code created}
     * holds the same files in the order the restore created them (from its snapshot), used while no write intervenes.
     * Such a build is left in {@code reuse}, and taken from it by a later restore of the same snapshot: its slots are
     * the snapshot's files in order, and its texts theirs.
     */
    public void buildOnFirstSearch(Collection<E> files, List<E> created, Reuse reuse) {
        restored = created;
        this.reuse = reuse;
        deferred = files;
    }

    /** Builds a deferred index; searches run under the read lock, so two may arrive here together. */
    private synchronized void buildDeferred() {
        Collection<E> files = deferred;
        if (files != null) {
            List<E> inOrder = restored;
            Built earlier = inOrder != null && reuse != null ? reuse.built : null;
            if (earlier != null && earlier.slots == inOrder.size()) {
                grams = earlier.grams;
                mimeTypes = earlier.mimeTypes;
                shared = true;
                inOrder.forEach(this::claimSlot);
            } else {
                addAll(inOrder != null ? inOrder : files);
                if (inOrder != null && reuse != null && grams != null) {
                    reuse.built = new Built(grams, mimeTypes, slots);
                    shared = true;
                }
            }
            restored = null;
            reuse = null;
            deferred = null;
        }
    }

    /** Copies shared lists before this index changes them. */
    private void unshare() {
        shared = false;
        grams = grams.copy();
        HashMap<String, PostingList> mimeCopy = new HashMap<>();
        mimeTypes.forEach((m, p) -> mimeCopy.put(m, p.copy()));
        mimeTypes = mimeCopy;
    }

    /** Indexes a file entering the site's indexes. */
    public void add(E e) {
        if (deferred != null) {
            restored = null; // the build will find it among the site's files
            return;
        }
        E back = parked;
        parked = null;
        int slot = e.termSlot();
        if (back == e
                && slot >= 0
                && slot < slots
                && entry(slot) == null
                && e.displayName().equals(parkedName)
                && e.labels().equals(parkedLabels)) {
            pages[slot >>> PAGE_BITS][slot & (PAGE - 1)] = e;
            live++;
            return;
        }
        index(e);
        if (slots - live > Math.max(deadBeforeRebuild, live)) {
            rebuild();
        }
    }

    /** Forgets a file leaving the site's indexes (for good, or to be put back). */
    public void remove(E e) {
        if (deferred != null) {
            restored = null;
            return;
        }
        int slot = e.termSlot();
        if (slot >= 0 && slot < slots && entry(slot) == e) {
            pages[slot >>> PAGE_BITS][slot & (PAGE - 1)] = null;
            live--;
            parked = e;
            parkedName = e.displayName();
            parkedLabels = e.labels();
        }
    }

    /**
     * Indexes many files into an empty index (a restored snapshot, a rebuild) in two passes, so that no posting list
     * grows: the first cuts each file's grams once, keeps them, and counts each gram's files and varint bytes; the
     * second writes every list into an array of its final size (a bitmap if the list is dense by then).
     */
    public void addAll(Collection<E> entries) {
        if (slots > 0 || entries.isEmpty()) { // not a bulk build: the lists may hold slots already
            entries.forEach(this::index);
            return;
        }
        PostingList[] held = new PostingList[Math.max(16, entries.size() * 16)];
        int[] ends = new int[entries.size()];
        int at = 0;
        int file = 0;
        for (E e : entries) {
            int slot = claimSlot(e);
            int n = gramKeys.gramsOfFile(e);
            long[] keys = gramKeys.scratch;
            if (at + n > held.length) {
                held = Arrays.copyOf(held, Math.max(held.length + (held.length >> 1), at + n));
            }
            for (int i = 0; i < n; i++) {
                PostingList p = grams.postings(keys[i]);
                if (p.last != slot) {
                    p.tally(slot);
                    held[at++] = p;
                }
            }
            ends[file++] = at;
            if (e.mimeType() != null) {
                mimeTypes.computeIfAbsent(e.mimeType(), k -> new PostingList()).append(slot);
            }
        }
        grams.forEach(PostingList::allocate);
        for (int slot = 0, i = 0; slot < file; slot++) {
            for (int end = ends[slot]; i < end; i++) {
                held[i].put(slot);
            }
        }
        mimeTypes.values().forEach(PostingList::trim);
    }

    @SuppressWarnings("unchecked")
    private E entry(int slot) {
        return (E) pages[slot >>> PAGE_BITS][slot & (PAGE - 1)];
    }

    private void index(E e) {
        if (shared) {
            unshare();
        }
        int slot = claimSlot(e);
        int n = gramKeys.gramsOfFile(e);
        long[] keys = gramKeys.scratch;
        for (int i = 0; i < n; i++) {
            PostingList p = grams.postings(keys[i]);
            if (p.last != slot) { // a gram twice in the file's texts
                p.append(slot);
            }
        }
        if (e.mimeType() != null) {
            mimeTypes.computeIfAbsent(e.mimeType(), k -> new PostingList()).append(slot);
        }
    }

    /** Gives {@code e} the next slot. */
    private int claimSlot(E e) {
        if (grams == null) {
            grams = new GramTable();
            mimeTypes = new HashMap<>();
        }
        int slot = slots++;
        if ((slot >>> PAGE_BITS) == pages.length) {
            pages = Arrays.copyOf(pages, pages.length + 1);
            pages[pages.length - 1] = new Object[PAGE];
        }
        pages[slot >>> PAGE_BITS][slot & (PAGE - 1)] = e;
        e.setTermSlot(slot);
        live++;
        return slot;
    }

    private void rebuild() {
        List<E> alive = new ArrayList<>(live);
        for (int s = 0; s < slots; s++) {
            E e = entry(s);
            if (e != null) {
                alive.add(e);
            }
        }
        pages = new Object[0][];
        slots = 0;
        live = 0;
        grams = null;
        mimeTypes = null;
        shared = false;
        addAll(alive);
    }

    // ---------------------------------------------------------------- search

    /**
     * Up to {@code limit + 1} entries of {@code index} (the live files, or the trashed ones when {@code trashed})
     * that {@code filter} accepts, in the cursor's order, strictly after its last item: what
     * {@link SortedIndex#page} returns, found through the postings of the cursor's search term.
     */
    public List<E> page(SortedIndex<E> index, boolean trashed, Cursor spec, Predicate<? super E> filter) {
        if (deferred != null) {
            buildDeferred();
        }
        String term = spec.search();
        int limit = spec.limit();
        if (index == null || index.isEmpty() || grams == null) {
            return new ArrayList<>();
        }
        List<PostingList> texts = new ArrayList<>();
        boolean intersect = term.length() >= 3;
        if (intersect) {
            for (int i = 0; i + 3 <= term.length(); i++) {
                PostingList p = grams.get(GramKeys.key(term, i, 3));
                if (p == null) {
                    texts.clear(); // a trigram no file holds: no display name or label has the term
                    break;
                }
                if (!texts.contains(p)) {
                    texts.add(p);
                }
            }
            texts.sort(Comparator.comparingInt(p -> p.count));
        } else {
            texts.addAll(grams.containing(GramKeys.key(term, 0, term.length())));
        }
        List<PostingList> mimes = new ArrayList<>();
        for (Map.Entry<String, PostingList> m : mimeTypes.entrySet()) {
            if (m.getKey().contains(term)) {
                mimes.add(m.getValue());
            }
        }
        long estimate = 0;
        if (!texts.isEmpty()) {
            if (intersect) {
                estimate = texts.get(0).count;
            } else {
                for (PostingList p : texts) {
                    estimate += p.count;
                }
            }
        }
        for (PostingList p : mimes) {
            estimate += p.count;
        }
        if (estimate == 0) {
            return new ArrayList<>();
        }
        // checking a candidate and walking one step of the sorted index cost about the same (the text rule)
        double walkSteps = (limit + 1.0) * index.size() / estimate;
        if (estimate > few && estimate > walkSteps) {
            List<E> walked = index.page(
                    spec.sortField(), spec.order(), spec.last(), filter, limit, (long) (4 * walkSteps) + 1024);
            if (walked != null) {
                return walked;
            }
        }
        return candidatesPage(intersect, texts, mimes, trashed, spec, filter);
    }

    private List<E> candidatesPage(
            boolean intersect,
            List<PostingList> texts,
            List<PostingList> mimes,
            boolean trashed,
            Cursor spec,
            Predicate<? super E> filter) {
        int[] slotsFound = intersect ? PostingList.intersection(texts) : PostingList.union(texts, new int[0]);
        if (!mimes.isEmpty()) {
            slotsFound = PostingList.union(mimes, slotsFound);
        }
        Comparator<Sortable> order = spec.sortField().comparator();
        if (spec.order() == SortOrder.DESC) {
            order = order.reversed();
        }
        Sortable after = spec.last();
        List<E> hits = new ArrayList<>();
        int previous = -1;
        for (int slot : slotsFound) {
            if (slot == previous) {
                continue;
            }
            previous = slot;
            E e = entry(slot);
            if (e != null
                    && e.isTrashed() == trashed
                    && (after == null || order.compare(e, after) > 0)
                    && filter.test(e)) {
                hits.add(e);
            }
        }
        hits.sort(order);
        int limit = spec.limit();
        return hits.size() > limit + 1 ? new ArrayList<>(hits.subList(0, limit + 1)) : hits;
    }
}
