package dev.fakewix.media.http;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.http.internal.Body;
import dev.fakewix.media.http.internal.JournalRecord;
import dev.fakewix.media.http.internal.JournalStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The requests a server answered, oldest first, in a ring buffer bounded by entries and by bytes (the oldest entries
 * fall out first). API calls, raw transfers, unknown paths and refused admin calls are recorded; admin calls that
 * were served ({@code /_fake/...}) are not. A request or response body longer than {@value #MAX_BODY_BYTES} bytes is
 * kept cut, ending in a marker that says how long it was, so that no body can crowd out the others.
 *
 * <pre>{@code
 * try (FakeMediaManagerServer server = FakeMediaManagerServer.start(config -> config.port(0))) {
 *     codeUnderTest(server.baseUri());
 *     assertThat(server.journal().count(Operation.IMPORT_FILE)).isEqualTo(1);
 *     assertThat(server.journal().entries(e -> e.status() == 401)).isEmpty();
 * }
 * }</pre>
 *
 * <p>The server numbers the requests it journals 1, 2, 3, ... as it records them, so the entries are in the order of
 * their {@link JournalEntry#sequence()} and a number missing in between is an entry that fell out or was removed.
 * Requests sent by the fake's own dashboard are recorded and marked ({@link JournalEntry#fromDashboard()}):
 * {@link #count} and the AssertJ journal assertions leave them out.
 *
 * <p>The journal keeps what the server had at hand when it answered (the answer's bytes by reference, the raw query
 * string) and turns it into {@link JournalEntry} objects only when read, so recording costs a request next to
 * nothing. Thread-safe: the server records from its request threads while a test reads. Every read returns a copy.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RequestJournal {
    /** The capacity servers use unless configured otherwise. */
    public static final int DEFAULT_CAPACITY = 1000;
    /** The memory journals may hold unless configured otherwise: 32 MiB, room to spare in a 256 MiB heap. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    /** Bodies longer than this many bytes (UTF-8) are kept cut. */
    public static final int MAX_BODY_BYTES = JournalStore.MAX_BODY_BYTES;

    private final JournalStore store;

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
        this(new JournalStore(capacity, maxBytes));
    }

    /** The journal of a server, over the store its request threads append to. */
    RequestJournal(JournalStore store) {
        this.store = store;
    }

    /** How much memory the journal may hold. */
    public long maxBytes() {
        return store.maxBytes();
    }

    /**
     * The memory the kept entries take on their own, estimated from their strings (two bytes a character, the worst
     * case), their bodies' bytes and a fixed overhead per entry; always at most {@link #maxBytes()}.
     */
    public long retainedBytes() {
        return store.retainedBytes();
    }

    /** How many entries the journal keeps at most. */
    public int capacity() {
        return store.capacity();
    }

    /** Every kept entry, oldest first (the dashboard's too, marked). */
    public List<JournalEntry> entries() {
        return entries(e -> true);
    }

    /** The kept entries matching {@code filter}, oldest first. */
    public List<JournalEntry> entries(Predicate<JournalEntry> filter) {
        Objects.requireNonNull(filter, "filter");
        List<JournalEntry> out = new ArrayList<>();
        for (JournalRecord r : store.all()) {
            JournalEntry e = r.toEntry();
            if (filter.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** How many kept entries are calls of {@code operation} (the dashboard's own calls left out). */
    public long count(Operation operation) {
        return store.count(r -> r.operation() == operation && !r.fromDashboard());
    }

    /** Forgets every entry (the numbering goes on). */
    public void clear() {
        store.clear();
    }

    /**
     * Forgets the entries matching {@code filter}, e.g. those of one site when a test that owned the site ends.
     * Returns how many were forgotten.
     */
    public int removeIf(Predicate<JournalEntry> filter) {
        Objects.requireNonNull(filter, "filter");
        return store.removeIf(r -> filter.test(r.toEntry()));
    }

    /**
     * Adds an entry numbered by the caller (its bodies cut to {@value #MAX_BODY_BYTES} bytes), dropping the oldest ones
     * when full; the server's own numbering goes on after the highest number recorded. The server records its requests
     * itself; tests rarely need this, and should give increasing numbers.
     */
    public void record(JournalEntry entry) {
        Objects.requireNonNull(entry, "entry");
        byte[] body = bytes(entry.body());
        byte[] response = bytes(entry.responseBody());
        store.add(new JournalRecord(
                entry.sequence(),
                entry.receivedAt(),
                entry.siteId(),
                entry.operation(),
                entry.method(),
                entry.path(),
                queryString(entry.query()),
                null,
                cut(body),
                body == null ? 0 : body.length,
                entry.status(),
                entry.errorCode(),
                entry.scenario(),
                cut(response),
                response == null ? 0 : response.length,
                entry.latency().toNanos(),
                entry.fromDashboard(),
                entry.guesses()));
    }

    private static byte[] bytes(String text) {
        return text == null || text.isEmpty() ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static Body cut(byte[] bytes) {
        return bytes == null ? null : Body.of(bytes).prefix(MAX_BODY_BYTES);
    }

    /** The query string that the journal decodes back into {@code query}. */
    private static String queryString(Map<String, List<String>> query) {
        StringBuilder out = new StringBuilder();
        query.forEach((key, values) -> {
            for (String value : values) {
                out.append(out.length() == 0 ? "" : "&")
                        .append(URLEncoder.encode(key, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }
}
