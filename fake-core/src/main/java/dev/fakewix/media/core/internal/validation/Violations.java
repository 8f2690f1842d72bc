package dev.fakewix.media.core.internal.validation;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Collects every constraint a request breaks, so one error lists them all (as Wix does), then throws a single
 * INVALID_ARGUMENT. Rule names follow Wix's validation vocabulary ({@code MAX_LENGTH}, {@code MAX_SIZE}, ...).
 *
 * <p>An operation's one check of its request ends in {@link #throwForRequest()}, which also throws the type
 * violations of the face that read the request ({@link ReadViolations}); {@link #ofRequest} defines how the two make
 * one error:
 * <pre>{@code
 * RequestConstraints.getFileDescriptors(ids).throwForRequest();
 * }</pre>
 * Not thread-safe: one instance per check.
 */
@API(status = API.Status.INTERNAL)
@Decides(Guess.VIOLATION_VOCABULARY)
public final class Violations {
    private final List<FieldViolation> violations = new ArrayList<>();

    public Violations required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isEmpty())) {
            add(field, "REQUIRED_FIELD", "is required");
        }
        return this;
    }

    public Violations maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "MAX_LENGTH", "must be at most " + max + " characters long, was " + value.length());
        }
        return this;
    }

    public Violations minLength(String field, String value, int min) {
        if (value != null && value.length() < min) {
            add(field, "MIN_LENGTH", "must be at least " + min + " characters long, was " + value.length());
        }
        return this;
    }

    public Violations maxSize(String field, List<?> value, int max) {
        if (value != null && value.size() > max) {
            add(field, "MAX_SIZE", "must have at most " + max + " items, had " + value.size());
        }
        return this;
    }

    public Violations minSize(String field, List<?> value, int min) {
        if (value == null || value.size() < min) {
            add(
                    field,
                    "MIN_SIZE",
                    "must have at least " + min + " item" + (min == 1 ? "" : "s") + ", had "
                            + (value == null ? 0 : value.size()));
        }
        return this;
    }

    public Violations eachMaxLength(String field, List<String> values, int max) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                if (v == null) {
                    add(field + "[" + i + "]", "REQUIRED_FIELD", "must not be null");
                } else {
                    maxLength(field + "[" + i + "]", v, max);
                }
            }
        }
        return this;
    }

    public Violations range(String field, Integer value, int min, int max) {
        if (value != null) {
            if (value < min) {
                add(field, "MIN", "must be at least " + min + ", was " + value);
            } else if (value > max) {
                add(field, "MAX", "must be at most " + max + ", was " + value);
            }
        }
        return this;
    }

    public Violations webUrl(String field, String value) {
        if (value != null && !value.isEmpty() && !isWebUrl(value)) {
            add(field, "FORMAT", "must be a web URL (http or https), was '" + abbreviate(value) + "'");
        }
        return this;
    }

    public Violations add(String field, String rule, String description) {
        violations.add(FieldViolation.of(field, rule, description));
        return this;
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /** What was found so far, in the order the checks ran. */
    public List<FieldViolation> list() {
        return List.copyOf(violations);
    }

    /**
     * The one error of a request that a face could not fully read: its type violations (a string where a number
     * belongs, an unknown enum value), then the constraint violations the core's check found on the rest, in the
     * order each was found. The face read a badly typed field as absent, so a constraint violation on that field, on
     * a field inside it or on the list or object that holds it ({@code fileIds} for {@code fileIds[1]}) says nothing
     * the type violation does not, and is left out.
     *
     * @param typeViolations at least one
     */
    @Decides(Guess.ALL_VIOLATIONS_AT_ONCE)
    public static MediaManagerException ofRequest(List<FieldViolation> typeViolations, Violations constraints) {
        List<FieldViolation> all = new ArrayList<>(typeViolations);
        for (FieldViolation c : constraints.violations) {
            if (typeViolations.stream().noneMatch(t -> related(t.field(), c.field()))) {
                all.add(c);
            }
        }
        return MediaManagerException.invalidArgument(all);
    }

    /** Whether one path is the other or lies inside it ({@code paging} and {@code paging.limit}, {@code ids} and {@code ids[2]}). */
    private static boolean related(String a, String b) {
        return a.equals(b) || inside(a, b) || inside(b, a);
    }

    private static boolean inside(String path, String container) {
        return path.length() > container.length()
                && path.startsWith(container)
                && (path.charAt(container.length()) == '.' || path.charAt(container.length()) == '[');
    }

    /**
     * The end of an operation's one check of its request: throws what was found, and with it the type violations the
     * face serving the request met reading it ({@link ReadViolations}), as one INVALID_ARGUMENT.
     */
    public void throwForRequest() {
        List<FieldViolation> typeViolations = ReadViolations.takePending();
        if (!typeViolations.isEmpty()) {
            throw ofRequest(typeViolations, this);
        }
        throwIfAny();
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw MediaManagerException.invalidArgument(violations);
        }
    }

    static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
