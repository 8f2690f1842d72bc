package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The catalogue of errors the fake can answer with: the API's own per-method codes and the standard Wix errors.
 *
 * <p>The per-method codes ({@link Kind#RULE}) travel as a validation error whose field violation has
 * {@code violatedRule: "OTHER"} and {@code ruleName: <code>}; the standard errors ({@link Kind#STANDARD}) travel as
 * {@code details.applicationError} with a string code. Both are HTTP statuses of their own.
 *
 * <pre>{@code throw WixErrorCode.RESOURCE_NOT_FOUND.exception("fileId", "File abc not found");}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum WixErrorCode {
    RESOURCE_NOT_FOUND(400, Kind.RULE, "The requested resource was not found"),
    FIELD_MASK_IS_EMPTY_OR_MISSING(400, Kind.RULE, "No updatable field was given"),
    MISMATCH_MIME_TYPE(400, Kind.RULE, "The MIME type does not match the file name"),
    ZERO_FILE_SIZE(400, Kind.RULE, "The file size is zero"),
    UNSUPPORTED_FILE_FORMAT(400, Kind.RULE, "The file format is not supported"),
    FILE_SIZE_OVER_LIMIT(400, Kind.RULE, "The file is larger than the site allows"),
    SITE_QUOTA_EXCEEDED(400, Kind.RULE, "The site's storage quota is exceeded"),
    UNSUPPORTED_MEDIA_TYPE(400, Kind.RULE, "The media type is not supported"),
    UNSUPPORTED_SORT_VALUE(400, Kind.RULE, "The sort field is not supported"),
    INVALID_ASSET_KEY(400, Kind.RULE, "The asset key does not exist for this file"),

    @Decides(Guess.STANDARD_ERROR_STATUSES)
    INVALID_ARGUMENT(400, Kind.STANDARD, "Invalid argument"),
    UNAUTHENTICATED(401, Kind.STANDARD, "Not authenticated"),
    PERMISSION_DENIED(403, Kind.STANDARD, "Permission denied"),
    NOT_FOUND(404, Kind.STANDARD, "Not found"),
    ALREADY_EXISTS(409, Kind.STANDARD, "Already exists"),
    FAILED_PRECONDITION(428, Kind.STANDARD, "Failed precondition"),
    RESOURCE_EXHAUSTED(429, Kind.STANDARD, "Too many requests"),
    CANCELED(499, Kind.STANDARD, "Request canceled"),
    INTERNAL(500, Kind.STANDARD, "Internal server error"),
    NOT_IMPLEMENTED(501, Kind.STANDARD, "Not implemented"),
    BAD_GATEWAY(502, Kind.STANDARD, "Bad gateway"),
    UNAVAILABLE(503, Kind.STANDARD, "Service unavailable"),
    GATEWAY_TIMEOUT(504, Kind.STANDARD, "Gateway timeout");

    /** How an error travels on the wire. */
    public enum Kind {
        /** A per-method code: a validation error whose violation carries the code as {@code ruleName}. */
        RULE,
        /** A standard error: {@code details.applicationError} with the code. */
        STANDARD
    }

    private final int httpStatus;
    private final Kind kind;
    private final String defaultDescription;

    WixErrorCode(int httpStatus, Kind kind, String defaultDescription) {
        this.httpStatus = httpStatus;
        this.kind = kind;
        this.defaultDescription = defaultDescription;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public Kind kind() {
        return kind;
    }

    public String defaultDescription() {
        return defaultDescription;
    }

    /** The standard error for an HTTP status (400, 401, 403, 404, 409, 428, 429, 499, 500..504), if any. */
    public static Optional<WixErrorCode> standardFor(int httpStatus) {
        for (WixErrorCode code : values()) {
            if (code.kind == Kind.STANDARD && code.httpStatus == httpStatus) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** Builds the exception for this code about {@code field}, with a description of what went wrong. */
    public MediaManagerException exception(String field, String description) {
        return exception(field, description, Map.of());
    }

    /** As {@link #exception(String, String)}, with structured {@code data} (e.g. {@code allowedValues}). */
    public MediaManagerException exception(String field, String description, Map<String, Object> data) {
        if (kind == Kind.RULE) {
            FieldViolation violation =
                    new FieldViolation(field == null ? "" : field, description, "OTHER", name(), data);
            return new MediaManagerException(this, description, null, List.of(violation));
        }
        return new MediaManagerException(this, description, data, List.of());
    }

    /** Builds the exception with the catalogue's default description. */
    public MediaManagerException exception() {
        return exception(null, defaultDescription);
    }
}
