package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.scenario.BehaviourTally;
import dev.fakewix.media.core.internal.util.TimeBounds;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One installed behaviour of a site's {@link Scenarios}: which requests, what happens, how often. The handle also
 * tells how often it acted, and can be cancelled.
 *
 * <pre>{@code
 * ScriptedBehaviour outage = site.scenarios().on(Operation.LIST_FILES).failWithStatus(503).always();
 * ... assert outage.timesMet() == 3;
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ScriptedBehaviour {
    private final int id;
    private final @Nullable Operation operation;
    private final @Nullable RequestMatch match;
    private final Action action;
    private final Count count;
    private final String description;
    private final BehaviourTally tally;

    ScriptedBehaviour(
            int id,
            @Nullable Operation operation,
            @Nullable RequestMatch match,
            Action action,
            Count count,
            @Nullable String description,
            BehaviourTally tally) {
        this.id = id;
        this.operation = operation;
        this.match = match;
        this.action = Objects.requireNonNull(action, "action");
        this.count = Objects.requireNonNull(count, "count");
        this.description = description != null ? description : describe(operation, match, action, count);
        this.tally = Objects.requireNonNull(tally, "tally");
    }

    /** What happens to a matching request. */
    public sealed interface Action {
        /** Answer with a catalogued error; {@code retryAfter} adds {@code Retry-After}. */
        record Fail(WixErrorCode code, @Nullable Duration retryAfter) implements Action {
            public Fail {
                Objects.requireNonNull(code, "code");
                if (retryAfter != null) {
                    TimeBounds.requireDuration("retryAfter", retryAfter, TimeBounds.LONGEST_RETRY_AFTER);
                }
            }
        }

        /** Wait between {@code min} and {@code max} (equal for a fixed delay) before answering. */
        record Delay(Duration min, Duration max) implements Action {
            public Delay {
                TimeBounds.requireDuration("a delay's minimum", min, TimeBounds.LONGEST_LATENCY);
                TimeBounds.requireDuration("a delay's maximum", max, TimeBounds.LONGEST_LATENCY);
                if (max.compareTo(min) < 0) {
                    throw new IllegalArgumentException("a delay needs 0 <= min <= max, was " + min + ".." + max);
                }
            }
        }

        /** Break the HTTP response. */
        record Fault(HttpFault fault) implements Action {}

        /**
         * Answer with exactly {@code status} and {@code body} (JSON), whatever the operation would have answered.
         * Checked when scripted: a status of 100..599 that carries a body as a final answer, and JSON text holding an
         * object or an array, as API answers do.
         */
        record Respond(int status, String body) implements Action {
            public Respond {
                if (status < 100 || status > 599) {
                    throw new IllegalArgumentException(
                            "respondWith: the status must be within 100..599, was " + status);
                }
                if (status < 200 || status == 204 || status == 205 || status == 304) {
                    throw new IllegalArgumentException("respondWith: status " + status + " cannot carry a body as a "
                            + "final answer; give 200..599 (but not 204, 205 or 304) with the JSON Wix answered");
                }
                Objects.requireNonNull(body, "body");
                Object parsed;
                try {
                    parsed = dev.fakewix.media.core.internal.util.Json.parse(body);
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    throw new IllegalArgumentException(
                            "respondWith: the body is not JSON (" + e.getMessage() + "): " + abbreviate(body));
                }
                if (!(parsed instanceof java.util.Map<?, ?>) && !(parsed instanceof java.util.List<?>)) {
                    throw new IllegalArgumentException("respondWith: the body must be a JSON object or array, as API "
                            + "answers are, was: " + abbreviate(body));
                }
            }

            /** What a plain Java call gets: the scripted answer as an exception (for statuses from 300 on). */
            MediaManagerException toException() {
                return MediaManagerException.scripted(status, body);
            }

            private static String abbreviate(String text) {
                return text.length() <= 80 ? text : text.substring(0, 77) + "...";
            }
        }

        /** Disturb the delivery of webhook events of {@code events} (every event when empty). */
        record Webhook(Set<WebhookEvent> events, WebhookFault fault) implements Action {
            public Webhook {
                events = events == null ? Set.of() : Set.copyOf(events);
                Objects.requireNonNull(fault, "fault");
            }
        }
    }

    /** How often a behaviour acts on matching requests. */
    public sealed interface Count {
        /** The first {@code n} matching calls. */
        record Times(int n) implements Count {
            public Times {
                if (n < 1) {
                    throw new IllegalArgumentException("times must be at least 1, was " + n);
                }
            }
        }

        /** Every matching call. */
        record Always() implements Count {}

        /** The k-th matching call and every later one. */
        record FromCall(int k) implements Count {
            public FromCall {
                if (k < 1) {
                    throw new IllegalArgumentException("fromCall must be at least 1, was " + k);
                }
            }
        }

        /** Each matching call with probability {@code p}. */
        record Probability(double p) implements Count {
            public Probability {
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("probability must be within 0..1, was " + p);
                }
            }
        }
    }

    public int id() {
        return id;
    }

    /** The operation it applies to; {@code null} for every operation (and for webhook faults). */
    public @Nullable Operation operation() {
        return operation;
    }

    /** Which requests (or events) of its operation it applies to; {@code null} for all of them. */
    public @Nullable RequestMatch match() {
        return match;
    }

    public Action action() {
        return action;
    }

    public Count count() {
        return count;
    }

    /** How it reads in journals, e.g. {@code importFile: fail with SITE_QUOTA_EXCEEDED once}. */
    public String description() {
        return description;
    }

    /** The label the request journal shows for requests this behaviour acted on. */
    public String label() {
        return "#" + id + " " + description;
    }

    /** How many requests it acted on so far. */
    public int timesMet() {
        return tally.met();
    }

    /** Stops it acting. */
    public void cancel() {
        tally.cancel();
    }

    static String describe(@Nullable Operation operation, @Nullable RequestMatch match, Action action, Count count) {
        String what;
        if (action instanceof Action.Fail f) {
            what = "fail with " + f.code()
                    + (f.retryAfter() == null
                            ? ""
                            : " (Retry-After " + f.retryAfter().toSeconds() + "s)");
        } else if (action instanceof Action.Delay d) {
            what = d.min().equals(d.max())
                    ? "delay " + d.min().toMillis() + " ms"
                    : "delay " + d.min().toMillis() + ".." + d.max().toMillis() + " ms";
        } else if (action instanceof Action.Webhook w) {
            what = w.fault().toString();
        } else if (action instanceof Action.Respond r) {
            what = "respond " + r.status();
        } else {
            what = "fault " + ((Action.Fault) action).fault();
        }
        String how;
        if (count instanceof Count.Times t) {
            how = t.n() == 1 ? "once" : t.n() + " times";
        } else if (count instanceof Count.FromCall f) {
            how = "from call " + f.k();
        } else if (count instanceof Count.Probability p) {
            how = "with probability " + p.p();
        } else {
            how = "always";
        }
        String target = action instanceof Action.Webhook w
                ? "webhook "
                        + (w.events().isEmpty()
                                ? "*"
                                : w.events().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                : operation == null ? "*" : operation.sdkName();
        return target + (match == null ? "" : " where " + match.description()) + ": " + what + " " + how;
    }

    @Override
    public String toString() {
        return label();
    }
}
