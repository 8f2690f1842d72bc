package dev.fakewix.media.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone server in a JVM of its own, for what a test's JVM cannot show: a small heap ({@code -Xmx}), an
 * OutOfMemoryError that would take the test runner down with it. Its output is kept for the test to read.
 */
final class ForkedServer implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("listening on (http://\\S+)");

    private final Process process;

    @SuppressWarnings("JdkObsolete") // synchronized on purpose: the reader thread appends while the test reads it
    private final StringBuffer output = new StringBuffer();

    private final URI baseUri;

    /** Starts {@code StandaloneServer} with {@code jvmOptions} and server {@code args} ({@code --port 0} is added). */
    @SuppressWarnings("FutureReturnValueIgnored") // the output reader ends with the process; nothing waits on it
    ForkedServer(List<String> jvmOptions, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.fakewix.media.http.internal.StandaloneServer");
        command.add("--port");
        command.add("0");
        command.addAll(args);
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        URI uri = null;
        for (String line; uri == null && (line = out.readLine()) != null; ) {
            output.append(line).append('\n');
            Matcher m = READY.matcher(line);
            if (m.find()) {
                uri = URI.create(m.group(1));
            }
        }
        if (uri == null) {
            close();
            throw new IllegalStateException("the forked server exited before it was ready:\n" + output);
        }
        baseUri = uri;
        CompletableFuture.runAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    output.append(line).append('\n');
                }
            } catch (IOException ended) {
                // the process is gone
            }
        });
    }

    URI baseUri() {
        return baseUri;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What the server printed so far (its log). */
    String output() {
        return output.toString();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
