package dev.fakewix.media.core.internal.query;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.SortOrder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import org.apiguardian.api.API;

/**
 * A page cursor: everything needed to continue a listing (the method, its filter and sort, the page size and the
 * last item's sort key). The SDK's query builder sends only the cursor on later pages, so the cursor must carry the
 * whole query. Encoded as checksummed base64url; a tampered or foreign cursor is refused with INVALID_ARGUMENT.
 *
 * @param parentFolderId folder filter of list methods, {@code null} for none
 * @param mediaTypes     media type filter, empty for none
 * @param isPrivate      privacy filter, {@code null} for both
 * @param search         lower-cased search text, {@code null} for none
 * @param root           root of search methods, {@code null} for none
 * @param condition      query-language filter, {@code null} for none
 * @param last           sort key of the last item returned
 */
@API(status = API.Status.INTERNAL)
public record Cursor(
        Kind kind,
        int limit,
        SortField sortField,
        SortOrder order,
        String parentFolderId,
        Set<MediaType> mediaTypes,
        Boolean isPrivate,
        String search,
        RootFolder root,
        QueryFilter.Condition condition,
        Sortable.Probe last) {
    private static final int VERSION = 1;

    /** The listing method a cursor belongs to. */
    public enum Kind {
        LIST_FILES,
        SEARCH_FILES,
        LIST_DELETED_FILES,
        QUERY_FILES,
        LIST_FOLDERS,
        SEARCH_FOLDERS,
        LIST_DELETED_FOLDERS,
        QUERY_FOLDERS
    }

    public Cursor {
        mediaTypes = mediaTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mediaTypes));
    }

    public Cursor after(Sortable item) {
        return new Cursor(
                kind,
                limit,
                sortField,
                order,
                parentFolderId,
                mediaTypes,
                isPrivate,
                search,
                root,
                condition,
                new Sortable.Probe(item.id(), item.sortName(), item.sortUpdated(), item.sortSize()));
    }

    // By ordinal: a cursor lives no longer than the process that issued it, and VERSION guards the format.
    @SuppressWarnings("EnumOrdinal")
    public String encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            out.writeByte(kind.ordinal());
            out.writeShort(limit);
            out.writeByte(sortField.ordinal());
            out.writeByte(order.ordinal());
            writeNullable(out, parentFolderId);
            int mask = 0;
            for (MediaType t : mediaTypes) {
                mask |= 1 << t.ordinal();
            }
            out.writeInt(mask);
            out.writeByte(isPrivate == null ? 2 : isPrivate ? 1 : 0);
            writeNullable(out, search);
            out.writeByte(root == null ? -1 : root.ordinal());
            out.writeBoolean(condition != null);
            if (condition != null) {
                QueryFilter.write(condition, out);
            }
            out.writeUTF(last.id());
            out.writeUTF(last.sortName());
            out.writeLong(last.sortUpdated());
            out.writeLong(last.sortSize());
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    /** Decodes a cursor issued for {@code expected}; {@code field} names the request field for the error. */
    @Decides(Guess.FOREIGN_CURSOR_REFUSED)
    @SuppressWarnings("EnumOrdinal") // by ordinal, as encode() wrote it
    public static Cursor decode(String text, Kind expected, String field) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(text);
            if (raw.length < 8) {
                throw new IOException("too short");
            }
            CRC32 crc = new CRC32();
            crc.update(raw, 0, raw.length - 4);
            int stored = ((raw[raw.length - 4] & 0xFF) << 24)
                    | ((raw[raw.length - 3] & 0xFF) << 16)
                    | ((raw[raw.length - 2] & 0xFF) << 8)
                    | (raw[raw.length - 1] & 0xFF);
            if (stored != (int) crc.getValue()) {
                throw new IOException("checksum mismatch");
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw, 0, raw.length - 4));
            if (in.readByte() != VERSION) {
                throw new IOException("unknown version");
            }
            Kind kind = Kind.values()[in.readByte()];
            if (kind != expected) {
                Reliance.met(Guess.FOREIGN_CURSOR_REFUSED);
                throw invalid(
                        field,
                        "this cursor was issued by "
                                + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + ", not by "
                                + expected.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            int limit = in.readShort();
            SortField sortField = SortField.values()[in.readByte()];
            SortOrder order = SortOrder.values()[in.readByte()];
            String parent = readNullable(in);
            int mask = in.readInt();
            EnumSet<MediaType> types = EnumSet.noneOf(MediaType.class);
            for (MediaType t : MediaType.values()) {
                if ((mask & (1 << t.ordinal())) != 0) {
                    types.add(t);
                }
            }
            int privacy = in.readByte();
            String search = readNullable(in);
            int rootOrdinal = in.readByte();
            QueryFilter.Condition condition = in.readBoolean() ? QueryFilter.read(in, 0) : null;
            Sortable.Probe last = new Sortable.Probe(in.readUTF(), in.readUTF(), in.readLong(), in.readLong());
            return new Cursor(
                    kind,
                    limit,
                    sortField,
                    order,
                    parent,
                    types,
                    privacy == 2 ? null : privacy == 1,
                    search,
                    rootOrdinal < 0 ? null : RootFolder.values()[rootOrdinal],
                    condition,
                    last);
        } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
            Reliance.met(Guess.FOREIGN_CURSOR_REFUSED);
            throw invalid(
                    field,
                    "is not a cursor this API issued (" + e.getMessage()
                            + "); pass the nextCursor of a previous response unchanged");
        }
    }

    private static MediaManagerException invalid(String field, String description) {
        return MediaManagerException.invalidArgument(List.of(FieldViolation.of(field, "VALIDATION", description)));
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
