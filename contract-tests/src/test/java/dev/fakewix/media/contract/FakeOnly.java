package dev.fakewix.media.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Provenance: a behaviour of the fake that neither the real API nor its documentation shows (a guess written down in
 * {@code docs/fidelity.md}, or a scenario only the fake can script). They run on every target, the real API included,
 * so that a real run shows whether the guess holds; those that {@link #scripted() script} the target run only where the
 * suite can (the in-process fake, the standalone jar), the others skip them with {@link #reason()}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FakeOnly {
    /** Why the real API cannot (or need not) show it. */
    String reason();

    /** Whether the test scripts the fake ({@code ContractSession.scriptedSite}); then it cannot run on the real API. */
    boolean scripted() default false;
}
