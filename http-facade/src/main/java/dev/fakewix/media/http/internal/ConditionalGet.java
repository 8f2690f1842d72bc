package dev.fakewix.media.http.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Conditional GETs of the admin API: a 200 answer gets a strong {@code ETag} (a digest of its body), and a request
 * whose {@code If-None-Match} names it gets {@code 304 Not Modified} without a body. A page that polls the admin
 * API (the dashboard) then moves bytes only when something changed. Thread-safe (stateless).
 */
final class ConditionalGet {
    private ConditionalGet() {}

    /** Tags a 200 answer to a GET with the digest of its body (unless the route tagged it already). */
    static Reply answer(Exchange ex, Reply reply) {
        // an empty body here is one the route streams itself (the journal): the route tags it, or nobody
        if (reply.status() != 200
                || reply.fault() != null
                || !isRead(ex)
                || reply.headers().containsKey("ETag")
                || reply.body().isEmpty()) {
            return reply;
        }
        return answer(ex, etagOf(reply.body().toArray()), () -> reply);
    }

    /**
     * For a route that can name its answer's version more cheaply than by building it: a 304 when the client has
     * {@code etag}, else the answer {@code build} makes, tagged with it.
     */
    static Reply answer(Exchange ex, String etag, Supplier<Reply> build) {
        // A polled answer must be revalidated every time, never served from a cache unasked.
        if (isRead(ex) && matches(ex.header("If-None-Match"), etag)) {
            return new Reply(304, null, new byte[0], Map.of("ETag", etag, "Cache-Control", "no-cache"));
        }
        return build.get().withHeader("ETag", etag).withHeader("Cache-Control", "no-cache");
    }

    /** A strong tag of a 64-bit fingerprint. */
    static String etagOf(long fingerprint) {
        return "\"v" + Long.toHexString(fingerprint) + "\"";
    }

    private static boolean isRead(Exchange ex) {
        String method = ex.ctx().method().name();
        return method.equals("GET") || method.equals("HEAD");
    }

    static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@code If-None-Match}: {@code *}, or a list of (possibly weak) tags; weak comparison, as RFC 9110 says. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",", -1)) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
