package dev.fakewix.media.core.internal.fidelity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks the code that decides a guessed behaviour: the class, method, constructor or field where the fake chooses
 * what Wix's published pages leave open, named by its ledger line ({@code docs/fidelity/ledger.json}).
 * <pre>{@code
 * @Decides(Guess.DEFAULT_PAGE_SIZE)
 * static final int DEFAULT_LIMIT = 50;
 * }</pre>
 * A reader finds the ledger line from the code and the code from the ledger line ({@code FidelityLedgerTest} fails
 * when a guess of the ledger is decided nowhere); a change that makes a guess observable per request records it at
 * the same place. Source retention: the mark costs nothing at run time.
 */
@API(status = API.Status.INTERNAL)
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD, ElementType.LOCAL_VARIABLE})
public @interface Decides {
    /** The guesses decided here. */
    Guess[] value();
}
