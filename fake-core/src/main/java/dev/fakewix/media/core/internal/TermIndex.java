package dev.fakewix.media.core.internal;

import dev.fakewix.media.core.model.SortOrder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which files a search term can match, so that {@code searchFiles} with a term neither scans every file nor changes
 * what it answers. {@link FileOperations}' text match (a case-insensitive substring of the display name, of a label,
 * or of the MIME type) stays the rule: this index only proposes candidates, and every candidate is checked with the
 * rule, so a posting that outlived a rename or a deletion is harmless.
 *
 * <p>Each file has a slot. The lower-cased display name and labels are cut into trigrams (a text of one or two
 * characters is kept whole); each trigram has the ascending slots of the files whose texts hold it, delta-encoded as
 * varints (one or two bytes a posting). A term of three characters or more can only be in a file holding all its
 * trigrams (the rarest ones are intersected); a shorter term only in a file holding a trigram that contains it (their
 * postings are united). MIME types are few: each has the slots of its files, and a term is compared with each.
 *
 * <p>A page is then found one of two ways, whichever the candidate count says is cheaper: the few candidates are
 * checked and sorted by the requested order; or, when candidates are dense, the sorted index is walked from the
 * cursor with the text rule until the page is full (about {@code limit / density} steps; a walk that runs far beyond
 * its estimate gives way to the candidates).
 *
 * <p>Incremental: {@link #add} and {@link #remove} follow {@link FileIndex#indexFile}/{@code unindexFile}; a file
 * taken out and put back with the same texts (a move, a trash, READY) keeps its slot; one whose texts changed gets a
 * new slot, the old one is left dead, and dead slots are dropped by a rebuild once they outnumber the live ones. A
 * restored site's index is built in one pass by its first search ({@link #buildOnFirstSearch}); the site's next
 * restore of the same snapshot takes that build's lists as they are (shared, read-only: copied before the first change)
 * and only gives its new entries their slots. Guarded by the site's lock, except that deferred build, which searches
 * (readers) take in turn.
 */
final class TermIndex {
    private static final int PAGE_BITS = 12;
    private static final int PAGE = 1 << PAGE_BITS;
    /** A longer list is not intersected: decoding it would cost more than checking the candidates it removes. */
    private static final int INTERSECT_RATIO = 32;

    /** Slot to entry by pages of {@value #PAGE} (no growth slack, no big copies); {@code null} for a dead slot. */
    private FileEntry[][] pages = new FileEntry[0][];
    private int slots;
    private int live;
    /** Trigrams and whole short texts: allocated on first use, as a reset creates a new, mostly unused index. */
    private GramTable grams;
    /** For a term of one or two characters: every gram that contains it. */
    private HashMap<Long, ArrayList<Postings>> containing;
    private HashMap<String, Postings> mimeTypes;
    /** The entry last removed and the texts it was indexed under: put back unchanged, it keeps its slot. */
    private FileEntry parked;
    private String parkedName;
    private List<String> parkedLabels;
    private long[] scratch = new long[64];
    /** Below this many candidates checking them is always cheap enough. */
    private final long few;
    /** Dead slots tolerated before a rebuild, however few the live ones. */
    private final int deadBeforeRebuild;

    TermIndex() {
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
    private volatile java.util.Collection<FileEntry> deferred;
    /**
     * The same files in the order the restore created them, while no write has added or removed one: walked in that
     * order, the entries and their texts are read about in memory order; the live view's hash order makes each file a
     * few cache misses, which cost more than cutting its grams.
     */
    private List<FileEntry> restored;

    /** Where a restore's deferred build keeps the index it built, for the site's next restore of the same snapshot. */
    static final class Reuse {
        private volatile Built built;
    }

    /** The lists of an index built from a restore, read-only from then on (every index using them copies them first). */
    private record Built(GramTable grams, HashMap<Long, ArrayList<Postings>> containing, HashMap<String, Postings> mimeTypes,
                         int slots) {
    }

    /** The lists are a {@link Built}'s, shared with other restores: copied before the first change. */
    private boolean shared;
    private Reuse reuse;

    /**
     * Indexes {@code files} (a live view of all the site's files) in one pass on the first search; {@code created}
     * holds the same files in the order the restore created them (from its snapshot), used while no write intervenes.
     * Such a build is left in {@code reuse}, and taken from it by a later restore of the same snapshot: its slots are
     * the snapshot's files in order, and its texts theirs.
     */
    void buildOnFirstSearch(java.util.Collection<FileEntry> files, List<FileEntry> created, Reuse reuse) {
        restored = created;
        this.reuse = reuse;
        deferred = files;
    }

    /** Builds a deferred index; searches run under the read lock, so two may arrive here together. */
    private synchronized void buildDeferred() {
        java.util.Collection<FileEntry> files = deferred;
        if (files != null) {
            List<FileEntry> inOrder = restored;
            Built earlier = inOrder != null && reuse != null ? reuse.built : null;
            if (earlier != null && earlier.slots == inOrder.size()) {
                grams = earlier.grams;
                containing = earlier.containing;
                mimeTypes = earlier.mimeTypes;
                shared = true;
                inOrder.forEach(this::claimSlot);
            } else {
                addAll(inOrder != null ? inOrder : files);
                if (inOrder != null && reuse != null && grams != null) {
                    reuse.built = new Built(grams, containing, mimeTypes, slots);
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
        java.util.IdentityHashMap<Postings, Postings> copies = new java.util.IdentityHashMap<>();
        grams = grams.copy(copies);
        HashMap<Long, ArrayList<Postings>> containingCopy = new HashMap<>(containing.size() * 2);
        containing.forEach((k, list) -> {
            ArrayList<Postings> copy = new ArrayList<>(list.size());
            list.forEach(p -> copy.add(copies.get(p)));
            containingCopy.put(k, copy);
        });
        containing = containingCopy;
        HashMap<String, Postings> mimeCopy = new HashMap<>();
        mimeTypes.forEach((m, p) -> mimeCopy.put(m, p.copy()));
        mimeTypes = mimeCopy;
    }

    /** Indexes a file entering the site's indexes. */
    void add(FileEntry e) {
        if (deferred != null) {
            restored = null; // the build will find it among the site's files
            return;
        }
        FileEntry back = parked;
        parked = null;
        int slot = e.termSlot;
        if (back == e && slot >= 0 && slot < slots && entry(slot) == null
                && e.file.displayName().equals(parkedName) && e.file.labels().equals(parkedLabels)) {
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
    void remove(FileEntry e) {
        if (deferred != null) {
            restored = null;
            return;
        }
        int slot = e.termSlot;
        if (slot >= 0 && slot < slots && entry(slot) == e) {
            pages[slot >>> PAGE_BITS][slot & (PAGE - 1)] = null;
            live--;
            parked = e;
            parkedName = e.file.displayName();
            parkedLabels = e.file.labels();
        }
    }

    /**
     * Indexes many files into an empty index (a restored snapshot, a rebuild) in two passes, so that no posting list
     * grows: the first cuts each file's grams once, keeps them, and counts each gram's files and varint bytes; the
     * second writes every list into an array of its final size (a bitmap if the list is dense by then).
     */
    void addAll(java.util.Collection<FileEntry> entries) {
        if (slots > 0 || entries.isEmpty()) { // not a bulk build: the lists may hold slots already
            entries.forEach(this::index);
            return;
        }
        Postings[] held = new Postings[Math.max(16, entries.size() * 16)];
        int[] ends = new int[entries.size()];
        int at = 0;
        int file = 0;
        for (FileEntry e : entries) {
            int slot = claimSlot(e);
            int n = gramsOfFile(e);
            if (at + n > held.length) {
                held = Arrays.copyOf(held, Math.max(held.length + (held.length >> 1), at + n));
            }
            for (int i = 0; i < n; i++) {
                Postings p = postings(scratch[i]);
                if (p.last != slot) {
                    p.tally(slot);
                    held[at++] = p;
                }
            }
            ends[file++] = at;
            if (e.mimeType != null) {
                mimeTypes.computeIfAbsent(e.mimeType, k -> new Postings()).append(slot);
            }
        }
        grams.forEach(Postings::allocate);
        for (int slot = 0, i = 0; slot < file; slot++) {
            for (int end = ends[slot]; i < end; i++) {
                held[i].put(slot);
            }
        }
        mimeTypes.values().forEach(Postings::trim);
    }

    private FileEntry entry(int slot) {
        return pages[slot >>> PAGE_BITS][slot & (PAGE - 1)];
    }

    private void index(FileEntry e) {
        if (shared) {
            unshare();
        }
        int slot = claimSlot(e);
        int n = gramsOfFile(e);
        for (int i = 0; i < n; i++) {
            Postings p = postings(scratch[i]);
            if (p.last != slot) { // a gram twice in the file's texts
                p.append(slot);
            }
        }
        if (e.mimeType != null) {
            mimeTypes.computeIfAbsent(e.mimeType, k -> new Postings()).append(slot);
        }
    }

    /** Gives {@code e} the next slot. */
    private int claimSlot(FileEntry e) {
        if (grams == null) {
            grams = new GramTable();
            containing = new HashMap<>();
            mimeTypes = new HashMap<>();
        }
        int slot = slots++;
        if ((slot >>> PAGE_BITS) == pages.length) {
            pages = Arrays.copyOf(pages, pages.length + 1);
            pages[pages.length - 1] = new FileEntry[PAGE];
        }
        pages[slot >>> PAGE_BITS][slot & (PAGE - 1)] = e;
        e.termSlot = slot;
        live++;
        return slot;
    }

    /** The grams of {@code e}'s lower-cased display name and labels into {@link #scratch}; returns their count. */
    private int gramsOfFile(FileEntry e) {
        int n = gramsOf(e.file.displayName(), 0);
        for (String label : e.file.labels()) {
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
    private static long key(CharSequence text, int from, int length) {
        long k = length;
        for (int i = 0; i < length; i++) {
            k = (k << 16) | text.charAt(from + i);
        }
        return k;
    }

    private Postings postings(long key) {
        Postings p = grams.get(key);
        if (p == null) {
            p = new Postings();
            grams.put(key, p);
            Postings created = p;
            // a gram of length L (from the top bits) holds the 1- and 2-character terms it contains
            int length = (int) (key >>> (16 * lengthOf(key)));
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = (char) (key >>> (16 * (length - 1 - i)));
            }
            String g = new String(chars);
            List<Long> seen = new ArrayList<>(5);
            for (int sub = 1; sub <= Math.min(2, length); sub++) {
                for (int i = 0; i + sub <= length; i++) {
                    Long k = key(g, i, sub);
                    if (!seen.contains(k)) {
                        seen.add(k);
                        containing.computeIfAbsent(k, x -> new ArrayList<>(4)).add(created);
                    }
                }
            }
        }
        return p;
    }

    private static int lengthOf(long key) {
        return key >>> 48 != 0 ? 3 : key >>> 32 != 0 ? 2 : 1;
    }

    private void rebuild() {
        List<FileEntry> alive = new ArrayList<>(live);
        for (int s = 0; s < slots; s++) {
            FileEntry e = entry(s);
            if (e != null) {
                alive.add(e);
            }
        }
        pages = new FileEntry[0][];
        slots = 0;
        live = 0;
        grams = null;
        containing = null;
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
    List<FileEntry> page(SortedIndex<FileEntry> index, boolean trashed, Cursor spec, Predicate<? super FileEntry> filter) {
        if (deferred != null) {
            buildDeferred();
        }
        String term = spec.search();
        int limit = spec.limit();
        if (index == null || index.isEmpty() || grams == null) {
            return new ArrayList<>();
        }
        List<Postings> texts = new ArrayList<>();
        boolean intersect = term.length() >= 3;
        if (intersect) {
            for (int i = 0; i + 3 <= term.length(); i++) {
                Postings p = grams.get(key(term, i, 3));
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
            texts.addAll(containing.getOrDefault(key(term, 0, term.length()), new ArrayList<>(0)));
        }
        List<Postings> mimes = new ArrayList<>();
        for (Map.Entry<String, Postings> m : mimeTypes.entrySet()) {
            if (m.getKey().contains(term)) {
                mimes.add(m.getValue());
            }
        }
        long estimate = 0;
        if (!texts.isEmpty()) {
            if (intersect) {
                estimate = texts.get(0).count;
            } else {
                for (Postings p : texts) {
                    estimate += p.count;
                }
            }
        }
        for (Postings p : mimes) {
            estimate += p.count;
        }
        if (estimate == 0) {
            return new ArrayList<>();
        }
        // checking a candidate and walking one step of the sorted index cost about the same (the text rule)
        double walkSteps = (limit + 1.0) * index.size() / estimate;
        if (estimate > few && estimate > walkSteps) {
            List<FileEntry> walked = index.page(spec.sortField(), spec.order(), spec.last(), filter, limit,
                    (long) (4 * walkSteps) + 1024);
            if (walked != null) {
                return walked;
            }
        }
        return candidatesPage(intersect, texts, mimes, trashed, spec, filter);
    }

    private List<FileEntry> candidatesPage(boolean intersect, List<Postings> texts, List<Postings> mimes, boolean trashed,
                                           Cursor spec, Predicate<? super FileEntry> filter) {
        int[] slotsFound = intersect ? intersection(texts) : union(texts, new int[0]);
        if (!mimes.isEmpty()) {
            slotsFound = union(mimes, slotsFound);
        }
        Comparator<Sortable> order = spec.sortField().comparator();
        if (spec.order() == SortOrder.DESC) {
            order = order.reversed();
        }
        Sortable after = spec.last();
        List<FileEntry> hits = new ArrayList<>();
        int previous = -1;
        for (int slot : slotsFound) {
            if (slot == previous) {
                continue;
            }
            previous = slot;
            FileEntry e = entry(slot);
            if (e != null && e.trashed == trashed && (after == null || order.compare(e, after) > 0) && filter.test(e)) {
                hits.add(e);
            }
        }
        hits.sort(order);
        int limit = spec.limit();
        return hits.size() > limit + 1 ? new ArrayList<>(hits.subList(0, limit + 1)) : hits;
    }

    /** Slots in every list, or in the first ones where the others are too long to be worth decoding. */
    private static int[] intersection(List<Postings> lists) {
        if (lists.isEmpty()) {
            return new int[0];
        }
        int[] found = lists.get(0).decode();
        for (int i = 1; i < lists.size() && found.length > 0; i++) {
            Postings next = lists.get(i);
            if (next.bits == null && next.count > (long) INTERSECT_RATIO * found.length) {
                break; // lists are by count: the rest are as long (a bitmap is probed, so its length costs nothing)
            }
            found = next.retain(found);
        }
        return found;
    }

    /** Sorted slots of every list and of {@code more} (duplicates kept: the caller skips them). */
    private static int[] union(List<Postings> lists, int[] more) {
        long total = more.length;
        for (Postings p : lists) {
            total += p.count;
        }
        int[] all = Arrays.copyOf(more, (int) total);
        int n = more.length;
        for (Postings p : lists) {
            n = p.decodeInto(all, n);
        }
        Arrays.sort(all);
        return all;
    }

    /**
     * Gram keys to postings by open addressing: no boxed key per lookup (a restore makes millions), and the keys mixed,
     * as packed characters collide in {@code Long.hashCode}.
     */
    private static final class GramTable {
        private long[] keys = new long[1024];
        private Postings[] values = new Postings[1024];
        private int size;

        Postings get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return null;
        }

        /** Adds a key that is not in the table. */
        void put(long key, Postings value) {
            if (2 * (size + 1) > keys.length) {
                long[] oldKeys = keys;
                Postings[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new Postings[oldKeys.length * 2];
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldValues[i] != null) {
                        insert(oldKeys[i], oldValues[i]);
                    }
                }
            }
            insert(key, value);
            size++;
        }

        private void insert(long key, Postings value) {
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
        GramTable copy(Map<Postings, Postings> copies) {
            GramTable t = new GramTable();
            t.keys = keys.clone();
            t.values = new Postings[values.length];
            t.size = size;
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    t.values[i] = values[i].copy();
                    copies.put(values[i], t.values[i]);
                }
            }
            return t;
        }

        void forEach(java.util.function.Consumer<Postings> action) {
            for (Postings p : values) {
                if (p != null) {
                    action.accept(p);
                }
            }
        }
    }

    /**
     * Ascending slots, as deltas in unsigned LEB128 varints (the first from -1); once that takes more room than one
     * bit per slot (a gram in more than about one file in eight, e.g. {@code jpg}), as a bitmap.
     */
    static final class Postings {
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

        Postings copy() {
            Postings p = new Postings();
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
    }
}
