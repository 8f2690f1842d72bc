package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.internal.FaceAccess;
import dev.fakewix.media.core.model.FileDescriptor;
import tools.jackson.core.JsonGenerator;
import org.apiguardian.api.API;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The admin API under {@value #PREFIX}: test control of the fake over HTTP, without authentication. Every route is a
 * thin call into the core (or the journal); errors travel in the API's wire shapes.
 *
 * <p>The table below is the one list of admin routes; the server mounts it as it is.
 */
@API(status = API.Status.INTERNAL)
public final class AdminRoutes {
    public static final String PREFIX = "/_fake";

    private final FakeMediaManager fake;
    private final JournalStore journal;
    private final Wire wire;
    private final FacadeSettings settings;
    private final SnapshotReader snapshots;

    AdminRoutes(FakeMediaManager fake, JournalStore journal, Wire wire, FacadeSettings settings) {
        this.fake = fake;
        this.journal = journal;
        this.wire = wire;
        this.settings = settings;
        this.snapshots = new SnapshotReader(settings.maxJsonBodyBytes());
    }

    /** The admin route table. */
    public List<PlainRoute> routes() {
        List<PlainRoute> routes = new ArrayList<>(List.of(
                // state
                new PlainRoute(HttpMethod.POST, PREFIX + "/reset", this::resetAll),
                new PlainRoute(HttpMethod.GET, PREFIX + "/sites", this::sites),
                new PlainRoute(HttpMethod.POST, PREFIX + "/sites/{siteId}/reset", this::resetSite),
                new PlainRoute(HttpMethod.GET, PREFIX + "/sites/{siteId}/state", this::exportState),
                new PlainRoute(HttpMethod.PUT, PREFIX + "/sites/{siteId}/state", this::importState),
                // bytes for import URLs (opt-in: the fake never fetches)
                new PlainRoute(HttpMethod.PUT, PREFIX + "/sites/{siteId}/import-content", this::registerImportContent),
                new PlainRoute(HttpMethod.DELETE, PREFIX + "/sites/{siteId}/import-content", ex -> {
                    site(ex).registerImportContent(importUrl(ex), (byte[]) null);
                    return Reply.json(wire.empty());
                }),
                // lifecycle
                new PlainRoute(HttpMethod.GET, PREFIX + "/sites/{siteId}/files/pending", this::pending),
                new PlainRoute(HttpMethod.POST, PREFIX + "/sites/{siteId}/files/{fileId}/ready", this::markReady),
                new PlainRoute(HttpMethod.POST, PREFIX + "/sites/{siteId}/files/{fileId}/failed", this::markFailed),
                new PlainRoute(HttpMethod.POST, PREFIX + "/sites/{siteId}/settle", this::settle),
                // scenarios (the JSON form of Scenarios; the journal names the behaviour each request met)
                new PlainRoute(HttpMethod.POST, PREFIX + "/sites/{siteId}/scenarios", this::addScenario),
                new PlainRoute(HttpMethod.GET, PREFIX + "/sites/{siteId}/scenarios", this::scenarios),
                new PlainRoute(HttpMethod.DELETE, PREFIX + "/sites/{siteId}/scenarios", ex -> {
                    site(ex).scenarios().clear();
                    return Reply.json(wire.empty());
                }),
                // clock
                new PlainRoute(HttpMethod.GET, PREFIX + "/clock", ex -> clock(fake.clock().instant())),
                new PlainRoute(HttpMethod.POST, PREFIX + "/clock/advance", this::advance),
                new PlainRoute(HttpMethod.POST, PREFIX + "/clock/set", this::setClock),
                new PlainRoute(HttpMethod.POST, PREFIX + "/clock/freeze", ex -> clock(fake.clock().freeze())),
                new PlainRoute(HttpMethod.POST, PREFIX + "/clock/unfreeze", ex -> clock(fake.clock().unfreeze())),
                // request journal
                new PlainRoute(HttpMethod.GET, PREFIX + "/journal", this::journalEntries),
                new PlainRoute(HttpMethod.GET, PREFIX + "/journal/count", this::journalCount),
                new PlainRoute(HttpMethod.GET, PREFIX + "/journal/{sequence}", this::journalEntry),
                new PlainRoute(HttpMethod.DELETE, PREFIX + "/journal", ex -> {
                    journal.clear();
                    return Reply.json(wire.empty());
                }),
                // health
                new PlainRoute(HttpMethod.GET, PREFIX + "/health", ex -> Reply.json(Json.write(g -> {
                    g.writeStartObject();
                    g.writeStringProperty("status", "UP");
                    g.writeEndObject();
                })))));
        // webhooks: public key, subscriptions, delivery journal
        routes.addAll(new WebhookRoutes(fake, wire, settings).routes());
        if (settings.dashboard()) {
            // last: the page is told which admin routes exist (e.g. webhooks), so it never probes unknown paths
            routes.addAll(new Dashboard(PREFIX + "/ui", routes).routes());
        }
        return List.copyOf(routes);
    }

    // ---------------------------------------------------------------- state

    private Reply resetAll(Exchange ex) {
        fake.reset();
        return Reply.json(wire.empty());
    }

    private Reply sites(Exchange ex) {
        List<String> ids = fake.siteIds();
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("defaultSiteId", fake.defaultSiteId());
            g.writeArrayPropertyStart("siteIds");
            for (String id : ids) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    private Reply addScenario(Exchange ex) {
        byte[] body = ex.jsonBody(settings.maxJsonBodyBytes());
        site(ex).scenarios().apply(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        return scenarios(ex);
    }

    private Reply scenarios(Exchange ex) {
        List<dev.fakewix.media.core.ScriptedBehaviour> active = site(ex).scenarios().active();
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayPropertyStart("scenarios");
            for (dev.fakewix.media.core.ScriptedBehaviour b : active) {
                g.writeStartObject();
                g.writeNumberProperty("id", b.id());
                g.writeStringProperty("label", b.label());
                g.writeNumberProperty("timesMet", b.timesMet());
                if (b.count() instanceof dev.fakewix.media.core.ScriptedBehaviour.Count.Times times) {
                    // how many more matching requests it acts on; absent for behaviours without an end
                    g.writeNumberProperty("remaining", Math.max(0, times.n() - b.timesMet()));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    private Reply registerImportContent(Exchange ex) {
        site(ex).registerImportContent(importUrl(ex), ex.bodyStream(settings.maxUploadBytes()));
        return Reply.json(wire.empty());
    }

    private static String importUrl(Exchange ex) {
        String url = ex.queryParam("url");
        if (url == null || url.isBlank()) {
            throw MediaManagerException.invalidArgument(List.of(dev.fakewix.media.core.FieldViolation.of("url",
                    "REQUIRED_FIELD", "is required: the import URL whose bytes these are, e.g. ?url=https%3A%2F%2Fexample.com%2Fcat.png")));
        }
        return url;
    }

    private Reply resetSite(Exchange ex) {
        site(ex).reset();
        return Reply.json(wire.empty());
    }

    /** Streamed: a site holding a large file exports without holding its base64 on the heap. */
    private Reply exportState(Exchange ex) {
        Params p = Params.ofQuery(ex.query());
        Boolean content = p.bool("content");
        p.check();
        SiteSnapshot snapshot = site(ex).snapshot();
        if (content == null || content) {
            // streamed: a site holding a large file exports without holding its base64 on the heap
            return Reply.streamed(200, Reply.JSON, new Reply.StreamedBody() {
                @Override
                public long length() {
                    return -1;
                }

                @Override
                public void writeTo(java.io.OutputStream out) {
                    Json.writeTo(out, g -> SnapshotJson.write(g, snapshot));
                }
            }, Map.of());
        }
        // What a polling page asks for: an unchanged listing is told by its fingerprint, without writing its JSON.
        return ConditionalGet.answer(ex, ConditionalGet.etagOf(SnapshotJson.listingFingerprint(snapshot)),
                () -> Reply.json(SnapshotJson.write(snapshot, false)));
    }

    /**
     * Streamed: a snapshot of any size the export wrote imports back (no {@code maxJsonBodyBytes} cap; see
     * {@link SnapshotReader}).
     */
    private Reply importState(Exchange ex) {
        String siteId = ex.pathParam("siteId");
        SiteSnapshot snapshot = snapshots.readOne(ex.bodyStream(Long.MAX_VALUE), siteId);
        if (snapshot == null) {
            // an empty PUT would read as an empty snapshot and wipe the site: say what was expected instead
            throw MediaManagerException.invalidArgument(List.of(FieldViolation.of("body", "REQUIRED_FIELD",
                    "must be a site snapshot, as GET /_fake/sites/{siteId}/state exports it; to empty a site, POST"
                    + " /_fake/sites/{siteId}/reset")));
        }
        try {
            if (!snapshot.isRestorableInto(siteId)) { // before the site is made, so a refused PUT creates none
                throw new IllegalArgumentException("The snapshot is of site " + snapshot.siteId() + " but was PUT to"
                        + " site " + siteId + "; PUT it to /_fake/sites/" + snapshot.siteId() + "/state, or change its"
                        + " siteId");
            }
            fake.site(siteId).restore(snapshot);
        } catch (RuntimeException refused) {
            SnapshotReader.release(snapshot);
            throw refused;
        }
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("siteId", siteId);
            g.writeNumberProperty("files", snapshot.files().size());
            g.writeNumberProperty("folders", snapshot.folders().size());
            g.writeEndObject();
        }));
    }

    // ---------------------------------------------------------------- lifecycle

    private Reply pending(Exchange ex) {
        List<String> ids = site(ex).lifecycle().pendingFileIds();
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayPropertyStart("fileIds");
            for (String id : ids) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /** Answers the files still PENDING afterwards, as {@code GET .../files/pending} does. */
    private Reply settle(Exchange ex) {
        FaceAccess.get().settle(site(ex));
        return pending(ex);
    }

    private Reply markReady(Exchange ex) {
        FileDescriptor file = site(ex).lifecycle().markReady(ex.pathParam("fileId"));
        return Reply.json(wire.fileEnvelope("file", file));
    }

    /** Body (optional): {@code {"code": "...", "description": "..."}}, the error of the File Failed event. */
    private Reply markFailed(Exchange ex) {
        Params p = Params.ofBody(ex.jsonBody(settings.maxJsonBodyBytes()));
        String code = p.string("code");
        String description = p.string("description");
        p.check();
        FileDescriptor file = site(ex).lifecycle().markFailed(ex.pathParam("fileId"), code,
                description == null ? "Marked FAILED through the admin API" : description);
        return Reply.json(wire.fileEnvelope("file", file));
    }

    private MediaSite site(Exchange ex) {
        return fake.site(ex.pathParam("siteId"));
    }

    // ---------------------------------------------------------------- clock

    private Reply advance(Exchange ex) {
        Params p = Params.ofBody(ex.jsonBody(settings.maxJsonBodyBytes()));
        Duration duration = p.valid(p.required("duration", p.duration("duration")));
        return clock(fake.clock().advance(duration));
    }

    private Reply setClock(Exchange ex) {
        Params p = Params.ofBody(ex.jsonBody(settings.maxJsonBodyBytes()));
        Instant instant = p.valid(p.required("instant", p.instant("instant")));
        return clock(fake.clock().setTo(instant));
    }

    private Reply clock(Instant now) {
        VirtualClock clock = fake.clock();
        return Reply.json(Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("now", Json.instant(now));
            g.writeBooleanProperty("frozen", clock.isFrozen());
            g.writeEndObject();
        }));
    }

    // ---------------------------------------------------------------- journal

    /**
     * {@code ?siteId=&operation=&afterSequence=&limit=}: the newest {@code limit} entries; with {@code afterSequence}
     * (to page forward: pass the last sequence seen) the first {@code limit} entries after it, and {@code missed}: how
     * many entries after it the journal no longer holds (fell out, or were removed). Streamed entry by entry, so
     * reading a full journal needs no more memory than one entry's JSON.
     */
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
        java.util.Iterator<JournalRecord> next = shown.iterator();
        java.util.Enumeration<java.io.InputStream> parts = new java.util.Enumeration<>() {
            private boolean started;
            private boolean ended;

            @Override
            public boolean hasMoreElements() {
                return !ended;
            }

            @Override
            public java.io.InputStream nextElement() {
                String prefix = started ? "," : "{\"entries\":[";
                boolean first = !started;
                started = true;
                if (!next.hasNext()) {
                    ended = true;
                    return new java.io.ByteArrayInputStream(((first ? "{\"entries\":[" : "") + end)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                byte[] entry = Json.write(g -> writeEntry(g, next.next(), withBodies));
                return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(
                        prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8)), new java.io.ByteArrayInputStream(entry));
            }
        };
        return ConditionalGet.answer(ex, etag, () -> {
            // The dispatcher writes a reply's bytes only when it has some; this one's body is the stream set here.
            ex.ctx().result(new java.io.SequenceInputStream(parts));
            return Reply.json(new byte[0]);
        });
    }

    private Reply journalEntry(Exchange ex) {
        String text = ex.pathParam("sequence");
        long sequence;
        try {
            sequence = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw MediaManagerException.invalidArgument(List.of(FieldViolation.of("sequence", "FORMAT",
                    "must be the sequence number of a journal entry (an integer), got \"" + text + "\"")));
        }
        JournalRecord found = journal.get(sequence);
        if (found == null) {
            throw MediaManagerException.standard(WixErrorCode.NOT_FOUND, "The journal holds no request " + sequence
                    + " (it keeps the newest " + journal.capacity() + "; admin calls are not recorded)");
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
        g.writeStringProperty("operation", e.operation() == null ? null : e.operation().sdkName());
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
        if (withBodies) {
            g.writeStringProperty("responseBody", e.responseText());
        }
        g.writeNumberProperty("latencyMillis", e.latencyNanos() / 1_000_000.0);
        g.writeBooleanProperty("fromDashboard", e.fromDashboard());
        g.writeEndObject();
    }
}
