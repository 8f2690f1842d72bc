package dev.fakewix.media.core.internal.webhook;

import dev.fakewix.media.core.MediaEvent;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.WebhookAttempt;
import dev.fakewix.media.core.WebhookFault;
import dev.fakewix.media.core.WebhookPolicy;
import dev.fakewix.media.core.WebhookSubscription;
import dev.fakewix.media.core.face.WebhookTransport;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apiguardian.api.API;

/**
 * Delivers webhook events at least once, off the API's threads: one worker thread takes deliveries from a bounded
 * queue per subscription, in order, and starts one attempt at a time per subscription through the
 * {@link WebhookTransport} (subscriptions do not wait for each other: a slow receiver delays only its own events).
 * A failed delivery is put back after the policy's backoff, measured on the {@link VirtualClock} (so a test advances
 * the clock to make it retry). Scripted faults are decided when an event is offered (per attempt for
 * {@code UNREACHABLE}) and journaled with the attempt they changed.
 *
 * <p>Thread-safe: all state is guarded by this object's monitor; the transport and the signer are called outside it.
 * The worker starts with the first delivery and ends when there is nothing left to do.
 */
@API(status = API.Status.INTERNAL)
public final class WebhookDispatcher {

    /** Which scripted fault acts on a delivery: the fault and the behaviour's label, or {@code null}. */
    public interface Faults {
        Decision decide(MediaEvent event, boolean perAttempt);
    }

    public record Decision(WebhookFault fault, String label) {}

    /** Makes the JWT body of an event; {@code variant} is null, BAD_SIGNATURE or EXPIRED_JWT. */
    public interface Signer {
        String jwt(MediaEvent event, WebhookFault.Kind variant);
    }

    @Decides(Guess.WEBHOOK_CONTENT_TYPE)
    private static final String CONTENT_TYPE = "text/plain; charset=utf-8";

    private final VirtualClock clock;
    private final WebhookPolicy policy;
    private final Faults faults;
    private final Signer signer;
    private final BooleanSupplier hasSubscriptions;
    private final java.util.function.Consumer<MediaEvent> retrying;
    private volatile WebhookTransport transport;

    /** Deliveries ready to go, per subscription id, in order; subscriptions in the order they were served. */
    private final LinkedHashMap<String, ArrayDeque<Delivery>> ready = new LinkedHashMap<>();
    /** How many deliveries {@link #ready} holds. */
    private int readyCount;
    /** Subscriptions with an attempt in flight: their next delivery waits for it. */
    private final Set<String> busy = new HashSet<>();
    /** The answer each attempt in flight waits for, by subscription id: cancelling it abandons the attempt. */
    private final Map<String, CompletableFuture<Integer>> answers = new HashMap<>();
    /** Subscriptions removed while an attempt of theirs was in flight: it is journaled as dropped, never retried. */
    private final Set<String> forgotten = new HashSet<>();

    private final PriorityQueue<Delivery> waiting = new PriorityQueue<>();
    private final Map<String, Delivery> held = new HashMap<>();
    private final ArrayDeque<WebhookAttempt> journal = new ArrayDeque<>();
    private long journalSequence;
    private long deliverySequence;
    private int inFlight;
    private Thread worker;

    /** @param retrying told of each retry scheduled (what the event's site relied on) */
    public WebhookDispatcher(
            VirtualClock clock,
            WebhookPolicy policy,
            Faults faults,
            Signer signer,
            BooleanSupplier hasSubscriptions,
            java.util.function.Consumer<MediaEvent> retrying) {
        this.clock = clock;
        this.policy = policy;
        this.faults = faults;
        this.signer = signer;
        this.hasSubscriptions = hasSubscriptions;
        this.retrying = retrying;
    }

    public void setTransport(WebhookTransport transport) {
        this.transport = transport;
    }

    public WebhookTransport transport() {
        return transport;
    }

    public WebhookPolicy policy() {
        return policy;
    }

    /** One delivery of one event to one subscription. */
    private final class Delivery implements Comparable<Delivery> {
        final MediaEvent event;
        final WebhookSubscription subscription;
        final WebhookFault.Kind variant;
        final String label;
        final long sequence = ++deliverySequence;
        int attempt;
        long due;
        /** The JWT, being signed or signed; the same for every attempt. Set under the dispatcher's monitor. */
        CompletableFuture<String> body;

