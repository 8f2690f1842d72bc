package dev.fakewix.media.http;

import dev.fakewix.media.core.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One request the server answered, as kept by the {@link RequestJournal}.
 *
 * <pre>{@code
 * JournalEntry last = server.journal().entries().get(server.journal().entries().size() - 1);
 * assertThat(last.operation()).isEqualTo(Operation.LIST_FILES);
 * assertThat(last.query()).containsEntry("paging.limit", List.of("2"));
 * }</pre>
 *
 * @param sequence   the server's number of the request among those it journaled: 1, 2, 3, ... in the order the journal
 *                   holds them, without gaps (a number missing from the journal is an entry that fell out or was
 *                   removed); the {@code X-Wix-Request-Id} of the response is {@code "fake-" + sequence} (admin calls,
 *                   which the journal does not keep, answer {@code "fake-admin-<n>"})
 * @param receivedAt when the request arrived, on the fake's clock
 * @param siteId     the site the request addressed ({@code wix-site-id}, or the default site), {@code null} when unknown
 * @param operation  the API operation, {@link Operation#UPLOAD_FILE} / {@link Operation#DOWNLOAD_FILE} for the raw
 *                   transfer URLs, {@code null} for any other path (e.g. an unknown one)
 * @param method     HTTP method, e.g. {@code GET}
 * @param path       request path, e.g. {@code /site-media/v1/files}
 * @param query      query parameters in arrival order, repeated keys as several values
 * @param body       the request body as text ({@code null} for none and for raw uploaded bytes)
 * @param status     HTTP status of the answer
 * @param errorCode  the Wix code of an error answer ({@code RESOURCE_NOT_FOUND}, {@code UNAUTHENTICATED}, ...),
 *                   {@code null} on success
 * @param scenario   the scripted scenario that acted on the request, {@code null} when none did
 * @param responseBody the answer's body as text when it was JSON (the journal cuts long ones, as it cuts
 *                   {@code body}), {@code null} for an empty or binary answer (downloads, archives) and for a
 *                   scripted fault
 * @param latency    how long the server took to prepare the answer, measured on the wall clock (so it includes
 *                   scripted latency); a measurement, not part of the fake's deterministic state
 * @param fromDashboard whether the fake's own web dashboard sent the request (a person looking at the fake, not the
 *                   code under test): journal assertions and {@link RequestJournal#count} leave these out
 * @param guesses    the ids of the fidelity ledger's guesses the answer met ({@code G-059}: the default page size),
 *                   in ledger order: what the request relied on that Wix's pages do not say (see
 *                   {@code docs/fidelity.md}); empty when it met none
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record JournalEntry(
        long sequence,
        Instant receivedAt,
        @Nullable String siteId,
        @Nullable Operation operation,
        String method,
        String path,
        Map<String, List<String>> query,
        @Nullable String body,
        int status,
        @Nullable String errorCode,
        @Nullable String scenario,
        @Nullable String responseBody,
        Duration latency,
        boolean fromDashboard,
        List<String> guesses) {
    public JournalEntry {
        guesses = guesses == null ? List.of() : List.copyOf(guesses);
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        latency = latency == null ? Duration.ZERO : latency;
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, was " + latency);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (query != null) {
            query.forEach((k, v) -> copy.put(k, v == null ? List.of() : List.copyOf(v)));
        }
        query = Collections.unmodifiableMap(copy);
    }

    /** An entry of the code under test without a response body or a measured latency (one a test builds by hand). */
    public JournalEntry(
            long sequence,
            Instant receivedAt,
            @Nullable String siteId,
            @Nullable Operation operation,
            String method,
            String path,
            Map<String, List<String>> query,
            @Nullable String body,
            int status,
            @Nullable String errorCode,
            @Nullable String scenario) {
        this(
                sequence,
                receivedAt,
                siteId,
                operation,
                method,
                path,
                query,
                body,
                status,
                errorCode,
                scenario,
                null,
                Duration.ZERO,
                false,
                List.of());
    }

    /** Whether the answer was an error (it then carries an {@link #errorCode()}). */
    public boolean isError() {
        return errorCode != null;
    }
}
