package dev.fakewix.media.core.face;

import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.model.FileDescriptor;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A stored file as a CDN face sees it: the descriptor, the MIME type it was stored with and its bytes. Read without
 * passing the site's scenario gate and without counting as a read, because a CDN fetch is not an API call.
 *
 * @param file     the file as the API would describe it now
 * @param mimeType the MIME type the file was stored with (e.g. {@code image/png})
 * @param content  the uploaded or registered bytes; {@code null} for an imported file the fake has no bytes of
 */
@API(status = API.Status.INTERNAL)
public record StoredMedia(
        FileDescriptor file,
        @Nullable String mimeType,
        @Nullable StoredBytes content) {
    public StoredMedia {
        Objects.requireNonNull(file, "file");
    }
}
