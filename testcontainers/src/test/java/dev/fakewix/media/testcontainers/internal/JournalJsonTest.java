package dev.fakewix.media.testcontainers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.http.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin API's journal page read back into entries, escapes and all. */
class JournalJsonTest {
    @Test
    void aJournalPageReadsBackIntoEntries() {
        String page = """
                {"entries":[{"sequence":3,"receivedAt":"2024-01-01T00:00:00.000Z","siteId":"s1","operation":"listFiles",
                "method":"GET","path":"/site-media/v1/files","query":{"paging.limit":["2"],"mediaTypes":["IMAGE","VIDEO"]},
                "body":null,"status":503,"errorCode":"UNAVAILABLE","scenario":"#1 listFiles","responseBody":"{\\"a\\":\\"\\\\u00e9\\\\n\\"}",
                "guesses":["G-059","G-060"],"latencyMillis":1.5,"fromDashboard":true},
                {"sequence":4,"receivedAt":"2024-01-01T00:00:01Z","siteId":null,"operation":null,"method":"PUT",
                "path":"/nowhere","query":{},"status":404,"errorCode":null,"scenario":null,"latencyMillis":0}]}""";
        List<JournalEntry> entries = JournalJson.entries(page);
        assertThat(entries).hasSize(2);
        JournalEntry first = entries.get(0);
        assertThat(first.sequence()).isEqualTo(3);
        assertThat(first.receivedAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(first.operation()).isEqualTo(Operation.LIST_FILES);
        assertThat(first.query()).containsEntry("mediaTypes", List.of("IMAGE", "VIDEO"));
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.errorCode()).isEqualTo("UNAVAILABLE");
        assertThat(first.responseBody()).isEqualTo("{\"a\":\"\\u00e9\\n\"}");
        assertThat(first.latency()).isEqualTo(Duration.ofNanos(1_500_000));
        assertThat(first.guesses()).containsExactly("G-059", "G-060");
        assertThat(entries.get(1).guesses())
                .as("an entry from a server before guesses were journaled")
                .isEmpty();
        assertThat(first.fromDashboard()).isTrue();
        assertThat(entries.get(1).fromDashboard())
                .as("an entry without the field is the code under test's")
                .isFalse();
        assertThat(entries.get(1).operation()).isNull();
        assertThat(entries.get(1).siteId()).isNull();
        assertThat(entries.get(1).body()).isNull();
    }

    @Test
    void somethingElseIsAClearError() {
        assertThatThrownBy(() -> JournalJson.entries("{\"files\":[]}")).hasMessageContaining("not a journal page");
        assertThatThrownBy(() -> JournalJson.entries("{\"entries\":[{\"sequence\":1,"))
                .hasMessageContaining("expected");
    }
}
