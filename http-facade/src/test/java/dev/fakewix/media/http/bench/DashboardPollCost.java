package dev.fakewix.media.http.bench;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.http.FakeMediaManagerServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an open, idle dashboard costs the server: the five admin GETs it makes each poll (sites, clock, the site's
 * listing without bytes, scenarios, the journal without bodies), first plain, then with {@code If-None-Match} as the
 * page sends them, against a site of 10,000 files and a journal of 1,000 requests.
 *
 * <pre>{@code
 * mvn -B -q -o -pl http-facade -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/bench-classpath.txt -Dconformance.skip=true
 * java -cp "http-facade/target/test-classes:http-facade/target/classes:$(cat http-facade/target/bench-classpath.txt)" \
 *     dev.fakewix.media.http.bench.DashboardPollCost
 * # prints, per route: the plain answer's bytes and time, then the conditional answer's status, bytes and median time
 * }</pre>
 */
public final class DashboardPollCost {
    private static final int FILES = 10_000;
    private static final int JOURNALED = 1_000;
    private static final int ROUNDS = 50;

    private DashboardPollCost() {}

    public static void main(String[] args) throws Exception {
        FakeMediaManager fake = FakeMediaManager.builder().seed(1).build();
        MediaSite site = fake.site(fake.defaultSiteId());
        for (int i = 0; i < FILES; i++) {
            site.files()
                    .importFile(ImportFileRequest.of("https://example.com/photo-" + i + ".jpg")
                            .withLabels(List.of("gallery")));
        }
        try (FakeMediaManagerServer server = FakeMediaManagerServer.start(fake, config -> config.port(0))) {
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < JOURNALED; i++) {
                send(
                        http,
                        server.baseUri().resolve("/site-media/v1/files?paging.limit=1"),
                        Map.of("Authorization", "bench"));
            }
            String s = fake.defaultSiteId();
            List<String> polled = List.of(
                    "/_fake/sites",
                    "/_fake/clock",
                    "/_fake/sites/" + s + "/state?content=false",
                    "/_fake/sites/" + s + "/scenarios",
                    "/_fake/journal?bodies=false&limit=500&siteId=" + s);
            System.out.printf(
                    "site of %d files, journal of %d requests, %d conditional rounds%n", FILES, JOURNALED, ROUNDS);
            for (String path : polled) {
                URI uri = server.baseUri().resolve(path);
                long t0 = System.nanoTime();
                HttpResponse<byte[]> plain = send(http, uri, Map.of());
                double plainMs = (System.nanoTime() - t0) / 1e6;
                String etag = plain.headers().firstValue("ETag").orElse("");
                double[] times = new double[ROUNDS];
                int status = 0;
                int bytes = 0;
                for (int r = 0; r < ROUNDS; r++) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> conditional = send(http, uri, Map.of("If-None-Match", etag));
                    times[r] = (System.nanoTime() - t) / 1e6;
                    status = conditional.statusCode();
                    bytes = conditional.body().length;
                }
                Arrays.sort(times);
                System.out.printf(
                        "%-70s plain %,10d B %7.1f ms | conditional %d %,d B median %6.2f ms%n",
                        path.length() > 70 ? path.substring(0, 67) + "..." : path,
                        plain.body().length,
                        plainMs,
                        status,
                        bytes,
                        times[ROUNDS / 2]);
            }
        }
    }

    private static HttpResponse<byte[]> send(HttpClient http, URI uri, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        new HashMap<>(headers).forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
