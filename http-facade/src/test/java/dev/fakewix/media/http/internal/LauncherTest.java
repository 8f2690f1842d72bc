package dev.fakewix.media.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When `java -jar` starts the server in a second JVM with the AppCDS archive, and with which command. */
class LauncherTest {
    private static final Path JAR = Path.of("/opt/fake/fake-wix-media-manager-standalone.jar");
    private static final Path ARCHIVE = Path.of("/opt/fake/fake-wix-media-manager.jsa");

    @Test
    void theServerGetsTheUsersJvmOptionsTheArchiveAndTheSameArguments() {
        assertThat(Launcher.command(
                        "/usr/bin/java",
                        List.of("-Xmx256m", "-jar", JAR.toString(), "--port", "0"),
                        JAR,
                        ARCHIVE,
                        List.of("--port", "0")))
                .contains(List.of(
                        "/usr/bin/java",
                        "-Xmx256m",
                        "-XX:SharedArchiveFile=" + ARCHIVE,
                        "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off",
                        "-Dfake.launched=true",
                        "-cp",
                        JAR.toString(),
                        Launcher.class.getName(),
                        "--port",
                        "0"));
    }

    @Test
    void aUserWhoChoseTheSharingFlagsOrNoRelaunchIsStartedInTheSameJvm() {
        for (String option : List.of(
                "-XX:SharedArchiveFile=x.jsa",
                "-XX:ArchiveClassesAtExit=x.jsa",
                "-Xshare:off",
                "-XX:+AutoCreateSharedArchive",
                "-Dfake.relaunch=false")) {
            assertThat(Launcher.command("java", List.of(option, "-jar", JAR.toString()), JAR, ARCHIVE, List.of()))
                    .as(option)
                    .isEmpty();
        }
        assertThat(Launcher.command("java", List.of("-cp", JAR.toString(), "Main"), JAR, ARCHIVE, List.of()))
                .as("not started with -jar")
                .isEmpty();
    }
}
