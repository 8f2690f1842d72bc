package dev.fakewix.media.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.http.FakeMediaManagerServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone server's --https-port, --tls-dir, --wix-hosts and --serve-media. */
class StandaloneTlsOptionsTest {
    @TempDir
    Path dir;

    @Test
    void theOptionsAreReadAndDocumented() {
        StandaloneServer.Options o = StandaloneServer.Options.parse(
                new String[] {"--https-port", "8443", "--tls-dir=" + dir, "--wix-hosts"});
        assertThat(o.httpsPort).isEqualTo(8443);
        assertThat(o.tlsDir).isEqualTo(dir);
        assertThat(o.wixHosts).isTrue();
        assertThat(StandaloneServer.Options.parse(new String[] {"--serve-media"}).serveMedia)
                .isTrue();
        assertThat(StandaloneServer.USAGE).contains("--https-port", "--tls-dir", "--wix-hosts", "--serve-media");
    }

    @Test
    void optionsThatCannotWorkAreSaidSo() {
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--wix-hosts"}))
                .hasMessageContaining("--wix-hosts needs --https-port");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--tls-dir", dir.toString()}))
                .hasMessageContaining("--tls-dir needs --https-port");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(
                        new String[] {"--https-port", "0", "--wix-hosts", "--serve-media"}))
                .hasMessageContaining("choose one");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--https-port", "70000"}))
                .hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--wix-hosts=yes"}))
                .hasMessageContaining("unknown option --wix-hosts");
    }

    @Test
    void theServerStartsWithAnHttpsPortAndItsCaInTheTlsDirectory() {
        StandaloneServer.Options o = StandaloneServer.Options.parse(new String[] {
            "--port", "0", "--https-port", "0", "--tls-dir", dir.resolve("tls").toString(), "--serve-media"
        });
        try (FakeMediaManagerServer server = StandaloneServer.start(o)) {
            assertThat(server.httpsUri()).isPresent();
            assertThat(server.caCertificateFile()).hasValue(dir.resolve("tls").resolve("ca.pem"));
        }
    }

    /** As a user runs it: a corrupt TLS directory is one line on stderr and exit status 2, no stack trace. */
    @Test
    void aCorruptTlsDirectoryIsOneLineAndStatus2() throws Exception {
        Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----\n");
        Files.writeString(dir.resolve("ca-key.pem"), "broken");
        Process process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StandaloneServer.class.getName(),
                        "--port",
                        "0",
                        "--https-port",
                        "0",
                        "--tls-dir",
                        dir.toString()))
                .start();
        process.getOutputStream().close();

        boolean ended = process.waitFor(120, TimeUnit.SECONDS); // a JVM start, on a loaded machine
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(ended).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err.strip())
                .startsWith("error: ")
                .contains("ca.pem is not a PEM X.509 certificate")
                .doesNotContain("\n")
                .doesNotContain("Exception");
    }
}
