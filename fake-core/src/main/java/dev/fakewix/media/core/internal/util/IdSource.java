package dev.fakewix.media.core.internal.util;

import java.util.UUID;
import org.apiguardian.api.API;

/**
 * Deterministic ids for one site: the n-th id depends only on the seed, the site id and n, so sites do not disturb
 * each other's sequences and a snapshot can carry the sequence as one number.
 */
@API(status = API.Status.INTERNAL)
public final class IdSource {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final long base;
    private final String ownerPrefix;
    private long counter;

    public IdSource(long seed, String siteId, long counter) {
        this.base = mix(seed ^ mix(siteId.hashCode() * 0x9E3779B97F4A7C15L + siteId.length()));
        this.counter = counter;
        long p = mix(base ^ 0x5DEECE66DL);
        char[] prefix = new char[6];
        for (int i = 0; i < 6; i++) {
            prefix[i] = ALNUM[(int) Long.remainderUnsigned(p, ALNUM.length)];
            p = Long.divideUnsigned(p, ALNUM.length) ^ mix(p + i);
        }
        this.ownerPrefix = new String(prefix);
    }

    /** The 6-character owner prefix of this site's file ids ({@code 6acbb8} in {@code 6acbb8_7a7b...~mv2.jpg}). */
    public String ownerPrefix() {
        return ownerPrefix;
    }

    public synchronized long counter() {
        return counter;
    }

    /** Goes back to an earlier point of the sequence, so that a rolled-back operation leaves the ids as they were. */
    public synchronized void rewind(long counter) {
        this.counter = counter;
    }

    /** 32 lowercase hex characters. */
    public synchronized String nextHex32() {
        long a = mix(base + (counter * 2 + 1) * 0x9E3779B97F4A7C15L);
        long b = mix(base + (counter * 2 + 2) * 0x9E3779B97F4A7C15L);
        counter++;
        char[] out = new char[32];
        for (int i = 0; i < 16; i++) {
            out[i] = HEX[(int) (a >>> (60 - 4 * i)) & 0xF];
            out[16 + i] = HEX[(int) (b >>> (60 - 4 * i)) & 0xF];
        }
        return new String(out);
    }

    /** A number in [0, bound), from the same sequence. */
    public synchronized long nextLong(long bound) {
        long v = mix(base + (counter++ * 2 + 7) * 0x9E3779B97F4A7C15L);
        return Long.remainderUnsigned(v, bound);
    }

    /** A version-4 shaped GUID determined by {@code key} (event ids, instance ids). */
    public static String guid(long key) {
        long a = mix(key);
        long b = mix(a + key);
        return new UUID((a & ~0xF000L) | 0x4000L, (b & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
