package dev.fakewix.media.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The README's complete examples (its {@code java} blocks that start with imports: "Your first test") compile against
 * what this module publishes, and their tests pass, run by the JUnit engine as a user's build would run them.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("(?m)^(?:public )?(?:final )?class (\\w+)");

    @Test
    void theCompleteExamplesCompileAndTheirTestsPass(@TempDir Path work) throws Exception {
        List<String> units = completeExamples();
        assertThat(units).as("complete java examples in %s", README.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(2);

        List<Path> sources = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (String unit : units) {
            Matcher name = CLASS_NAME.matcher(unit);
            assertThat(name.find()).as("a top-level class in:%n%s", unit).isTrue();
            classes.add(name.group(1));
            sources.add(Files.writeString(work.resolve(name.group(1) + ".java"), unit));
        }
        Path out = Files.createDirectories(work.resolve("classes"));
        assertThat(compile(sources, out)).as("compiler errors in the README's examples").isEmpty();

        try (URLClassLoader loader = new URLClassLoader(new URL[]{out.toUri().toURL()}, getClass().getClassLoader())) {
            for (String name : classes) {
                EngineTestKit.engine("junit-jupiter")
                        .selectors(selectClass(loader.loadClass(name)))
                        .execute()
                        .testEvents()
                        .assertStatistics(stats -> stats.failed(0).aborted(0).succeeded(1));
            }
        }
    }

    private static List<String> completeExamples() throws IOException {
        List<String> out = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(Files.readString(README));
        while (block.find()) {
            if (block.group(1).startsWith("import ")) {
                out.add(block.group(1));
            }
        }
        return out;
    }

    private static List<String> compile(List<Path> sources, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                    "-proc:none", "--release", "17");
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null)).toList();
    }
}
