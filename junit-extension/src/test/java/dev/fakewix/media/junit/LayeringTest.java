package dev.fakewix.media.junit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The extension is a thin face: it uses the core's and the facade's public API only, and its internals stay internal. */
class LayeringTest {
    /** The module's main classes only (read from where they were compiled to, which is fast). */
    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(mainClasses());

    private static Path mainClasses() {
        try {
            return Path.of(FakeMediaManagerExtension.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One door only, for the report of what each test relied on: the fidelity ledger's package (the guesses and their
     * report); a site's record is read through {@code core.face.FaceAccess}, the faces' hook.
     */
    @Test
    void usesNoInternalsOfTheCoreOrTheFacade() {
        noClasses()
                .should()
                .dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                "dev.fakewix.media.core.internal..", "dev.fakewix.media.http.internal..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                        "dev.fakewix.media.core.internal.fidelity.."))))
                .check(MODULE);
    }

    @Test
    void assertionsAndWaitingDoNotReachIntoTheExtensionsInternals() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.fakewix.media.assertj..", "dev.fakewix.media.awaitility..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.fakewix.media.junit.internal..")
                .check(MODULE);
    }

    @Test
    void theModuleHasThreePublicPackagesAndTwoInternalOnes() {
        Assertions.assertThat(MODULE.stream().map(c -> c.getPackageName()).distinct())
                .containsExactlyInAnyOrder(
                        "dev.fakewix.media.junit",
                        "dev.fakewix.media.junit.internal",
                        "dev.fakewix.media.assertj",
                        "dev.fakewix.media.assertj.internal",
                        "dev.fakewix.media.awaitility");
    }

    @Test
    void neverTouchesJavalinDirectly() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.javalin..")
                .check(MODULE);
    }
}
