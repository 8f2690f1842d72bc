package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the public API of fake-core against accidental breaks: every public signature recorded in
 * {@code src/test/resources/api/fake-core.api} must still exist. New signatures are fine; to record them (or an
 * intended break), run {@code mvn -pl fake-core test -Dtest=ApiSignatureTest -Dapi.write=true} and review the diff.
 */
class ApiSignatureTest {
    private static final String RECORDED = "api/fake-core.api";

    @Test
    void everyRecordedPublicSignatureStillExists() {
        ApiSignatures.assertNoneRemoved(RECORDED, currentSignatures());
    }

    @Test
    void theRecordCoversTheMainEntryPoints() {
        List<String> current = currentSignatures();

        assertThat(current)
                .anyMatch(s -> s.startsWith("dev.fakewix.media.core.Files#listFiles("))
                .anyMatch(s -> s.startsWith("dev.fakewix.media.core.FakeMediaManager#builder("))
                .anyMatch(s -> s.startsWith("dev.fakewix.media.core.model.FileDescriptor#id("))
                .noneMatch(s -> s.contains(".internal.") || s.contains(".face."));
    }

    static List<String> currentSignatures() {
        return ApiSignatures.of(publicPackageTypes());
    }

    /** The types of the module's user packages (not internal, not the faces' package), read from where they were compiled to. */
    private static List<Class<?>> publicPackageTypes() {
        Path root;
        try {
            root = Paths.get(FakeMediaManager.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> paths = Files.walk(root.resolve("dev/fakewix/media/core"))) {
            List<Class<?>> out = new ArrayList<>();
            for (Path p : paths.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p)
                        .toString()
                        .replace('/', '.')
                        .replace('\\', '.')
                        .replaceAll("\\.class$", "");
                if (!name.contains(".internal.")
                        && !name.contains(".face.")
                        && !name.endsWith("module-info")
                        && !name.endsWith("package-info")) {
                    out.add(Class.forName(name, false, ApiSignatureTest.class.getClassLoader()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
