package dev.fakewix.media.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The guessed lines of the fidelity ledger ({@code docs/fidelity.md}) whose behaviour this test's assertions check. When
 * the test passes against the real Wix API, the run writes those lines as verified, with the requests that showed it,
 * into {@code target/contract-verified.json} ({@link VerifiedLines}): a file a user can send back so that the guesses
 * become verified lines for everyone. On the fakes the marker changes nothing.
 *
 * <pre>{@code
 * @ContractTest
 * @DerivedFromDocs(page = "velo/apis/wix-media-v2/folders/list-folders")
 * @ChecksGuess({"G-061", "G-062"}) // names sort case-insensitively; the cursor carries the sort
 * void listsTheSubFoldersOfAFolderSortedByNameAPageAtATime(ContractSession wix) { ... }
 * }</pre>
 *
 * Name only what an assertion of the test would catch if Wix behaved otherwise; an id the ledger lacks fails the
 * build ({@code VerifiedLinesTest}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ChecksGuess {
    /** Ledger ids, e.g. {@code "G-061"}. */
    String[] value();
}
