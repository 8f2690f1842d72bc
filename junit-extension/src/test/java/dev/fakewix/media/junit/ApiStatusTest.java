package dev.fakewix.media.junit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the three modules (fake-core, the HTTP facade as users get it, this extension) says what it is,
 * as JUnit's do: {@code @API(status = INTERNAL)} in a package with an {@code internal} segment or in the core's
 * {@code face} package (exported to the faces only), any other status elsewhere. Generic by package name, so a new
 * package is covered the day it appears.
 */
class ApiStatusTest {
    private static final JavaClasses ALL_MODULES = ProjectClasses.ALL;

    @Test
    void everyPublicTypeOutsideInternalPackagesIsPublishedApi() {
        classes()
                .that()
                .arePublic()
                .and()
                .areTopLevelClasses()
                .and()
                .resideOutsideOfPackages("..internal..", "..face..")
                .should(haveApiStatus(false))
                .check(ALL_MODULES);
    }

    @Test
    void everyPublicTypeOfAnInternalOrFacePackageIsMarkedInternal() {
        classes()
                .that()
                .arePublic()
                .and()
                .areTopLevelClasses()
                .and()
                .resideInAnyPackage("..internal..", "..face..")
                .should(haveApiStatus(true))
                .check(ALL_MODULES);
    }

    @Test
    void allThreeModulesAreScannedAndNotTheRelocatedLibraries() {
        assertThat(ALL_MODULES.stream()
                        .map(JavaClass::getPackageName)
                        .distinct()
                        .sorted()
                        .toList())
                .contains(
                        "dev.fakewix.media.core",
                        "dev.fakewix.media.core.model",
                        "dev.fakewix.media.http",
                        "dev.fakewix.media.http.internal",
                        "dev.fakewix.media.junit",
                        "dev.fakewix.media.assertj")
                .noneMatch(p -> p.contains(".shaded"));
    }

    private static ArchCondition<JavaClass> haveApiStatus(boolean internal) {
        String expected = internal ? "@API(status = INTERNAL)" : "@API with a published status (not INTERNAL)";
        return new ArchCondition<>("be annotated " + expected) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean ok = type.tryGetAnnotationOfType(API.class)
                        .map(api -> (api.status() == API.Status.INTERNAL) == internal)
                        .orElse(false);
                if (!ok) {
                    events.add(SimpleConditionEvent.violated(
                            type,
                            type.getName() + " is not annotated " + expected
                                    + " (add it, e.g. @API(status = API.Status."
                                    + (internal ? "INTERNAL" : "EXPERIMENTAL, since = \"0.1.0\"") + "))"));
                }
            }
        };
    }
}
