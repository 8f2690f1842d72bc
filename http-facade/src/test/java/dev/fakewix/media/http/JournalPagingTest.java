package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.VirtualClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Paging the journal with {@code GET /_fake/journal?afterSequence=N}, as the README tells clients to: every entry is
 * seen once, in order, while requests keep arriving, and a pager that fell behind is told how many entries it missed.
 */
class JournalPagingTest extends OnDemandServer {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private WireClient start(Consumer<ServerConfig> config) {
        return start(
                FakeMediaManager.builder()
                        .seed(7)
                        .clock(VirtualClock.frozenAt(NOW))
                        .build(),
                config);
    }

    /**
     * A request that arrived first but finished last (its body came slowly) must not fall behind a pager that has
     * already read past a request that arrived after it: entries are numbered when they are journaled.
     */
    @Test
    void aRequestThatFinishesLastIsNotSkippedByAPagerThatReadPastLaterOnes() throws IOException {
        WireClient client = start(c -> c.port(0));
        String body = "{\"displayName\":\"Slow\",\"parentFolderId\":\"media-root\"}";
        try (Socket slow =
                new Socket(server.baseUri().getHost(), server.baseUri().getPort())) {
            slow.setSoTimeout(30_000);
            OutputStream out = slow.getOutputStream();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(slow.getInputStream(), StandardCharsets.US_ASCII));
            out.write(("POST /site-media/v1/folders HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: k\r\n"
                            + "wix-site-id: " + WireClient.SITE_ID
                            + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                            + "Content-Length: " + body.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the server asks for the body when its handler reads it: the request is being served from here on
            assertThat(in.readLine()).startsWith("HTTP/1.1 100");
            assertThat(in.readLine()).isEmpty();

            assertThat(client.get("/site-media/v1/files").status()).isEqualTo(200);
            JsonNode first = client.get("/_fake/journal?afterSequence=0").json();
            assertThat(first.get("entries")).hasSize(1);
            long seen = first.get("entries").get(0).get("sequence").longValue();

            out.write(body.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");

            JsonNode next = client.get("/_fake/journal?afterSequence=" + seen).json();
            assertThat(next.get("entries"))
                    .as("the slow request, journaled after the pager's last entry")
                    .hasSize(1);
            assertThat(next.get("entries").get(0).get("operation").stringValue())
                    .isEqualTo("createFolder");
            assertThat(next.get("entries").get(0).get("sequence").longValue()).isEqualTo(seen + 1);
            assertThat(next.get("missed").longValue()).isZero();
        }
    }

    /** Four clients write while a pager follows the journal: it sees each entry once, in order, and none is missing. */
    @Test
    void aPagerSeesEveryEntryOnceWhileClientsWrite() throws Exception {
        WireClient client = start(c -> c.port(0).journalCapacity(10_000));
        int writers = 4;
        int perWriter = 150;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        boolean writing = true;
        List<Long> paged = new ArrayList<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        WireClient.Response r = i % 3 == 0
                                ? client.post(
                                        "/site-media/v1/folders", "{\"displayName\":\"w" + writer + "-" + i + "\"}")
                                : client.get("/site-media/v1/files?paging.limit=" + (1 + i % 5));
                        assertThat(r.status()).as("%s", r).isEqualTo(200);
                    }
                    return null;
                }));
            }
            long after = 0;
            while (writing) {
                writing = done.stream().anyMatch(f -> !f.isDone());
                after = page(client, after, paged);
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
            page(client, after, paged);
        } finally {
            pool.shutdownNow();
        }
        Set<Long> distinct = new LinkedHashSet<>(paged);
        assertThat(paged).as("seen once each").hasSameSizeAs(distinct);
        assertThat(paged).as("in order").isSorted();
        List<Long> kept =
                server.journal().entries().stream().map(JournalEntry::sequence).toList();
        assertThat(kept).hasSize(writers * perWriter);
        assertThat(paged).as("every entry the journal holds, none skipped").containsExactlyElementsOf(kept);
    }

    /** Pages until the end; returns the last sequence seen. A pager keeping up never misses anything. */
    private static long page(WireClient client, long after, List<Long> paged) {
        while (true) {
            JsonNode answer = client.get("/_fake/journal?bodies=false&limit=7&afterSequence=" + after)
                    .json();
            assertThat(answer.get("missed").longValue()).isZero();
            JsonNode entries = answer.get("entries");
            for (JsonNode e : entries) {
                after = e.get("sequence").longValue();
                paged.add(after);
            }
            if (entries.size() < 7) {
                return after;
            }
        }
    }

    @Test
    void aPagerThatFellBehindTheOldestEntryIsToldHowManyItMissed() {
        WireClient client = start(c -> c.port(0).journalCapacity(5));
        for (int i = 0; i < 12; i++) {
            client.get("/site-media/v1/files?paging.limit=" + (i + 1));
        }
        JsonNode behind = client.get("/_fake/journal?afterSequence=2").json();
        assertThat(behind.get("entries"))
                .extracting(e -> e.get("sequence").longValue())
                .containsExactly(8L, 9L, 10L, 11L, 12L);
        assertThat(behind.get("missed").longValue()).as("3 to 7 fell out").isEqualTo(5);
        assertThat(client.get("/_fake/journal?afterSequence=0&limit=2")
                        .json()
                        .get("missed")
                        .longValue())
                .isEqualTo(7);
        assertThat(client.get("/_fake/journal?afterSequence=9")
                        .json()
                        .get("missed")
                        .longValue())
                .isZero();

        client.delete("/_fake/journal");
        JsonNode cleared = client.get("/_fake/journal?afterSequence=10").json();
        assertThat(cleared.get("entries")).isEmpty();
        assertThat(cleared.get("missed").longValue()).as("11 and 12, cleared").isEqualTo(2);
    }

    @Test
    void everyAnswerCarriesTheNumberItIsJournaledUnderAndAdminCallsTheirOwn() {
        WireClient client = start(c -> c.port(0));
        WireClient.Response list = client.get("/site-media/v1/files");
        WireClient.Response missing = client.get("/site-media/v1/files/get-file-by-id?fileId=nope");
        WireClient.Response admin = client.get("/_fake/clock");
        List<JournalEntry> entries = server.journal().entries();
        assertThat(entries).extracting(JournalEntry::sequence).containsExactly(1L, 2L);
        assertThat(list.header("X-Wix-Request-Id")).isEqualTo("fake-1");
        assertThat(missing.header("X-Wix-Request-Id")).isEqualTo("fake-2");
        assertThat(entries.get(1).operation()).isEqualTo(Operation.GET_FILE_DESCRIPTOR);
        assertThat(admin.header("X-Wix-Request-Id")).isEqualTo("fake-admin-1");
        assertThat(client.get("/site-media/v1/files").header("X-Wix-Request-Id"))
                .isEqualTo("fake-3");
    }
}
