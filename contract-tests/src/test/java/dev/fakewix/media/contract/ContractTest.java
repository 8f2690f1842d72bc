package dev.fakewix.media.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A contract test: runs once per target (the in-process fake, the standalone jar, a server at a base URL, the real Wix
 * API), each run with a {@link ContractSession} parameter that works in a folder of its own and deletes for good all it
 * created afterwards, also when the test fails. Every contract test carries exactly one provenance marker
 * ({@link VerifiedAgainstRealApi}, {@link DerivedFromDocs} or {@link FakeOnly}) and says what it exercises
 * ({@link Exercises}, {@link DocumentedError}); the suite refuses to run a test that does not.
 *
 * <pre>{@code
 * @ContractTest
 * @DerivedFromDocs(page = "rest/assets/media/media-manager/folders/create-folder")
 * @Exercises(Endpoint.CREATE_FOLDER)
 * void createsAFolderInsideAnother(ContractSession wix) { ... }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(ContractTargets.class)
public @interface ContractTest {}