        Delivery(MediaEvent event, WebhookSubscription subscription, WebhookFault.Kind variant, String label) {
            this.event = event;
            this.subscription = subscription;
            this.variant = variant;
            this.label = label;
        }

        @Override
        public int compareTo(Delivery o) {
            int c = Long.compare(due, o.due);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    /** Queues {@code event} for every subscription in {@code to}. Never blocks, never throws into the API call. */
    public void offer(MediaEvent event, List<WebhookSubscription> to) {
        if (to.isEmpty()) {
            return;
        }
        List<Decision> decisions = new ArrayList<>(to.size());
        for (int i = 0; i < to.size(); i++) {
            decisions.add(decide(event, false));
        }
        synchronized (this) {
            for (int i = 0; i < to.size(); i++) {
                WebhookSubscription sub = to.get(i);
                Decision d = decisions.get(i);
                WebhookFault.Kind kind = d == null ? null : d.fault().kind();
                String label = d == null ? null : d.label();
                if (kind == WebhookFault.Kind.DROP) {
                    record(
                            sub,
                            event,
                            0,
                            WebhookAttempt.Outcome.DROPPED,
                            0,
                            Duration.ZERO,
                            label,
                            "dropped by a scenario",
                            false);
                    continue;
                }
                if (readyCount + waiting.size() + held.size() >= policy.queueCapacity()) {
                    record(
                            sub,
                            event,
                            0,
                            WebhookAttempt.Outcome.OVERFLOWED,
                            0,
                            Duration.ZERO,
                            label,
                            "the delivery queue is full (" + policy.queueCapacity() + "); the event is not delivered",
                            false);
                    continue;
                }
                WebhookFault.Kind variant =
                        kind == WebhookFault.Kind.BAD_SIGNATURE || kind == WebhookFault.Kind.EXPIRED_JWT ? kind : null;
                Delivery delivery = new Delivery(event, sub, variant, label);
                if (kind == WebhookFault.Kind.DELAY) {
                    delivery.due = clock.millis() + d.fault().delay().toMillis();
                    waiting.add(delivery);
                } else if (kind == WebhookFault.Kind.REORDER) {
                    Delivery previous = held.put(sub.id(), delivery);
                    if (previous != null) {
                        enqueue(previous);
                    }
                } else {
                    enqueue(delivery);
                    if (kind == WebhookFault.Kind.DUPLICATE) {
                        enqueue(new Delivery(event, sub, null, label));
                    }
                    Delivery overtaken = held.remove(sub.id());
                    if (overtaken != null) {
                        enqueue(overtaken);
                    }
                }
            }
            startWorkerIfNeeded();
            notifyAll();
        }
    }

    private Decision decide(MediaEvent event, boolean perAttempt) {
        try {
            return faults.decide(event, perAttempt);
        } catch (RuntimeException e) {
            return null; // a broken scenario predicate must not cost the event its delivery
        }
    }

    /** The clock moved: held (reordered) deliveries go, waiting ones are looked at again. */
    public synchronized void clockMoved() {
        releaseHeld();
        notifyAll();
    }

    private void releaseHeld() {
        if (!held.isEmpty()) {
            held.values().forEach(this::enqueue);
            held.clear();
        }
    }

    private void enqueue(Delivery d) {
        ready.computeIfAbsent(d.subscription.id(), id -> new ArrayDeque<>()).add(d);
        readyCount++;
    }

    /** The first delivery of the first subscription (in serving order) that has none in flight; it goes to the back. */
    private Delivery pollSendable() {
        Iterator<Map.Entry<String, ArrayDeque<Delivery>>> it = ready.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, ArrayDeque<Delivery>> e = it.next();
            if (!busy.contains(e.getKey())) {
                Delivery d = e.getValue().poll();
                it.remove(); // re-inserted below when more wait, so that subscriptions take turns
                if (!e.getValue().isEmpty()) {
                    ready.put(e.getKey(), e.getValue());
                }
                readyCount--;
                return d;
            }
        }
        return null;
    }

    /** Deliveries not finished: queued, waiting for a retry or a delay, held back, or being sent. */
    public synchronized int outstanding() {
        return readyCount + waiting.size() + held.size() + inFlight;
    }

    /** The journal, oldest first. */
    public synchronized List<WebhookAttempt> attempts() {
        return List.copyOf(journal);
    }

