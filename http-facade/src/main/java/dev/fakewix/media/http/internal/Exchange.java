package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request on its way through the facade: its context, its body (read once, within a size limit) and what the
 * journal will say about it. Not thread-safe: it lives on the request's thread.
 */
@API(status = API.Status.INTERNAL)
public final class Exchange {
    private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);

    private final Context ctx;
    private final BodyBudget budget;
    /** What this request holds of the budget, given back by {@link #release()}. */
    private long reserved;

    private byte[] body;
    private boolean bodyIsText = true;
    /** Whether a handler took the body as a stream (so the client has been asked for it, if it waited). */
    private boolean bodyStreamed;

    String siteId;
    String scenario;

    Exchange(Context ctx, BodyBudget budget) {
        this.ctx = ctx;
        this.budget = budget;
    }

    /** Gives back what the body held of the budget; the request is answered. Idempotent. */
    void release() {
        if (reserved > 0) {
            budget.give(reserved);
            reserved = 0;
        }
    }

    /** Holds {@code bytes} more of the budget; only the first reservation of a request may wait for room. */
    private void reserve(long bytes) {
        budget.take(bytes, reserved == 0);
        reserved += bytes;
    }

    public Context ctx() {
        return ctx;
    }

    public String header(String name) {
        return ctx.header(name);
    }

    public String pathParam(String name) {
        return ctx.pathParam(name);
    }

    public String queryParam(String name) {
        return ctx.queryParam(name);
    }

    public Map<String, List<String>> query() {
        return ctx.queryParamMap();
    }

    /** Names the site the request acted on, for the journal. */
    public void siteId(String siteId) {
        this.siteId = siteId;
    }

    /** Names the scripted scenario that acted on the request, for the journal. */
    public void scenario(String scenario) {
        this.scenario = scenario;
    }

    /** The JSON body, read once; larger than {@code limit} bytes is a 413. */
    public byte[] jsonBody(long limit) {
        return body(limit);
    }

    /**
     * The raw body as a stream (an upload), never held whole: more than {@code limit} bytes, declared or sent, is a
     * 413 thrown by the stream's read. Not kept in the journal.
     */
    public InputStream bodyStream(long limit) {
        return bodyStream(limit, null);
    }

    /** As {@link #bodyStream(long)}; a 413 says {@code why} the limit is what it is (e.g. what an upload holds). */
    public InputStream bodyStream(long limit, String why) {
        bodyIsText = false;
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(declared, limit, why);
        }
        bodyStreamed = true;
        InputStream in;
        try {
            in = ctx.req().getInputStream();
        } catch (IOException e) {
            throw MediaManagerException.standard(
                    WixErrorCode.INVALID_ARGUMENT, "The request body could not be read: " + e.getMessage());
        }
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n;
                try {
                    n = super.read(b, off, len);
                } catch (IOException e) {
                    throw bodyFailed(count, e);
                }
                if (n > 0 && (count += n) > limit) {
                    throw tooLarge(-1, limit, why);
                }
                return n;
            }
        };
    }

    @Decides(Guess.JSON_BODY_LIMIT)
    private byte[] body(long limit) {
        if (body != null) {
            return body;
        }
        bodyIsText = true;
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            Reliance.met(Guess.JSON_BODY_LIMIT);
            throw tooLarge(declared, limit);
        }
        if (declared > Integer.MAX_VALUE - 16) { // a limit configured above what one array holds
            throw tooLarge(declared, Integer.MAX_VALUE - 16);
        }
        if (declared > 0) {
            reserve(declared); // before a byte is read: a request that must wait holds no memory meanwhile
        }
        InputStream in;
        try {
            in = ctx.req().getInputStream();
        } catch (IOException e) {
            throw bodyFailed(0, e);
        }
        int at = 0;
        try {
            if (declared >= 0) {
                // the size is known: one array of it, no growing and no copy (a 10 MiB body costs 10 MiB)
                byte[] data = new byte[(int) declared];
                for (int n; at < data.length && (n = in.read(data, at, data.length - at)) >= 0; ) {
                    at += n;
                }
                body = at == data.length ? data : Arrays.copyOf(data, at);
                return body;
            }
            ByteArrayOutputStream data = new ByteArrayOutputStream(8192);
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; at += n) {
                if (data.size() + (long) n > limit) {
                    Reliance.met(Guess.JSON_BODY_LIMIT);
                    throw tooLarge(-1, limit);
                }
                if (data.size() + n > reserved) { // a chunked body: its size is known as it arrives
                    reserve(Math.min(limit, Math.max(64 * 1024, reserved)));
                }
                data.write(buffer, 0, n);
            }
            body = data.toByteArray();
            return body;
        } catch (IOException e) {
            throw bodyFailed(at, e);
        }
    }

    /**
     * The body stopped arriving: the client stalled past the server's idle timeout (408) or broke the connection
     * (400). A client's failure, so one line in the log at WARN, not an ERROR with a stack trace.
     */
    @Decides(Guess.STALLED_BODY_IS_REQUEST_TIMEOUT)
    private RuntimeException bodyFailed(long received, IOException e) {
        boolean timedOut = false;
        for (Throwable t = e; t != null && !timedOut; t = t.getCause()) {
            timedOut = t instanceof TimeoutException || t instanceof SocketTimeoutException;
        }
        String what = timedOut ? "stopped sending" : "broke off";
        String after = " after " + received + " of " + declaredLength() + " bytes";
        String path = ctx.path().length() <= 120 ? ctx.path() : ctx.path().substring(0, 120) + "..."; // tokens are long
        LOG.warn(
                "{} {}: the client {} its body{} ({}); answered {}",
                ctx.method().name(),
                path,
                what,
                after,
                rootMessage(e),
                timedOut ? 408 : 400);
        Reliance.met(Guess.STALLED_BODY_IS_REQUEST_TIMEOUT);
        String description =
                "The request body " + (timedOut ? "stopped arriving" : "broke off") + after + ": " + rootMessage(e);
        return timedOut
                ? new HttpFailure(HttpFailure.Kind.REQUEST_TIMEOUT, description)
                : MediaManagerException.standard(WixErrorCode.INVALID_ARGUMENT, description);
    }

    private String declaredLength() {
        long declared = ctx.req().getContentLengthLong();
        return declared < 0 ? "an unannounced number of" : Long.toString(declared);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * Reads and drops a body nobody read (an answer given before the body mattered: a refusal, a route without a
     * body), up to {@code limit} bytes. Jetty would otherwise close the connection while the client is still sending,
     * and the client, reset mid-write, would lose the answer.
     */
    void drainUnreadBody(long limit) {
        long declared = ctx.req().getContentLengthLong();
        // without Content-Length and Transfer-Encoding a request has no body (most GETs): nothing to read
        if (body != null || declared == 0 || (declared < 0 && ctx.header("Transfer-Encoding") == null)) {
            return;
        }
        String expect = ctx.header("Expect");
        if (expect != null && expect.trim().equalsIgnoreCase("100-continue") && !bodyStreamed) {
            // the client waits for a 100 before sending: reading now would ask for the body the answer refuses
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[8192];
            long left = limit;
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= n;
            }
        } catch (IOException | IllegalStateException e) {
            // nothing to drain (already read as a stream, or the client went away): Jetty closes as it would
        }
    }

    /** The body for the journal, as far as it keeps bodies: a JSON body read, nothing for raw uploads. */
    Body journalBody() {
        return bodyIsText && body != null && body.length > 0 ? Body.of(body).prefix(JournalStore.MAX_BODY_BYTES) : null;
    }

    /** The whole length of the body {@link #journalBody()} keeps (a part of). */
    int bodyLength() {
        return bodyIsText && body != null ? body.length : 0;
    }

    private static HttpFailure tooLarge(long declared, long limit) {
        return tooLarge(declared, limit, null);
    }

    private static HttpFailure tooLarge(long declared, long limit, String why) {
        return new HttpFailure(
                HttpFailure.Kind.PAYLOAD_TOO_LARGE,
                (declared >= 0 ? "The request body has " + declared + " bytes" : "The request body is too large") + "; "
                        + (why == null
                                ? "this endpoint accepts at most " + limit + " bytes"
                                : "at most " + limit + " more bytes fit: " + why)
                        + " (see ServerConfig.maxJsonBodyBytes / maxUploadBytes)");
    }
}
