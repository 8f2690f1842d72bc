package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/**
 * The kind of a file, as the API names it on the wire.
 *
 * <p>The seven concrete types are what files have and what lists filter by. {@link #FONT} is one of
 * the internal values Wix's runtime enum carries: the fake gives it to font files, which lists leave
 * out and which no list can filter by. {@link #UNKNOWN}, {@link #OTHER} and the other internal values
 * are never assigned and are refused as list/search filters ({@code UNSUPPORTED_MEDIA_TYPE}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum MediaType {
    UNKNOWN,
    IMAGE,
    VIDEO,
    AUDIO,
    DOCUMENT,
    VECTOR,
    ARCHIVE,
    MODEL3D,
    OTHER,
    /** Internal value the runtime enum carries; never assigned, refused as a filter. */
    ICON,
    /** Internal value the runtime enum carries; never assigned, refused as a filter. */
    FLASH,
    /** Internal value the runtime enum carries: the type of font files, refused as a filter. */
    FONT,
    /** Internal value the runtime enum carries; never assigned, refused as a filter. */
    RAW;

    /** Whether this is one of the seven public types lists and filters know (fonts are not among them). */
    public boolean isConcrete() {
        return switch (this) {
            case IMAGE, VIDEO, AUDIO, DOCUMENT, VECTOR, ARCHIVE, MODEL3D -> true;
            case UNKNOWN, OTHER, ICON, FLASH, FONT, RAW -> false;
        };
    }
}
