package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.persist.ValueCodec;
import dev.fakewix.media.core.internal.scenario.BehaviourTally;
import dev.fakewix.media.core.internal.scenario.Rules;
import dev.fakewix.media.core.internal.scenario.ScenarioDocument;
import dev.fakewix.media.core.internal.scenario.ScenarioEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Scripted behaviour of one site: errors, latency, HTTP faults, readiness and limits, for the paths that are hard
 * to reach against the real service. One model with two syntaxes: this fluent Java DSL and a JSON form
 * ({@link #apply(String)}, also accepted by the admin API and the standalone server's {@code --scenario} file).
 *
 * <pre>{@code
 * Scenarios scenarios = fake.site().scenarios();
 * scenarios.on(Operation.IMPORT_FILE).failWith(WixErrorCode.SITE_QUOTA_EXCEEDED).once();
 * scenarios.on(Operation.LIST_FILES).failWithStatus(503).times(2);
 * scenarios.on(Operation.LIST_FILES).failWithStatus(429).retryAfter(Duration.ofSeconds(5)).withProbability(0.1);
 * scenarios.on(Operation.GET_FILE_DESCRIPTOR).delayBy(Duration.ofMillis(200)).always();
 * scenarios.on(Operation.IMPORT_FILE).where(RequestMatch.mimeType("video/*")).failWith(WixErrorCode.FILE_SIZE_OVER_LIMIT).fromCall(3);
 * scenarios.readiness(Readiness.ready().forMediaType(MediaType.VIDEO, Readiness.readyAfter(Duration.ofMinutes(5))));
 * scenarios.onWebhook(WebhookEvent.FILE_READY).duplicate().once();     // webhook delivery faults: see onWebhook
 * }</pre>
 *
 * <p>Behaviours are checked in the order they were added; every matching latency applies, then the first matching
 * error is thrown. Probabilities draw from a generator seeded by the fake's seed and the site id, so the same seed
 * and the same calls give the same outcome. A site's {@link MediaSite#reset()} clears its scenarios and returns its
 * readiness policy and limits to the fake's defaults. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Scenarios {
    private final MediaSite site;
    private final ScenarioEngine engine;
    private final ReadinessPolicy defaultReadiness;
    private final SiteLimits defaultLimits;

    Scenarios(MediaSite site, ScenarioEngine engine, ReadinessPolicy defaultReadiness, SiteLimits defaultLimits) {
        this.site = site;
        this.engine = engine;
        this.defaultReadiness = defaultReadiness;
        this.defaultLimits = defaultLimits;
    }

    /** Starts a behaviour for one operation. */
    public When on(Operation operation) {
        return new When(Objects.requireNonNull(operation, "operation"), null);
    }

    /** Starts a behaviour for every API operation. */
    public When onAnyOperation() {
        return new When(null, null);
    }

    /**
     * Starts a webhook delivery fault for the given events of this site (every event when none is given).
     *
     * <pre>{@code
     * scenarios.onWebhook(WebhookEvent.FILE_READY).where(RequestMatch.fileId(fileId)).duplicate().once();
     * scenarios.onWebhook().unreachable().times(2);            // the first two attempts fail, the third gets through
     * scenarios.onWebhook(WebhookEvent.FILE_FAILED).delayBy(Duration.ofMinutes(5)).always();
     * }</pre>
     */
    public WebhookWhen onWebhook(WebhookEvent... events) {
        Set<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
        for (WebhookEvent e : events) {
            set.add(Objects.requireNonNull(e, "event"));
        }
        return new WebhookWhen(set, null);
    }

    /**
     * Sets how the site's new files leave PENDING, until the site is reset (back to the fake's default,
     * {@link FakeMediaManager.Builder#readiness}). Files already pending keep the readiness they got.
     *
     * <pre>{@code site.scenarios().readiness(Readiness.manual());}</pre>
     */
    public Scenarios readiness(ReadinessPolicy policy) {
        site.engine().setReadiness(Objects.requireNonNull(policy, "policy"));
        return this;
    }

    /**
     * Sets the site's storage quota and file size limit, until the site is reset (back to the fake's default,
     * {@link FakeMediaManager.Builder#limits}); applies from the next operation.
     *
     * <pre>{@code site.scenarios().limits(site.scenarios().limits().withStorageQuota(1_000_000));}</pre>
     */
    public Scenarios limits(SiteLimits limits) {
        site.engine().setLimits(Objects.requireNonNull(limits, "limits"));
        return this;
    }

    /** The site's storage limits now. */
    public SiteLimits limits() {
        return site.engine().limits();
    }

    /**
     * Applies a scenario written in JSON, all or nothing: a malformed document, an unknown operation, error code or
     * fault is refused with an {@link IllegalArgumentException} naming the valid choices, and nothing changes.
     *
     * <pre>{@code
     * {"readiness": {"policy": "readyAfter", "duration": "PT5M", "rules": [{"mediaType": "VIDEO", "policy": "manual"}]},
     *  "limits": {"storageQuotaBytes": 1000000},
     *  "errors": [{"operation": "importFile", "error": "SITE_QUOTA_EXCEEDED", "times": 1},
     *             {"operation": "listFiles", "status": 503, "fromCall": 2, "match": {"folderId": "abc"}}],
     *  "latency": [{"operation": "*", "min": "PT0.05S", "max": "PT0.2S", "always": true}],
     *  "faults": [{"operation": "getFileDescriptor", "fault": "CONNECTION_RESET", "times": 1}],
     *  "responses": [{"operation": "listFiles", "status": 503, "body": {"message": "upstream connect error"}}],
     *  "webhooks": [{"event": "FILE_READY", "fault": "DELAY", "delay": "PT5M", "match": {"fileId": "..."}},
     *               {"event": "*", "fault": "UNREACHABLE", "times": 2}],
     *  "importContent": [{"url": "https://example.com/cat.png", "base64": "iVBORw0KGgo..."}]}
     * }</pre>
     *
     * <p>{@code importContent} registers bytes for import URLs, as {@link MediaSite#registerImportContent} does (a
     * reset forgets them; {@link #clear()} does not).
     */
    public Scenarios apply(String json) {
        ScenarioDocument doc = ScenarioDocument.parse(json);
        synchronized (this) {
            if (doc.readiness() != null) {
                readiness(doc.readiness());
            }
            if (doc.limits() != null) {
                limits(doc.limits().apply(limits()));
            }
            List<ScenarioEngine.Entry> rules = new ArrayList<>();
            for (ScenarioDocument.Rule rule : doc.rules()) {
                rules.add(entry(rule.operation(), rule.match(), rule.action(), rule.count(), rule.description()));
            }
            engine.add(rules);
            doc.importContent().forEach(site::registerImportContent);
        }
        site.engine().configChanged();
        return this;
    }

    /** Removes every behaviour and restores the default readiness policy and limits. */
    public synchronized void clear() {
        engine.clear();
        site.engine().setReadiness(defaultReadiness);
        site.engine().setLimits(defaultLimits);
    }

    /** The behaviours in force, in the order they are checked. */
    public List<ScriptedBehaviour> active() {
        return engine.active();
    }

    private ScenarioEngine.Entry entry(
            @Nullable Operation operation,
            @Nullable RequestMatch match,
            ScriptedBehaviour.Action action,
            ScriptedBehaviour.Count count,
            @Nullable String description) {
        BehaviourTally tally = new BehaviourTally();
        tally.onCancel(site.engine()::configChanged);
        return new ScenarioEngine.Entry(
                new ScriptedBehaviour(engine.nextId(), operation, match, action, count, description, tally), tally);
    }

    /**
     * The behaviours as the site's data directory keeps them: each one's requests, action, count and tally so far.
     * A behaviour whose match is the caller's own predicate cannot be written down: it is left out (and said once).
     * Waits for no request's decision.
     */
    @Nullable
    Object persistentForm() {
        List<Object> out = new ArrayList<>();
        for (ScenarioEngine.Entry e : engine.entries()) {
            ScriptedBehaviour b = e.behaviour();
            Map<String, Object> match = b.match() == null ? null : Rules.form(b.match());
            if (b.match() != null && match == null) {
                site.engine().warnNotKept("scripted behaviour '" + b.label() + "'");
                continue;
            }
            int[] counts = e.tally().counts();
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("id", (long) b.id());
            if (b.operation() != null) {
                form.put("operation", b.operation().name());
            }
            if (match != null) {
                form.put("match", match);
            }
            form.put("action", ValueCodec.encode(b.action(), ScriptedBehaviour.Action.class));
            form.put("count", ValueCodec.encode(b.count(), ScriptedBehaviour.Count.class));
            form.put("description", b.description());
            form.put("calls", (long) counts[0]);
            form.put("met", (long) counts[1]);
            form.put("cancelled", counts[2] == 1);
            out.add(form);
        }
        return out.isEmpty() ? null : out;
    }

    /** Installs the behaviours a data directory kept ({@link #persistentForm}), with their tallies. */
    synchronized void restoreForm(Object form) {
        List<ScenarioEngine.Entry> restored = new ArrayList<>();
        for (Object o : (List<?>) form) {
            Map<?, ?> m = (Map<?, ?>) o;
            int id = (int) ((Number) m.get("id")).longValue();
            Object match = m.get("match");
            BehaviourTally tally = new BehaviourTally();
            tally.restore(
                    (int) ((Number) m.get("calls")).longValue(),
                    (int) ((Number) m.get("met")).longValue(),
                    Boolean.TRUE.equals(m.get("cancelled")));
            tally.onCancel(site.engine()::configChanged);
            ScriptedBehaviour b = new ScriptedBehaviour(
                    id,
                    m.get("operation") == null ? null : Operation.valueOf((String) m.get("operation")),
                    match == null ? null : Rules.matchOf((Map<?, ?>) match),
                    ValueCodec.decode(m.get("action"), ScriptedBehaviour.Action.class),
                    ValueCodec.decode(m.get("count"), ScriptedBehaviour.Count.class),
                    (String) m.get("description"),
                    tally);
            restored.add(new ScenarioEngine.Entry(b, tally));
        }
        engine.restore(restored);
    }

    /** The first half of a behaviour: which requests. */
    public final class When {
        private final @Nullable Operation operation;
        private final @Nullable RequestMatch match;

        private When(@Nullable Operation operation, @Nullable RequestMatch match) {
            this.operation = operation;
            this.match = match;
        }

        /** Only requests matching {@code match}. */
        public When where(RequestMatch match) {
            return new When(operation, Objects.requireNonNull(match, "match"));
        }

        /** Answer with an error from the catalogue (e.g. SITE_QUOTA_EXCEEDED, UNAVAILABLE). */
        public Then failWith(WixErrorCode code) {
            return new Then(this, new ScriptedBehaviour.Action.Fail(Objects.requireNonNull(code, "code"), null));
        }

        /** Answer with the standard error of an HTTP status: 400, 401, 403, 404, 409, 428, 429, 499, 500..504. */
        public Then failWithStatus(int status) {
            WixErrorCode code = WixErrorCode.standardFor(status)
                    .orElseThrow(() -> new IllegalArgumentException("No standard Wix error has status " + status
                            + "; valid: 400, 401, 403, 404, 409, 428, 429, 499, 500, 501, 502, 503, 504"));
            return new Then(
                    this, new ScriptedBehaviour.Action.Fail(code, status == 429 ? Duration.ofSeconds(1) : null));
        }

        /** Delay the answer by a fixed time. */
        public Then delayBy(Duration delay) {
            return new Then(this, new ScriptedBehaviour.Action.Delay(delay, delay));
        }

        /** Delay the answer by a seeded-random time between {@code min} and {@code max}. */
        public Then delayBetween(Duration min, Duration max) {
            return new Then(this, new ScriptedBehaviour.Action.Delay(min, max));
        }

        /**
         * Answer with exactly this status and JSON body: the escape hatch for an answer seen from Wix that the fake
         * does not model (yet). The operation does nothing else (no state changes, as with a scripted error); the
         * journal names the behaviour, as for every scripted outcome.
         *
         * <pre>{@code
         * scenarios.on(Operation.LIST_FILES).where(RequestMatch.folder(folderId))
         *         .respondWith(503, "{\"message\":\"upstream connect error\",\"details\":{}}").once();
         * scenarios.on(Operation.GET_FILE_DESCRIPTOR)
         *         .respondWith(200, "{\"file\":{\"id\":\"a\",\"mediaType\":\"IMAGE\",\"newField\":1}}").always();
         * }</pre>
         *
         * <p>Over HTTP the answer is {@code status}, the body as given and {@code Content-Type: application/json} (what
         * Wix's answers carry). A plain Java call gets a status from 300 on as a {@link MediaManagerException} whose
         * {@link MediaManagerException#httpStatus()}, {@link MediaManagerException#code() code()} (the code the body
         * names) and {@link MediaManagerException#scriptedBody()} are what was scripted; a 2xx answer has no Java
         * value to be, so Java calls pass it by (it acts on, and counts, HTTP requests only).
         *
         * @throws IllegalArgumentException a status outside 100..599, one that answers without a body (1xx, 204, 205,
         *                                  304), or a body that is not JSON holding an object or an array
         */
        public Then respondWith(int status, String json) {
            return new Then(this, new ScriptedBehaviour.Action.Respond(status, json));
        }

        /** Break the HTTP response (facade only). Faults apply per operation: they take no {@link #where}. */
        public Then fault(HttpFault fault) {
            if (match != null) {
                throw new IllegalStateException("a fault applies to every request of its operation; drop where("
                        + match.description() + ") or script an error instead");
            }
            return new Then(this, new ScriptedBehaviour.Action.Fault(Objects.requireNonNull(fault, "fault")));
        }
    }

    /** The first half of a webhook fault: which events. */
    public final class WebhookWhen {
        private final Set<WebhookEvent> events;
        private final @Nullable RequestMatch match;

        private WebhookWhen(Set<WebhookEvent> events, @Nullable RequestMatch match) {
            this.events = events;
            this.match = match;
        }

        /**
         * Only events whose facts match: the file id ({@link RequestMatch#fileId}: events of that file), the folder
         * ({@link RequestMatch#folder}: events of that folder, or of files directly in it, as far as the event tells:
         * File Failed and File Descriptor Deleted carry no folder), the name ({@link RequestMatch#fileNamed}).
         *
         * <pre>{@code scenarios.onWebhook(WebhookEvent.FILE_READY).where(RequestMatch.fileId(id)).drop().once();}</pre>
         */
        public WebhookWhen where(RequestMatch match) {
            return new WebhookWhen(events, Objects.requireNonNull(match, "match"));
        }

        public Then delayBy(Duration delay) {
            return with(WebhookFault.delay(delay));
        }

        public Then drop() {
            return with(WebhookFault.of(WebhookFault.Kind.DROP));
        }

        public Then duplicate() {
            return with(WebhookFault.of(WebhookFault.Kind.DUPLICATE));
        }

        public Then reorder() {
            return with(WebhookFault.of(WebhookFault.Kind.REORDER));
        }

        public Then badSignature() {
            return with(WebhookFault.of(WebhookFault.Kind.BAD_SIGNATURE));
        }

        public Then expiredJwt() {
            return with(WebhookFault.of(WebhookFault.Kind.EXPIRED_JWT));
        }

        public Then unreachable() {
            return with(WebhookFault.of(WebhookFault.Kind.UNREACHABLE));
        }

        private Then with(WebhookFault fault) {
            return new Then(new When(null, match), new ScriptedBehaviour.Action.Webhook(events, fault));
        }
    }

    /** The second half of a behaviour: how often. Each terminal method installs the behaviour. */
    public final class Then {
        private final When when;
        private final ScriptedBehaviour.Action action;

        private Then(When when, ScriptedBehaviour.Action action) {
            this.when = when;
            this.action = action;
        }

        /** For a 429 or 503: the {@code Retry-After} the error carries. */
        public Then retryAfter(Duration retryAfter) {
            if (!(action instanceof ScriptedBehaviour.Action.Fail f)) {
                throw new IllegalStateException("retryAfter applies to errors, not to " + action);
            }
            return new Then(when, new ScriptedBehaviour.Action.Fail(f.code(), Objects.requireNonNull(retryAfter)));
        }

        public ScriptedBehaviour once() {
            return times(1);
        }

        public ScriptedBehaviour times(int n) {
            return install(new ScriptedBehaviour.Count.Times(n));
        }

        public ScriptedBehaviour always() {
            return install(new ScriptedBehaviour.Count.Always());
        }

        /** From the k-th matching call on (the first k-1 pass). */
        public ScriptedBehaviour fromCall(int k) {
            return install(new ScriptedBehaviour.Count.FromCall(k));
        }

        /** Each matching call with probability {@code p}, drawn from the seeded generator. */
        public ScriptedBehaviour withProbability(double p) {
            return install(new ScriptedBehaviour.Count.Probability(p));
        }

        private ScriptedBehaviour install(ScriptedBehaviour.Count count) {
            ScenarioEngine.Entry entry = entry(when.operation, when.match, action, count, null);
            engine.add(List.of(entry));
            site.engine().configChanged();
            return entry.behaviour();
        }
    }
}
