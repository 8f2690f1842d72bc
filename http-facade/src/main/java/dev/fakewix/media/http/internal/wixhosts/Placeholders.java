package dev.fakewix.media.http.internal.wixhosts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apiguardian.api.API;

/**
 * Small, valid images of one colour, of any size and of the type a file was stored as: what the CDN serves for an
 * image the fake has no bytes of (an imported one) and for the posters and thumbnails it names. Written by hand with
 * {@code java.util.zip} instead of {@code javax.imageio}, whose {@code java.desktop} module would add some 12 MB to
 * a jlink runtime; a one-colour image needs none of a codec's work. PNG, JPEG (baseline), GIF, WebP (lossless) and
 * SVG are written as such; other image types (BMP, TIFF, HEIC, AVIF, ICO) get a PNG, served as {@code image/png}.
 *
 * <pre>{@code
 * Placeholders.Placeholder p = Placeholders.image("image/jpeg", 1920, 1080, 0x808080);
 * }</pre>
 *
 * <p>Sizes stay small whatever the dimensions (a 4032x3024 PNG is 2 KB, a JPEG of it some 140 KB). Thread-safe
 * (stateless).
 */
@API(status = API.Status.INTERNAL)
public final class Placeholders {
    /** A placeholder's bytes and the {@code Content-Type} to serve them with. */
    @SuppressWarnings("ArrayRecordComponent") // a body carried, never compared or hashed
    public record Placeholder(String contentType, byte[] bytes) {}

    /** WebP's limit; a larger image is served as PNG. */
    private static final int WEBP_MAX_SIDE = 16384;
    /** JPEG's and GIF's limit (16-bit sizes); a larger image is served as PNG. */
    private static final int SIXTEEN_BIT_MAX = 65535;

    private Placeholders() {}

