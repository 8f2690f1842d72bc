package dev.fakewix.media.http;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The standalone server as a child process of the test (the build's classes, a JVM of its own), so that a test can
 * kill it as a crash does ({@code kill -9}) and start it again. Its standard error goes to a file the test reads.
 */
final class ServerProcess implements AutoCloseable {
    private static final String READY = "Fake Wix Media Manager listening on ";
    /** How long a start may take on a loaded machine (2 shared cores, other builds running). */
    private static final long START_SECONDS = 120;

    private final Process process;
    private final Path stderr;
    private final URI baseUri;

    private ServerProcess(Process process, Path stderr, URI baseUri) {
        this.process = process;
        this.stderr = stderr;
        this.baseUri = baseUri;
    }

    /** Starts {@code StandaloneServer} with {@code args} in {@code workDir}; returns once it listens. */
    static ServerProcess start(Path workDir, String... args) throws IOException {
        return start(workDir, List.of(), args);
    }

    /** As {@link #start(Path, String...)}, with options for the server's JVM (e.g. {@code -Djava.io.tmpdir=...}). */
    static ServerProcess start(Path workDir, List<String> jvmOptions, String... args) throws IOException {
        Path err = Files.createTempFile("fake-server-stderr-", ".txt");
        Process p = launch(workDir, err, jvmOptions, args);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine(); // the server prints nothing before this line
        if (line == null || !line.startsWith(READY)) {
            waitFor(p);
            throw new IllegalStateException("the server did not start (exit " + p.exitValue() + "): " + line
                    + "; stderr: " + Files.readString(err));
        }
        Thread drain = new Thread(
                () -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe empty
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                },
                "server-stdout-" + p.pid());
        drain.setDaemon(true);
        drain.start();
        return new ServerProcess(
                p, err, URI.create(line.substring(READY.length()).trim()));
    }

    /**
     * Runs the server until it exits by itself (a refused start): its exit status and standard error.
     */
    static Exit run(Path workDir, String... args) throws IOException {
        Path err = Files.createTempFile("fake-server-stderr-", ".txt");
        Process p = launch(workDir, err, List.of(), args);
        waitFor(p);
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        try {
            return new Exit(p.exitValue(), Files.readString(err).strip());
        } finally {
            Files.deleteIfExists(err);
        }
    }

    record Exit(int status, String stderr) {}

    private static Process launch(Path workDir, Path err, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add("dev.fakewix.media.http.internal.StandaloneServer");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("FAKE_WIX_")); // only the test's own settings
        builder.redirectError(err.toFile());
        return builder.start();
    }

    /** This JVM's class path and module path as one class path: the server runs on the classes the build made. */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                entries.addAll(List.of(value.split(File.pathSeparator)));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void waitFor(Process p) {
        try {
            if (!p.waitFor(START_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("the server neither started nor exited within " + START_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI baseUri() {
        return baseUri;
    }

    /** Kills the server as a crash does: SIGKILL, no shutdown hook, nothing flushed. */
    void kill9() {
        process.destroyForcibly(); // SIGKILL on Unix
        waitFor(process);
        if (process.exitValue() != 137) {
            throw new IllegalStateException("expected the exit status of SIGKILL (137), got " + process.exitValue());
        }
    }

    /** What the server wrote to its standard error so far. */
    String stderr() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
            waitFor(process);
        }
        Files.deleteIfExists(stderr);
    }
}
