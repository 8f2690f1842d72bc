package dev.fakewix.media.http.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the standalone jar's AppCDS archive at {@code package} time: starts the jar once with
 * {@code -XX:ArchiveClassesAtExit}, sends it the calls a typical test run makes (import, list, get, search, query,
 * folders, an error, the admin API), stops it with SIGTERM, and the JVM writes every class it loaded into the archive.
 * Started with that archive, the server loads those classes pre-parsed and pre-verified, and answers its first request
 * sooner; {@code java -jar} finds it next to the jar ({@code Launcher} passes it to the server's JVM).
 *
 * <pre>{@code
 * java -cp target/test-classes dev.fakewix.media.http.bench.AppCdsTraining \
 *     target/fake-wix-media-manager-standalone.jar target/fake-wix-media-manager.jsa
 * }</pre>
 *
 * <p>Never fails the build: when the JVM cannot write an archive (another JVM, no base CDS archive) it says so and the
 * jar simply starts without one. The archive fits only the JDK that made it and this very jar file (path, size and
 * time), which is why it is made next to the jar on every build.
 *
 * <p>With a third argument, a Java home (the container image's jlink runtime, which has no CDS archive of its own to
 * build on), the archive is a static one that holds the JDK's classes too: the same calls record the classes loaded
 * ({@code -XX:DumpLoadedClassList}), then {@code -Xshare:dump} writes them. The jar path is then kept as given, so that
 * a relative one matches the image's working directory (JDK 17 checks the class path as written); and a JVM that
 * writes no archive is an error, since the image promises one. That archive holds only what the server loads up to its
 * first answers (the health route, one listing, one import, one read, one error: {@link #exerciseStartup}), not a
 * whole test run: every archived class costs some 8 KB of image, and the image has a size budget; the classes of the
 * other calls load from the jar when they are first made.
 */
public final class AppCdsTraining {
    private static final Pattern READY = Pattern.compile("listening on (http://\\S+)");
    private static final String SITE = "3ecba886-4267-11ee-be56-0242ac120002";

    private AppCdsTraining() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 3) {
            trainStatic(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args.length != 2) {
            System.err.println(
                    "usage: AppCdsTraining <standalone jar> <archive to write> [<java home: a static archive>]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]).toAbsolutePath();
        Path log = archive.resolveSibling(archive.getFileName() + ".log");
        Files.deleteIfExists(archive);
        long start = System.nanoTime();
        try {
            train(jar, archive, log);
        } catch (IOException | RuntimeException e) {
            System.out.println("[appcds] WARNING: no AppCDS archive (" + e.getMessage() + "); see " + log
                    + ". The jar works without it, it only starts slower.");
            return;
        }
        if (Files.isRegularFile(archive)) {
            System.out.printf(
                    "[appcds] %s (%d MB) in %d ms; java -jar %s uses it (it lies next to the jar)%n",
                    archive.getFileName(),
                    Files.size(archive) >> 20,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                    jar);
        } else {
            System.out.println("[appcds] WARNING: this JVM wrote no AppCDS archive; see " + log
                    + ". The jar works without it, it only starts slower.");
        }
    }

    private static void train(Path jar, Path archive, Path log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(
                new ProcessBuilder(
                        java,
                        "-XX:ArchiveClassesAtExit=" + archive,
                        "-Xlog:cds=error",
                        "-jar",
                        jar.toString(),
                        "--port",
                        "0"),
                log,
                AppCdsTraining::exercise);
    }

    /** A static archive made by (and for) the JVM of {@code javaHome}, for {@code jar} as written. */
    private static void trainStatic(Path jar, Path archive, Path javaHome) throws IOException, InterruptedException {
        String java = javaHome.resolve("bin").resolve("java").toString();
        Path classList = archive.resolveSibling(archive.getFileName() + ".classlist");
        Path log = Path.of(System.getProperty("java.io.tmpdir")).resolve(archive.getFileName() + ".log");
        Files.deleteIfExists(archive);
        long start = System.nanoTime();
        try {
            run(
                    new ProcessBuilder(
                            java, "-XX:DumpLoadedClassList=" + classList, "-jar", jar.toString(), "--port", "0"),
                    log,
                    AppCdsTraining::exerciseStartup);
            Process dump = new ProcessBuilder(
                            java,
                            "-Xshare:dump",
                            "-XX:SharedClassListFile=" + classList,
                            "-XX:SharedArchiveFile=" + archive,
                            "-Xlog:cds=error",
                            "-cp",
                            jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!dump.waitFor(300, TimeUnit.SECONDS) || dump.exitValue() != 0 || !Files.isRegularFile(archive)) {
                dump.destroyForcibly();
                throw new IllegalStateException("-Xshare:dump wrote no archive");
            }
        } finally {
            Files.deleteIfExists(classList);
        }
        System.out.printf(
                "[appcds] static archive %s (%d MB) for %s in %d ms%n",
                archive, Files.size(archive) >> 20, jar, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    private static void run(ProcessBuilder builder, Path log, Exercise exercise)
            throws IOException, InterruptedException {
        // no FAKE_WIX_* variable of the machine's environment may change what the training server does
        builder.environment().keySet().removeIf(name -> name.startsWith("FAKE_WIX_"));
        Process server = builder.redirectError(log.toFile()).start();
        boolean stopped;
        try {
            URI base = awaitReady(server);
            exercise.run(base);
        } finally {
            server.destroy(); // SIGTERM: the JVM exits normally and writes the archive
            stopped = server.waitFor(60, TimeUnit.SECONDS);
            if (!stopped) {
                server.destroyForcibly().waitFor();
            }
        }
        if (!stopped) { // thrown here, not in finally, where it would hide what the training threw
            throw new IllegalStateException("the training server did not stop within 60 s");
        }
    }

    private static URI awaitReady(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = READY.matcher(line);
            if (m.find()) {
                return URI.create(m.group(1));
            }
        }
        throw new IllegalStateException("the server exited before it was ready");
    }

    /** What the training server is sent before it stops. */
    @FunctionalInterface
    private interface Exercise {
        void run(URI base) throws IOException, InterruptedException;
    }

    /**
     * The first calls a container answers: the health check's route, then a client's first listing, import, read and
     * a not-found error (the JSON paths in and out, the error shape).
     */
    private static void exerciseStartup(URI base) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String api = "/site-media/v1";
        send(http, base, "GET", "/_fake/health", null);
        send(http, base, "GET", api + "/files?paging.limit=50", null);
        String imported = send(
                http,
                base,
                "POST",
                api + "/files/import",
                "{\"url\":\"https://cdn.example.com/photos/beach.jpg\",\"displayName\":\"beach.jpg\"}");
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(imported);
        send(http, base, "GET", api + "/files/get-file-by-id?fileId=" + (id.find() ? id.group(1) : "unknown"), null);
        send(http, base, "GET", api + "/files/get-file-by-id?fileId=does-not-exist", null);
    }

    /** The calls of a typical test: every kind of route, a success and an error, JSON in and out. */
    private static void exercise(URI base) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String api = "/site-media/v1";
        send(http, base, "GET", api + "/files?paging.limit=50", null);
        String imported = send(
                http,
                base,
                "POST",
                api + "/files/import",
                "{\"url\":\"https://cdn.example.com/photos/beach.jpg\",\"displayName\":\"beach.jpg\",\"labels\":[\"hero\"]}");
        String video = "{\"url\":\"https://cdn.example.com/clips/intro.mp4\",\"mediaType\":\"VIDEO\"}";
        send(
                http,
                base,
                "POST",
                api + "/bulk/files/import-v2",
                "{\"importFileRequests\":[" + video + "],\"returnEntity\":true}");
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(imported);
        String fileId = id.find() ? id.group(1) : "unknown";
        send(http, base, "GET", api + "/files?paging.limit=50&sort.fieldName=displayName&sort.order=ASC", null);
        send(http, base, "GET", api + "/files/get-file-by-id?fileId=" + fileId, null);
        send(
                http,
                base,
                "PATCH",
                api + "/files/update-file-descriptor",
                "{\"file\":{\"id\":\"" + fileId + "\",\"displayName\":\"sea.jpg\"}}");
        send(http, base, "POST", api + "/files/search", "{\"search\":\"sea\",\"paging\":{\"limit\":10}}");
        send(
                http,
                base,
                "POST",
                api + "/files/query",
                "{\"query\":{\"filter\":{\"mediaType\":\"IMAGE\"},\"cursorPaging\":{\"limit\":10}}}");
        send(
                http,
                base,
                "POST",
                api + "/files/generate-upload-url",
                "{\"mimeType\":\"image/png\",\"fileName\":\"logo.png\"}");
        send(http, base, "POST", api + "/folders", "{\"displayName\":\"Products\"}");
        send(http, base, "GET", api + "/folders?paging.limit=50", null);
        send(http, base, "GET", api + "/files/get-file-by-id?fileId=does-not-exist", null);
        send(http, base, "POST", api + "/bulk/files/delete", "{\"fileIds\":[\"" + fileId + "\"]}");
        send(http, base, "GET", api + "/trash-bin/files", null);
        send(http, base, "GET", "/_fake/journal?limit=5", null);
        send(http, base, "GET", "/_fake/sites/" + SITE + "/state", null);
        send(http, base, "POST", "/_fake/reset", null);
    }

    private static String send(HttpClient http, URI base, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "training-key");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