    public synchronized void clearAttempts() {
        journal.clear();
    }

    /**
     * The subscription is gone: its deliveries not yet made are dropped, and its attempt in flight is abandoned (the
     * transport closes the connection of a cancelled answer), so a receiver that never finishes its answer keeps
     * nothing open.
     */
    @Decides(Guess.WEBHOOK_ATTEMPTS_ABANDONED)
    public void forget(String subscriptionId) {
        CompletableFuture<Integer> inFlightAnswer;
        synchronized (this) {
            ArrayDeque<Delivery> queued = ready.remove(subscriptionId);
            if (queued != null) {
                readyCount -= queued.size();
            }
            waiting.removeIf(d -> d.subscription.id().equals(subscriptionId));
            held.remove(subscriptionId);
            inFlightAnswer = answers.get(subscriptionId);
            if (inFlightAnswer != null) {
                forgotten.add(subscriptionId);
            }
            notifyAll();
        }
        if (inFlightAnswer != null) {
            inFlightAnswer.cancel(true); // outside the monitor: the transport's and our completion handlers run now
        }
    }

    /** Forgets every delivery not yet made (the subscriptions are gone or the fake is being dropped). */
    public synchronized void discardOutstanding() {
        ready.clear();
        readyCount = 0;
        waiting.clear();
        held.clear();
        notifyAll();
    }

