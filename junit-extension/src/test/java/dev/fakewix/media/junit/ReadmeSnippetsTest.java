package dev.fakewix.media.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Every {@code java} block of the README compiles, with its own imports, against what this module publishes (its test
 * class path: fake-core, the shaded facade, the extension, contract-tests' client). Three kinds of block:
 * <ul>
 *   <li>a complete compilation unit (imports and a top-level class): compiled as it is; when it has {@code @Test}
 *       methods they run on the JUnit engine, as a user's build would run them, and must pass;</li>
 *   <li>imports and statements: compiled as the body of a method; a first line {@code // with: MediaSite site, ...}
 *       names the values the statements take from the test around them (the method's parameters);</li>
 *   <li>an excerpt of a compiled example, announced by {@code <!-- excerpt of path -->} on the line before the
 *       block: every line of its code (but {@code ...}; trailing comments and spacing aside) must appear, in order,
 *       in that file, which the build compiles.</li>
 * </ul>
 * A block that imports {@code io.javalin} (the plugin inside the user's own Javalin app) compiles against the unshaded
 * {@code http-facade} and its Javalin, whose class path that module's build writes to a file; every other block
 * against this module's test class path. A block that does not compile fails the test with its README line.
 */
class ReadmeSnippetsTest {
    private static final Path ROOT = Path.of("..");
    private static final Path README = ROOT.resolve("README.md");
    private static final Path FACADE = ROOT.resolve("http-facade/target");
    private static final Pattern JAVA_BLOCK =
            Pattern.compile("(?:<!-- excerpt of (\\S+) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME =
            Pattern.compile("(?m)^(?:public )?(?:final )?(?:abstract )?(?:class|record|interface|enum) (\\w+)");
    private static final Pattern IMPORTS = Pattern.compile("\\A(?:(?:import [^\\n]+|\\s*)\\n)*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+//\\s.*$");
    private static final Pattern WITH = Pattern.compile("\\A// with: ([^\\n]+)\\n");

    /** One {@code java} block: where it starts in the README, and its text. */
    private record Block(int line, String excerptOf, String text) {
        String name() {
            return "ReadmeLine" + line;
        }
    }

    @Test
    void everyJavaBlockCompilesAndTheCompleteTestsPass(@TempDir Path work) throws Exception {
        List<Block> blocks = javaBlocks();
        assertThat(blocks).as("java blocks in %s", README.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(10);

        Map<Path, Block> sources = new LinkedHashMap<>();
        Map<Path, Block> javalinApps = new LinkedHashMap<>();
        List<String> testClasses = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Block block : blocks) {
            if (block.excerptOf() != null) {
                problems.addAll(excerptProblems(block));
                continue;
            }
            Matcher type = CLASS_NAME.matcher(block.text());
            if (block.text().contains("import io.javalin.")) {
                Path dir = Files.createDirectories(work.resolve("javalin"));
                javalinApps.put(Files.writeString(dir.resolve(block.name() + ".java"), asMethodBody(block)), block);
            } else if (type.find()) {
                sources.put(Files.writeString(work.resolve(type.group(1) + ".java"), block.text()), block);
                if (block.text().contains("@Test")) {
                    testClasses.add(type.group(1));
                }
            } else {
                sources.put(Files.writeString(work.resolve(block.name() + ".java"), asMethodBody(block)), block);
            }
        }
        Path out = Files.createDirectories(work.resolve("classes"));
        problems.addAll(compile(sources, System.getProperty("java.class.path"), out));
        if (!javalinApps.isEmpty()) {
            problems.addAll(
                    compile(javalinApps, facadeClassPath(), Files.createDirectories(work.resolve("javalin-classes"))));
        }
        assertThat(problems)
                .as("README java blocks that do not compile (or do not match their source)")
                .isEmpty();
        assertThat(testClasses).as("complete examples with tests").hasSizeGreaterThanOrEqualTo(2);

        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            for (String name : testClasses) {
                EngineTestKit.engine("junit-jupiter")
                        .selectors(selectClass(loader.loadClass(name)))
                        // its report of what the example relied on would overwrite this run's
                        .configurationParameter("fakewix.reliance.report", "false")
                        .execute()
                        .testEvents()
                        .assertStatistics(stats -> stats.failed(0).aborted(0))
                        .succeeded()
                        .assertThatEvents()
                        .as("tests of the README's %s that passed", name)
                        .isNotEmpty();
            }
        }
    }

    private static List<Block> javaBlocks() throws IOException {
        String readme = Files.readString(README);
        List<Block> out = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(readme);
        while (block.find()) {
            int fence = block.start(2) - "```java\n".length();
            int line = (int) readme.substring(0, fence)
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            out.add(new Block(line, block.group(1), block.group(2)));
        }
        return out;
    }

    /** Imports stay at the top; the rest becomes the body of a method whose parameters the {@code // with:} line names. */
    private static String asMethodBody(Block block) {
        Matcher imports = IMPORTS.matcher(block.text());
        imports.find();
        String body = block.text().substring(imports.end());
        Matcher with = WITH.matcher(body);
        String parameters = with.find() ? with.group(1) : "";
        return imports.group() + "\nclass " + block.name() + " {\n    void example(" + parameters
                + ") throws Exception {\n" + body + "\n    }\n}\n";
    }

    private static List<String> excerptProblems(Block block) throws IOException {
        Path source = ROOT.resolve(block.excerptOf());
        if (!Files.isRegularFile(source)) {
            return List.of("README.md line " + block.line() + ": excerpt of " + source + ", which does not exist");
        }
        // Code only, whatever the layout: the README's trailing comments explain, its alignment differs.
        String text = WHITESPACE.matcher(Files.readString(source)).replaceAll(" ");
        List<String> out = new ArrayList<>();
        int from = 0;
        for (String line : block.text().split("\n", -1)) {
            String wanted = WHITESPACE
                    .matcher(TRAILING_COMMENT.matcher(line).replaceAll(""))
                    .replaceAll(" ")
                    .strip();
            if (wanted.isEmpty() || wanted.equals("...")) {
                continue;
            }
            int at = text.indexOf(wanted, from);
            if (at < 0) {
                out.add("README.md line " + block.line() + ": \"" + wanted + "\" is not (in this order) in " + source);
            } else {
                from = at + wanted.length();
            }
        }
        return out;
    }

    /** http-facade's classes and its run-time class path, as its build wrote it (maven-dependency-plugin). */
    private static String facadeClassPath() throws IOException {
        Path written = FACADE.resolve("runtime-classpath.txt");
        assertThat(written)
                .as("http-facade's class path file (build http-facade first, e.g. mvn -pl junit-extension -am)")
                .isRegularFile();
        return FACADE.resolve("classes").toAbsolutePath()
                + File.pathSeparator
                + Files.readString(written).strip();
    }

    private static List<String> compile(Map<Path, Block> sources, String classPath, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options =
                    List.of("-classpath", classPath, "-d", out.toString(), "-proc:none", "--release", "17");
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources.keySet()))
                    .call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> {
                    Block block = sources.get(Path.of(d.getSource().toUri()));
                    return "README.md block at line " + (block == null ? "?" : block.line()) + " ("
                            + Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + "): "
                            + d.getMessage(null);
                })
                .toList();
    }
}
