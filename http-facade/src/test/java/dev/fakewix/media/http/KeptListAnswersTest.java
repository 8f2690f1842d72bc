package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.Readiness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The facade keeps ListFiles answers while the site does not change (ListAnswers): whatever changes the site shows in
 * the very next answer (writes, the clocks settling a pending file, reads counting toward a file's readiness, a
 * restored state), a scripted scenario meets a request with a kept answer as any other, and the journal records it.
 * The last test has several clients write and list at once: each must see its own write in the list that follows it.
 */
class KeptListAnswersTest extends ServerFixture {
    private static final String LIST = "/site-media/v1/files?parentFolderId=media-root&paging.limit=100";

    @Test
    void aRepeatedListIsAnsweredAlikeAndAWriteShowsInTheNextOne() {
        String id = importFile("a.jpg");
        WireClient.Response first = client.get(LIST);
        WireClient.Response again = client.get(LIST);
        assertThat(again.body()).isEqualTo(first.body());

        String second = importFile("b.jpg");
        assertThat(client.get(LIST).body()).contains(id).contains(second);
        client.patch(
                "/site-media/v1/files/update-file-descriptor",
                "{\"file\":{\"id\":\"" + id + "\",\"displayName\":\"renamed.jpg\"}}");
        assertThat(client.get(LIST).body())
                .contains("\"displayName\":\"renamed.jpg\"")
                .doesNotContain("\"displayName\":\"a.jpg\"");
        client.post("/site-media/v1/bulk/files/delete", "{\"fileIds\":[\"" + id + "\"],\"permanent\":true}");
        assertThat(client.get(LIST).body()).doesNotContain(id).contains(second);
    }

    @Test
    void theClockSettlingAPendingFileShowsInTheNextList() {
        site.scenarios().readiness(Readiness.readyAfter(Duration.ofMinutes(5)));
        String id = importFile("pending.jpg");
        assertThat(stateIn(client.get(LIST), id)).isEqualTo("PENDING");
        assertThat(stateIn(client.get(LIST), id)).isEqualTo("PENDING");

        fake.clock().advance(Duration.ofMinutes(5));

        assertThat(stateIn(client.get(LIST), id)).isEqualTo("READY");
    }

    @Test
    void everyListCountsTowardAFileReadyAfterReads() {
        site.scenarios().readiness(Readiness.afterReads(3, Readiness.ready()));
        String id = importFile("read-me.jpg");
        assertThat(stateIn(client.get(LIST), id)).isEqualTo("PENDING");
        assertThat(stateIn(client.get(LIST), id)).isEqualTo("PENDING");
        assertThat(stateIn(client.get(LIST), id)).isEqualTo("PENDING");

        assertThat(stateIn(client.get(LIST), id)).isEqualTo("READY");
    }

    @Test
    void aScriptedErrorMeetsARequestWhoseAnswerIsKeptAndTheJournalSaysSo() {
        importFile("a.jpg");
        String kept = client.get(LIST).body();
        client.get(LIST);
        site.scenarios().on(Operation.LIST_FILES).failWithStatus(503).once();

        assertThat(client.get(LIST).status()).isEqualTo(503);
        WireClient.Response after = client.get(LIST);

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(kept);
        List<JournalEntry> lists = server.journal().entries(e -> e.operation() == Operation.LIST_FILES);
        assertThat(lists).extracting(JournalEntry::status).containsExactly(200, 200, 503, 200);
        assertThat(lists.get(2).scenario()).isNotNull();
        assertThat(lists.get(3).responseBody()).isEqualTo(lists.get(0).responseBody());
    }

    @Test
    void aRestoredStateShowsInTheNextList() {
        String id = importFile("before.jpg");
        WireClient.Response saved = client.get("/_fake/sites/" + WireClient.SITE_ID + "/state");
        String later = importFile("after.jpg");
        assertThat(client.get(LIST).body()).contains(id).contains(later);

        assertThat(client.put("/_fake/sites/" + WireClient.SITE_ID + "/state", saved.body())
                        .status())
                .isEqualTo(200);

        assertThat(client.get(LIST).body()).contains(id).doesNotContain(later);
    }

    @Test
    void clientsThatWriteAndListAtOnceEachSeeTheirOwnWriteInTheNextList() throws Exception {
        int clients = 6;
        int rounds = 12; // 72 files: one page of 100 holds them all
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int clientNo = c;
                work.add(pool.submit(() -> {
                    WireClient mine = new WireClient(server.baseUri());
                    for (int i = 0; i < rounds; i++) {
                        String id = mine.post(
                                        "/site-media/v1/files/import",
                                        "{\"url\":\"https://example.com/c" + clientNo + "-" + i + ".jpg\"}")
                                .json()
                                .at("/file/id")
                                .stringValue();
                        assertThat(mine.get(LIST).body())
                                .as("client %d's list after its import %d", clientNo, i)
                                .contains(id);
                        String name = "c" + clientNo + "-" + i + "-renamed.jpg";
                        mine.patch(
                                "/site-media/v1/files/update-file-descriptor",
                                "{\"file\":{\"id\":\"" + id + "\",\"displayName\":\"" + name + "\"}}");
                        assertThat(mine.get(LIST).body())
                                .as("client %d's list after its rename %d", clientNo, i)
                                .contains(name);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(client.get(LIST).json().get("files")).hasSize(clients * rounds);
    }

    private String importFile(String name) {
        WireClient.Response r = client.post(
                "/site-media/v1/files/import",
                "{\"url\":\"https://example.com/" + name + "\",\"displayName\":\"" + name + "\"}");
        assertThat(r.status()).as("import: %s", r).isEqualTo(200);
        return r.json().at("/file/id").stringValue();
    }

    private static String stateIn(WireClient.Response list, String id) {
        assertThat(list.status()).as("list: %s", list).isEqualTo(200);
        for (var file : list.json().get("files")) {
            if (file.get("id").stringValue().equals(id)) {
                return file.get("operationStatus").stringValue();
            }
        }
        throw new AssertionError("no file " + id + " in " + list.body());
    }
}
