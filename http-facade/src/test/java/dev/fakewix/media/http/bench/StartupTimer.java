package dev.fakewix.media.http.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Times a server's start-up as a client sees it: from the moment the command is executed to the first successful
 * (2xx) HTTP response. Polls every millisecond with a one-line HTTP/1.1 request over a fresh connection; stops the
 * server (SIGTERM) after each run and waits for it to exit.
 *
 * <pre>{@code
 * java -cp bare-javalin-bench.jar dev.fakewix.media.http.bench.StartupTimer \
 *     --runs 5 --url http://127.0.0.1:18090/_fake/health --log startup.log -- \
 *     java -jar fake-wix-media-manager-standalone.jar --port 18090
 * # prints: runs_ms=412,398,405,401,399 median_ms=401 min_ms=398 max_ms=412
 * }</pre>
 *
 * <p>A run that does not answer within 60 s, or whose process exits first, fails the whole measurement (exit 1).
 */
public final class StartupTimer {
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

    private StartupTimer() {}

    public static void main(String[] args) throws Exception {
        int runs = 5;
        URI url = null;
        File log = null;
        List<String> headers = new ArrayList<>();
        int i = 0;
        for (; i < args.length && !args[i].equals("--"); i += 2) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--url" -> url = URI.create(args[i + 1]);
                case "--header" -> headers.add(args[i + 1]);
                case "--log" -> log = new File(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (url == null || i >= args.length - 1) {
            System.err.println(
                    "usage: StartupTimer --url URL [--runs N] [--header 'Name: value'] [--log FILE] -- COMMAND...");
            System.exit(2);
        }
        List<String> command = Arrays.asList(args).subList(i + 1, args.length);
        byte[] request = request(url, headers);
        long[] millis = new long[runs];
        for (int run = 0; run < runs; run++) {
            millis[run] = timeOnce(command, url, request, log);
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        StringBuilder all = new StringBuilder();
        for (long m : millis) {
            all.append(all.length() == 0 ? "" : ",").append(m);
        }
        System.out.printf(
                Locale.ROOT,
                "runs_ms=%s median_ms=%d min_ms=%d max_ms=%d%n",
                all,
                sorted[runs / 2],
                sorted[0],
                sorted[runs - 1]);
    }

    private static long timeOnce(List<String> command, URI url, byte[] request, File log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(log));
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            while (true) {
                if (answersOk(url, request)) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server exited with status " + process.exitValue()
                            + " before answering " + url + (log == null ? "" : "; see " + log));
                }
                if (System.nanoTime() - start > TIMEOUT_NANOS) {
                    throw new IllegalStateException("no 2xx answer from " + url + " within 60 s");
                }
                // a benchmark tool, not a test: poll the starting server every millisecond, without spinning a core
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static byte[] request(URI url, List<String> headers) {
        String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        StringBuilder text = new StringBuilder("GET ")
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(url.getHost())
                .append(':')
                .append(url.getPort())
                .append("\r\nConnection: close\r\n");
        for (String header : headers) {
            text.append(header).append("\r\n");
        }
        return text.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** One attempt: connection refused, a reset or a non-2xx status all mean "not yet". */
    private static boolean answersOk(URI url, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 1000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] status = in.readNBytes(12); // "HTTP/1.1 200"
            if (status.length < 12 || status[9] != '2') {
                return false;
            }
            in.transferTo(OutputStream.nullOutputStream()); // the whole answer, as a client would read it
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
