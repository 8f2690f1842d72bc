package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.HttpFault;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts out a scripted {@link HttpFault} on the wire: what a flaky network or proxy would do to the answer. Only the
 * transport is broken; the core call behind it happened (as it would have at Wix).
 */
final class FaultWriter {
    private static final Logger LOG = LoggerFactory.getLogger(FaultWriter.class);
    /** How long a dribbled answer takes at most, so that a scripted fault never stalls a test run for long. */
    private static final long DRIBBLE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private static final int DRIBBLE_CHUNKS = 20;

    private FaultWriter() {}

    static void write(Context ctx, String requestId, Reply reply) {
        // an intended fault, not a failure of the fake: one line, and only for who asked for DEBUG
        LOG.debug("Scripted fault {} on {} {} (request {})", reply.fault(), ctx.method(), ctx.path(), requestId);
        switch (reply.fault()) {
            case CONNECTION_RESET -> reset(ctx, reply);
            case EMPTY_RESPONSE ->
                Facade.write(ctx, requestId, new Reply(reply.status(), Reply.JSON, new byte[0], reply.headers()));
            case MALFORMED_BODY -> {
                byte[] body = reply.body().toArray();
                byte[] broken = (new String(body, 0, Math.max(1, body.length / 2), StandardCharsets.UTF_8)
                                + "<!-- 502 -->")
                        .getBytes(StandardCharsets.UTF_8);
                Facade.write(ctx, requestId, new Reply(reply.status(), Reply.JSON, broken, reply.headers()));
            }
            case SLOW_DRIBBLE -> dribble(ctx, requestId, reply);
        }
    }

    /**
     * Promises the whole body and more, sends half of it and returns: the server, short of the length it announced,
     * closes the connection, so the client reads a truncated answer. (Aborting the channel from here instead made
     * Javalin log an ERROR with a stack trace when it went on to finish the response.)
     */
    private static void reset(Context ctx, Reply reply) {
        byte[] body = reply.body().toArray();
        ctx.status(reply.status());
        ctx.contentType(Reply.JSON);
        ctx.res().setContentLength(body.length + 1024);
        try {
            OutputStream out = ctx.res().getOutputStream();
            out.write(body, 0, body.length / 2);
            out.flush();
        } catch (IOException e) {
            // the client is gone already: that is the point
        }
    }

    private static void dribble(Context ctx, String requestId, Reply reply) {
        ctx.status(reply.status());
        ctx.header(Facade.REQUEST_ID_HEADER, requestId);
        ctx.contentType(Reply.JSON);
        byte[] body = reply.body().toArray();
        int chunk = Math.max(1, (body.length + DRIBBLE_CHUNKS - 1) / DRIBBLE_CHUNKS);
        try {
            OutputStream out = ctx.res().getOutputStream();
            for (int at = 0; at < body.length; at += chunk) {
                out.write(body, at, Math.min(chunk, body.length - at));
                out.flush();
                TimeUnit.NANOSECONDS.sleep(DRIBBLE_NANOS / DRIBBLE_CHUNKS);
            }
        } catch (IOException e) {
            // the client gave up while the answer dribbled: nothing left to do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
