package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WixErrorCode;
import io.javalin.http.Context;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * One request on its way through the facade: its context, its body (read once, within a size limit) and what the
 * journal will say about it. Not thread-safe: it lives on the request's thread.
 */
@API(status = API.Status.INTERNAL)
public final class Exchange {
    private final Context ctx;
    private byte[] body;
    private boolean bodyIsText = true;
    /** Whether a handler took the body as a stream (so the client has been asked for it, if it waited). */
    private boolean bodyStreamed;
    String siteId;
    String scenario;

    Exchange(Context ctx) {
        this.ctx = ctx;
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
        bodyIsText = false;
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(declared, limit);
        }
        bodyStreamed = true;
        InputStream in;
        try {
            in = ctx.req().getInputStream();
        } catch (IOException e) {
            throw MediaManagerException.standard(WixErrorCode.INVALID_ARGUMENT,
                    "The request body could not be read: " + e.getMessage());
        }
        return new java.io.FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0 && (count += n) > limit) {
                    throw tooLarge(-1, limit);
                }
                return n;
            }
        };
    }

    private byte[] body(long limit) {
        if (body != null) {
            return body;
        }
        bodyIsText = true;
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(declared, limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] data = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
            if (data.length > limit) {
                throw tooLarge(-1, limit);
            }
            body = data;
            return data;
        } catch (IOException e) {
            throw MediaManagerException.standard(WixErrorCode.INVALID_ARGUMENT,
                    "The request body could not be read: " + e.getMessage());
        }
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
        return new HttpFailure(HttpFailure.Kind.PAYLOAD_TOO_LARGE, (declared >= 0 ? "The request body has " + declared
                + " bytes" : "The request body is too large") + "; this endpoint accepts at most " + limit
                + " bytes (see ServerConfig.maxJsonBodyBytes / maxUploadBytes)");
    }
}
