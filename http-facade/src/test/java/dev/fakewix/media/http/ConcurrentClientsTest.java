package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.VirtualClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Several HTTP clients on several sites at once, mixed operations (import, rename, list with paging, search, delete,
 * restore), while an admin client keeps resetting one site. Afterwards no update is lost (every file shows the last
 * name its owner set), no 5xx was answered, and paging over each site lists every live file exactly once.
 * The operation count is printed; {@code -Dstress.http.operations=N} runs more per client.
 */
class ConcurrentClientsTest {
    private static final int CLIENTS = 8;
    private static final int OPERATIONS_PER_CLIENT = Integer.getInteger("stress.http.operations", 1_000);
    private static final List<String> SITES = List.of("site-a", "site-b", "site-c");
    private static final String RESET_SITE = "site-reset";

    @Test
    void clientsOnSeveralSitesLoseNoUpdateWhileAnotherSiteIsReset() throws Exception {
        FakeMediaManager fake = FakeMediaManager.builder()
                .seed(3)
                .clock(VirtualClock.frozenAt(Instant.parse("2024-05-01T10:00:00Z")))
                .build();
        try (FakeMediaManagerServer server =
                FakeMediaManagerServer.start(fake, c -> c.port(0).journalCapacity(100))) {
            Map<String, String> lastName = new ConcurrentHashMap<>(); // file id -> the last name its owner set
            Map<String, String> siteOf = new ConcurrentHashMap<>();
            Set<String> deleted = ConcurrentHashMap.newKeySet();
            AtomicInteger operations = new AtomicInteger();
            AtomicInteger renames = new AtomicInteger();
            List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int clientNo = c;
                work.add(pool.submit(() -> {
                    String site = SITES.get(clientNo % SITES.size());
                    WireClient client = new WireClient(server.baseUri()).with("wix-site-id", site);
                    Random random = new Random(clientNo);
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < OPERATIONS_PER_CLIENT; i++) {
                        WireClient.Response r;
                        int pick = mine.isEmpty() ? 0 : random.nextInt(10);
                        if (pick <= 2) {
                            r = client.post(
                                    "/site-media/v1/files/import",
                                    "{\"url\":\"https://example.com/c" + clientNo + "-" + i
                                            + ".jpg\",\"displayName\":\"c" + clientNo + "-" + i + ".jpg\"}");
                            if (r.status() == 200) {
                                String id = r.json().at("/file/id").stringValue();
                                mine.add(id);
                                siteOf.put(id, site);
                                lastName.put(id, "c" + clientNo + "-" + i + ".jpg");
                            }
                        } else if (pick <= 5) {
                            String id = mine.get(random.nextInt(mine.size()));
                            String name = "renamed-" + clientNo + "-" + i + ".jpg";
                            r = client.patch(
                                    "/site-media/v1/files/update-file-descriptor",
                                    "{\"file\":{\"id\":\"" + id + "\",\"displayName\":\"" + name + "\"}}");
                            if (r.status() == 200) {
                                lastName.put(id, name);
                                renames.incrementAndGet();
                            }
                        } else if (pick == 6) {
                            r = client.get("/site-media/v1/files?paging.limit=7");
                        } else if (pick == 7) {
                            r = client.post(
                                    "/site-media/v1/files/search",
                                    "{\"search\":\"renamed-" + clientNo + "\",\"paging\":{\"limit\":5}}");
                        } else if (pick == 8) {
                            String id = mine.remove(random.nextInt(mine.size()));
                            r = client.post(
                                    "/site-media/v1/bulk/files/delete",
                                    "{\"fileIds\":[\"" + id + "\"],\"permanent\":" + random.nextBoolean() + "}");
                            if (r.status() == 200) {
                                deleted.add(id);
                            }
                        } else {
                            String id = mine.get(random.nextInt(mine.size()));
                            r = client.get("/site-media/v1/files/get-file-by-id?fileId=" + id);
                        }
                        operations.incrementAndGet();
                        if (r.status() >= 500) {
                            serverErrors.add(r.toString());
                        }
                    }
                    return null;
                }));
            }
            work.add(pool.submit(() -> {
                WireClient resetter = new WireClient(server.baseUri()).with("wix-site-id", RESET_SITE);
                for (int i = 0; i < OPERATIONS_PER_CLIENT / 4; i++) {
                    WireClient.Response r = i % 5 == 4
                            ? resetter.post("/_fake/sites/" + RESET_SITE + "/reset", null)
                            : resetter.post(
                                    "/site-media/v1/files/import", "{\"url\":\"https://example.com/r" + i + ".jpg\"}");
                    operations.incrementAndGet();
                    if (r.status() >= 500) {
                        serverErrors.add(r.toString());
                    }
                }
                return null;
            }));
            pool.shutdown();
            for (Future<?> f : work) {
                f.get();
            }
            System.out.println("[concurrency] " + operations.get() + " HTTP operations from " + (CLIENTS + 1)
                    + " clients on " + (SITES.size() + 1) + " sites, " + serverErrors.size() + " answered 5xx");
            assertThat(serverErrors).isEmpty();
            int lost = 0;
            for (String site : SITES) {
                WireClient client = new WireClient(server.baseUri()).with("wix-site-id", site);
                List<String> listed = new ArrayList<>();
                String cursor = null;
                do {
                    JsonNode page = client.get("/site-media/v1/files?paging.limit=17"
                                    + (cursor == null ? "" : "&paging.cursor=" + cursor))
                            .json();
                    for (JsonNode f : page.get("files")) {
                        listed.add(f.get("id").stringValue());
                        if (!f.get("displayName")
                                .stringValue()
                                .equals(lastName.get(f.get("id").stringValue()))) {
                            lost++;
                        }
                    }
                    cursor = page.at("/nextCursor/cursors/next").stringValue("");
                } while (cursor != null && !cursor.isEmpty());
                Set<String> expected = new HashSet<>();
                siteOf.forEach((id, s) -> {
                    if (s.equals(site) && !deleted.contains(id)) {
                        expected.add(id);
                    }
                });
                assertThat(listed)
                        .as("paging over %s lists every live file once", site)
                        .doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
            System.out.println("[concurrency] " + renames.get() + " renames, lost updates: " + lost);
            assertThat(renames.get()).as("renames answered 200").isGreaterThan(CLIENTS * OPERATIONS_PER_CLIENT / 5);
            assertThat(lost).isZero();
            assertThat(operations.get()).isGreaterThanOrEqualTo(CLIENTS * OPERATIONS_PER_CLIENT);
        }
    }
}
