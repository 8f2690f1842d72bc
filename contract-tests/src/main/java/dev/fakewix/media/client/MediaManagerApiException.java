package dev.fakewix.media.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * An error answer of the Wix Media Manager API: any status other than 200, with Wix's error body read into its parts.
 *
 * <pre>{@code
 * try {
 *     client.getFileDescriptor("no-such-file");
 * } catch (MediaManagerApiException e) {
 *     e.httpStatus();   // 400
 *     e.code();         // "RESOURCE_NOT_FOUND"
 *     e.requestId();    // the X-Wix-Request-Id header, for Wix support
 * }
 * }</pre>
 *
 * <p>{@link #code()} is, in this order: {@code details.applicationError.code}; the {@code ruleName} of the first
 * violation that has one (the per-method codes); {@code INVALID_ARGUMENT} for any other validation error; else the
 * HTTP status's reason in CONSTANT_CASE ({@code NOT_FOUND}, {@code TOO_MANY_REQUESTS}), as the official SDK does when a
 * body carries no code.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MediaManagerApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Endpoint endpoint;
    private final int httpStatus;
    private final String code;
    private final String requestId;
    private final List<Violation> violations;
    private final transient JsonNode body;
    private final Duration retryAfter;

    MediaManagerApiException(
            Endpoint endpoint,
            int httpStatus,
            String code,
            String message,
            String requestId,
            List<Violation> violations,
            JsonNode body,
            Duration retryAfter) {
        super((endpoint == null ? "upload" : endpoint.sdkName()) + " answered " + httpStatus + " " + code
                + (message.isEmpty() ? "" : ": " + message)
                + (requestId == null ? "" : " (request id " + requestId + ")"));
        this.endpoint = endpoint;
        this.httpStatus = httpStatus;
        this.code = code;
        this.requestId = requestId;
        this.violations = List.copyOf(violations);
        this.body = body;
        this.retryAfter = retryAfter;
    }

    /** The method that failed. */
    public Endpoint endpoint() {
        return endpoint;
    }

    /** The HTTP status, e.g. 400, 401, 429. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The Wix code (see the class comment), e.g. {@code UNSUPPORTED_SORT_VALUE}, {@code UNAUTHENTICATED}. */
    public String code() {
        return code;
    }

    /** The {@code X-Wix-Request-Id} response header, or {@code null} when the answer had none. */
    public String requestId() {
        return requestId;
    }

    /** The field violations of a validation error; empty for an application error. */
    public List<Violation> violations() {
        return violations;
    }

    /** The error body as parsed, or {@code null} when it was not JSON. */
    public JsonNode body() {
        return body;
    }

    /** The {@code Retry-After} the server asked for (429, 503), if any. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
