package dev.fakewix.media.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Provenance: this behaviour was observed on the real Wix API (the contract test passed against it, its snapshots
 * recorded there) on {@link #date()} ({@code yyyy-MM-dd}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface VerifiedAgainstRealApi {
    /** When the test passed against the real API, {@code yyyy-MM-dd}. */
    String date();
}
