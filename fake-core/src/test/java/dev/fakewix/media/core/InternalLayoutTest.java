package dev.fakewix.media.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The core's internals are one aggregate ({@code internal.site}) and leaf sub-packages beside it, and the layout says
 * so: no cycle between the sub-packages, no leaf imports the aggregate, and every sub-package is one this test knows
 * (a new one is a decision: name it here and give it a {@code package-info.java}). Each rule is also run once on
 * {@code archfixture}, a deliberate violation, to show that it can fail.
 */
class InternalLayoutTest {
    private static final String INTERNAL = "dev.fakewix.media.core.internal";
    /** The sub-packages that never import the aggregate. */
    static final List<String> LEAVES = List.of(
            "search", "query", "content", "media", "webhook", "scenario", "validation", "util", "fidelity", "persist");

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(INTERNAL);
    private static final JavaClasses FIXTURE =
            new ClassFileImporter().importPackages("dev.fakewix.media.core.archfixture");

    static ArchRule noCycleBetweenSubPackages(String internal) {
        return slices().matching(internal + ".(*)..")
                .should()
                .beFreeOfCycles()
                .as("the sub-packages of " + internal + " form no cycle");
    }

    static ArchRule leavesNeverImportTheAggregate(String internal) {
        String[] leaves =
                LEAVES.stream().map(leaf -> internal + "." + leaf + "..").toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAnyPackage(leaves)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(internal + ".site..")
                .as("the leaves of " + internal + " (" + String.join(", ", LEAVES)
                        + ") never import the site aggregate");
    }

    @Test
    void theSubPackagesFormNoCycle() {
        noCycleBetweenSubPackages(INTERNAL).check(CORE);
    }

    @Test
    void theLeavesNeverImportTheAggregate() {
        leavesNeverImportTheAggregate(INTERNAL).check(CORE);
    }

    @Test
    void everySubPackageIsKnownAndDescribed() {
        List<String> known = new ArrayList<>(LEAVES);
        known.add("site");
        List<String> found = CORE.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith(INTERNAL + "."))
                .map(p -> p.substring(INTERNAL.length() + 1).split("\\.", -1)[0])
                .distinct()
                .toList();
        assertThat(found).as("sub-packages of %s", INTERNAL).containsExactlyInAnyOrderElementsOf(known);
        for (String p : known) {
            assertThat(InternalLayoutTest.class
                            .getClassLoader()
                            .getResource((INTERNAL + "." + p).replace('.', '/') + "/package-info.class"))
                    .as("%s.%s has a package-info.java saying what lives there", INTERNAL, p)
                    .isNotNull();
        }
    }

    @Test
    void aCycleBetweenSubPackagesIsCaught() {
        assertThatThrownBy(() -> noCycleBetweenSubPackages("dev.fakewix.media.core.archfixture.internal")
                        .check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void aLeafImportingTheAggregateIsCaught() {
        assertThatThrownBy(() -> leavesNeverImportTheAggregate("dev.fakewix.media.core.archfixture.internal")
                        .check(FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Leaf")
                .hasMessageContaining("Aggregate");
    }

    @Test
    void theFixtureIsWhatTheRulesAreShownOn() {
        assertThat(Arrays.asList(
                        FIXTURE.stream().map(c -> c.getSimpleName()).sorted().toArray()))
                .contains("Aggregate", "Leaf");
    }
}
