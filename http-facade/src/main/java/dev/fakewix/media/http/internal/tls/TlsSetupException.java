package dev.fakewix.media.http.internal.tls;

import org.apiguardian.api.API;

/**
 * The TLS directory or what is in it cannot be used (unreadable, corrupt, a key that does not match its certificate,
 * an expired CA): the message says which file, what is wrong and what to do, in one line, so that the standalone
 * server can print it instead of a stack trace.
 */
@API(status = API.Status.INTERNAL)
public final class TlsSetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TlsSetupException(String message) {
        super(message);
    }

    public TlsSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
