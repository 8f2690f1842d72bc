package dev.fakewix.media.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * The container image's health check: {@code GET /_fake/health} on this machine's loopback, at the port the server
 * was given by {@code FAKE_WIX_PORT} (default 8080). Exit status 0 when it answers 200, else 1 with one line on stderr.
 * A bare socket and HTTP/1.0, so that the probe's JVM loads a handful of classes and is done in a fraction of a second.
 *
 * <pre>{@code
 * java -cp fake-wix-media-manager-standalone.jar dev.fakewix.media.http.internal.HealthProbe
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class HealthProbe {
    private static final int TIMEOUT_MILLIS = 4000;

    private HealthProbe() {}

    public static void main(String[] args) {
        String port = System.getenv()
                .getOrDefault(StandaloneServer.environmentVariable("--port"), "8080")
                .trim();
        try {
            String status = statusLine(Integer.parseInt(port));
            if (status.startsWith("HTTP/1.1 200") || status.startsWith("HTTP/1.0 200")) {
                return;
            }
            System.err.println("unhealthy: GET /_fake/health answered " + status);
        } catch (IOException | RuntimeException e) {
            System.err.println("unhealthy: GET http://127.0.0.1:" + port + "/_fake/health failed: " + e);
        }
        System.exit(1);
    }

    private static String statusLine(int port) throws IOException {
        try (Socket socket = new Socket()) {
            // 127.0.0.1 as bytes: no name to resolve, and IPv4 whatever java.net.preferIPv6Addresses says
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            socket.connect(new InetSocketAddress(loopback, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /_fake/health HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r' && c != '\n' && line.length() < 200; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
