package dev.fakewix.media.http.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * An answer's body as the byte arrays it is made of, written one after the other: a list page is its envelope, the
 * cached JSON of each file and the separators between them, never joined into one array. Writing copies each part
 * once, into the connection's buffer; the journal keeps the parts it needs by reference. The arrays are shared (the
 * file cache holds them too) and never modified. Immutable.
 */
@API(status = API.Status.INTERNAL)
public final class Body {
    /** How many bytes go to the output stream per write: Javalin's own response buffer, so framing is unchanged. */
    static final int WRITE_SIZE = 32 * 1024;

    private static final byte[][] NO_PARTS = {};
    private static final Body EMPTY = new Body(NO_PARTS, 0);
    /** A staging array per request thread: a body of many small parts goes out in few large writes. */
    private static final ThreadLocal<byte[]> STAGING = ThreadLocal.withInitial(() -> new byte[WRITE_SIZE]);

    private final byte[][] parts;
    private final int length;

    private Body(byte[][] parts, int length) {
        this.parts = parts;
        this.length = length;
    }

    /** A body of one array (not copied: the caller no longer changes it). */
    public static Body of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Body(new byte[][] {bytes}, bytes.length);
    }

    /** A body of {@code parts} in order, {@code length} bytes in all (the parts are not copied). */
    static Body of(byte[][] parts, int length) {
        return new Body(parts, length);
    }

    public static Body empty() {
        return EMPTY;
    }

    public int length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** The bytes in one array (the array itself when the body is one part: do not modify it). */
    public byte[] toArray() {
        if (parts.length == 1) {
            return parts[0];
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(toArray(), StandardCharsets.UTF_8);
    }

    /**
     * The first {@code max} bytes or fewer, ending on a UTF-8 character boundary; the body itself when it is no longer.
     * Whole parts are shared, only a part cut in the middle is copied.
     */
    public Body prefix(int max) {
        if (length <= max) {
            return this;
        }
        int end = max;
        byte[] joined = parts.length == 1 ? parts[0] : null;
        // a continuation byte (10xxxxxx) at the cut belongs to a character that starts before it: cut before that
        while (end > 0 && (byteAt(joined, end) & 0xC0) == 0x80) {
            end--;
        }
        int count = 0;
        int at = 0;
        while (at + parts[count].length <= end) {
            at += parts[count++].length;
        }
        int rest = end - at;
        byte[][] kept = new byte[count + (rest > 0 ? 1 : 0)][];
        System.arraycopy(parts, 0, kept, 0, count);
        if (rest > 0) {
            kept[count] = Arrays.copyOf(parts[count], rest);
        }
        return new Body(kept, end);
    }

    /**
     * At least the first {@code max} bytes (all of them when the body is no longer), without copying a byte: the
     * parts that hold them, whole. What a journal keeps of an answer: a list page's parts are the cached JSON of
     * its files, shared with the cache. A single array longer than {@code max} is cut (a copy), so that the journal
     * does not keep a large answer alive.
     */
    public Body head(int max) {
        if (length <= max) {
            return this;
        }
        if (parts.length == 1) {
            return prefix(max);
        }
        int count = 0;
        int at = 0;
        while (at < max) {
            at += parts[count++].length;
        }
        return new Body(Arrays.copyOf(parts, count), at);
    }

    private byte byteAt(byte[] joined, int index) {
        if (joined != null) {
            return joined[index];
        }
        int at = 0;
        for (byte[] part : parts) {
            if (index < at + part.length) {
                return part[index - at];
            }
            at += part.length;
        }
        throw new IndexOutOfBoundsException(index);
    }

    /**
     * Writes the body to {@code out} in writes of {@value #WRITE_SIZE} bytes at most (the last one shorter), as
     * Javalin writes a result: a body that fits in one write can still get a {@code Content-Length}, a longer one is
     * sent as it is written.
     */
    public void writeTo(OutputStream out) throws IOException {
        if (parts.length == 1) {
            byte[] bytes = parts[0];
            for (int at = 0; at < bytes.length; at += WRITE_SIZE) {
                out.write(bytes, at, Math.min(WRITE_SIZE, bytes.length - at));
            }
            return;
        }
        byte[] staging = STAGING.get();
        int filled = 0;
        for (byte[] part : parts) {
            for (int at = 0; at < part.length; ) {
                int n = Math.min(part.length - at, staging.length - filled);
                System.arraycopy(part, at, staging, filled, n);
                filled += n;
                at += n;
                if (filled == staging.length) {
                    out.write(staging, 0, filled);
                    filled = 0;
                }
            }
        }
        if (filled > 0) {
            out.write(staging, 0, filled);
        }
    }
}
