package dev.fakewix.media.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension passes the hardening options on: a pinned token secret and the host names its server answers. */
class HardeningOptionsTest {
    @RegisterExtension
    static FakeMediaManagerExtension media = FakeMediaManagerExtension.builder()
            .http(true)
            .serverScope(ServerScope.PER_CLASS)
            .fake(b -> b.tokenSecret("pinned-for-golden-urls"))
            .server(cfg -> cfg.allowHost("host.testcontainers.internal"))
            .build();

    @Test
    void tokensAreSignedWithThePinnedSecret(FakeMediaManager fake) throws Exception {
        String url = fake.site("any").files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
        String[] jwt = url.substring(url.lastIndexOf('/') + 1).split("\\.", -1);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("pinned-for-golden-urls".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.UTF_8)));
        assertThat(jwt[2]).isEqualTo(expected);
    }

    @Test
    void theServerAnswersTheAllowedHostAndNoOther(FakeMediaManagerHttp http) throws IOException {
        assertThat(statusLine(http, "host.testcontainers.internal:" + http.port()))
                .isEqualTo("HTTP/1.1 200 OK");
        assertThat(statusLine(http, "attacker.example")).startsWith("HTTP/1.1 403");
    }

    private static String statusLine(FakeMediaManagerHttp http, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), http.port())) {
            socket.setSoTimeout(120_000); // a hang, not a loaded machine
            socket.getOutputStream()
                    .write(("GET /_fake/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            return text.substring(0, text.indexOf("\r\n"));
        }
    }
}
