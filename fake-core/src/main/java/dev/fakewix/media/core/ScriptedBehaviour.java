package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.util.TimeBounds;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import org.apiguardian.api.API;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

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
    private final Operation operation;
    private final RequestMatch match;
    private final Action action;
    private final Count count;
    private final String description;
    private int calls;
    private int met;
    private boolean cancelled;

    ScriptedBehaviour(int id, Operation operation, RequestMatch match, Action action, Count count, String description) {
        this.id = id;
        this.operation = operation;
        this.match = match;
        this.action = Objects.requireNonNull(action, "action");
        this.count = Objects.requireNonNull(count, "count");
        this.description = description != null ? description : describe(operation, match, action, count);
    }

    /** What happens to a matching request. */
    public sealed interface Action {
        /** Answer with a catalogued error; {@code retryAfter} adds {@code Retry-After}. */
        record Fail(WixErrorCode code, Duration retryAfter) implements Action {
            public Fail {
                Objects.requireNonNull(code, "code");
                if (retryAfter != null) {
                    TimeBounds.requireDuration("retryAfter", retryAfter, TimeBounds.LONGEST_RETRY_AFTER);
                }
            }

            @Decides(Guess.SCRIPTED_ERROR_DESCRIPTION)
            MediaManagerException toException(Operation operation) {
                Reliance.met(Guess.SCRIPTED_ERROR_DESCRIPTION);
                MediaManagerException e = code.kind() == WixErrorCode.Kind.RULE
                        ? code.exception(fieldOf(code, operation), code.defaultDescription(), dataOf(code))
                        : MediaManagerException.standard(code, code.defaultDescription());
                return retryAfter == null ? e : e.withRetryAfter((int) retryAfter.toSeconds());
            }

            /** The request field the core's own error names for this code, so that a scripted error reads like a real one. */
            @Decides(Guess.SCRIPTED_ERROR_FIELD)
            static String fieldOf(WixErrorCode code, Operation operation) {
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

            Duration draw(SplittableRandom random) {
                long span = max.toNanos() - min.toNanos();
                return span == 0 ? min : min.plusNanos(random.nextLong(span + 1));
            }
        }

        /** Break the HTTP response. */
        record Fault(HttpFault fault) implements Action {
        }

        /**
         * Answer with exactly {@code status} and {@code body} (JSON), whatever the operation would have answered.
         * Checked when scripted: a status of 100..599 that carries a body as a final answer, and JSON text holding an
         * object or an array, as API answers do.
         */
        record Respond(int status, String body) implements Action {
            public Respond {
                if (status < 100 || status > 599) {
                    throw new IllegalArgumentException("respondWith: the status must be within 100..599, was " + status);
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
                    throw new IllegalArgumentException("respondWith: the body is not JSON (" + e.getMessage() + "): "
                            + abbreviate(body));
                }
                if (!(parsed instanceof Map<?, ?>) && !(parsed instanceof java.util.List<?>)) {
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
        record Webhook(java.util.Set<WebhookEvent> events, WebhookFault fault) implements Action {
            public Webhook {
                events = events == null ? java.util.Set.of() : java.util.Set.copyOf(events);
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
        record Always() implements Count {
        }

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

    /** The operation it applies to; {@code null} for every operation. */
    public Operation operation() {
        return operation;
    }

    public RequestMatch match() {
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
    public synchronized int timesMet() {
        return met;
    }

    /** Stops it acting. */
    public synchronized void cancel() {
        cancelled = true;
    }

    /** Whether a webhook behaviour applies to an event whose facts are {@code request}. */
    boolean appliesToEvent(WebhookEvent event, RequestMatch.Request request) {
        return action instanceof Action.Webhook w && (w.events().isEmpty() || w.events().contains(event))
                && (match == null || match.predicate().test(request));
    }

    boolean appliesTo(Operation op, RequestMatch.Request request) {
        if (action instanceof Action.Webhook) {
            return false;
        }
        if (operation != null ? operation != op : !op.isApiMethod()) {
            return false;
        }
        return match == null || (request != null && match.predicate().test(request));
    }

    /** Counts one matching call and says whether the behaviour acts on it. Called under the scenarios' lock. */
    synchronized boolean acts(SplittableRandom random) {
        if (cancelled) {
            return false;
        }
        calls++;
        boolean acts;
        if (count instanceof Count.Times t) {
            acts = met < t.n();
        } else if (count instanceof Count.FromCall f) {
            acts = calls >= f.k();
        } else if (count instanceof Count.Probability p) {
            acts = random.nextDouble() < p.p();
        } else {
            acts = true;
        }
        if (acts) {
            met++;
        }
        return acts;
    }

    static String describe(Operation operation, RequestMatch match, Action action, Count count) {
        String what;
        if (action instanceof Action.Fail f) {
            what = "fail with " + f.code() + (f.retryAfter() == null ? "" : " (Retry-After " + f.retryAfter().toSeconds() + "s)");
        } else if (action instanceof Action.Delay d) {
            what = d.min().equals(d.max()) ? "delay " + d.min().toMillis() + " ms" : "delay " + d.min().toMillis() + ".." + d.max().toMillis() + " ms";
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
                ? "webhook " + (w.events().isEmpty() ? "*" : w.events().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(",")))
                : operation == null ? "*" : operation.sdkName();
        return target + (match == null ? "" : " where " + match.description()) + ": " + what + " " + how;
    }

    @Override
    public String toString() {
        return label();
    }
}
