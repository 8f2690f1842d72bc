package dev.fakewix.media.core.internal.scenario;

import dev.fakewix.media.core.HttpFault;
import dev.fakewix.media.core.Lifecycle;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.RequestMatch;
import dev.fakewix.media.core.ScriptedBehaviour;
import dev.fakewix.media.core.SiteLimits;
import dev.fakewix.media.core.WebhookEvent;
import dev.fakewix.media.core.WebhookFault;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.util.Json;
import dev.fakewix.media.core.model.ApplicationError;
import dev.fakewix.media.core.model.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The JSON form of a scenario, parsed completely (and so validated completely) before anything is applied. It
 * builds exactly the objects the Java DSL builds, which is what makes the two syntaxes one model.
 */
@API(status = API.Status.INTERNAL)
public record ScenarioDocument(
        ReadinessPolicy readiness, LimitsPatch limits, List<Rule> rules, Map<String, byte[]> importContent) {
    private static final Set<String> TOP_KEYS =
            Set.of("readiness", "limits", "errors", "latency", "faults", "webhooks", "responses", "importContent");
    private static final Set<String> COUNT_KEYS = Set.of("times", "always", "fromCall", "probability");

    /** One behaviour to install. */
    public record Rule(
            Operation operation,
            RequestMatch match,
            ScriptedBehaviour.Action action,
            ScriptedBehaviour.Count count,
            String description) {}

    /** Limits to change; {@code null} fields keep the current value. */
    public record LimitsPatch(Long storageQuotaBytes, Long maxFileSizeBytes) {
        public SiteLimits apply(SiteLimits current) {
            SiteLimits l = current;
            if (storageQuotaBytes != null) {
                l = l.withStorageQuota(storageQuotaBytes);
            }
            if (maxFileSizeBytes != null) {
                l = l.withMaxFileSize(maxFileSizeBytes);
            }
            return l;
        }
    }

    /** Parses a scenario; an {@link IllegalArgumentException} says what is wrong and what the valid choices are. */
    public static ScenarioDocument parse(String json) {
        Object root;
        try {
            root = Json.parse(json == null ? "" : json);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("The scenario is not valid JSON (" + e.getMessage() + ")");
        }
        Map<String, Object> doc = object(root, "scenario");
        unknownKeys(doc, TOP_KEYS, "scenario");
        ReadinessPolicy readiness = doc.containsKey("readiness")
                ? readiness(object(doc.get("readiness"), "readiness"), "readiness", true)
                : null;
        LimitsPatch limits = null;
        if (doc.containsKey("limits")) {
            Map<String, Object> l = object(doc.get("limits"), "limits");
            unknownKeys(l, Set.of("storageQuotaBytes", "maxFileSizeBytes"), "limits");
            limits = new LimitsPatch(
                    optionalLong(l, "storageQuotaBytes", "limits"), optionalLong(l, "maxFileSizeBytes", "limits"));
            limits.apply(SiteLimits.unlimited()); // validates the values now
        }
        List<Rule> rules = new ArrayList<>();
        rules(doc, "errors", rules);
        rules(doc, "latency", rules);
        rules(doc, "faults", rules);
        rules(doc, "responses", rules);
        webhookRules(doc, rules);
        return new ScenarioDocument(readiness, limits, List.copyOf(rules), importContent(doc));
    }

    /** {@code "importContent": [{"url": "...", "base64": "..."} or {"url": "...", "text": "..."}]}: bytes for import URLs. */
    private static Map<String, byte[]> importContent(Map<String, Object> doc) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (!doc.containsKey("importContent")) {
            return out;
        }
        if (!(doc.get("importContent") instanceof List<?> list)) {
            throw new IllegalArgumentException(
                    "'importContent' must be an array of {\"url\", \"base64\" or \"text\"} objects");
        }
        for (int i = 0; i < list.size(); i++) {
            String where = "importContent[" + i + "]";
            Map<String, Object> item = object(list.get(i), where);
            unknownKeys(item, Set.of("url", "base64", "text"), where);
            if (!(item.get("url") instanceof String url) || url.isBlank()) {
                throw new IllegalArgumentException("'" + where + ".url' is required: the import URL the bytes are for");
            }
            if (item.get("base64") instanceof String b64 && !item.containsKey("text")) {
                try {
                    out.put(url, Base64.getDecoder().decode(b64));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "'" + where + ".base64' must be base64 (RFC 4648): " + e.getMessage());
                }
            } else if (item.get("text") instanceof String text && !item.containsKey("base64")) {
                out.put(url, text.getBytes(StandardCharsets.UTF_8));
            } else {
                throw new IllegalArgumentException(
                        "'" + where + "' needs exactly one of 'base64' (the bytes) or 'text' (UTF-8)");
            }
        }
        return out;
    }

    private static void rules(Map<String, Object> doc, String key, List<Rule> out) {
        if (!doc.containsKey(key)) {
            return;
        }
        if (!(doc.get(key) instanceof List<?> list)) {
            throw new IllegalArgumentException("'" + key + "' must be an array of objects");
        }
        for (int i = 0; i < list.size(); i++) {
            String where = key + "[" + i + "]";
            Map<String, Object> item = object(list.get(i), where);
            Set<String> allowed = switch (key) {
                case "errors" ->
                    Set.of(
                            "operation",
                            "error",
                            "status",
                            "retryAfterSeconds",
                            "match",
                            "times",
                            "always",
                            "fromCall",
                            "probability");
                case "latency" ->
                    Set.of("operation", "fixed", "min", "max", "match", "times", "always", "fromCall", "probability");
                case "responses" ->
                    Set.of("operation", "status", "body", "match", "times", "always", "fromCall", "probability");
                default -> Set.of("operation", "fault", "times", "always", "fromCall", "probability");
            };
            unknownKeys(item, allowed, where);
            Operation operation = operation(item, where);
            RequestMatch match = item.containsKey("match")
                    ? match(object(item.get("match"), where + ".match"), where + ".match")
                    : null;
            ScriptedBehaviour.Action action = switch (key) {
                case "errors" -> errorAction(item, where);
                case "latency" -> delayAction(item, where);
                case "responses" -> respondAction(item, where);
                default -> new ScriptedBehaviour.Action.Fault(faultOf(item, where));
            };
            out.add(new Rule(operation, match, action, count(item, where), null));
        }
    }

    /**
     * {@code "webhooks": [{"event": "FILE_READY" | "*" | [...], "fault": "DROP", "delay": "PT5S", "match": {...}, "times": 1}]}.
     * A webhook fault without a count acts once, like an error.
     */
    private static void webhookRules(Map<String, Object> doc, List<Rule> out) {
        if (!doc.containsKey("webhooks")) {
            return;
        }
        if (!(doc.get("webhooks") instanceof List<?> list)) {
            throw new IllegalArgumentException("'webhooks' must be an array of objects");
        }
        for (int i = 0; i < list.size(); i++) {
            String where = "webhooks[" + i + "]";
            Map<String, Object> item = object(list.get(i), where);
            unknownKeys(
                    item,
                    Set.of("event", "fault", "delay", "match", "times", "always", "fromCall", "probability"),
                    where);
            Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
            Object event = item.getOrDefault("event", "*");
            List<?> names = event instanceof List<?> l ? l : List.of(event);
            for (Object name : names) {
                if (!(name instanceof String n)) {
                    throw new IllegalArgumentException(
                            where + ".event must be an event name, \"*\" or an array of names");
                }
                if (!n.equals("*")) {
                    try {
                        events.add(WebhookEvent.parse(n));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(where + ".event: " + e.getMessage());
                    }
                }
            }
            String kindName = string(item, "fault", where, true);
            WebhookFault.Kind kind;
            try {
                kind = WebhookFault.Kind.valueOf(kindName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        where + ".fault: unknown webhook fault '" + kindName + "'; valid faults: "
                                + String.join(
                                        ", ",
                                        Arrays.stream(WebhookFault.Kind.values())
                                                .map(Enum::name)
                                                .toList()));
            }
            if (kind == WebhookFault.Kind.DELAY != item.containsKey("delay")) {
                throw new IllegalArgumentException(where
                        + ": a DELAY fault needs \"delay\" (an ISO-8601 duration), and only a DELAY fault takes one");
            }
            WebhookFault fault = kind == WebhookFault.Kind.DELAY
                    ? WebhookFault.delay(duration(item, "delay", where))
                    : WebhookFault.of(kind);
            RequestMatch match = item.containsKey("match")
                    ? match(object(item.get("match"), where + ".match"), where + ".match")
                    : null;
            out.add(new Rule(
                    null, match, new ScriptedBehaviour.Action.Webhook(events, fault), count(item, where), null));
        }
    }

    private static Operation operation(Map<String, Object> item, String where) {
        String name = string(item, "operation", where, true);
        if (name.equals("*")) {
            return null;
        }
        try {
            Operation op = Operation.fromName(name);
            if (!op.isApiMethod() && !op.name().equals(name) && !op.sdkName().equals(name)) {
                throw new IllegalArgumentException();
            }
            return op;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    where + ".operation: unknown operation '" + name + "'; valid operations: *, "
                            + String.join(
                                    ", ",
                                    Arrays.stream(Operation.values())
                                            .map(Operation::sdkName)
                                            .toList()));
        }
    }

    private static ScriptedBehaviour.Action errorAction(Map<String, Object> item, String where) {
        boolean hasError = item.containsKey("error");
        boolean hasStatus = item.containsKey("status");
        if (hasError == hasStatus) {
            throw new IllegalArgumentException(
                    where + ": give exactly one of 'error' (a code) or 'status' (an HTTP status)");
        }
        WixErrorCode code;
        if (hasError) {
            String name = string(item, "error", where, true);
            code = Arrays.stream(WixErrorCode.values())
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            where + ".error: unknown error code '" + name + "'; valid codes: "
                                    + String.join(
                                            ", ",
                                            Arrays.stream(WixErrorCode.values())
                                                    .map(Enum::name)
                                                    .toList())));
        } else {
            int status = (int) longValue(item.get("status"), where + ".status");
            code = WixErrorCode.standardFor(status)
                    .orElseThrow(() -> new IllegalArgumentException(where + ".status: no standard Wix error has status "
                            + status + "; valid: 400, 401, 403, 404, 409, 428, 429, 499, 500, 501, 502, 503, 504"));
        }
        Duration retryAfter = item.containsKey("retryAfterSeconds")
                ? retryAfter(
                        longValue(item.get("retryAfterSeconds"), where + ".retryAfterSeconds"),
                        where + ".retryAfterSeconds")
                : code == WixErrorCode.RESOURCE_EXHAUSTED ? Duration.ofSeconds(1) : null;
        return new ScriptedBehaviour.Action.Fail(code, retryAfter);
    }

    /**
     * {@code {"operation": "listFiles", "status": 503, "body": {"message": "..."}}}: the answer as Wix gave it, its body
     * a JSON object or array written in place.
     */
    private static ScriptedBehaviour.Action respondAction(Map<String, Object> item, String where) {
        if (!item.containsKey("status") || !item.containsKey("body")) {
            throw new IllegalArgumentException(
                    where + ": a response needs 'status' (100..599) and 'body' (the JSON object"
                            + " or array to answer with)");
        }
        int status = (int) longValue(item.get("status"), where + ".status");
        Object body = item.get("body");
        if (!(body instanceof Map<?, ?>) && !(body instanceof List<?>)) {
            throw new IllegalArgumentException(
                    where + ".body must be a JSON object or array (the answer's body, written" + " in place), was "
                            + (body instanceof String ? "a string" : String.valueOf(body)));
        }
        try {
            return new ScriptedBehaviour.Action.Respond(status, Json.write(body));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static ScriptedBehaviour.Action delayAction(Map<String, Object> item, String where) {
        if (item.containsKey("fixed")) {
            if (item.containsKey("min") || item.containsKey("max")) {
                throw new IllegalArgumentException(where + ": give either 'fixed' or 'min' and 'max'");
            }
            Duration d = duration(item, "fixed", where);
            return new ScriptedBehaviour.Action.Delay(d, d);
        }
        if (!item.containsKey("min") || !item.containsKey("max")) {
            throw new IllegalArgumentException(
                    where + ": a latency needs 'fixed' (e.g. \"PT0.2S\") or both 'min' and 'max'");
        }
        try {
            return new ScriptedBehaviour.Action.Delay(duration(item, "min", where), duration(item, "max", where));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static HttpFault faultOf(Map<String, Object> item, String where) {
        try {
            return HttpFault.fromName(string(item, "fault", where, true));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ".fault: " + e.getMessage());
        }
    }

    private static ScriptedBehaviour.Count count(Map<String, Object> item, String where) {
        List<String> given =
                COUNT_KEYS.stream().filter(item::containsKey).sorted().toList();
        if (given.size() > 1) {
            throw new IllegalArgumentException(
                    where + ": give at most one of times, always, fromCall, probability; found " + given);
        }
        try {
            if (item.containsKey("times")) {
                return new ScriptedBehaviour.Count.Times((int) longValue(item.get("times"), where + ".times"));
            }
            if (item.containsKey("fromCall")) {
                return new ScriptedBehaviour.Count.FromCall((int) longValue(item.get("fromCall"), where + ".fromCall"));
            }
            if (item.containsKey("probability")) {
                if (!(item.get("probability") instanceof Number n)) {
                    throw new IllegalArgumentException("probability must be a number");
                }
                return new ScriptedBehaviour.Count.Probability(n.doubleValue());
            }
            if (item.containsKey("always") && !Boolean.TRUE.equals(item.get("always"))) {
                throw new IllegalArgumentException("'always' can only be true");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage());
        }
        // an error or fault without a count acts once; a latency without a count always applies
        return item.containsKey("always") || item.containsKey("fixed") || item.containsKey("min")
                ? new ScriptedBehaviour.Count.Always()
                : new ScriptedBehaviour.Count.Times(1);
    }

    private static RequestMatch match(Map<String, Object> m, String where) {
        unknownKeys(m, Set.of("folderId", "mimeType", "fileId", "fileName"), where);
        if (m.size() != 1) {
            throw new IllegalArgumentException(where + ": give exactly one of folderId, mimeType, fileId, fileName");
        }
        String key = m.keySet().iterator().next();
        String value = string(m, key, where, true);
        return switch (key) {
            case "folderId" -> RequestMatch.folder(value);
            case "mimeType" -> RequestMatch.mimeType(value);
            case "fileId" -> RequestMatch.fileId(value);
            default -> RequestMatch.fileNamed(value);
        };
    }

    private static ReadinessPolicy readiness(Map<String, Object> r, String where, boolean allowRules) {
        Set<String> keys = allowRules
                ? Set.of("policy", "duration", "reads", "code", "description", "rules")
                : Set.of(
                        "policy",
                        "duration",
                        "reads",
                        "code",
                        "description",
                        "mediaType",
                        "namePattern",
                        "folderId",
                        "fileId");
        unknownKeys(r, keys, where);
        String policy = string(r, "policy", where, true);
        if (!ReadinessText.isName(policy)) {
            throw ReadinessText.unknown(where + ".policy '" + policy + "'", policy);
        }
        ReadinessPolicy base = ReadinessText.named(
                policy,
                () -> duration(r, "duration", where),
                () -> (int) longValue(r.get("reads"), where + ".reads"),
                () -> ApplicationError.of(failCode(r), string(r, "description", where, false)));
        if (!allowRules || !r.containsKey("rules")) {
            return base;
        }
        if (!(r.get("rules") instanceof List<?> list)) {
            throw new IllegalArgumentException(where + ".rules must be an array");
        }
        ReadinessPolicy result = base;
        for (int i = 0; i < list.size(); i++) {
            String at = where + ".rules[" + i + "]";
            Map<String, Object> rule = object(list.get(i), at);
            ReadinessPolicy then = readiness(rule, at, false);
            List<String> selectors = List.of("mediaType", "namePattern", "folderId", "fileId").stream()
                    .filter(rule::containsKey)
                    .toList();
            if (selectors.size() != 1) {
                throw new IllegalArgumentException(
                        at + ": give exactly one of mediaType, namePattern, folderId, fileId");
            }
            String selector = selectors.get(0);
            String value = string(rule, selector, at, true);
            result = switch (selector) {
                case "mediaType" -> result.forMediaType(mediaType(value, at), then);
                case "namePattern" -> result.forFilesNamed(value, then);
                case "folderId" -> result.forFolder(value, then);
                default -> result.forFileId(value, then);
            };
        }
        return result;
    }

    private static String failCode(Map<String, Object> r) {
        Object code = r.get("code");
        return code == null ? Lifecycle.DEFAULT_FAILURE_CODE : code.toString();
    }

    private static MediaType mediaType(String value, String where) {
        return Arrays.stream(MediaType.values())
                .filter(t -> t.isConcrete() && t.name().equals(value))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException(where + ".mediaType: unknown media type '" + value + "'; valid: "
                                + String.join(
                                        ", ",
                                        Arrays.stream(MediaType.values())
                                                .filter(MediaType::isConcrete)
                                                .map(Enum::name)
                                                .toList())));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String where) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(where + " must be a JSON object");
        }
        return (Map<String, Object>) m;
    }

    private static void unknownKeys(Map<String, Object> map, Set<String> allowed, String where) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "'; valid keys: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static String string(Map<String, Object> map, String key, String where, boolean required) {
        Object v = map.get(key);
        if (v == null) {
            if (required) {
                throw new IllegalArgumentException(where + "." + key + " is required");
            }
            return "";
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException(where + "." + key + " must be a string, was " + v);
        }
        return s;
    }

    private static long longValue(Object v, String where) {
        if (!(v instanceof Long l)) {
            throw new IllegalArgumentException(where + " must be a whole number, was " + v);
        }
        return l;
    }

    private static Long optionalLong(Map<String, Object> map, String key, String where) {
        return map.containsKey(key) ? longValue(map.get(key), where + "." + key) : null;
    }

    /** A Retry-After in seconds: a header value, so 0 to {@code Integer.MAX_VALUE}. */
    private static Duration retryAfter(long seconds, String where) {
        if (seconds < 0 || seconds > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    where + " must be between 0 and " + Integer.MAX_VALUE + " seconds, was " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    private static Duration duration(Map<String, Object> map, String key, String where) {
        String text = string(map, key, where, true);
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative()) {
                throw new IllegalArgumentException(where + "." + key + " must not be negative");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    where + "." + key + ": '" + text + "' is not an ISO-8601 duration such as PT5M or PT0.2S");
        }
    }
}
