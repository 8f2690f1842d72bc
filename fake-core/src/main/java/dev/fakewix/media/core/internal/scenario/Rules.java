package dev.fakewix.media.core.internal.scenario;

import dev.fakewix.media.core.PendingFile;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.RequestMatch;
import dev.fakewix.media.core.internal.persist.ValueCodec;
import dev.fakewix.media.core.model.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The readiness policies and request matches the public factories make, as objects that know what they were made
 * from: so a data directory can write them down ({@link #form}) and make them again ({@link #readinessOf},
 * {@link #matchOf}). A policy or match written as the caller's own code has no form: it lives in memory only.
 *
 * <pre>{@code
 * Map<String, Object> form = Rules.form(Readiness.manual().forMediaType(MediaType.VIDEO, Readiness.ready()));
 * ReadinessPolicy again = Rules.readinessOf(form);   // decides as the original does
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class Rules {
    private Rules() {}

    /**
     * {@code otherwise}, except for files whose {@code key} ({@code mediaType}, {@code namePattern}, {@code folderId},
     * {@code fileId}) is {@code value}, decided by {@code match}.
     */
    public static ReadinessPolicy readinessRule(
            ReadinessPolicy otherwise, String key, String value, Predicate<PendingFile> match, ReadinessPolicy then) {
        return new ReadinessRule(otherwise, key, value, match, Objects.requireNonNull(then, "then"));
    }

    private static final class ReadinessRule implements ReadinessPolicy {
        final ReadinessPolicy otherwise;
        final String key;
        final String value;
        final Predicate<PendingFile> match;
        final ReadinessPolicy then;

        ReadinessRule(
                ReadinessPolicy otherwise,
                String key,
                String value,
                Predicate<PendingFile> match,
                ReadinessPolicy then) {
            this.otherwise = otherwise;
            this.key = key;
            this.value = value;
            this.match = match;
            this.then = then;
        }

        @Override
        public Readiness decide(PendingFile file) {
            return match.test(file) ? then.decide(file) : otherwise.decide(file);
        }
    }

    /** A request match on one fact ({@code folderId}, {@code mimeType}, {@code fileId}, {@code fileName}). */
    public static Predicate<RequestMatch.Request> match(
            String key, String value, Predicate<RequestMatch.Request> test) {
        return new MatchRule(key, value, test);
    }

    private static final class MatchRule implements Predicate<RequestMatch.Request> {
        final String key;
        final String value;
        final Predicate<RequestMatch.Request> test;

        MatchRule(String key, String value, Predicate<RequestMatch.Request> test) {
            this.key = key;
            this.value = value;
            this.test = test;
        }

        @Override
        public boolean test(RequestMatch.Request request) {
            return test.test(request);
        }
    }

    /** The form of a policy, {@code null} when it is the caller's own code. */
    public static Map<String, Object> form(ReadinessPolicy policy) {
        if (policy instanceof Readiness r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("readiness", ValueCodec.encode(r, Readiness.class));
            return m;
        }
        if (policy instanceof ReadinessRule r) {
            Map<String, Object> otherwise = form(r.otherwise);
            Map<String, Object> then = form(r.then);
            if (otherwise == null || then == null) {
                return null;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", r.key);
            m.put("value", r.value);
            m.put("otherwise", otherwise);
            m.put("then", then);
            return m;
        }
        return null;
    }

    /** The form of a match, {@code null} when it is the caller's own code. */
    public static Map<String, Object> form(RequestMatch match) {
        if (match.predicate() instanceof MatchRule r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(r.key, r.value);
            return m;
        }
        return null;
    }

    /** The policy a {@link #form(ReadinessPolicy)} describes. */
    public static ReadinessPolicy readinessOf(Map<?, ?> form) {
        if (form.containsKey("readiness")) {
            return ValueCodec.decode(form.get("readiness"), Readiness.class);
        }
        ReadinessPolicy otherwise = readinessOf((Map<?, ?>) form.get("otherwise"));
        ReadinessPolicy then = readinessOf((Map<?, ?>) form.get("then"));
        String value = (String) form.get("value");
        return switch (String.valueOf(form.get("rule"))) {
            case "mediaType" -> otherwise.forMediaType(MediaType.valueOf(value), then);
            case "namePattern" -> otherwise.forFilesNamed(value, then);
            case "folderId" -> otherwise.forFolder(value, then);
            case "fileId" -> otherwise.forFileId(value, then);
            default -> throw new IllegalArgumentException("not a readiness rule: " + form.get("rule"));
        };
    }

    /** The match a {@link #form(RequestMatch)} describes. */
    public static RequestMatch matchOf(Map<?, ?> form) {
        Map.Entry<?, ?> only = form.entrySet().iterator().next();
        String value = String.valueOf(only.getValue());
        return switch (String.valueOf(only.getKey())) {
            case "folderId" -> RequestMatch.folder(value);
            case "mimeType" -> RequestMatch.mimeType(value);
            case "fileId" -> RequestMatch.fileId(value);
            case "fileName" -> RequestMatch.fileNamed(value);
            default -> throw new IllegalArgumentException("not a request match: " + only.getKey());
        };
    }
}
