package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public-signature guard every module uses (fake-core's ApiSignatureTest, the extension's FacesApiSignatureTest):
 * one line per public type, constructor, method and field, compared with a record under {@code src/test/resources}.
 * Shared through fake-core's test jar.
 */
public final class ApiSignatures {
    private ApiSignatures() {}

    /** The signature lines of these types (those reachable from outside their package), sorted. */
    public static List<String> of(Collection<Class<?>> types) {
        TreeSet<String> out = new TreeSet<>();
        for (Class<?> type : types) {
            if (!isReachable(type)) {
                continue;
            }
            String name = type.getName().replace('$', '.');
            out.add(name + " " + kind(type) + supertypes(type));
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers()) && !c.isSynthetic()) {
                    out.add(name + "#<init>" + parameters(c));
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    out.add(name + "#" + m.getName() + parameters(m)
                            + (Modifier.isStatic(m.getModifiers()) ? " static" : "") + " : "
                            + m.getGenericReturnType().getTypeName());
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) && !f.isSynthetic()) {
                    out.add(name + "." + f.getName() + " : "
                            + f.getGenericType().getTypeName());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Asserts that every signature recorded in the class-path resource {@code recorded} is still in {@code current};
     * with {@code -Dapi.write=true} first rewrites the record (in the module's {@code src/test/resources}).
     */
    public static void assertNoneRemoved(String recorded, List<String> current) {
        if (Boolean.getBoolean("api.write")) {
            try {
                Path source = Path.of("src/test/resources", recorded);
                Files.createDirectories(source.getParent());
                Files.write(source, current, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        List<String> lines;
        try (InputStream in = ApiSignatures.class.getClassLoader().getResourceAsStream(recorded)) {
            assertThat(in)
                    .as("the recorded API %s; create it with -Dapi.write=true", recorded)
                    .isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(lines.stream().filter(s -> !current.contains(s)).toList())
                .as("public signatures that were removed or changed (an API break; if intended, re-record with "
                        + "-Dapi.write=true)")
                .isEmpty();
    }

    private static boolean isReachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static String kind(Class<?> type) {
        return type.isRecord() ? "record" : type.isEnum() ? "enum" : type.isInterface() ? "interface" : "class";
    }

    private static String supertypes(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type.getGenericSuperclass() != null
                && !type.isEnum()
                && !type.isRecord()
                && type.getSuperclass() != Object.class) {
            names.add(type.getGenericSuperclass().getTypeName());
        }
        Arrays.stream(type.getGenericInterfaces()).map(Type::getTypeName).forEach(names::add);
        return names.isEmpty() ? "" : " : " + String.join(", ", names);
    }

    private static String parameters(Executable e) {
        return Arrays.stream(e.getGenericParameterTypes())
                .map(Type::getTypeName)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
