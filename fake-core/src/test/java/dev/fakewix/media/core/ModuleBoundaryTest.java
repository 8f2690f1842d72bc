package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module boundary as a user meets it: a user's module that {@code requires dev.fakewix.media.core} can import
 * every public package and no project-only one. Generic by package name: any package with an {@code internal} or a
 * {@code face} segment (what only the project's faces may call) must stay unexported (or exported only to the
 * project's own modules), and any other package with public types must be exported, so a new public package only
 * needs its {@code exports} line in module-info.java.
 */
class ModuleBoundaryTest {
    private static final String MODULE = "dev.fakewix.media.core";
    private static final String PROJECT_MODULES = "dev.fakewix.media.";

    @Test
    void aUsersModuleCannotImportAnInternalPackage(@TempDir Path work) throws Exception {
        Map<String, String> internal = publicTypeByPackage(true);
        assertThat(internal)
                .as("internal packages with public types")
                .containsKeys("dev.fakewix.media.core.internal.site", "dev.fakewix.media.core.face");

        for (Map.Entry<String, String> entry : internal.entrySet()) {
            List<String> errors = compileUserModule(work.resolve(entry.getKey()), entry.getValue());
            assertThat(errors)
                    .as("a user's module importing %s", entry.getValue())
                    .anyMatch(e -> e.contains("is not visible"));
        }
    }

    @Test
    void aUsersModuleCanImportEveryPublicPackage(@TempDir Path work) throws Exception {
        Map<String, String> api = publicTypeByPackage(false);
        assertThat(api).containsKeys("dev.fakewix.media.core", "dev.fakewix.media.core.model");

        for (Map.Entry<String, String> entry : api.entrySet()) {
            assertThat(compileUserModule(work.resolve(entry.getKey()), entry.getValue()))
                    .as(
                            "a user's module importing %s (add `exports %s;` to fake-core's module-info.java)",
                            entry.getValue(), entry.getKey())
                    .isEmpty();
        }
    }

    @Test
    void internalPackagesAreExportedOnlyToTheProjectsOwnModules() throws Exception {
        ModuleDescriptor descriptor = descriptor();

        assertThat(descriptor.name()).isEqualTo(MODULE);
        for (ModuleDescriptor.Exports export : descriptor.exports()) {
            if (isInternal(export.source())) {
                assertThat(export.isQualified())
                        .as("%s is exported to everyone", export.source())
                        .isTrue();
                assertThat(export.targets()).allMatch(t -> t.startsWith(PROJECT_MODULES));
            }
        }
        assertThat(descriptor.packages())
                .filteredOn(ModuleBoundaryTest::isInternal)
                .isNotEmpty();
    }

    /** A package users must not reach: the internals, and what only the faces call. */
    private static boolean isInternal(String packageName) {
        String dotted = "." + packageName + ".";
        return dotted.contains(".internal.") || dotted.contains(".face.");
    }

    /** One public top-level type of each package of the module (internal ones or the others), by package. */
    private static Map<String, String> publicTypeByPackage(boolean internal) throws Exception {
        Path classes = classes();
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p ->
                            p.toString().endsWith(".class") && !p.toString().contains("$"))
                    .toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace('/', '.')
                        .replace('\\', '.')
                        .replaceAll("\\.class$", "");
                if (name.equals("module-info")) {
                    continue;
                }
                String pkg = name.substring(0, name.lastIndexOf('.'));
                Class<?> type = Class.forName(name, false, ModuleBoundaryTest.class.getClassLoader());
                if (isInternal(pkg) == internal && Modifier.isPublic(type.getModifiers())) {
                    out.putIfAbsent(pkg, name);
                }
            }
        }
        return out;
    }

    /** Compiles a one-class user module that imports {@code type}; the compiler's errors. */
    private static List<String> compileUserModule(Path dir, String type) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/user"));
        Files.writeString(dir.resolve("src/module-info.java"), "module user { requires " + MODULE + "; }\n");
        Files.writeString(
                src.resolve("Probe.java"),
                "package user;\nimport " + type + ";\nclass Probe { Class<?> type = "
                        + type.substring(type.lastIndexOf('.') + 1) + ".class; }\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            Iterable<? extends JavaFileObject> units =
                    files.getJavaFileObjects(dir.resolve("src/module-info.java"), src.resolve("Probe.java"));
            List<String> options = List.of(
                    "--module-path",
                    classes().toString(),
                    "-d",
                    dir.resolve("out").toString(),
                    "-proc:none",
                    "-Xlint:none");
            javac.getTask(null, files, diagnostics, options, null, units).call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null))
                .collect(Collectors.toList());
    }

    private static ModuleDescriptor descriptor() {
        Optional<ModuleReference> module = ModuleFinder.of(classes()).find(MODULE);
        assertThat(module).as("module %s in %s", MODULE, classes()).isPresent();
        return module.get().descriptor();
    }

    private static Path classes() {
        try {
            return Paths.get(FakeMediaManager.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
