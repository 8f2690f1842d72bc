package dev.fakewix.media.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testcontainers.DockerClientFactory;

/**
 * Loads the image tarball this build made (system property {@code fake.image.tar}, set by the pom) into the container
 * engine once, before any test of this module starts a container: the tests run this build's image, never an older
 * one of the same name. Does nothing without an engine (the tests that need one then skip, or fail under CI=true).
 */
public class ThisBuildsImage implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String tar = System.getProperty("fake.image.tar");
        if (tar == null || !DockerClientFactory.instance().isDockerAvailable()) {
            return;
        }
        try (InputStream in = Files.newInputStream(Path.of(tar))) {
            DockerClientFactory.instance().client().loadImageCmd(in).exec();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot load the image tarball " + tar + " (build container-image first)", e);
        }
    }
}