    /**
     * A one-colour image of {@code width} x {@code height} in the type of {@code mimeType} (PNG for types this class
     * does not write).
     *
     * @param rgb the colour as {@code 0xRRGGBB}
     */
    public static Placeholder image(String mimeType, int width, int height, int rgb) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image needs at least 1x1 pixels, was " + width + "x" + height);
        }
        String type = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "image/jpeg", "image/jpg", "image/pjpeg" ->
                width <= SIXTEEN_BIT_MAX && height <= SIXTEEN_BIT_MAX
                        ? new Placeholder("image/jpeg", jpeg(width, height, rgb))
                        : png(width, height, rgb);
            case "image/gif" ->
                width <= SIXTEEN_BIT_MAX && height <= SIXTEEN_BIT_MAX
                        ? new Placeholder("image/gif", gif(width, height, rgb))
                        : png(width, height, rgb);
            case "image/webp" ->
                width <= WEBP_MAX_SIDE && height <= WEBP_MAX_SIDE
                        ? new Placeholder("image/webp", webp(width, height, rgb))
                        : png(width, height, rgb);
            case "image/svg+xml" -> new Placeholder("image/svg+xml", svg(width, height, rgb));
            default -> png(width, height, rgb);
        };
    }

    private static Placeholder png(int width, int height, int rgb) {
        return new Placeholder("image/png", pngBytes(width, height, rgb));
    }

    // ---------------------------------------------------------------- PNG

    /** A palette PNG of one entry at one bit per pixel: rows of zero bits, deflated. */
    static byte[] pngBytes(int width, int height, int rgb) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] header = new byte[13];
        int32(header, 0, width);
        int32(header, 4, height);
        header[8] = 1; // bit depth
        header[9] = 3; // colour type: palette
        chunk(out, "IHDR", header);
        chunk(out, "PLTE", new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb});
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater)) {
            byte[] row = new byte[1 + (width + 7) / 8]; // filter byte 0, then the row's bits: all palette index 0
            for (int y = 0; y < height; y++) {
                z.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        chunk(out, "IDAT", data.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        int32(length, 0, data.length);
        out.writeBytes(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        int32(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    // ---------------------------------------------------------------- JPEG

    /**
     * A baseline JPEG, YCbCr without subsampling. Every 8x8 block of one colour is its DC coefficient alone; with a
     * quantiser of 1 the DC is {@code 8 * (value - 128)}, so only each component's first block carries a difference
     * and every later block is two one-bit codes: "DC difference 0" and "end of block".
     */
    static byte[] jpeg(int width, int height, int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        int[] components = {
            clamp(Math.round(0.299 * r + 0.587 * g + 0.114 * b)),
            clamp(Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b)),
            clamp(Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b))
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        segment(out, 0xE0, new byte[] {'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
        byte[] quantiser = new byte[65];
        Arrays.fill(quantiser, 1, 65, (byte) 1);
        segment(out, 0xDB, quantiser);
        segment(out, 0xC0, new byte[] {
            8,
            (byte) (height >> 8),
            (byte) height,
            (byte) (width >> 8),
            (byte) width,
            3,
            1,
            0x11,
            0,
            2,
            0x11,
            0,
            3,
            0x11,
            0
        });
        // DC table 0: category 0 is "0", categories 1..11 are five-bit codes 10000..11010
        byte[] dc = new byte[1 + 16 + 12];
        dc[0] = 0x00;
        dc[1] = 1;
        dc[5] = 11;
        for (int i = 0; i < 12; i++) {
            dc[17 + i] = (byte) i;
        }
        segment(out, 0xC4, dc);
        // AC table 0: only "end of block", coded "0"
        byte[] ac = new byte[1 + 16 + 1];
        ac[0] = 0x10;
        ac[1] = 1;
        ac[17] = 0x00;
        segment(out, 0xC4, ac);
        segment(out, 0xDA, new byte[] {3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0});
        BitWriter bits = new BitWriter(out, true);
        long blocks = (long) ((width + 7) / 8) * ((height + 7) / 8);
        for (int c = 0; c < 3; c++) {
            int diff = 8 * (components[c] - 128);
            int category = diff == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(Math.abs(diff));
            if (category == 0) {
                bits.msbFirst(0, 1);
            } else {
                bits.msbFirst(16 + category - 1, 5);
                bits.msbFirst(diff > 0 ? diff : diff + (1 << category) - 1, category);
            }
            bits.msbFirst(0, 1); // end of block
        }
        for (long i = 1; i < blocks; i++) {
            bits.msbFirst(0, 6); // per component: DC difference 0, end of block
        }
        bits.flushWithOnes();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] body) {
        int length = body.length + 2;
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length});
        out.writeBytes(body);
    }

    private static int clamp(long v) {
        return (int) Math.max(0, Math.min(255, v));
    }

    // ---------------------------------------------------------------- GIF

    /** A GIF of one colour: a two-entry palette and an LZW stream of index 0. */
    static byte[] gif(int width, int height, int rgb) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(
                new byte[] {(byte) width, (byte) (width >> 8), (byte) height, (byte) (height >> 8), (byte) 0x80, 0, 0
                }); // a global colour table of 2 entries
        out.writeBytes(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb, 0, 0, 0});
        out.writeBytes(
                new byte[] {0x2C, 0, 0, 0, 0, (byte) width, (byte) (width >> 8), (byte) height, (byte) (height >> 8), 0
                });
        int minCodeSize = 2;
        out.write(minCodeSize);
        ByteArrayOutputStream lzw = new ByteArrayOutputStream();
        lzw(lzw, (long) width * height, minCodeSize);
        byte[] data = lzw.toByteArray();
        for (int at = 0; at < data.length; at += 255) {
            int n = Math.min(255, data.length - at);
            out.write(n);
            out.write(data, at, n);
        }
        out.write(0);
        out.write(0x3B);
        return out.toByteArray();
    }

    /** GIF's variable-width LZW of {@code pixels} zeros (the classic compress(1) scheme: code sizes 3..12 bits). */
    private static void lzw(OutputStream out, long pixels, int minCodeSize) {
        int clear = 1 << minCodeSize;
        int end = clear + 1;
        int[] table = new int[4096 << minCodeSize];
        Lzw state = new Lzw(out, minCodeSize + 1);
        state.next = clear + 2;
        state.clearing = true;
        state.emit(clear);
        int current = 0; // the first pixel
        for (long i = 1; i < pixels; i++) {
            int key = current << minCodeSize; // the next pixel is index 0 too
            int code = table[key];
            if (code != 0) {
                current = code;
                continue;
            }
            state.emit(current);
            current = 0;
            if (state.next < 4096) {
                table[key] = state.next++;
            } else {
                Arrays.fill(table, 0);
                state.next = clear + 2;
                state.clearing = true;
                state.emit(clear);
            }
        }
        state.emit(current);
        state.emit(end);
        state.bits.flushWithZeros();
    }

    /** The code writer of {@link #lzw}: LSB-first codes whose width grows with the table. */
    private static final class Lzw {
        final BitWriter bits;
        final int initialWidth;
        int width;
        int maxCode;
        int next;
        boolean clearing;

        Lzw(OutputStream out, int initialWidth) {
            this.bits = new BitWriter(out, false);
            this.initialWidth = initialWidth;
            this.width = initialWidth;
            this.maxCode = (1 << width) - 1;
        }

        void emit(int code) {
            bits.lsbFirst(code, width);
            if (next > maxCode || clearing) {
                if (clearing) {
                    width = initialWidth;
                    clearing = false;
                } else {
                    width++;
                }
                maxCode = width == 12 ? 4096 : (1 << width) - 1;
            }
        }
    }

    // ---------------------------------------------------------------- WebP

    /**
     * A lossless WebP (VP8L) of one colour: no transform, no colour cache, and five prefix codes of one symbol each,
     * which take zero bits per pixel, so the whole image is its header.
     */
    static byte[] webp(int width, int height, int rgb) {
        ByteArrayOutputStream vp8l = new ByteArrayOutputStream();
        vp8l.write(0x2f);
        BitWriter bits = new BitWriter(vp8l, false);
        bits.lsbFirst(width - 1, 14);
        bits.lsbFirst(height - 1, 14);
        bits.lsbFirst(0, 1); // alpha is not used
        bits.lsbFirst(0, 3); // version
        bits.lsbFirst(0, 1); // no transform
        bits.lsbFirst(0, 1); // no colour cache
        bits.lsbFirst(0, 1); // no meta prefix codes
        int[] symbols = {(rgb >> 8) & 0xFF, (rgb >> 16) & 0xFF, rgb & 0xFF, 0xFF}; // green, red, blue, alpha
        for (int symbol : symbols) {
            simpleCode(bits, symbol);
        }
        simpleCode(bits, 0); // distance
        bits.flushWithZeros();
        byte[] payload = vp8l.toByteArray();
        int padded = payload.length + (payload.length & 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(padded + 20);
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le32(4 + 8 + padded));
        out.writeBytes("WEBPVP8L".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le32(payload.length));
        out.writeBytes(payload);
        if ((payload.length & 1) == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    /** A "simple" prefix code of one symbol, which decoders read as a zero-length code. */
    private static void simpleCode(BitWriter bits, int symbol) {
        bits.lsbFirst(1, 1); // simple code
        bits.lsbFirst(0, 1); // one symbol
        if (symbol < 2) {
            bits.lsbFirst(0, 1);
            bits.lsbFirst(symbol, 1);
        } else {
            bits.lsbFirst(1, 1);
            bits.lsbFirst(symbol, 8);
        }
    }

    // ---------------------------------------------------------------- SVG

    static byte[] svg(int width, int height, int rgb) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                        + "\" viewBox=\"0 0 " + width + " " + height + "\"><rect width=\"100%\" height=\"100%\" fill=\""
                        + String.format("#%06x", rgb & 0xFFFFFF) + "\"/></svg>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- bits

    private static void int32(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    /** Packs bits into bytes, most significant first (JPEG, with its 0xFF stuffing) or least significant first. */
    private static final class BitWriter {
        private final OutputStream out;
        private final boolean jpeg;
        private long buffer;
        private int count;

        BitWriter(OutputStream out, boolean jpeg) {
            this.out = out;
            this.jpeg = jpeg;
        }

        void msbFirst(int value, int n) {
            buffer = (buffer << n) | (value & ((1L << n) - 1));
            count += n;
            while (count >= 8) {
                count -= 8;
                write((int) (buffer >>> count) & 0xFF);
            }
            buffer &= (1L << count) - 1;
        }

        void lsbFirst(int value, int n) {
            buffer |= (value & ((1L << n) - 1)) << count;
            count += n;
            while (count >= 8) {
                write((int) buffer & 0xFF);
                buffer >>>= 8;
                count -= 8;
            }
        }

        void flushWithOnes() {
            if (count > 0) {
                msbFirst((1 << (8 - count)) - 1, 8 - count);
            }
        }

        void flushWithZeros() {
            if (count > 0) {
                write((int) buffer & 0xFF);
                buffer = 0;
                count = 0;
            }
        }

        private void write(int b) {
            try {
                out.write(b);
                if (jpeg && b == 0xFF) {
                    out.write(0); // a 0xFF in entropy-coded data is followed by a stuffed zero
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
