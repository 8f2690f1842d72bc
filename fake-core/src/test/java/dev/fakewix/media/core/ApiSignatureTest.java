package dev.fakewix.media.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the public API of fake-core against accidental breaks: every public signature recorded in
 * {@code src/test/resources/api/fake-core.api} must still exist. New signatures are fine; to record them (or an
 * intended break), run {@code mvn -pl fake-core test -Dtest=ApiSignatureTest -Dapi.write=true} and review the diff.
 */
class ApiSignatureTest {
    private static final String RECORDED = "api/fake-core.api";

    @Test
    void everyRecordedPublicSignatureStillExists() throws Exception {
        List<String> current = currentSignatures();
        if (Boolean.getBoolean("api.write")) {
            Path source = Paths.get("src/test/resources", RECORDED);
            Files.createDirectories(source.getParent());
            Files.write(source, current, StandardCharsets.UTF_8);
        }
        List<String> recorded;
        try (var in = getClass().getClassLoader().getResourceAsStream(RECORDED)) {
            assertThat(in).as("the recorded API %s; create it with -Dapi.write=true", RECORDED).isNotNull();
            recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }

        List<String> missing = recorded.stream().filter(s -> !current.contains(s)).toList();

        assertThat(missing).as("public signatures that were removed or changed (an API break; if intended, re-record with "
                + "-Dapi.write=true)").isEmpty();
    }

    @Test
    void theRecordCoversTheMainEntryPoints() {
        List<String> current = currentSignatures();

        assertThat(current).anyMatch(s -> s.startsWith("dev.fakewix.media.core.Files#listFiles("))
                .anyMatch(s -> s.startsWith("dev.fakewix.media.core.FakeMediaManager#builder("))
                .anyMatch(s -> s.startsWith("dev.fakewix.media.core.model.FileDescriptor#id("))
                .noneMatch(s -> s.contains(".internal."));
    }

    /** One line per public type, constructor, method and field of the public packages, sorted. */
    static List<String> currentSignatures() {
        TreeSet<String> out = new TreeSet<>();
        for (Class<?> type : publicTypes()) {
            String name = type.getName().replace('$', '.');
            out.add(name + " " + kind(type) + supertypes(type));
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers()) && !c.isSynthetic()) {
                    out.add(name + "#<init>" + parameters(c));
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    out.add(name + "#" + m.getName() + parameters(m) + (Modifier.isStatic(m.getModifiers()) ? " static" : "")
                            + " : " + m.getGenericReturnType().getTypeName());
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) && !f.isSynthetic()) {
                    out.add(name + "." + f.getName() + " : " + f.getGenericType().getTypeName());
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String kind(Class<?> type) {
        return type.isRecord() ? "record" : type.isEnum() ? "enum" : type.isInterface() ? "interface" : "class";
    }

    private static String supertypes(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type.getGenericSuperclass() != null && !type.isEnum() && !type.isRecord()
                && type.getSuperclass() != Object.class) {
            names.add(type.getGenericSuperclass().getTypeName());
        }
        Arrays.stream(type.getGenericInterfaces()).map(Type::getTypeName).forEach(names::add);
        return names.isEmpty() ? "" : " : " + String.join(", ", names);
    }

    private static String parameters(Executable e) {
        return Arrays.stream(e.getGenericParameterTypes()).map(Type::getTypeName).collect(Collectors.joining(", ", "(", ")"));
    }

    private static List<Class<?>> publicTypes() {
        Path root;
        try {
            root = Paths.get(FakeMediaManager.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> paths = Files.walk(root.resolve("dev/fakewix/media/core"))) {
            List<Class<?>> out = new ArrayList<>();
            for (Path p : paths.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
                if (name.contains(".internal.") || name.endsWith("module-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ApiSignatureTest.class.getClassLoader());
                if (isReachable(type)) {
                    out.add(type);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isReachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }
}