    private void startWorkerIfNeeded() {
        if (worker == null || !worker.isAlive()) {
            worker = new Thread(this::work, "fake-wix-webhooks");
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void work() {
        while (true) {
            Delivery next;
            CompletableFuture<String> own = null;
            synchronized (this) {
                next = takeNext();
                if (next == null) {
                    worker = null;
                    return;
                }
                inFlight++;
                busy.add(next.subscription.id());
                if (next.body == null) {
                    own = new CompletableFuture<>();
                    next.body = own;
                }
                signAhead();
            }
            if (own != null) { // not signed ahead: sign it here, outside the monitor
                try {
                    own.complete(signer.jwt(next.event, next.variant));
                } catch (RuntimeException e) {
                    own.completeExceptionally(e);
                }
            }
            start(next);
        }
    }

    /** The next delivery that may go now, waiting for one as long as there is something to wait for; {@code null} to stop. */
    private Delivery takeNext() {
        while (true) {
            long now = clock.millis();
            while (!waiting.isEmpty() && waiting.peek().due <= now) {
                enqueue(waiting.poll());
            }
            if (!hasSubscriptions.getAsBoolean()) {
                // the last subscription is gone: what is left (a retry scheduled meanwhile) has nobody to go to
                discardOutstanding();
                return null;
            }
            Delivery next = pollSendable();
            if (next != null) {
                return next;
            }
            if (readyCount == 0 && waiting.isEmpty() && held.isEmpty() && inFlight == 0) {
                // idle: linger a little for the next event rather than starting a thread per event
                if (!await(1000) && readyCount == 0 && waiting.isEmpty() && held.isEmpty() && inFlight == 0) {
                    return null;
                }
                continue;
            }
            // a frozen clock only moves when told (clockMoved notifies); a following one moves by itself; a finished
            // attempt notifies too
            long wait =
                    clock.isFrozen() || waiting.isEmpty() ? 0 : Math.max(1, Math.min(1000, waiting.peek().due - now));
            await(wait);
        }
    }

    /** Waits on the monitor; returns whether it was woken before the timeout (0 = until woken). */
    @SuppressWarnings("WaitNotInLoop") // the callers loop: a spurious wake-up is one more pass over the queues
    private boolean await(long millis) {
        long start = System.nanoTime();
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return millis == 0 || System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /**
     * RS256 signing costs about a millisecond of CPU, more than a loopback POST: while one delivery is sent, the next
     * few are signed on the JDK's common pool, so signing uses every core and the order of sending stays the queue's.
     */
    private static final int SIGN_AHEAD = 8;

    private void signAhead() {
        int n = 0;
        for (ArrayDeque<Delivery> queue : ready.values()) {
            for (Delivery next : queue) {
                if (n++ == SIGN_AHEAD) {
                    return;
                }
                if (next.body == null) {
                    next.body = CompletableFuture.supplyAsync(
                            () -> signer.jwt(next.event, next.variant), ForkJoinPool.commonPool());
                }
            }
        }
    }

    /** Starts one attempt; its outcome is journaled when the transport answers (maybe on another thread). */
    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete's callback journals both outcomes; nothing waits on it
    private void start(Delivery d) {
        d.attempt++;
        Decision unreachable = decide(d.event, true);
        WebhookTransport t = transport;
        long startNanos = System.nanoTime();
        String label = d.attempt == 1 ? d.label : null;
        if (unreachable != null || t == null) {
            finish(
                    d,
                    startNanos,
                    WebhookAttempt.Outcome.UNREACHABLE,
                    0,
                    unreachable != null ? "unreachable by a scenario" : "no webhook transport is connected",
                    unreachable != null ? unreachable.label() : label);
            return;
        }
        CompletableFuture<Integer> answer;
        try {
            // orTimeout completes the transport's own future: a transport abandons (closes) what it cannot finish
            answer = t.post(d.subscription.url(), CONTENT_TYPE, d.body.join(), policy.timeout())
                    .orTimeout(policy.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) { // signing failed, or the transport threw instead of failing its future
            finish(d, startNanos, WebhookAttempt.Outcome.UNREACHABLE, 0, String.valueOf(e), label);
            return;
        }
        synchronized (this) {
            answers.put(d.subscription.id(), answer);
        }
        answer.whenComplete((status, failure) -> {
            if (failure != null && answer.isCancelled()) {
                finish(
                        d,
                        startNanos,
                        WebhookAttempt.Outcome.DROPPED,
                        0,
                        "the subscription was removed during the attempt; its connection was closed",
                        label);
            } else if (failure == null) {
                boolean ok = status >= 200 && status < 300;
                finish(
                        d,
                        startNanos,
                        ok ? WebhookAttempt.Outcome.DELIVERED : WebhookAttempt.Outcome.REJECTED,
                        status,
                        ok ? null : "the receiver answered " + status,
                        label);
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
                // java.net.http's HttpTimeoutException, named rather than imported: the core does not need the HTTP
                // module
                boolean timedOut = cause instanceof TimeoutException
                        || cause.getClass().getName().endsWith("TimeoutException");
                finish(
                        d,
                        startNanos,
                        timedOut ? WebhookAttempt.Outcome.TIMED_OUT : WebhookAttempt.Outcome.UNREACHABLE,
                        0,
                        timedOut && cause instanceof TimeoutException && cause.getMessage() == null
                                ? "no answer within " + policy.timeout()
                                : String.valueOf(cause),
                        label);
            }
        });
    }

    /** Journals an attempt, schedules its retry if one is due, and frees its subscription for the next delivery. */
    private synchronized void finish(
            Delivery d, long startNanos, WebhookAttempt.Outcome outcome, int status, String error, String label) {
        Duration latency = Duration.ofNanos(System.nanoTime() - startNanos);
        answers.remove(d.subscription.id());
        boolean gone = forgotten.remove(d.subscription.id());
        boolean retry = !gone
                && outcome != WebhookAttempt.Outcome.DELIVERED
                && outcome != WebhookAttempt.Outcome.DROPPED
                && d.attempt < policy.maxAttempts();
        record(d.subscription, d.event, d.attempt, outcome, status, latency, label, error, retry);
        if (retry) {
            d.due = clock.millis() + policy.retryAfter(d.attempt).toMillis();
            waiting.add(d);
            retrying.accept(d.event);
        }
        inFlight--;
        busy.remove(d.subscription.id());
        if (readyCount + waiting.size() + held.size() > 0) {
            startWorkerIfNeeded();
        }
        notifyAll();
    }

    private void record(
            WebhookSubscription sub,
            MediaEvent event,
            int attempt,
            WebhookAttempt.Outcome outcome,
            int status,
            Duration latency,
            String label,
            String error,
            boolean willRetry) {
        if (policy.journalCapacity() == 0) {
            return;
        }
        if (journal.size() >= policy.journalCapacity()) {
            journal.removeFirst();
        }
        journal.addLast(new WebhookAttempt(
                ++journalSequence,
                sub.id(),
                sub.siteId(),
                sub.url(),
                event.metadata().id(),
                event.type(),
                event.metadata().entityId(),
                attempt,
                outcome,
                status,
                latency,
                clock.instant(),
                label,
                error,
                willRetry));
    }
}
