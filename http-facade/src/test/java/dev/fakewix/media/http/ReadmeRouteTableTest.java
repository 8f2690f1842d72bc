package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.http.internal.ApiRoute;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's table of the 27 methods names every API route as the facade mounts it, and no other. */
class ReadmeRouteTableTest {
    @Test
    void everyRouteIsInTheReadmesTable() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String table = readme.substring(readme.indexOf("**The 27 methods and their HTTP routes**"));
        for (ApiRoute route : ApiRoute.values()) {
            assertThat(table)
                    .as("README row of %s", route)
                    .contains("`" + route.method() + " " + route.fullPath() + "`");
        }
        long rows = table.lines()
                .dropWhile(l -> !l.startsWith("| method"))
                .takeWhile(l -> l.startsWith("|"))
                .filter(l -> l.contains("`") && l.contains("/site-media/v1/"))
                .count();
        assertThat(rows).isEqualTo(ApiRoute.values().length).isEqualTo(27);
    }
}
