package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.http.JournalEntry;
import io.javalin.http.servlet.JavalinServletContextKt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One request as the journal keeps it: what the answer needed anyway, by reference. The query is its raw string, the
 * bodies are their first {@value JournalStore#MAX_BODY_BYTES} bytes (a list page's are the cached bytes of its files,
 * shared with the file cache); nothing is decoded or copied until someone reads the entry. Immutable.
 *
 * @param body         the request body (cut), {@code null} for none and for raw uploaded bytes
 * @param bodyLength   the request body's whole length in bytes
 * @param responseBody the JSON answer (cut), {@code null} for an empty or binary answer and a scripted fault
 * @param responseLength the answer's whole length in bytes
 * @param fromDashboard whether the fake's own dashboard sent the request (journal assertions skip those)
 * @param guesses      the ledger ids of the guesses the answer met, in ledger order (shared constants)
 */
@API(status = API.Status.INTERNAL)
public record JournalRecord(
        long sequence,
        Instant receivedAt,
        String siteId,
        Operation operation,
        String method,
        String path,
        String queryString,
        String queryCharset,
        Body body,
        int bodyLength,
        int status,
        String errorCode,
        String scenario,
        Body responseBody,
        int responseLength,
        long latencyNanos,
        boolean fromDashboard,
        List<String> guesses) {

    /** The query parameters, decoded as Javalin decodes them for the routes. */
    public Map<String, List<String>> query() {
        if (queryString == null || queryString.isEmpty()) {
            return Map.of();
        }
        return JavalinServletContextKt.splitKeyValueStringAndGroupByKey(
                queryString, queryCharset == null ? "UTF-8" : queryCharset);
    }

    /** The request body as text, cut with a marker when it was longer than the journal keeps. */
    public String bodyText() {
        return text(body, bodyLength);
    }

    /** The answer's body as text, cut with a marker when it was longer than the journal keeps. */
    public String responseText() {
        return text(responseBody, responseLength);
    }

    /** The public form of the entry. */
    public JournalEntry toEntry() {
        return new JournalEntry(
                sequence,
                receivedAt,
                siteId,
                operation,
                method,
                path,
                query(),
                bodyText(),
                status,
                errorCode,
                scenario,
                responseText(),
                Duration.ofNanos(latencyNanos),
                fromDashboard,
                guesses);
    }

    /** An upper estimate of the heap this record holds on its own: two bytes a character, the bodies' bytes. */
    long retainedBytes() {
        // the ids are shared constants: only the list's slots count
        return 200
                + 16L * guesses.size()
                + chars(siteId)
                + chars(method)
                + chars(path)
                + chars(queryString)
                + chars(errorCode)
                + chars(scenario)
                + (body == null ? 0 : 16 + body.length())
                + (responseBody == null ? 0 : 16 + responseBody.length());
    }

    private static long chars(String s) {
        return s == null ? 0 : 24 + 2L * s.length();
    }

    private static String text(Body kept, int length) {
        if (kept == null || length == 0) {
            return null;
        }
        // what was kept may be a little more than the journal shows: whole parts of a page, cut here
        Body shown = kept.prefix(JournalStore.MAX_BODY_BYTES);
        String text = new String(shown.toArray(), StandardCharsets.UTF_8);
        return shown.length() == length
                ? text
                : text + "...[cut: " + length + " bytes, the first " + shown.length() + " kept]";
    }
}
