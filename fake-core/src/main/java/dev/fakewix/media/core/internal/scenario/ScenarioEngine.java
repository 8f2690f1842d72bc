package dev.fakewix.media.core.internal.scenario;

import dev.fakewix.media.core.MediaEvent;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.RequestMatch;
import dev.fakewix.media.core.ScriptedBehaviour;
import dev.fakewix.media.core.WebhookEvent;
import dev.fakewix.media.core.WebhookFault;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The scripted behaviours of one site and the one moment that decides them: every request of the site passes
 * {@link #before} before it touches state, and there every matching latency applies, then the first matching error
 * or HTTP fault, in the order the behaviours were added. Webhook deliveries ask {@link #webhookFault} the same way.
 * Probabilities draw from a generator seeded by the fake's seed and the site id, so the same seed and the same calls
 * give the same outcome.
 *
 * <pre>{@code
 * ScenarioEngine engine = new ScenarioEngine(seed, siteId, passes, Respond::toException);
 * engine.add(List.of(new ScenarioEngine.Entry(behaviour, tally)));
 * engine.before(Operation.LIST_FILES, request);    // may sleep, throw, or decide the request's HTTP fault
 * }</pre>
 *
 * <p>Thread-safe: decisions are made under the engine's lock, latency is waited outside it.
 */
@API(status = API.Status.INTERNAL)
public final class ScenarioEngine {
    private final long seed;
    private final String siteId;
    private final ScenarioPasses passes;
    private final Function<ScriptedBehaviour.Action.Respond, MediaManagerException> scriptedAnswer;
    private final List<Entry> entries = new ArrayList<>();
    /** A copy of {@link #entries} for the site's data directory, read without the engine's lock. */
    private volatile List<Entry> kept = List.of();
    /** Told after a request or delivery counted into a tally (the counts are written with the site's next write). */
    private volatile Runnable counted = () -> {};

    private final AtomicInteger ids = new AtomicInteger();
    private SplittableRandom random;

    /**
     * One installed behaviour and the tally it counts into.
     *
     * @param behaviour what it does, to which requests, how often
     * @param tally     its counters, shared with the behaviour's public handle
     */
    public record Entry(ScriptedBehaviour behaviour, BehaviourTally tally) {}

    /**
     * @param scriptedAnswer what a {@code respondWith} answer is to the caller: the exception carrying its status
     *                       and body (over HTTP the face writes it as scripted)
     */
    public ScenarioEngine(
            long seed,
            String siteId,
            ScenarioPasses passes,
            Function<ScriptedBehaviour.Action.Respond, MediaManagerException> scriptedAnswer) {
        this.scriptedAnswer = scriptedAnswer;
        this.seed = seed;
        this.siteId = siteId;
        this.passes = passes;
        this.random = newRandom();
    }

    private SplittableRandom newRandom() {
        return new SplittableRandom(seed * 31 + siteId.hashCode());
    }

    /** The id of the next behaviour (ids are never reused, not even after {@link #clear()}). */
    public int nextId() {
        return ids.incrementAndGet();
    }

    /** Installs behaviours, all at once: a request sees all of them or none. */
    public synchronized void add(List<Entry> added) {
        entries.addAll(added);
        kept = List.copyOf(entries);
    }

    /**
     * Installs behaviours a data directory kept, with their ids (later ones are numbered after them) and their tallies
     * as they were.
     */
    public synchronized void restore(List<Entry> restored) {
        for (Entry e : restored) {
            ids.accumulateAndGet(e.behaviour().id(), Math::max);
        }
        add(restored);
    }

    /** The behaviours in force with their tallies, without waiting for a request's decision. */
    public List<Entry> entries() {
        return kept;
    }

    /** Who is told when a behaviour counted a matching request or delivery. */
    public void onCounted(Runnable listener) {
        this.counted = Objects.requireNonNull(listener, "listener");
    }

    /** Removes every behaviour and restarts the seeded generator. */
    public synchronized void clear() {
        entries.clear();
        kept = List.of();
        random = newRandom();
    }

    /** The behaviours in force, in the order they are checked. */
    public synchronized List<ScriptedBehaviour> active() {
        return entries.stream().map(Entry::behaviour).toList();
    }

    /**
     * The gate of one request of {@code operation} whose facts are {@code request}: waits the scripted latency, then
     * throws the scripted error, if any; decides the request's HTTP fault for the face serving it.
     */
    @Decides(Guess.SCRIPTED_FAULT_DECIDED_AT_CORE)
    public void before(Operation operation, RequestMatch.Request request) {
        long delayNanos = 0;
        MediaManagerException error = null;
        RequestPass pass = passes.current();
        boolean tallied = false;
        synchronized (this) {
            // One moment decides everything: every matching latency, then the first error or fault in order.
            boolean decided = false;
            Operation faultsOf = pass == null ? null : pass.awaitsFaultOf();
            for (Entry e : entries) {
                ScriptedBehaviour b = e.behaviour();
                if (b.action() instanceof ScriptedBehaviour.Action.Fault f) {
                    if (pass != null && faultsOf != null && !decided && appliesTo(b, faultsOf, null)) {
                        tallied = true;
                        if (e.tally().acts(b.count(), random)) {
                            Reliance.met(Guess.SCRIPTED_FAULT_DECIDED_AT_CORE);
                            pass.deliver(b.label(), f.fault());
                            decided = true;
                        }
                    }
                } else if (!(b.action() instanceof ScriptedBehaviour.Action.Webhook)
                        && appliesTo(b, operation, request)) {
                    tallied |= !decided || b.action() instanceof ScriptedBehaviour.Action.Delay;
                    if (b.action() instanceof ScriptedBehaviour.Action.Delay d) {
                        if (e.tally().acts(b.count(), random)) {
                            delayNanos += draw(d, random).toNanos();
                            record(pass, b);
                        }
                    } else if (b.action() instanceof ScriptedBehaviour.Action.Respond r
                            && pass == null
                            && r.status() < 300) {
                        // a Java call has no way to return a scripted 2xx body: it passes by, uncounted
                    } else if (!decided && e.tally().acts(b.count(), random)) {
                        // over HTTP a scripted answer of any status travels to the face as the exception
                        error = b.action() instanceof ScriptedBehaviour.Action.Respond r
                                ? scriptedAnswer.apply(r)
                                : exception((ScriptedBehaviour.Action.Fail) b.action(), operation);
                        decided = true;
                        record(pass, b);
                    }
                }
            }
        }
        if (tallied) {
            counted.run();
        }
        if (delayNanos > 0) {
            pause(delayNanos);
        }
        if (error != null) {
            throw error;
        }
    }

    /**
     * The webhook fault scripted for one delivery of {@code event}, or {@code null}: matched by event type, file,
     * folder and name as far as the event tells. {@code perAttempt} asks for the faults counted per attempt
     * ({@code UNREACHABLE}), else for those counted per event. Counts the behaviour met.
     */
    public @Nullable ScriptedBehaviour webhookFault(MediaEvent event, boolean perAttempt) {
        String folder = null;
        String name = null;
        if (event instanceof MediaEvent.FileReady r) {
            folder = r.file().parentFolderId();
            name = r.file().displayName();
        } else if (event instanceof MediaEvent.FileDescriptorUpdated u) {
            folder = u.file().parentFolderId();
            name = u.file().displayName();
        } else if (event instanceof MediaEvent.FolderCreated c) {
            name = c.folder().displayName();
        } else if (event instanceof MediaEvent.FolderUpdated u) {
            name = u.folder().displayName();
        }
        boolean fileEvent = event.type().isFileEvent();
        RequestMatch.Request request = new RequestMatch.Request(
                null,
                fileEvent ? folder : event.metadata().entityId(),
                null,
                fileEvent ? List.of(event.metadata().entityId()) : List.of(),
                name);
        synchronized (this) {
            for (Entry e : entries) {
                ScriptedBehaviour b = e.behaviour();
                if (b.action() instanceof ScriptedBehaviour.Action.Webhook w
                        && (w.fault().kind() == WebhookFault.Kind.UNREACHABLE) == perAttempt
                        && appliesToEvent(b, w, event.type(), request)) {
                    boolean acts = e.tally().acts(b.count(), random);
                    counted.run(); // under the engine's lock: it only marks the site's configuration as changed
                    if (acts) {
                        return b;
                    }
                }
            }
        }
        return null;
    }

    private static boolean appliesToEvent(
            ScriptedBehaviour b, ScriptedBehaviour.Action.Webhook w, WebhookEvent event, RequestMatch.Request request) {
        return (w.events().isEmpty() || w.events().contains(event))
                && (b.match() == null || b.match().predicate().test(request));
    }

    private static boolean appliesTo(ScriptedBehaviour b, Operation op, RequestMatch.@Nullable Request request) {
        if (b.action() instanceof ScriptedBehaviour.Action.Webhook) {
            return false;
        }
        if (b.operation() != null ? b.operation() != op : !op.isApiMethod()) {
            return false;
        }
        return b.match() == null || (request != null && b.match().predicate().test(request));
    }

    private static void record(@Nullable RequestPass pass, ScriptedBehaviour behaviour) {
        if (pass != null) {
            pass.record(behaviour.label());
        }
    }

    /** The error a scripted failure throws: the catalogue's, naming the field the core's own error would name. */
    @Decides(Guess.SCRIPTED_ERROR_DESCRIPTION)
    private static MediaManagerException exception(ScriptedBehaviour.Action.Fail fail, Operation operation) {
        Reliance.met(Guess.SCRIPTED_ERROR_DESCRIPTION);
        WixErrorCode code = fail.code();
        MediaManagerException e = code.kind() == WixErrorCode.Kind.RULE
                ? code.exception(fieldOf(code, operation), code.defaultDescription(), dataOf(code))
                : MediaManagerException.standard(code, code.defaultDescription());
        return fail.retryAfter() == null
                ? e
                : e.withRetryAfter((int) fail.retryAfter().toSeconds());
    }

    /** The request field the core's own error names for this code, so that a scripted error reads like a real one. */
    @Decides(Guess.SCRIPTED_ERROR_FIELD)
    private static String fieldOf(WixErrorCode code, Operation operation) {
        Reliance.met(Guess.SCRIPTED_ERROR_FIELD);
        return switch (code) {
            case RESOURCE_NOT_FOUND -> operation.name().contains("FOLDER") ? "folderId" : "fileId";
            case FIELD_MASK_IS_EMPTY_OR_MISSING -> "fieldMask";
            case MISMATCH_MIME_TYPE, UNSUPPORTED_FILE_FORMAT -> "mimeType";
            case ZERO_FILE_SIZE, FILE_SIZE_OVER_LIMIT -> "sizeInBytes";
            case SITE_QUOTA_EXCEEDED -> operation == Operation.GENERATE_FILE_UPLOAD_URL ? "sizeInBytes" : "url";
            case UNSUPPORTED_MEDIA_TYPE -> "mediaTypes";
            case UNSUPPORTED_SORT_VALUE -> "sort.fieldName";
            case INVALID_ASSET_KEY -> "assetKeys";
            default -> "";
        };
    }

    private static Map<String, Object> dataOf(WixErrorCode code) {
        return code == WixErrorCode.SITE_QUOTA_EXCEEDED ? Map.of("internalCode", code.name()) : Map.of();
    }

    private static Duration draw(ScriptedBehaviour.Action.Delay delay, SplittableRandom random) {
        long span = delay.max().toNanos() - delay.min().toNanos();
        return span == 0 ? delay.min() : delay.min().plusNanos(random.nextLong(span + 1));
    }

    // Scripted latency is real time on purpose: it exercises the caller's timeouts.
    private static void pause(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
