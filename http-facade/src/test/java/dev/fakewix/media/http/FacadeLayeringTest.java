package dev.fakewix.media.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facade is a face over the core's public API and its faces' package ({@code core.face}): only the classes named
 * here reach into the core's internals (the shared error shape and content store), each for a reason its own Javadoc
 * gives. A new one is a decision, made here. The fidelity ledger's package is the exception every class may use: the
 * code that decides a guess records it there ({@code Reliance.met(Guess.X)}), wherever the decision is. Shown to fail
 * once on {@code archfixture.ReachesIn}.
 */
class FacadeLayeringTest {
    private static final String FACADE = "dev.fakewix.media.http";
    static final List<String> MAY_REACH_CORE_INTERNALS = List.of(
            "dev.fakewix.media.http.internal.ErrorMapper",
            "dev.fakewix.media.http.internal.SnapshotJson",
            "dev.fakewix.media.http.internal.SnapshotReader");

    static ArchRule onlyNamedClassesReachCoreInternals() {
        return noClasses()
                .that(DescribedPredicate.describe(
                        "are not named in the list",
                        (JavaClass c) ->
                                !MAY_REACH_CORE_INTERNALS.contains(c.getName().replaceAll("\\$.*", ""))))
                .should()
                .dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                "dev.fakewix.media.core.internal..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                        "dev.fakewix.media.core.internal.fidelity.."))))
                .as("only " + MAY_REACH_CORE_INTERNALS + " reach dev.fakewix.media.core.internal");
    }

    @Test
    void onlyTheNamedClassesReachTheCoreInternals() {
        JavaClasses facade = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(FACADE);
        onlyNamedClassesReachCoreInternals().check(facade);
    }

    @Test
    void anyOtherClassReachingInIsCaught() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FACADE + ".archfixture");
        assertThatThrownBy(() -> onlyNamedClassesReachCoreInternals().check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReachesIn");
    }
}
