package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/**
 * The kind of a file, as the API names it on the wire.
 *
 * <p>{@link #UNKNOWN}, {@link #OTHER} and the internal values are never assigned to a
 * stored file and are refused as list/search filters ({@code UNSUPPORTED_MEDIA_TYPE}); the
 * remaining seven are the concrete types.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum MediaType {
    UNKNOWN, IMAGE, VIDEO, AUDIO, DOCUMENT, VECTOR, ARCHIVE, MODEL3D, OTHER,
    /** Internal value the runtime enum carries; never assigned, refused as a filter. */
    ICON,
    /** Internal value the runtime enum carries; never assigned, refused as a filter. */
    FLASH,
    /** Internal value the runtime enum carries; never assigned, refused as a filter. */
    FONT,
    /** Internal value the runtime enum carries; never assigned, refused as a filter. */
    RAW;

    /** Whether this is one of the seven types a file can actually have. */
    public boolean isConcrete() {
        return ordinal() >= IMAGE.ordinal() && ordinal() <= MODEL3D.ordinal();
    }
}
