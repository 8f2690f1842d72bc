package dev.fakewix.media.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted fault is the test's intent, not the fake's failure: the standalone server (a real process, with its
 * own logging set-up) logs it in one DEBUG line, never as an ERROR with a stack trace, and goes on serving.
 */
class ScriptedFaultLoggingTest {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    @TempDir
    Path dir;

    @Test
    void aScriptedConnectionResetIsOneDebugLineAndNoError() throws Exception {
        Path scenario = dir.resolve("reset.json");
        Files.writeString(
                scenario,
                "{\"faults\": [{\"operation\": \"listFiles\", \"fault\": \"CONNECTION_RESET\", \"times\": 1}]}");
        Process server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dorg.slf4j.simpleLogger.log." + FaultWriter.class.getName() + "=debug",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StandaloneServer.class.getName(),
                        "--port",
                        "0",
                        "--scenario",
                        scenario.toString())
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile())
                .start();
        try {
            AtomicReference<URI> base = new AtomicReference<>();
            await("the server's 'listening on' line")
                    .atMost(Duration.ofMinutes(2))
                    .until(() -> {
                        Matcher m = LISTENING.matcher(Files.readString(dir.resolve("out")));
                        if (m.find()) {
                            base.set(URI.create(m.group(1)));
                        }
                        return base.get() != null;
                    });
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest list = HttpRequest.newBuilder(base.get().resolve("/site-media/v1/files"))
                    .header("Authorization", "any")
                    .GET()
                    .build();

            Throwable reset = catchThrowable(() -> client.send(list, HttpResponse.BodyHandlers.ofString()));
            HttpResponse<String> next = client.send(list, HttpResponse.BodyHandlers.ofString());

            assertThat(reset)
                    .as("the scripted reset leaves the client without a whole answer")
                    .isInstanceOf(IOException.class);
            assertThat(next.statusCode()).as("the server goes on serving").isEqualTo(200);
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
        List<String> log = Files.readAllLines(dir.resolve("err"), StandardCharsets.UTF_8);
        assertThat(log)
                .as("the server's log")
                .filteredOn(line -> line.contains("Scripted fault"))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("DEBUG")
                        .contains("CONNECTION_RESET")
                        .contains("/site-media/v1/files"));
        assertThat(log).as("the server's log").noneMatch(line -> line.contains("ERROR") || line.startsWith("\tat "));
    }
}
