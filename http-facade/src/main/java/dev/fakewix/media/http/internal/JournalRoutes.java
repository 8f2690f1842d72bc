package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.WixErrorCode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.core.JsonGenerator;

/**
 * The request journal part of the admin API: entries paged by sequence number (streamed entry by entry), one entry,
 * a count, and clearing. The journal keeps API and transfer requests; admin calls are not recorded.
 */
final class JournalRoutes {
    private final JournalStore journal;
    private final Wire wire;

    JournalRoutes(JournalStore journal, Wire wire) {
        this.journal = journal;
        this.wire = wire;
    }

    List<PlainRoute> routes() {
        return List.of(
                new PlainRoute(HttpMethod.GET, AdminRoutes.PREFIX + "/journal", this::journalEntries),
                new PlainRoute(HttpMethod.GET, AdminRoutes.PREFIX + "/journal/count", this::journalCount),
                new PlainRoute(HttpMethod.GET, AdminRoutes.PREFIX + "/journal/{sequence}", this::journalEntry),
                new PlainRoute(HttpMethod.DELETE, AdminRoutes.PREFIX + "/journal", ex -> {
                    journal.clear();
                    return Reply.json(wire.empty());
                }));
    }

    /**
     * {@code ?siteId=&operation=&afterSequence=&limit=}: the newest {@code limit} entries; with {@code afterSequence}
     * (to page forward: pass the last sequence seen) the first {@code limit} entries after it, and {@code missed}: how
     * many entries after it the journal no longer holds (fell out, or were removed). Streamed entry by entry, so
     * reading a full journal needs no more memory than one entry's JSON.
     */
    @SuppressWarnings("JdkObsolete") // an Enumeration is what SequenceInputStream takes
    private Reply journalEntries(Exchange ex) {
        Params p = Params.ofQuery(ex.query());
        Integer limit = p.integer("limit");
        if (limit != null && limit < 0) {
            p.violation("limit", "MIN", "must be at least 0, was " + limit);
        }
        Boolean bodies = p.bool("bodies");
        boolean withBodies = bodies == null || bodies;
        Long after = p.int64("afterSequence");
        Predicate<JournalRecord> filter = filter(p);
        // The journal counts its changes: that and the question name the answer, without writing it.
        long version = String.valueOf(ex.ctx().queryString()).hashCode() * 1_000_003L + journal.version();
        String etag = ConditionalGet.etagOf(version);
        int max = limit == null ? -1 : limit;
        List<JournalRecord> shown;
        String end;
        if (after != null) {
            JournalStore.Page page = journal.after(after, max, filter);
            shown = page.entries();
            end = "],\"missed\":" + page.missed() + "}";
        } else {
            shown = journal.newest(max, filter);
            end = "]}";
        }
        Iterator<JournalRecord> next = shown.iterator();
        Enumeration<InputStream> parts = new Enumeration<>() {
            private boolean started;
            private boolean ended;

            @Override
            public boolean hasMoreElements() {
                return !ended;
            }

            @Override
            public InputStream nextElement() {
                String prefix = started ? "," : "{\"entries\":[";
                boolean first = !started;
                started = true;
                if (!next.hasNext()) {
                    ended = true;
                    return new ByteArrayInputStream(
                            ((first ? "{\"entries\":[" : "") + end).getBytes(StandardCharsets.UTF_8));
                }
                byte[] entry = Json.write(g -> writeEntry(g, next.next(), withBodies));
                return new SequenceInputStream(
                        new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)),
                        new ByteArrayInputStream(entry));
            }
        };
        return ConditionalGet.answer(ex, etag, () -> {
            // The dispatcher writes a reply's bytes only when it has some; this one's body is the stream set here.
            ex.ctx().result(new SequenceInputStream(parts));
            return Reply.json(new byte[0]);
        });
    }

    private Reply journalEntry(Exchange ex) {
        String text = ex.pathParam("sequence");
        long sequence;
        try {
            sequence = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw MediaManagerException.invalidArgument(List.of(FieldViolation.of(
                    "sequence",
                    "FORMAT",
                    "must be the sequence number of a journal entry (an integer), got \"" + text + "\"")));
        }
        JournalRecord found = journal.get(sequence);
        if (found == null) {
            throw MediaManagerException.standard(
                    WixErrorCode.NOT_FOUND,
                    "The journal holds no request " + sequence + " (it keeps the newest " + journal.capacity()
                            + "; admin calls are not recorded)");
        }
        return Reply.json(Json.write(g -> writeEntry(g, found, true)));
    }

    private Reply journalCount(Exchange ex) {
        Params p = Params.ofQuery(ex.query());
        long count = journal.count(filter(p));
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeNumberProperty("count", count);
            g.writeEndObject();
        }));
    }

    /** The journal filter of {@code ?siteId=&operation=} (operation by SDK name, e.g. {@code listFiles}). */
    private static Predicate<JournalRecord> filter(Params p) {
        String siteId = p.string("siteId");
        String operationName = p.string("operation");
        p.check();
        Operation operation = operationName == null ? null : Operation.fromName(operationName);
        return e -> (siteId == null || siteId.equals(e.siteId())) && (operation == null || operation == e.operation());
    }

    private static void writeEntry(JsonGenerator g, JournalRecord e, boolean withBodies) {
        g.writeStartObject();
        g.writeNumberProperty("sequence", e.sequence());
        g.writeStringProperty("receivedAt", Json.instant(e.receivedAt()));
        g.writeStringProperty("siteId", e.siteId());
        g.writeStringProperty(
                "operation", e.operation() == null ? null : e.operation().sdkName());
        g.writeStringProperty("method", e.method());
        g.writeStringProperty("path", e.path());
        g.writeObjectPropertyStart("query");
        for (Map.Entry<String, List<String>> q : e.query().entrySet()) {
            g.writeArrayPropertyStart(q.getKey());
            for (String v : q.getValue()) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        if (withBodies) {
            g.writeStringProperty("body", e.bodyText());
        }
        g.writeNumberProperty("status", e.status());
        g.writeStringProperty("errorCode", e.errorCode());
        g.writeStringProperty("scenario", e.scenario());
        g.writeArrayPropertyStart("guesses");
        for (String id : e.guesses()) {
            g.writeString(id);
        }
        g.writeEndArray();
        if (withBodies) {
            g.writeStringProperty("responseBody", e.responseText());
        }
        g.writeNumberProperty("latencyMillis", e.latencyNanos() / 1_000_000.0);
        g.writeBooleanProperty("fromDashboard", e.fromDashboard());
        g.writeEndObject();
    }
}
