package dev.fakewix.media.assertj;

import dev.fakewix.media.assertj.internal.EditDistance;
import dev.fakewix.media.assertj.internal.ShouldHaveReceived;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.http.JournalEntry;
import dev.fakewix.media.http.RequestJournal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.Condition;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the requests an HTTP fake received: which operations, how often, with which parameters, and
 * nothing else. Obtained from {@code MediaManagerAssertions.assertThat(http)} (the test's own site on a shared
 * server) or {@code assertThat(journal)} (every site; narrow it with {@link #forSite(String)}).
 *
 * <pre>{@code
 * assertThat(http)
 *         .received(Operation.IMPORT_FILE, 3)                                  // exactly 3 (two 503s and a success)
 *         .received(Operation.IMPORT_FILE, 1, RequestConditions.succeeded())
 *         .receivedAtLeast(Operation.GET_FILE_DESCRIPTOR, 1)
 *         .receivedNothingElse();                                              // no other request of this site
 * }</pre>
 *
 * <p>{@link #receivedNothingElse()} works like Mockito's {@code verifyNoMoreInteractions}: every request matched by an
 * earlier assertion of the same chain counts as expected. Only what the journal still keeps is seen (it is a ring
 * buffer); failures say so when it is full. Requests the fake's own dashboard sent (someone looking at the fake while
 * the test runs) are not seen at all.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class RequestJournalAssert extends AbstractObjectAssert<RequestJournalAssert, RequestJournal> {
    private final String siteId;
    private final Set<Long> asserted = new HashSet<>();

    public RequestJournalAssert(@Nullable RequestJournal actual) {
        this(actual, null);
    }

    RequestJournalAssert(RequestJournal actual, String siteId) {
        super(actual, RequestJournalAssert.class);
        this.siteId = siteId;
    }

    /** The same assertions, on the requests of one site only. */
    public RequestJournalAssert forSite(String siteId) {
        isNotNull();
        Objects.requireNonNull(siteId, "siteId");
        return new RequestJournalAssert(actual, siteId);
    }

    /** Verifies that {@code operation} was called at least once. */
    public RequestJournalAssert received(Operation operation) {
        isNotNull();
        return receivedAtLeast(operation, 1);
    }

    /** Verifies that {@code operation} was called exactly {@code times} times. */
    public RequestJournalAssert received(Operation operation, int times) {
        isNotNull();
        return check(operation, null, times, true);
    }

    /** Verifies that {@code operation} was called exactly {@code times} times in a way that meets {@code condition}. */
    public RequestJournalAssert received(Operation operation, int times, Condition<? super JournalEntry> condition) {
        isNotNull();
        Objects.requireNonNull(condition, "condition");
        return check(operation, condition, times, true);
    }

    /** Verifies that {@code operation} was called at least {@code times} times. */
    public RequestJournalAssert receivedAtLeast(Operation operation, int times) {
        isNotNull();
        return check(operation, null, times, false);
    }

    /** Verifies that {@code operation} was never called. */
    public RequestJournalAssert didNotReceive(Operation operation) {
        isNotNull();
        return check(operation, null, 0, true);
    }

    /** Verifies that no request was received at all. */
    public RequestJournalAssert receivedNothing() {
        isNotNull();
        List<JournalEntry> entries = entries();
        if (!entries.isEmpty()) {
            throwAssertionError(ShouldHaveReceived.shouldHaveReceived(
                    scope(), "no request", "found " + entries.size() + ":" + lines(entries)));
        }
        return myself;
    }

    /** Verifies that every request received was matched by an earlier assertion of this chain. */
    public RequestJournalAssert receivedNothingElse() {
        isNotNull();
        List<JournalEntry> others =
                entries().stream().filter(e -> !asserted.contains(e.sequence())).toList();
        if (!others.isEmpty()) {
            throwAssertionError(ShouldHaveReceived.shouldHaveReceivedNothingElse(
                    scope(), lines(others).substring(1)));
        }
        return myself;
    }

    // ------------------------------------------------------------------ internals

    private RequestJournalAssert check(
            Operation operation, Condition<? super JournalEntry> condition, int times, boolean exactly) {
        Objects.requireNonNull(operation, "operation");
        List<JournalEntry> entries = entries();
        List<JournalEntry> ofOperation =
                entries.stream().filter(e -> e.operation() == operation).toList();
        List<JournalEntry> matching = condition == null
                ? ofOperation
                : ofOperation.stream().filter(condition::matches).toList();
        boolean ok = exactly ? matching.size() == times : matching.size() >= times;
        if (!ok) {
            String expected = (exactly ? "exactly " : "at least ") + times + " " + name(operation) + " request"
                    + (times == 1 ? "" : "s") + (condition == null ? "" : " matching " + condition);
            throwAssertionError(ShouldHaveReceived.shouldHaveReceived(
                    scope(), expected, found(operation, condition, entries, ofOperation, matching)));
        }
        matching.forEach(e -> asserted.add(e.sequence()));
        return myself;
    }

    private String found(
            Operation operation,
            Condition<? super JournalEntry> condition,
            List<JournalEntry> all,
            List<JournalEntry> ofOperation,
            List<JournalEntry> matching) {
        StringBuilder out = new StringBuilder();
        if (condition == null) {
            out.append("found ")
                    .append(ofOperation.size())
                    .append(ofOperation.isEmpty() ? "" : ":" + lines(ofOperation));
        } else {
            out.append("found ")
                    .append(matching.size())
                    .append(" matching, among ")
                    .append(ofOperation.size())
                    .append(" ")
                    .append(name(operation))
                    .append(" request(s)");
            List<JournalEntry> misses =
                    ofOperation.stream().filter(e -> !condition.matches(e)).toList();
            if (!misses.isEmpty()) {
                out.append("; not matching:").append(lines(misses));
            }
        }
        if (ofOperation.isEmpty()) {
            Map<Operation, Long> received = new LinkedHashMap<>();
            all.stream().filter(e -> e.operation() != null).forEach(e -> received.merge(e.operation(), 1L, Long::sum));
            Map<String, Operation> byName = new LinkedHashMap<>();
            received.keySet().forEach(op -> byName.put(op.sdkName(), op));
            Optional<String> near = EditDistance.closest(operation.sdkName(), byName.keySet());
            near.ifPresent(n -> out.append("; closest: ")
                    .append(name(byName.get(n)))
                    .append(" (")
                    .append(received.get(byName.get(n)))
                    .append(" request(s))"));
            out.append("; received: ")
                    .append(
                            received.isEmpty()
                                    ? "nothing"
                                    : received.entrySet().stream()
                                            .map(e -> e.getKey().sdkName() + " x" + e.getValue())
                                            .collect(Collectors.joining(", ", "[", "]")));
        }
        int kept = actual.entries().size();
        if (actual.capacity() > 0 && kept >= actual.capacity()) {
            out.append("; note: the journal is full (capacity ")
                    .append(actual.capacity())
                    .append("), older requests have fallen out; raise journalCapacity");
        }
        return out.toString();
    }

    /** The requests the assertions are about: the dashboard's own are a person's, not the code under test's. */
    private List<JournalEntry> entries() {
        return actual.entries(e -> !e.fromDashboard() && (siteId == null || siteId.equals(e.siteId())));
    }

    private String scope() {
        return siteId == null ? "the fake's server" : "site \"" + siteId + "\"";
    }

    private static String name(Operation operation) {
        return operation.sdkName() + " (" + operation.name() + ")";
    }

    private static String lines(List<JournalEntry> entries) {
        List<String> out = new ArrayList<>();
        int shown = 0;
        for (JournalEntry e : entries) {
            if (shown++ == 20) {
                out.add("  ... and " + (entries.size() - 20) + " more");
                break;
            }
            out.add("  " + line(e));
        }
        return "\n" + String.join("\n", out);
    }

    /** {@code #12 POST /site-media/v1/files/import {"url":...} -> 400 SITE_QUOTA_EXCEEDED (scenario: ...)}. */
    static String line(JournalEntry e) {
        StringBuilder s = new StringBuilder("#")
                .append(e.sequence())
                .append(' ')
                .append(e.method())
                .append(' ')
                .append(e.path());
        if (!e.query().isEmpty()) {
            s.append('?')
                    .append(e.query().entrySet().stream()
                            .flatMap(q -> q.getValue().stream().map(v -> q.getKey() + "=" + v))
                            .collect(Collectors.joining("&")));
        }
        if (e.body() != null && !e.body().isBlank()) {
            String body = e.body().replaceAll("\\s+", " ");
            s.append(' ').append(body.length() > 160 ? body.substring(0, 157) + "..." : body);
        }
        s.append(" -> ").append(e.status());
        if (e.errorCode() != null) {
            s.append(' ').append(e.errorCode());
        }
        if (e.operation() != null) {
            s.append(" [").append(e.operation().sdkName()).append(']');
        }
        if (e.scenario() != null) {
            s.append(" (scenario: ").append(e.scenario()).append(')');
        }
        return s.toString();
    }
}
