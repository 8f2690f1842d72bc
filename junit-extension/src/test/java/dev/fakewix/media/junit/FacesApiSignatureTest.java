package dev.fakewix.media.junit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signature guard of the two faces, as fake-core's ApiSignatureTest is the core's: every public signature of the
 * HTTP facade ({@code dev.fakewix.media.http}, as users get it from the shaded jar) and of this extension
 * ({@code junit}, {@code assertj}, {@code awaitility}) recorded in {@code src/test/resources/api/faces.api} must still
 * exist. Any package outside {@code internal} is covered, new ones included. After an intended change:
 * {@code mvn -pl junit-extension -am test -Dtest=FacesApiSignatureTest -Dapi.write=true} and review the diff.
 */
class FacesApiSignatureTest {
    private static final String RECORDED = "api/faces.api";
    private static final List<String> FACES = List.of("dev.fakewix.media.http", "dev.fakewix.media.junit",
            "dev.fakewix.media.assertj", "dev.fakewix.media.awaitility");

    @Test
    void everyRecordedPublicSignatureStillExists() throws Exception {
        List<String> current = currentSignatures();
        if (Boolean.getBoolean("api.write")) {
            Path source = Path.of("src/test/resources", RECORDED);
            Files.createDirectories(source.getParent());
            Files.write(source, current, StandardCharsets.UTF_8);
            return;
        }
        List<String> recorded;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RECORDED)) {
            assertThat(in).as("the recorded API %s; create it with -Dapi.write=true", RECORDED).isNotNull();
            recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }

        assertThat(recorded.stream().filter(s -> !current.contains(s)).toList())
                .as("public signatures that were removed or changed (an API break; if intended, re-record with -Dapi.write=true)")
                .isEmpty();
    }

    @Test
    void theRecordCoversBothFacesAndNoInternals() {
        assertThat(currentSignatures())
                .anyMatch(s -> s.startsWith("dev.fakewix.media.http.FakeMediaManagerServer#start("))
                .anyMatch(s -> s.startsWith("dev.fakewix.media.junit.WithFakeMediaManager#http("))
                .anyMatch(s -> s.startsWith("dev.fakewix.media.assertj.MediaManagerAssertions#assertThat("))
                .anyMatch(s -> s.startsWith("dev.fakewix.media.awaitility.MediaAwait#untilFileReadyAt("))
                .noneMatch(s -> s.contains(".internal.") || s.contains(".shaded."));
    }

    /** One line per public type, constructor, method and field reachable from outside, sorted. */
    private static List<String> currentSignatures() {
        TreeSet<String> out = new TreeSet<>();
        ProjectClasses.ALL.stream()
                .filter(c -> FACES.stream().anyMatch(p -> c.getPackageName().equals(p) || c.getPackageName().startsWith(p + "."))
                        && !c.getPackageName().contains(".internal"))
                .filter(FacesApiSignatureTest::reachable)
                .map(JavaClass::reflect)
                .forEach(type -> describe(type, out));
        // FakeMediaManagerPlugin's Javalin types are relocated in the shaded jar: that face is plain http-facade's
        out.removeIf(s -> s.contains(".shaded."));
        return List.copyOf(out);
    }

    private static boolean reachable(JavaClass c) {
        for (JavaClass at = c; at != null; at = at.getEnclosingClass().orElse(null)) {
            if (!at.getModifiers().contains(JavaModifier.PUBLIC) || at.isAnonymousClass() || at.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static void describe(Class<?> type, TreeSet<String> out) {
        String name = type.getName().replace('$', '.');
        out.add(name + " " + (type.isRecord() ? "record" : type.isEnum() ? "enum" : type.isAnnotation() ? "annotation"
                : type.isInterface() ? "interface" : "class"));
        for (var c : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(c.getModifiers()) && !c.isSynthetic()) {
                out.add(name + "#<init>" + parameters(c));
            }
        }
        for (var m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                out.add(name + "#" + m.getName() + parameters(m) + (Modifier.isStatic(m.getModifiers()) ? " static" : "")
                        + " : " + m.getGenericReturnType().getTypeName());
            }
        }
        for (var f : type.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && !f.isSynthetic()) {
                out.add(name + "." + f.getName() + " : " + f.getGenericType().getTypeName());
            }
        }
    }

    private static String parameters(Executable e) {
        return Arrays.stream(e.getGenericParameterTypes()).map(Type::getTypeName).collect(Collectors.joining(", ", "(", ")"));
    }
}
