package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.validation.ErrorShape;
import dev.fakewix.media.core.model.ApplicationError;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.eclipse.jetty.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonGenerator;

/**
 * The one place that turns a failure into the wire error (status, body, headers), and the one writer of every error
 * shape: the top-level body, a bulk item's {@code itemMetadata.error} and a readiness failure in the admin API's
 * state are all {@link ApplicationError}s written by {@link #writeApplicationError}; a violation is written from the
 * core's {@link ErrorShape}. Handlers never catch and never build error JSON; the dispatcher hands whatever
 * they threw to {@link #render(Throwable)}.
 *
 * <ul>
 *   <li>A scripted answer ({@link MediaManagerException#scriptedBody()}, a scenario's {@code respondWith}): its
 *       status and body exactly as scripted; a 2xx or 3xx one is no error, so it has no code for the journal.</li>
 *   <li>{@link MediaManagerException}: its status; a validation error as
 *       {@code {"message", "details": {"validationError": {"fieldViolations": [...]}}}}, a standard error as
 *       {@code {"message", "details": {"applicationError": {"code", "description", "data"}}}}.</li>
 *   <li>{@link HttpFailure} (405, 413, 415): an application error with the facade's code.</li>
 *   <li>{@link IllegalArgumentException}: the core refusing an argument of its Java API (a negative duration, a
 *       blank site id): 400 {@code INVALID_ARGUMENT}.</li>
 *   <li>Anything else, {@link Error}s included (an {@code OutOfMemoryError}, a {@code NoClassDefFoundError} from a
 *       classpath clash), is a bug: 500 {@code INTERNAL} whose description names the exception's class, logged with
 *       its stack trace, which never reaches the client.</li>
 * </ul>
 */
@API(status = API.Status.INTERNAL)
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {}

    /** A rendered error: HTTP status, the Wix code (for the journal; none for a scripted success), the JSON body and extra headers. */
    @SuppressWarnings("ArrayRecordComponent") // a body carried, never compared or hashed
    public record ErrorResponse(int status, String code, byte[] body, Map<String, String> headers) {}

    public static ErrorResponse render(Throwable failure) {
        if (failure instanceof MediaManagerException e && e.scriptedBody().isPresent()) {
            return new ErrorResponse(
                    e.httpStatus(),
                    e.httpStatus() >= 400 ? e.code() : null,
                    e.scriptedBody().get().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    Map.of());
        }
        if (failure instanceof MediaManagerException e) {
            byte[] body = e.isValidationError()
                    ? validation(e)
                    : application(e.errorCode().defaultDescription(), e.applicationError());
            Map<String, String> headers = e.retryAfterSeconds()
                    .map(s -> Map.of("Retry-After", Integer.toString(s)))
                    .orElse(Map.of());
            return new ErrorResponse(e.httpStatus(), e.code(), body, headers);
        }
        if (failure instanceof HttpFailure e) {
            String code = e.kind().name();
            return new ErrorResponse(
                    e.kind().status(),
                    code,
                    application(e.kind().message(), ApplicationError.of(code, e.getMessage())),
                    e.headers());
        }
        if (failure instanceof IllegalArgumentException e) {
            WixErrorCode code = WixErrorCode.INVALID_ARGUMENT;
            return new ErrorResponse(
                    code.httpStatus(),
                    code.name(),
                    application(
                            code.defaultDescription(),
                            ApplicationError.of(code.name(), String.valueOf(e.getMessage()))),
                    Map.of());
        }
        LOG.error(
                "Unexpected {} while serving a request; the client got 500 INTERNAL",
                failure.getClass().getName(),
                failure);
        WixErrorCode code = WixErrorCode.INTERNAL;
        String detail = failure.getMessage() == null ? "" : ": " + abbreviate(failure.getMessage());
        return new ErrorResponse(
                code.httpStatus(),
                code.name(),
                application(
                        code.defaultDescription(),
                        ApplicationError.of(
                                code.name(),
                                "The fake failed unexpectedly ("
                                        + failure.getClass().getName() + detail
                                        + "); the server log has the stack trace")),
                Map.of());
    }

    /** A message short enough for an error body (an exception message may quote a whole request). */
    private static String abbreviate(String message) {
        return message.length() <= 300 ? message : message.substring(0, 300) + "...";
    }

    /**
     * An error for a bare HTTP status raised below the facade (by Jetty): the catalogue's standard code for the status
     * when there is one, else the status's reason phrase in CONSTANT_CASE (as the official SDK would make it up).
     */
    public static ErrorResponse forStatus(int status, String description) {
        WixErrorCode standard = WixErrorCode.standardFor(status).orElse(null);
        String reason = HttpStatus.getMessage(status);
        String code = standard != null
                ? standard.name()
                : reason.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        String message = standard != null ? standard.defaultDescription() : reason;
        String text = description == null || description.isBlank() ? reason : description;
        return new ErrorResponse(status, code, application(message, ApplicationError.of(code, text)), Map.of());
    }

    private static byte[] validation(MediaManagerException e) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("message", e.getMessage());
            g.writeObjectPropertyStart("details");
            g.writeObjectPropertyStart("validationError");
            g.writeArrayPropertyStart("fieldViolations");
            for (FieldViolation v : e.fieldViolations()) {
                writeViolation(g, v);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void writeViolation(JsonGenerator g, FieldViolation v) {
        Json.writeValue(g, ErrorShape.of(v));
    }

    private static byte[] application(String message, ApplicationError error) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("message", message);
            g.writeObjectPropertyStart("details");
            g.writeName("applicationError");
            writeApplicationError(g, error);
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** An application error as a JSON object: {@code {"code", "description", "data"}} ({@code data} always present). */
    static void writeApplicationError(JsonGenerator g, ApplicationError error) {
        Json.writeValue(g, ErrorShape.of(error));
    }
}
