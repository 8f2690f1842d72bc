package dev.fakewix.media.http.internal;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * A transport-level error of the facade itself, for the few HTTP statuses the API's catalogue
 * ({@link dev.fakewix.media.core.WixErrorCode}) has no code for: a wrong method, a body that stopped arriving, an
 * oversized body, a wrong content type. It travels in the same wire shape as every other error ({@code details.applicationError}).
 */
@API(status = API.Status.INTERNAL)
public final class HttpFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The facade's own small catalogue: status, code and the top-level message. */
    public enum Kind {
        /** Plain HTTP sent to the HTTPS port (as nginx names it). */
        PLAIN_HTTP_ON_HTTPS_PORT(400, "The plain HTTP request was sent to HTTPS port"),
        METHOD_NOT_ALLOWED(405, "Method not allowed"),
        REQUEST_TIMEOUT(408, "Request timeout"),
        PRECONDITION_FAILED(412, "Precondition failed"),
        PAYLOAD_TOO_LARGE(413, "Payload too large"),
        UNSUPPORTED_CONTENT_TYPE(415, "Unsupported content type");

        private final int status;
        private final String message;

        Kind(int status, String message) {
            this.status = status;
            this.message = message;
        }

        public int status() {
            return status;
        }

        public String message() {
            return message;
        }
    }

    private final Kind kind;
    private final transient Map<String, String> headers;

    public HttpFailure(Kind kind, String description, Map<String, String> headers) {
        super(description, null, false, false);
        this.kind = kind;
        this.headers = Map.copyOf(headers);
    }

    public HttpFailure(Kind kind, String description) {
        this(kind, description, Map.of());
    }

    public Kind kind() {
        return kind;
    }

    /** Headers the answer must carry, e.g. {@code Allow} for 405. */
    public Map<String, String> headers() {
        return headers;
    }
}
