package dev.fakewix.media.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone jar as a child process: {@code java -jar <jar> --port 0}, ready once it prints
 * {@code Fake Wix Media Manager listening on http://HOST:PORT}; {@link #close()} stops it (SIGTERM, then SIGKILL).
 */
final class StandaloneProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
    /** A JVM starting on 2 cores shared with other builds can take half a minute; only a hang takes this long. */
    private static final long STARTUP_SECONDS = 180;

    private final Process process;
    private final URI baseUri;

    private StandaloneProcess(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    static StandaloneProcess start(Path jar) {
        if (jar == null || !Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "no standalone jar at " + jar + ": build it first (mvn -B verify, or "
                            + "mvn -B -pl http-facade -am package -DskipTests), or leave standalone-jar out of contract.targets");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process;
        Path stderr;
        try {
            stderr = Files.createTempFile("fake-wix-contract-stderr", ".log");
            stderr.toFile().deleteOnExit();
            process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--port", "0", "--seed", "11")
                    .redirectError(stderr.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jar, e);
        }
        CompletableFuture<URI> listening = CompletableFuture.supplyAsync(() -> readBaseUri(process));
        try {
            return new StandaloneProcess(process, listening.get(STARTUP_SECONDS, TimeUnit.SECONDS));
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "the standalone jar did not say 'listening on http://...' within " + STARTUP_SECONDS
                            + " s; its stderr: " + tail(stderr),
                    e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the standalone jar", e);
        }
    }

    private static URI readBaseUri(Process process) {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line; (line = out.readLine()) != null; ) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    // Keep draining stdout so that the server never blocks on a full pipe.
                    Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "standalone-jar-stdout");
                    drain.setDaemon(true);
                    drain.start();
                    return URI.create(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException(
                "the standalone jar exited (status " + exitStatus(process) + ") before listening");
    }

    private static String exitStatus(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String tail(Path file) {
        try {
            String text = Files.readString(file);
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
