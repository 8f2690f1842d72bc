package dev.fakewix.media.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Provenance: this behaviour is what Wix's documentation says (its text or its sample answers), not yet observed on
 * the real API. {@link #page()} names the page under {@code https://dev.wix.com/docs/}, or the SDK typings it was read
 * from.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DerivedFromDocs {
    /** The documentation page, e.g. {@code rest/assets/media/media-manager/files/list-files}. */
    String page();
}
