package dev.fakewix.media.core.face;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The id of a Wix site, as the fake accepts it: 1 to {@value #MAX_LENGTH} characters, not blank (a GUID at Wix;
 * the fake takes any such text, so tests may name their sites). The one place the rule lives: the core, the HTTP
 * facade's {@code wix-site-id} header and the JUnit extension's {@code siteId} all check it here, each answering in
 * its own terms (an {@link IllegalArgumentException}, a 400 {@code INVALID_ARGUMENT}, a configuration error). Users
 * name sites with plain strings ({@code fake.site("my-site")}); this value is for the faces.
 *
 * <pre>{@code
 * SiteId id = SiteId.parse("3ecba886-4267-11ee-be56-0242ac120002");
 * SiteId.isValid("");          // false
 * SiteId.parse("x".repeat(101)); // IllegalArgumentException: a site id must be 1..100 characters, was '...'
 * }</pre>
 *
 * @param value the id, exactly as given (never trimmed here: a face that tolerates spaces trims before parsing)
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record SiteId(String value) {
    /** The longest site id the fake accepts. */
    public static final int MAX_LENGTH = 100;

    public SiteId {
        Objects.requireNonNull(value, "siteId");
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    "a site id must be 1.." + MAX_LENGTH + " characters, was '" + value + "'");
        }
    }

    /** The site id {@code text}, or an {@link IllegalArgumentException} saying what a site id must be. */
    public static SiteId parse(@Nullable String text) {
        return new SiteId(text);
    }

    /** Whether {@code text} is a site id the fake accepts: not null, not blank, at most {@value #MAX_LENGTH} characters. */
    public static boolean isValid(@Nullable String text) {
        return text != null && !text.isBlank() && text.length() <= MAX_LENGTH;
    }

    @Override
    public String toString() {
        return value;
    }
}
