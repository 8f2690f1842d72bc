package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.validation.ErrorShape;
import dev.fakewix.media.core.model.ApplicationError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The one exception the fake throws for an API error. It carries everything the wire needs: the HTTP status, the
 * code, the top-level message and either an application error or field violations.
 *
 * <pre>{@code
 * try {
 *     site.files().getFileDescriptor("nope");
 * } catch (MediaManagerException e) {
 *     assert e.code().equals("RESOURCE_NOT_FOUND") && e.httpStatus() == 400;
 * }
 * }</pre>
 *
 * <p>Build instances from the catalogue ({@link WixErrorCode#exception(String, String)}) or, for plain constraint
 * breaches, {@link #invalidArgument(List)}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MediaManagerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient WixErrorCode errorCode;
    private final transient Map<String, Object> data;
    private final transient List<FieldViolation> fieldViolations;
    private final Integer retryAfterSeconds;
    /** The answer a scenario scripted ({@code respondWith}): its status and body; 0 and {@code null} otherwise. */
    private final int scriptedStatus;

    private final String scriptedBody;
    private final String scriptedCode;

    MediaManagerException(
            WixErrorCode errorCode, String message, Map<String, Object> data, List<FieldViolation> fieldViolations) {
        this(errorCode, message, data, fieldViolations, null, 0, null, null);
    }

    private MediaManagerException(
            WixErrorCode errorCode,
            String message,
            Map<String, Object> data,
            List<FieldViolation> fieldViolations,
            Integer retryAfterSeconds,
            int scriptedStatus,
            String scriptedBody,
            String scriptedCode) {
        super(message, null, false, false);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        if (scriptedBody == null
                && errorCode.kind() == WixErrorCode.Kind.STANDARD
                && errorCode != WixErrorCode.INVALID_ARGUMENT) {
            Reliance.met(
                    Guess.STANDARD_ERROR_STATUSES); // the status-code pairing beyond 400 is the SDK's table, not a page
        }
        this.data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
        this.fieldViolations = List.copyOf(fieldViolations);
        this.retryAfterSeconds = retryAfterSeconds;
        this.scriptedStatus = scriptedStatus;
        this.scriptedBody = scriptedBody;
        this.scriptedCode = scriptedCode;
    }

    /**
     * The answer a scenario scripted with {@code respondWith(status, json)}: the status and body as given. Its
     * {@link #code()} is the Wix code the body names ({@code details.applicationError.code}, or INVALID_ARGUMENT for
     * a {@code details.validationError}), else the standard code of the status; its message is the body's
     * {@code message}, else {@code "Scripted answer <status>"}.
     */
    static MediaManagerException scripted(int status, String body) {
        Object parsed = dev.fakewix.media.core.internal.util.Json.parse(body);
        Map<?, ?> root = parsed instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> details = root.get("details") instanceof Map<?, ?> d ? d : Map.of();
        WixErrorCode catalogued = WixErrorCode.standardFor(status)
                .orElse(status >= 500 ? WixErrorCode.INTERNAL : WixErrorCode.INVALID_ARGUMENT);
        String code = details.get("applicationError") instanceof Map<?, ?> a && a.get("code") instanceof String c
                ? c
                : details.containsKey("validationError") ? WixErrorCode.INVALID_ARGUMENT.name() : catalogued.name();
        String message = root.get("message") instanceof String text ? text : "Scripted answer " + status;
        return new MediaManagerException(catalogued, message, null, List.of(), null, status, body, code);
    }

    /** A copy that tells the client when to retry ({@code Retry-After} on the wire), as a 429 does. */
    public MediaManagerException withRetryAfter(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("Retry-After must be >= 0 seconds, was " + seconds);
        }
        return new MediaManagerException(
                errorCode, getMessage(), data, fieldViolations, seconds, scriptedStatus, scriptedBody, scriptedCode);
    }

    /**
     * The body a scenario scripted for this answer ({@code respondWith}), exactly as given; empty for the fake's own
     * errors. Over HTTP it is the answer's body, with {@link #httpStatus()}.
     *
     * <pre>{@code
     * site.scenarios().on(Operation.LIST_FILES).respondWith(503, "{\"message\":\"upstream timeout\"}").once();
     * try {
     *     site.files().listFiles(ListFilesRequest.all());
     * } catch (MediaManagerException e) {
     *     assert e.httpStatus() == 503 && e.scriptedBody().orElseThrow().contains("upstream timeout");
     * }
     * }</pre>
     */
    public java.util.Optional<String> scriptedBody() {
        return java.util.Optional.ofNullable(scriptedBody);
    }

    /** Seconds the client should wait before retrying, if the error says so. */
    public Optional<Integer> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }

    /** A 400 INVALID_ARGUMENT validation error listing every violated constraint. */
    @Decides({Guess.VIOLATION_VOCABULARY, Guess.ALL_VIOLATIONS_AT_ONCE})
    public static MediaManagerException invalidArgument(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid-argument error needs at least one violation");
        }
        Reliance.met(Guess.VIOLATION_VOCABULARY);
        if (violations.size() > 1) {
            Reliance.met(Guess.ALL_VIOLATIONS_AT_ONCE); // one answer lists them all, in the order they were found
        }
        StringBuilder message = new StringBuilder();
        for (FieldViolation v : violations) {
            if (message.length() > 0) {
                message.append("; ");
            }
            message.append('"').append(v.field()).append("\" ").append(v.description());
        }
        return new MediaManagerException(WixErrorCode.INVALID_ARGUMENT, message.toString(), null, violations);
    }

    /** A standard error (e.g. 503 UNAVAILABLE) with the given message. */
    public static MediaManagerException standard(WixErrorCode code, String message) {
        if (code.kind() != WixErrorCode.Kind.STANDARD) {
            throw new IllegalArgumentException(
                    code + " is a per-method code; use WixErrorCode.exception(field, description)");
        }
        return new MediaManagerException(code, message, null, List.of());
    }

    /**
     * The catalogue entry of this error. For a scripted answer ({@link #scriptedBody()}), the standard code of its
     * status, else INTERNAL for a 5xx and INVALID_ARGUMENT for any other status: {@link #code()} and
     * {@link #httpStatus()} then say what was scripted.
     */
    public WixErrorCode errorCode() {
        return errorCode;
    }

    /**
     * The code a client sees: the rule name of a per-method error, else the standard code (for a scripted answer, the
     * code its body names, see {@link #scriptedBody()}).
     */
    public String code() {
        return scriptedCode != null ? scriptedCode : errorCode.name();
    }

    /** The answer's HTTP status: the catalogue's for the code, or the status a scenario scripted. */
    public int httpStatus() {
        return scriptedBody != null ? scriptedStatus : errorCode.httpStatus();
    }

    /** Whether the wire body is a validation error ({@code details.validationError}) rather than an application error. */
    public boolean isValidationError() {
        return !fieldViolations.isEmpty();
    }

    /** Field violations of a validation error, empty for an application error. */
    public List<FieldViolation> fieldViolations() {
        return fieldViolations;
    }

    /**
     * Names the Wix code and the HTTP status before the message, as a stack trace or a log line should:
     * {@code MediaManagerException: SITE_QUOTA_EXCEEDED (HTTP 400): The site's storage quota ... (field "url")}.
     */
    @Override
    @SuppressWarnings("OverrideThrowableToString") // getMessage() stays the plain description the wire body carries
    public String toString() {
        StringBuilder out = new StringBuilder(getClass().getName())
                .append(": ")
                .append(code())
                .append(" (HTTP ")
                .append(httpStatus())
                .append("): ")
                .append(getMessage());
        if (fieldViolations.size() == 1
                && !fieldViolations.get(0).field().isEmpty()
                && !getMessage().contains('"' + fieldViolations.get(0).field() + '"')) {
            out.append(" (field \"").append(fieldViolations.get(0).field()).append("\")");
        }
        return out.toString();
    }

    /**
     * This error as one {@link ApplicationError} value: what a standard error sends as {@code details.applicationError},
     * and what a failed bulk item carries as {@code itemMetadata.error}. A validation error keeps its violations under
     * {@code data.fieldViolations}, each with the fields of the top-level {@code fieldViolations} ({@code ruleName}
     * and {@code data} included when set); as any other {@code data}, their keys are in alphabetical order.
     *
     * <pre>{@code
     * ApplicationError error = WixErrorCode.RESOURCE_NOT_FOUND.exception("fileId", "gone").applicationError();
     * // code RESOURCE_NOT_FOUND, description "gone",
     * // data {fieldViolations: [{description: gone, field: fileId, ruleName: RESOURCE_NOT_FOUND, violatedRule: OTHER}]}
     * }</pre>
     */
    @Decides(Guess.BULK_ITEM_ERROR_SHAPE)
    public ApplicationError applicationError() {
        if (!isValidationError()) {
            return new ApplicationError(code(), getMessage(), data);
        }
        List<Object> violations = new ArrayList<>(fieldViolations.size());
        for (FieldViolation v : fieldViolations) {
            violations.add(Collections.unmodifiableSortedMap(new TreeMap<>(ErrorShape.of(v))));
        }
        return new ApplicationError(code(), getMessage(), Map.of("fieldViolations", List.copyOf(violations)));
    }
}
