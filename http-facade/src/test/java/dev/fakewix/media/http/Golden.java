package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * Compares a whole JSON body, field order included, with {@code src/test/resources/golden/<name>.json}. Only the
 * server's random port is normalised (to {@code PORT}). A missing golden file is written and the test fails, so a
 * new file is always reviewed; {@code -Dgolden.update=true} rewrites them all.
 */
final class Golden {
    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {}

    static void assertMatches(String name, WireClient.Response response, URI base) {
        assertMatches(name, response.body(), base);
    }

    static void assertMatches(String name, String body, URI base) {
        String pretty = normalised(body, base);
        Path file = DIR.resolve(name + ".json");
        try {
            if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
                Files.createDirectories(DIR);
                Files.writeString(file, pretty, StandardCharsets.UTF_8);
                if (!Boolean.getBoolean("golden.update")) {
                    fail("Golden file " + file + " did not exist and was written; review it and run again");
                }
                return;
            }
            assertThat(pretty)
                    .as("body of %s compared with %s", name, file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalised(String body, URI base) {
        String text = body.replace(base.toString(), "http://127.0.0.1:PORT");
        JsonNode tree = WireClient.JSON.readTree(text);
        return WireClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
    }
}
