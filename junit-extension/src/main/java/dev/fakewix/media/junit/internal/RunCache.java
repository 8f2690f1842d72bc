package dev.fakewix.media.junit.internal;

import dev.fakewix.media.junit.InjectFake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * What the extension may remember for a whole run (kept in the root store, so it dies with the run): the text of
 * scenario files and the {@link InjectFake} fields of each class. Thread-safe.
 */
@API(status = API.Status.INTERNAL)
public final class RunCache {
    private final Map<String, String> scenarioTexts = new ConcurrentHashMap<>();
    private final Map<Class<?>, List<Field>> injectedFields = new ConcurrentHashMap<>();

    /**
     * The text of a classpath resource ({@code "scenarios/x.json"}, a leading {@code /} is ignored).
     *
     * @throws ExtensionConfigurationException saying where to put the file when it is not on the classpath
     */
    public String scenarioText(String resource, ClassLoader loader, String origin) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        return scenarioTexts.computeIfAbsent(System.identityHashCode(loader) + ":" + name, k -> {
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    throw new ExtensionConfigurationException(origin + ": scenario file \"" + resource
                            + "\" is not on the classpath; put it at src/test/resources/" + name
                            + " (names are resolved from the classpath root)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read scenario file " + resource, e);
            }
        });
    }

    /** The {@link InjectFake} fields of {@code type} and its superclasses, accessible, superclass fields first. */
    public List<Field> injectedFields(Class<?> type) {
        return injectedFields.computeIfAbsent(type, t -> {
            List<Field> fields = AnnotationSupport.findAnnotatedFields(
                    t, InjectFake.class, f -> true, HierarchyTraversalMode.TOP_DOWN);
            fields.forEach(f -> f.setAccessible(true));
            return List.copyOf(fields);
        });
    }
}
