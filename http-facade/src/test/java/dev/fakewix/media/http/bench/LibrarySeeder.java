package dev.fakewix.media.http.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Fills a running fake with the benchmark's media library through its public API ({@code POST
 * /site-media/v1/bulk/files/import}, 100 files a call, all in the root folder), then saves the answer to the
 * benchmarked request, so that the reference servers can serve exactly the same bytes.
 *
 * <pre>{@code
 * java -cp bare-javalin-bench.jar dev.fakewix.media.http.bench.LibrarySeeder \
 *     --base http://127.0.0.1:18080 --files 10000 --save '/site-media/v1/files?paging.limit=50' list-files-50.json
 * # prints: seeded 10000 files in 2140 ms; saved 63835 bytes of GET /site-media/v1/files?paging.limit=50
 * }</pre>
 *
 * <p>The library is deterministic: mostly JPEG photos with descriptive names, one file in ten a PNG, MP4, PDF or MP3,
 * a label on one file in three. Exits with status 1 on any answer other than 200.
 */
public final class LibrarySeeder {
    private static final String[] ADJECTIVES = {
        "red", "blue", "summer", "winter", "happy", "modern", "vintage", "bright", "cozy", "urban", "golden", "misty"
    };
    private static final String[] NOUNS = {
        "beach",
        "mountain",
        "coffee",
        "team",
        "product",
        "logo",
        "banner",
        "office",
        "garden",
        "city",
        "dog",
        "cat",
        "cake",
        "shoe",
        "chair",
        "lamp",
        "bike",
        "forest"
    };
    private static final String[] OTHER_EXTENSIONS = {"png", "mp4", "pdf", "mp3", "png"};
    private static final String[] LABELS = {"product", "banner", "hero", "team", "blog", "gallery"};
    private static final int BATCH = 100;

    private LibrarySeeder() {}

    public static void main(String[] args) throws Exception {
        URI base = null;
        int count = 10_000;
        String savePath = null;
        Path saveTo = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = URI.create(args[++i]);
                case "--files" -> count = Integer.parseInt(args[++i]);
                case "--save" -> {
                    savePath = args[++i];
                    saveTo = Path.of(args[++i]);
                }
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + "; usage: --base URL [--files N] [--save PATH FILE]");
            }
        }
        if (base == null) {
            throw new IllegalArgumentException("--base URL is required");
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long start = System.nanoTime();
        for (int from = 0; from < count; from += BATCH) {
            StringJoiner files = new StringJoiner(",", "{\"importFileRequests\":[", "]}");
            for (int n = from; n < Math.min(count, from + BATCH); n++) {
                files.add(importRequest(n));
            }
            call(
                    http,
                    HttpRequest.newBuilder(base.resolve("/site-media/v1/bulk/files/import"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(files.toString())));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String saved = "";
        if (savePath != null) {
            byte[] body =
                    call(http, HttpRequest.newBuilder(base.resolve(savePath)).GET());
            Files.write(saveTo, body);
            saved = "; saved " + body.length + " bytes of GET " + savePath;
        }
        System.out.println("seeded " + count + " files in " + millis + " ms" + saved);
    }

    private static String importRequest(int n) {
        String extension = n % 10 == 0 ? OTHER_EXTENSIONS[(n / 10) % OTHER_EXTENSIONS.length] : "jpg";
        String name = String.format(
                Locale.ROOT,
                "%s-%s-%05d.%s",
                ADJECTIVES[n % ADJECTIVES.length],
                NOUNS[(n / ADJECTIVES.length) % NOUNS.length],
                n,
                extension);
        String labels = n % 3 == 0 ? "\"" + LABELS[n % LABELS.length] + "\"" : "";
        return "{\"url\":\"https://cdn.example.com/library/" + name + "\",\"displayName\":\"" + name + "\",\"labels\":["
                + labels + "]}";
    }

    private static byte[] call(HttpClient http, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(
                request.header("Authorization", "bench-key")
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            System.err.println(request.build().uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
            System.exit(1);
        }
        return response.body();
    }
}
