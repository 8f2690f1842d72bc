package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.content.ContentStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;

/**
 * The bytes of a stored file, wherever they live: in memory up to the fake's content budget, in a temporary file
 * beyond it. Immutable; equal when size and MD5 are equal. Read them as a stream, so a 1 GiB file never has to fit
 * on the heap.
 *
 * <pre>{@code
 * StoredBytes bytes = site.snapshot().files().get(0).content();   // an uploaded file's bytes
 * try (InputStream in = bytes.openStream()) {
 *     in.transferTo(out);
 * }
 * }</pre>
 *
 * <p>Thread-safe. A handle taken from a site stays readable until that site forgets the file (permanent delete,
 * reset, {@code removeSite}, the fake's {@code close()}); a stream opened before keeps working on POSIX systems.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface StoredBytes {
    /** The largest content {@link #toByteArray()} hands out; read larger ones with {@link #openStream()}. */
    int MAX_ARRAY = Integer.MAX_VALUE - 16;

    /** How many bytes. */
    long size();

    /** The MD5 of the bytes as 32 lower-case hex digits (Wix's {@code hash}). */
    String md5();

    /** A new stream over the bytes, from the first. */
    InputStream openStream() throws IOException;

    /** Whether the bytes are on the heap (else in a temporary file). */
    boolean inMemory();

    /** A copy of the bytes; IllegalStateException when they are more than {@link #MAX_ARRAY}. */
    default byte[] toByteArray() {
        if (size() > MAX_ARRAY) {
            throw new IllegalStateException(
                    "the content has " + size() + " bytes, too many for one array; use openStream()");
        }
        try (InputStream in = openStream()) {
            return in.readNBytes((int) size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes held on the heap, e.g. to restore a snapshot made elsewhere. The array is copied. */
    static StoredBytes of(byte[] bytes) {
        return ContentStore.unbudgeted(bytes.clone());
    }
}
