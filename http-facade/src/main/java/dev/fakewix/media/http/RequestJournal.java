package dev.fakewix.media.http;

import dev.fakewix.media.core.Operation;
import org.apiguardian.api.API;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The requests a server answered, newest last, in a bounded ring buffer (the oldest entries fall out first).
 * API calls, raw transfers and unknown paths are recorded; the admin API ({@code /_fake/...}) is not.
 *
 * <pre>{@code
 * try (FakeMediaManagerServer server = FakeMediaManagerServer.start(config -> config.port(0))) {
 *     codeUnderTest(server.baseUri());
 *     assertThat(server.journal().count(Operation.IMPORT_FILE)).isEqualTo(1);
 *     assertThat(server.journal().entries(e -> e.status() == 401)).isEmpty();
 * }
 * }</pre>
 *
 * <p>Thread-safe: the server records from its request threads while a test reads. Every read returns a copy.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RequestJournal {
    /** The capacity servers use unless configured otherwise. */
    public static final int DEFAULT_CAPACITY = 1000;

    private final int capacity;
    private final ArrayDeque<JournalEntry> entries;

    /**
     * @param capacity how many entries to keep; {@code 0} keeps none
     */
    public RequestJournal(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("journal capacity must be >= 0, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    /** How many entries the journal keeps at most. */
    public int capacity() {
        return capacity;
    }

    /** Every kept entry, oldest first. */
    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /** The kept entries matching {@code filter}, oldest first. */
    public List<JournalEntry> entries(Predicate<JournalEntry> filter) {
        Objects.requireNonNull(filter, "filter");
        List<JournalEntry> out = new ArrayList<>();
        for (JournalEntry e : entries()) {
            if (filter.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** How many kept entries are calls of {@code operation}. */
    public synchronized long count(Operation operation) {
        long n = 0;
        for (JournalEntry e : entries) {
            if (e.operation() == operation) {
                n++;
            }
        }
        return n;
    }

    /** Forgets every entry. */
    public synchronized void clear() {
        entries.clear();
    }

    /**
     * Forgets the entries matching {@code filter}, e.g. those of one site when a test that owned the site ends.
     * Returns how many were forgotten.
     */
    public synchronized int removeIf(Predicate<JournalEntry> filter) {
        Objects.requireNonNull(filter, "filter");
        int before = entries.size();
        entries.removeIf(filter);
        return before - entries.size();
    }

    /** Adds an entry, dropping the oldest one when full. The server calls this; tests rarely need to. */
    public synchronized void record(JournalEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (capacity == 0) {
            return;
        }
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }
}
