package dev.fakewix.media.http.bench;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's ceiling: a bare Javalin 7 app on the same Jetty, with the same Javalin settings as the fake's
 * standalone server, answering {@code GET /site-media/v1/files} with fixed bytes (the fake's own ListFiles body) and
 * {@code POST /site-media/v1/files/import} by reading the request body and answering fixed bytes (an ImportFile
 * answer of the fake). Whatever the fake does per request comes on top of what this app does. It also answers
 * {@code POST /hook} with 200, to serve as the webhook receiver of a benchmark.
 *
 * <pre>{@code
 * java -jar http-facade/target/bare-javalin-bench.jar --port 18081 --body list-files-50.json --import-body import.json
 * # prints: Bare Javalin listening on http://127.0.0.1:18081
 * }</pre>
 *
 * <p>Without {@code --body} (or {@code --import-body}) it answers {@code {}}. Built into its own shaded jar by the
 * {@code bench} Maven profile, so that it starts exactly like the fake's standalone jar ({@code java -jar}).
 */
public final class BareJavalinServer {
    private BareJavalinServer() {}

    public static void main(String[] args) throws IOException {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        int port = 8080;
        byte[] body = {'{', '}'};
        byte[] importBody = {'{', '}'};
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--body" -> body = Files.readAllBytes(Path.of(args[i + 1]));
                case "--import-body" -> importBody = Files.readAllBytes(Path.of(args[i + 1]));
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + "; usage: [--port N] [--body FILE] [--import-body FILE]");
            }
        }
        byte[] answer = body;
        byte[] imported = importBody;
        Javalin app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.startup.showOldJavalinVersionWarning = false;
                    config.http.compressionStrategy = CompressionStrategy.NONE;
                    config.http.generateEtags = false;
                    config.routes.get(
                            "/site-media/v1/files",
                            ctx -> ctx.contentType("application/json").result(answer));
                    config.routes.post("/site-media/v1/files/import", ctx -> {
                        ctx.bodyAsBytes(); // a write route reads its request
                        ctx.contentType("application/json").result(imported);
                    });
                    config.routes.post("/hook", ctx -> ctx.status(200));
                })
                .start("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "bare-javalin-shutdown"));
        System.out.println("Bare Javalin listening on http://127.0.0.1:" + app.port());
        System.out.flush();
    }
}
