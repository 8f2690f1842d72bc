package dev.fakewix.media.http;

import dev.fakewix.media.core.Operation;
import org.apiguardian.api.API;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The requests a server answered, newest last, in a ring buffer bounded by entries and by bytes (the oldest entries
 * fall out first). API calls, raw transfers, unknown paths and refused admin calls are recorded; admin calls that
 * were served ({@code /_fake/...}) are not. A request or response body longer than {@value #MAX_BODY_CHARS}
 * characters is kept cut, ending in a marker that says how long it was, so that no body can crowd out the others.
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
    /** The memory journals may hold unless configured otherwise: 32 MiB, room to spare in a 256 MiB heap. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    /** Bodies longer than this many characters are kept cut. */
    public static final int MAX_BODY_CHARS = 16 * 1024;

    private final int capacity;
    private final long maxBytes;
    private final ArrayDeque<JournalEntry> entries;
    private long retainedBytes;

    /**
     * A journal within {@value #DEFAULT_MAX_BYTES} bytes.
     *
     * @param capacity how many entries to keep; {@code 0} keeps none
     */
    public RequestJournal(int capacity) {
        this(capacity, DEFAULT_MAX_BYTES);
    }

    /**
     * @param capacity how many entries to keep; {@code 0} keeps none
     * @param maxBytes how much memory the entries may take, as estimated by {@link #retainedBytes()}
     */
    public RequestJournal(int capacity, long maxBytes) {
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

    /** How much memory the journal may hold. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The memory the kept entries take, estimated from their strings (two bytes a character, the worst case) plus a
     * fixed overhead per entry; always at most {@link #maxBytes()}.
     */
    public synchronized long retainedBytes() {
        return retainedBytes;
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
        retainedBytes = 0;
    }

    /**
     * Forgets the entries matching {@code filter}, e.g. those of one site when a test that owned the site ends.
     * Returns how many were forgotten.
     */
    public synchronized int removeIf(Predicate<JournalEntry> filter) {
        Objects.requireNonNull(filter, "filter");
        int before = entries.size();
        entries.removeIf(e -> {
            boolean remove = filter.test(e);
            if (remove) {
                retainedBytes -= sizeOf(e);
            }
            return remove;
        });
        return before - entries.size();
    }

    /**
     * Adds an entry (its body cut to {@value #MAX_BODY_CHARS} characters), dropping the oldest ones when full. The
     * server calls this; tests rarely need to.
     */
    public void record(JournalEntry entry) {
        Objects.requireNonNull(entry, "entry");
        JournalEntry kept = withCutBody(entry);
        long size = sizeOf(kept);
        synchronized (this) {
            if (capacity == 0 || size > maxBytes) {
                return;
            }
            while (!entries.isEmpty() && (entries.size() >= capacity || retainedBytes + size > maxBytes)) {
                retainedBytes -= sizeOf(entries.removeFirst());
            }
            entries.addLast(kept);
            retainedBytes += size;
        }
    }

    private static JournalEntry withCutBody(JournalEntry e) {
        String body = cut(e.body());
        String responseBody = cut(e.responseBody());
        if (body == e.body() && responseBody == e.responseBody()) {
            return e;
        }
        return new JournalEntry(e.sequence(), e.receivedAt(), e.siteId(), e.operation(), e.method(), e.path(), e.query(),
                body, e.status(), e.errorCode(), e.scenario(), responseBody, e.latency());
    }

    /** The body itself when short enough, else its first {@value #MAX_BODY_CHARS} characters and a marker. */
    private static String cut(String body) {
        if (body == null || body.length() <= MAX_BODY_CHARS) {
            return body;
        }
        int end = Character.isHighSurrogate(body.charAt(MAX_BODY_CHARS - 1)) ? MAX_BODY_CHARS - 1 : MAX_BODY_CHARS;
        return body.substring(0, end) + "...[cut: " + body.length() + " characters, the first " + end + " kept]";
    }

    /** An upper estimate of an entry's heap: its characters at two bytes, plus the objects around them. */
    private static long sizeOf(JournalEntry e) {
        long chars = length(e.siteId()) + length(e.method()) + length(e.path()) + length(e.body())
                + length(e.errorCode()) + length(e.scenario()) + length(e.responseBody());
        long objects = 160;
        for (java.util.Map.Entry<String, List<String>> q : e.query().entrySet()) {
            chars += length(q.getKey());
            objects += 96;
            for (String v : q.getValue()) {
                chars += length(v);
                objects += 48;
            }
        }
        return objects + 2 * chars;
    }

    private static long length(String s) {
        return s == null ? 0 : s.length() + 24;
    }
}
