package dev.fakewix.media.http.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The standalone jar's entry point: {@code java -jar fake-wix-media-manager-standalone.jar} starts the server with the
 * AppCDS archive the build made next to the jar ({@code fake-wix-media-manager.jsa}), without the user adding a flag.
 * On JDK 17 only {@code -XX:SharedArchiveFile} on the command line makes the JVM use an archive, and a jar's manifest
 * cannot set JVM options; so when the archive is there, this JVM starts the server in a second one that has the flag
 * (with the user's own JVM options, the same arguments and the same standard streams), passes SIGTERM/Ctrl-C on to
 * it and exits with its status. A JVM that only starts another costs some 50 ms; the archive saves several hundred.
 *
 * <p>It starts the server in this very JVM when there is no archive next to the jar, when the user chose the sharing
 * flags themselves ({@code -XX:SharedArchiveFile}, {@code -XX:ArchiveClassesAtExit}, {@code -Xshare}: the build's
 * training run is one), when {@code -Dfake.relaunch=false} is given, and where the JVM cannot tell its own command
 * line. The server started this way stops when its launcher is gone, also after a {@code kill -9}.
 */
@API(status = API.Status.INTERNAL)
public final class Launcher {
    /** The archive's name, next to the standalone jar (the build's {@code appcds-archive} step writes it). */
    static final String ARCHIVE = "fake-wix-media-manager.jsa";
    /** Set on the server's JVM: it was started by a launcher (and stops when that is gone). */
    static final String LAUNCHED = "fake.launched";

    private Launcher() {}

    @SuppressWarnings("FutureReturnValueIgnored") // nothing waits on onExit's callback: it ends this JVM
    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean(LAUNCHED)) {
            // a server whose launcher was killed outright must not keep the port
            ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> System.exit(143)));
            StandaloneServer.main(args);
            return;
        }
        Optional<List<String>> command = relaunch(args);
        if (command.isEmpty()) {
            StandaloneServer.main(args);
            return;
        }
        Process server = new ProcessBuilder(command.get()).inheritIO().start();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.destroy(); // SIGTERM: the server closes as it does when a user stops it
                            try {
                                server.waitFor();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "fake-wix-media-manager-launcher"));
        System.exit(server.waitFor());
    }

    /** The command that starts the server with the archive, or empty to start it in this JVM. */
    private static Optional<List<String>> relaunch(String[] args) {
        if ("false".equalsIgnoreCase(System.getProperty("fake.relaunch"))) {
            return Optional.empty();
        }
        Path jar;
        try {
            jar = Path.of(Launcher.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (Exception e) {
            return Optional.empty();
        }
        Path archive = jar.resolveSibling(ARCHIVE);
        ProcessHandle.Info self = ProcessHandle.current().info();
        if (!Files.isRegularFile(jar)
                || !Files.isReadable(archive)
                || self.command().isEmpty()
                || self.arguments().isEmpty()) {
            return Optional.empty();
        }
        return command(self.command().get(), List.of(self.arguments().get()), jar, archive, List.of(args));
    }

    /**
     * The server's command, from this JVM's executable and arguments ({@code [jvm options...] -jar JAR args...}), or
     * empty when the user's options already decide the sharing, or the command line is not a plain {@code -jar}.
     */
    static Optional<List<String>> command(
            String java, List<String> ownArguments, Path jar, Path archive, List<String> args) {
        int dashJar = ownArguments.indexOf("-jar");
        if (dashJar < 0) {
            return Optional.empty();
        }
        List<String> jvmOptions = ownArguments.subList(0, dashJar);
        for (String option : jvmOptions) {
            if (option.startsWith("-XX:SharedArchiveFile")
                    || option.startsWith("-XX:ArchiveClassesAtExit")
                    || option.startsWith("-Xshare")
                    || option.startsWith("-XX:+AutoCreateSharedArchive")
                    || option.startsWith("-Dfake.relaunch=")) {
                return Optional.empty();
            }
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        // the archive names the jar it was made for; a mismatch only means a start without it, so no warning
        command.add("-XX:SharedArchiveFile=" + archive);
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-D" + LAUNCHED + "=true");
        command.add("-cp");
        command.add(jar.toString());
        command.add(Launcher.class.getName());
        command.addAll(args);
        return Optional.of(command);
    }
}
