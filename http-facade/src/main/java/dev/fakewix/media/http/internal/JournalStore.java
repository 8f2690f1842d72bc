package dev.fakewix.media.http.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The request journal's storage: a ring buffer of {@link JournalRecord}s bounded by count and by bytes, numbered as
 * they are appended. The server numbers the requests it journals 1, 2, 3, ... when it appends them, under the same
 * lock, so that the order of the sequence numbers is the order of the buffer: a reader paging with
 * {@code afterSequence} sees every entry once, and the numbers that are missing from what it sees are exactly the
 * entries that fell out (or were removed), which {@link Page#missed()} counts.
 *
 * <p>Thread-safe: request threads append while tests and the admin API read; every read returns a copy.
 */
@API(status = API.Status.INTERNAL)
public final class JournalStore {
    /** Bodies longer than this many bytes (UTF-8) are kept cut. */
    public static final int MAX_BODY_BYTES = 16 * 1024;

    /** A page of entries after a sequence, and how many entries after it the journal no longer has. */
    public record Page(List<JournalRecord> entries, long missed) {}

    private final int capacity;
    private final long maxBytes;
    private final ArrayDeque<JournalRecord> entries;
    private long retainedBytes;
    /** The newest sequence number given to an entry; numbering goes on across clear() and removeIf. */
    private long lastSequence;
    /** Counts every change, so that a reader can tell whether anything changed without reading the entries. */
    private long changes;

    public JournalStore(int capacity, long maxBytes) {
        if (capacity < 0) {
            throw new IllegalArgumentException("journal capacity must be >= 0, was " + capacity);
        }
        if (maxBytes < 0) {
            throw new IllegalArgumentException("journal maxBytes must be >= 0, was " + maxBytes);
        }
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    public int capacity() {
        return capacity;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public synchronized long retainedBytes() {
        return retainedBytes;
    }

    /** The newest sequence number given (0 before the first entry). */
    public synchronized long lastSequence() {
        return lastSequence;
    }

    /** A number that changes whenever the kept entries do. */
    public synchronized long version() {
        return changes;
    }

    /**
     * Numbers the next request and appends the record {@code make} builds for that number (also when the journal
     * keeps nothing: the number is the request's id all the same). Returns the number.
     */
    public long append(LongFunction<JournalRecord> make) {
        synchronized (this) {
            long sequence = ++lastSequence;
            add(make.apply(sequence));
            return sequence;
        }
    }

    /** Appends a record numbered by someone else (a test recording by hand); later numbers continue after it. */
    public synchronized void add(JournalRecord record) {
        lastSequence = Math.max(lastSequence, record.sequence());
        changes++;
        long size = record.retainedBytes();
        if (capacity == 0 || size > maxBytes) {
            return;
        }
        while (!entries.isEmpty() && (entries.size() >= capacity || retainedBytes + size > maxBytes)) {
            retainedBytes -= entries.removeFirst().retainedBytes();
        }
        entries.addLast(record);
        retainedBytes += size;
    }

    /** Every kept record, oldest first. */
    public synchronized List<JournalRecord> all() {
        return new ArrayList<>(entries);
    }

    /** The kept record numbered {@code sequence}, or {@code null}. */
    public synchronized JournalRecord get(long sequence) {
        for (Iterator<JournalRecord> it = entries.descendingIterator(); it.hasNext(); ) {
            JournalRecord r = it.next();
            if (r.sequence() == sequence) {
                return r;
            }
        }
        return null;
    }

    /**
     * The first {@code limit} records after {@code afterSequence} that match {@code filter}, oldest first
     * ({@code limit < 0}: all of them), and how many records numbered after {@code afterSequence} the journal no
     * longer keeps, whatever they matched.
     */
    public synchronized Page after(long afterSequence, int limit, Predicate<JournalRecord> filter) {
        List<JournalRecord> page = new ArrayList<>();
        long keptAfter = 0;
        // the server's records are in sequence order; a scan of all of them also holds for records added by hand
        for (JournalRecord r : entries) {
            if (r.sequence() > afterSequence) {
                keptAfter++;
                if (filter.test(r)) {
                    page.add(r);
                }
            }
        }
        List<JournalRecord> shown = limit < 0 || limit >= page.size() ? page : page.subList(0, limit);
        long missed = Math.max(0, lastSequence - Math.max(afterSequence, 0) - keptAfter);
        return new Page(new ArrayList<>(shown), missed);
    }

    /** The newest {@code limit} records matching {@code filter} ({@code limit < 0}: all of them), oldest first. */
    public synchronized List<JournalRecord> newest(int limit, Predicate<JournalRecord> filter) {
        List<JournalRecord> out = new ArrayList<>();
        for (Iterator<JournalRecord> it = entries.descendingIterator();
                it.hasNext() && (limit < 0 || out.size() < limit); ) {
            JournalRecord r = it.next();
            if (filter.test(r)) {
                out.add(r);
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** How many kept records match {@code filter}. */
    public synchronized long count(Predicate<JournalRecord> filter) {
        long n = 0;
        for (JournalRecord r : entries) {
            if (filter.test(r)) {
                n++;
            }
        }
        return n;
    }

    public synchronized void clear() {
        entries.clear();
        retainedBytes = 0;
        changes++;
    }

    /** Forgets the records matching {@code filter}; returns how many. */
    public synchronized int removeIf(Predicate<JournalRecord> filter) {
        int before = entries.size();
        entries.removeIf(r -> {
            boolean remove = filter.test(r);
            if (remove) {
                retainedBytes -= r.retainedBytes();
            }
            return remove;
        });
        int removed = before - entries.size();
        if (removed > 0) {
            changes++;
        }
        return removed;
    }
}
