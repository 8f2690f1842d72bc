package dev.fakewix.media.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.face.Transfers;
import dev.fakewix.media.core.internal.site.RequestFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The core stays a plain-JDK library with a small public surface over its internals.
 *
 * <p>The rules are checked from plain JUnit Jupiter tests rather than as {@code @ArchTest} fields: under Maven Surefire
 * 3.5 the ArchUnit engine's field-based tests are neither counted nor failed, so a broken rule would go unnoticed.
 */
class ArchitectureTest {
    private static final String INTERNAL = "dev.fakewix.media.core.internal";
    private static final String FACE = "dev.fakewix.media.core.face";
    private static final List<String> USER_PACKAGES = List.of("dev.fakewix.media.core", "dev.fakewix.media.core.model");
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("dev.fakewix.media.core");

    static final ArchRule THE_CORE_DEPENDS_ON_THE_JDK_ALONE = classes()
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "javax..",
                    "dev.fakewix.media.core..",
                    "org.apiguardian.api..",
                    "org.jspecify.annotations..")
            .as(
                    "fake-core's main classes depend on nothing outside java.* and javax.* (no third-party runtime dependency; "
                            + "apiguardian's @API and JSpecify's nullness annotations are optional annotations, needed at compile time only)");

    static final ArchRule THE_MODEL_DEPENDS_ON_NOTHING_BUT_THE_JDK = classes()
            .that()
            .resideInAPackage("dev.fakewix.media.core.model")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..", "dev.fakewix.media.core.model", "org.apiguardian.api..", "org.jspecify.annotations..")
            .as("the model records are plain values");

    static final ArchRule THE_MODEL_KNOWS_NOTHING_OF_THE_INTERNALS = noClasses()
            .that()
            .resideOutsideOfPackage(INTERNAL + "..")
            .and()
            .resideInAPackage("dev.fakewix.media.core.model..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(INTERNAL + "..");

    static final ArchRule PUBLIC_SIGNATURES_EXPOSE_NO_INTERNAL_TYPE = classes()
            .that()
            .resideOutsideOfPackage(INTERNAL + "..")
            .and()
            .arePublic()
            .should(new ArchCondition<JavaClass>("expose no internal type in a public signature") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    for (String violation : internalTypesExposedBy(type)) {
                        if (type.getPackageName().equals(FACE) && violation.contains(INTERNAL + ".fidelity.")) {
                            // the faces read a site's reliance record: the fidelity package is exported to them too
                            continue;
                        }
                        events.add(SimpleConditionEvent.violated(type, violation));
                    }
                }
            });

    static final ArchRule USER_SIGNATURES_EXPOSE_NO_FACE_TYPE = classes()
            .that()
            .resideInAnyPackage(USER_PACKAGES.toArray(new String[0]))
            .and()
            .arePublic()
            .should(new ArchCondition<JavaClass>("expose no type of the faces' package in a public signature") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    for (String violation : typesExposedBy(type, FACE)) {
                        events.add(SimpleConditionEvent.violated(type, violation));
                    }
                }
            })
            .as(
                    "what users call never hands out what only the faces may use (the face package is not exported to them)");

    @Test
    void theCoreDependsOnTheJdkAlone() {
        THE_CORE_DEPENDS_ON_THE_JDK_ALONE.check(CORE);
    }

    @Test
    void theModelIsPlainValues() {
        THE_MODEL_DEPENDS_ON_NOTHING_BUT_THE_JDK.check(CORE);
        THE_MODEL_KNOWS_NOTHING_OF_THE_INTERNALS.check(CORE);
    }

    @Test
    void publicSignaturesExposeNoInternalType() {
        PUBLIC_SIGNATURES_EXPOSE_NO_INTERNAL_TYPE.check(CORE);
    }

    @Test
    void userSignaturesExposeNoFaceType() {
        USER_SIGNATURES_EXPOSE_NO_FACE_TYPE.check(CORE);
    }

    @Test
    void theFaceCheckSeesAFaceTypeInAPublicSignature() {
        JavaClass leaky = new ClassFileImporter().importClass(LeaksAFaceType.class);

        assertThat(typesExposedBy(leaky, FACE)).singleElement().asString().contains("Transfers");
    }

    /** A class that does what the face rule forbids, to show the rule can fail. */
    public static final class LeaksAFaceType {
        public Transfers transfers() {
            return FaceAccess.get().transfers(FakeMediaManager.builder().build());
        }
    }

    @Test
    void theImportSeesTheWholeCoreButNoTestClass() {
        assertThat(CORE.contain(FakeMediaManager.class)).isTrue();
        assertThat(CORE.contain("dev.fakewix.media.core.internal.site.SiteEngine"))
                .isTrue();
        assertThat(CORE.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    void aDependencyOutsideTheJdkWouldBeCaught() {
        JavaClasses withTestTypes = new ClassFileImporter().importClasses(ArchitectureTest.class);

        assertThatThrownBy(() -> THE_CORE_DEPENDS_ON_THE_JDK_ALONE.check(withTestTypes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("com.tngtech.archunit");
    }

    @Test
    void theSignatureCheckSeesAnInternalTypeInAPublicSignature() {
        JavaClass leaky = new ClassFileImporter().importClass(Leaky.class);

        assertThat(internalTypesExposedBy(leaky))
                .hasSize(2)
                .allSatisfy(v -> assertThat(v).contains("RequestFacts"));
    }

    /** A class that does what the rule forbids, to show the rule can fail. */
    public static final class Leaky {
        public RequestFacts facts() {
            return RequestFacts.NONE;
        }

        public void take(List<RequestFacts> facts) {}

        List<RequestFacts> packagePrivateIsFine() {
            return List.of();
        }
    }

    /** Public or protected members of {@code type} whose signature names a type of the internal package. */
    static List<String> internalTypesExposedBy(JavaClass type) {
        return typesExposedBy(type, INTERNAL);
    }

    /** Public or protected members of {@code type} whose signature names a type of package {@code hidden} (or below). */
    static List<String> typesExposedBy(JavaClass type, String hidden) {
        List<String> out = new ArrayList<>();
        if (type.getRawSuperclass().isPresent() && isIn(type.getRawSuperclass().get(), hidden)) {
            out.add(type.getName() + " extends internal "
                    + type.getRawSuperclass().get().getName());
        }
        for (JavaClass iface : type.getRawInterfaces()) {
            if (isIn(iface, hidden)) {
                out.add(type.getName() + " implements internal " + iface.getName());
            }
        }
        for (JavaMember member : type.getMembers()) {
            if (!isExported(member)) {
                continue;
            }
            Set<JavaClass> involved = new LinkedHashSet<>();
            if (member instanceof JavaField field) {
                involved.addAll(field.getType().getAllInvolvedRawTypes());
            } else if (member instanceof JavaCodeUnit code) {
                involved.addAll(code.getReturnType().getAllInvolvedRawTypes());
                for (JavaType parameter : code.getParameterTypes()) {
                    involved.addAll(parameter.getAllInvolvedRawTypes());
                }
                code.getThrowsClause().getTypes().forEach(involved::add);
            }
            involved.stream()
                    .filter(c -> isIn(c, hidden))
                    .forEach(internal -> out.add(member.getFullName() + " exposes internal " + internal.getName()));
        }
        return out;
    }

    private static boolean isExported(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        boolean visible = modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
        // a protected member of a final class cannot be reached from outside the package
        boolean finalOwner = member.getOwner().getModifiers().contains(JavaModifier.FINAL);
        return visible
                && !(finalOwner && !modifiers.contains(JavaModifier.PUBLIC))
                && !modifiers.contains(JavaModifier.SYNTHETIC);
    }

    private static boolean isIn(JavaClass c, String hidden) {
        JavaClass base = c.isArray() ? c.getBaseComponentType() : c;
        return base.getPackageName().equals(hidden) || base.getPackageName().startsWith(hidden + ".");
    }
}
