package dev.fakewix.media.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.http.AuthMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone server configured by environment variables, as a container is: one variable per option. */
class StandaloneEnvironmentTest {
    @TempDir
    Path dir;

    @Test
    void everyOptionHasAVariableNamedAfterIt() {
        assertThat(StandaloneServer.environmentVariable("--port")).isEqualTo("FAKE_WIX_PORT");
        assertThat(StandaloneServer.environmentVariable("--journal-capacity")).isEqualTo("FAKE_WIX_JOURNAL_CAPACITY");
        assertThat(StandaloneServer.environmentVariable("--no-dashboard")).isEqualTo("FAKE_WIX_NO_DASHBOARD");
        assertThat(StandaloneServer.options())
                .contains("--port", "--no-dashboard", "--webhook-key")
                .doesNotContain("--help");
    }

    @Test
    void variablesSetTheOptions() {
        StandaloneServer.Options o = StandaloneServer.Options.parse(
                new String[0],
                Map.of(
                        "FAKE_WIX_PORT",
                        "0",
                        "FAKE_WIX_HOST",
                        "0.0.0.0",
                        "FAKE_WIX_AUTH",
                        "off",
                        "FAKE_WIX_JOURNAL_CAPACITY",
                        "5",
                        "FAKE_WIX_NO_DASHBOARD",
                        "true",
                        "FAKE_WIX_ALLOW_HOST",
                        "media-fake, other",
                        "PATH",
                        "/usr/bin"));
        assertThat(o.port).isZero();
        assertThat(o.host).isEqualTo("0.0.0.0");
        assertThat(o.auth).isEqualTo(AuthMode.OFF);
        assertThat(o.journalCapacity).isEqualTo(5);
        assertThat(o.dashboard).isFalse();
        assertThat(o.allowedHosts).containsExactly("media-fake", "other");
    }

    @Test
    void theCommandLineWinsOverAVariableAndAddsToARepeatableOne() {
        StandaloneServer.Options o = StandaloneServer.Options.parse(
                new String[] {"--port", "9090", "--allow-host", "cli"},
                Map.of("FAKE_WIX_PORT", "8081", "FAKE_WIX_ALLOW_HOST", "env", "FAKE_WIX_NO_DASHBOARD", "false"));
        assertThat(o.port).isEqualTo(9090);
        assertThat(o.allowedHosts).containsExactly("env", "cli");
        assertThat(o.dashboard).isTrue();
    }

    @Test
    void anEmptyVariableCountsAsUnset() {
        StandaloneServer.Options o =
                StandaloneServer.Options.parse(new String[0], Map.of("FAKE_WIX_PORT", "", "FAKE_WIX_SITE_ID", ""));
        assertThat(o.port).isEqualTo(8080);
        assertThat(o.siteId).isNull();
    }

    @Test
    void aBadVariableIsNamedWithWhatIsWrong() {
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[0], Map.of("FAKE_WIX_PORT", "eighty")))
                .hasMessage("environment variable FAKE_WIX_PORT: --port needs an integer, got 'eighty'");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[0], Map.of("FAKE_WIX_NO_DASHBOARD", "yes")))
                .hasMessage("environment variable FAKE_WIX_NO_DASHBOARD: --no-dashboard is a switch: true or false,"
                        + " got 'yes'");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[0], Map.of("FAKE_WIX_PROT", "8080")))
                .hasMessageStartingWith("unknown environment variable FAKE_WIX_PROT");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[0], Map.of("FAKE_WIX_HELP", "true")))
                .as("--help is not configuration")
                .hasMessageStartingWith("unknown environment variable FAKE_WIX_HELP");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(
                        new String[0],
                        Map.of("FAKE_WIX_STATE", dir.resolve("none.json").toString())))
                .hasMessageContaining("FAKE_WIX_STATE")
                .hasMessageContaining("no such file");
    }

    @Test
    void aBadVariableOrArgumentIsOneLineOnStderrAndExitStatus2() throws Exception {
        Run badVariable = run(List.of(), Map.of("FAKE_WIX_JOURNAL_CAPACITY", "-1"));
        assertThat(badVariable.status).isEqualTo(2);
        assertThat(badVariable.stderr.lines())
                .singleElement()
                .asString()
                .startsWith(
                        "error: environment variable FAKE_WIX_JOURNAL_CAPACITY: --journal-capacity must be between 0");
        Run badArgument = run(List.of("--readiness", "soon"), Map.of());
        assertThat(badArgument.status).isEqualTo(2);
        assertThat(badArgument.stderr.lines()).singleElement().asString().startsWith("error: --readiness: ");
        assertThat(badArgument.stdout).isEmpty();
    }

    @Test
    void theHealthProbeOfTheImageSaysWhetherTheServerAtFakeWixPortIsUp() throws Exception {
        StandaloneServer.Options options = StandaloneServer.Options.parse(new String[] {"--port", "0"});
        String port;
        try (var server = StandaloneServer.start(options)) {
            port = Integer.toString(server.baseUri().getPort());
            Run up = run(HealthProbe.class, List.of(), Map.of("FAKE_WIX_PORT", port));
            assertThat(up.status).as(up.stderr).isZero();
        }
        Run down = run(HealthProbe.class, List.of(), Map.of("FAKE_WIX_PORT", port));
        assertThat(down.status).isEqualTo(1);
        assertThat(down.stderr.lines())
                .singleElement()
                .asString()
                .startsWith("unhealthy: GET http://127.0.0.1:" + port);
    }

    /** The README's option table is the user's reference: every option, with its variable, and nothing else. */
    @Test
    void theReadmeTableListsEveryOptionWithItsVariable() throws IOException {
        Path readme = Path.of(System.getProperty("user.dir")).resolveSibling("README.md");
        Pattern row = Pattern.compile("^\\| `(--[a-z-]+)[^`]*` \\| `(FAKE_WIX_[A-Z_]+)`[^|]*\\|", Pattern.MULTILINE);
        Matcher m = row.matcher(Files.readString(readme));
        List<String> documented = new ArrayList<>();
        while (m.find()) {
            documented.add(m.group(1));
            assertThat(m.group(2))
                    .as("the variable of " + m.group(1))
                    .isEqualTo(StandaloneServer.environmentVariable(m.group(1)));
        }
        assertThat(documented)
                .as("options in README.md's table of the standalone server (| `--option ...` | `FAKE_WIX_...` |)")
                .containsExactlyInAnyOrderElementsOf(StandaloneServer.options());
    }

    private record Run(int status, String stdout, String stderr) {}

    private Run run(List<String> args, Map<String, String> env) throws IOException, InterruptedException {
        return run(StandaloneServer.class, args, env);
    }

    private Run run(Class<?> main, List<String> args, Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith(StandaloneServer.ENV_PREFIX));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the server did not exit within 60 s on a bad option");
        }
        return new Run(
                process.exitValue(),
                Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }
}
