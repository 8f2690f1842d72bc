package dev.fakewix.media.core.internal.persist;

import dev.fakewix.media.core.internal.util.Json;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The framing of log records and snapshots: a 4-byte length, the CRC-32C of the payload, the payload (UTF-8 JSON).
 * A frame cut short or whose checksum does not match ends what is read: after a crash only the last record can be
 * torn, since each is written after the one before it is on disk.
 */
final class Frames {
    static final int HEADER_BYTES = 8;
    /** Larger lengths are garbage (a torn header), not a record: no single state change comes near this. */
    static final int MAX_PAYLOAD = Integer.MAX_VALUE - 64;

    private Frames() {}

    /** The frame of one JSON value. */
    static ByteBuffer frame(Object json) {
        byte[] payload = Json.write(json).getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer frame = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        frame.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
        return frame;
    }

    /**
     * The frames of a file, up to the first that is cut short or does not check.
     *
     * @param values     the JSON values of the good frames, in order
     * @param validBytes where the good frames end
     * @param fileBytes  the file's length; more than {@code validBytes} when its tail is torn
     * @param problem    why reading stopped early, {@code null} when every byte was a good frame
     */
    record Read(List<Object> values, long validBytes, long fileBytes, String problem) {
        boolean torn() {
            return problem != null;
        }
    }

    static Read read(Path file) throws IOException {
        long size = Files.size(file);
        List<Object> values = new ArrayList<>();
        long valid = 0;
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            while (valid < size) {
                if (size - valid < HEADER_BYTES) {
                    return new Read(values, valid, size, "a record header cut short");
                }
                int length = in.readInt();
                int expected = in.readInt();
                if (length < 0 || length > MAX_PAYLOAD || length > size - valid - HEADER_BYTES) {
                    return new Read(values, valid, size, "a record cut short");
                }
                byte[] payload = new byte[length];
                in.readFully(payload);
                CRC32C crc = new CRC32C();
                crc.update(payload);
                if ((int) crc.getValue() != expected) {
                    return new Read(values, valid, size, "a record whose checksum does not match");
                }
                Object value;
                try {
                    value = Json.parse(new String(payload, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    return new Read(values, valid, size, "a record that is not JSON (" + e.getMessage() + ")");
                }
                values.add(value);
                valid += HEADER_BYTES + length;
            }
        } catch (EOFException e) {
            return new Read(values, valid, size, "a record cut short");
        }
        return new Read(values, valid, size, null);
    }
}
