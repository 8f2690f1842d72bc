package dev.fakewix.media.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test checks a behaviour the fake is known to get wrong ({@link ContractSession#knownDifference}): on the fake the
 * check must fail (so that fixing the fake fails the test until this marker goes), on the real API it must pass. The
 * contract report lists every known difference.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface KnownDifference {
    /** What the fake does instead, e.g. {@code "the fake gives a private file's image its public URL"}. */
    String value();
}
