package dev.fakewix.media.awaitility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.http.JournalEntry;
import dev.fakewix.media.junit.FakeMediaManagerHttp;
import dev.fakewix.media.junit.WithFakeMediaManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.Test;

/** Waiting for asynchronous code under test: real background threads, and the fake's real-time readiness. */
class MediaAwaitTest {

    @Test
    @WithFakeMediaManager(readiness = "readyAfterWallTime 100ms")
    void waitsUntilAFileIsReady(MediaSite site) {
        FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/clip.mp4"));

        FileDescriptor ready = MediaAwait.untilFileReady(site, file.id());

        assertThat(ready.operationStatus()).isEqualTo(OperationStatus.READY);
    }

    @Test
    @WithFakeMediaManager(readiness = "readyAfterWallTime 100ms")
    void waitsByPathForAFileAnotherThreadImports(MediaSite site) throws Exception {
        Thread importer = new Thread(() -> site.files()
                .importFile(ImportFileRequest.of("https://example.com/clip.mp4").withDisplayName("clip.mp4")));
        importer.start();

        FileDescriptor ready = MediaAwait.untilFileReadyAt(site, "/clip.mp4");

        assertThat(ready.displayName()).isEqualTo("clip.mp4");
        assertThat(ready.operationStatus()).isEqualTo(OperationStatus.READY);
        importer.join();
    }

    @Test
    @WithFakeMediaManager(readiness = "manual")
    void waitingByPathStopsAtOnceWhenTheFileThereFails(MediaSite site) {
        FileDescriptor file = site.files()
                .importFile(ImportFileRequest.of("https://example.com/clip.mp4").withDisplayName("clip.mp4"));
        site.lifecycle().markFailed(file.id(), "UNSUPPORTED_FILE_FORMAT", "cannot decode");

        assertThatThrownBy(() -> MediaAwait.untilFileReadyAt(site, "/clip.mp4"))
                .isInstanceOf(TerminalFailureException.class)
                .hasMessageContaining("the file at /clip.mp4")
                .hasMessageContaining("FAILED processing");
    }

    @Test
    @WithFakeMediaManager(readiness = "manual")
    void stopsAtOnceWhenTheFileFails(MediaSite site) {
        FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/clip.mp4"));
        site.lifecycle().markFailed(file.id(), "UNSUPPORTED_FILE_FORMAT", "cannot decode");

        assertThatThrownBy(() -> MediaAwait.untilFileReady(site, file.id()))
                .isInstanceOf(TerminalFailureException.class)
                .hasMessageContaining("FAILED processing instead of turning READY");
    }

    @Test
    @WithFakeMediaManager(readiness = "manual")
    void aTimeoutNamesWhatWasAwaited(MediaSite site) {
        FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/clip.mp4"));

        assertThatThrownBy(() -> MediaAwait.awaitFile(site, file.id())
                        .atMost(Duration.ofMillis(50))
                        .until(MediaAwait.fileIsReady(site, file.id())))
                .isInstanceOf(ConditionTimeoutException.class)
                .hasMessageContaining("file " + file.id() + " of site " + site.siteId() + " to be READY");
    }

    @Test
    @WithFakeMediaManager(http = true)
    void waitsUntilRequestsFromAnotherThreadArrive(FakeMediaManagerHttp http) {
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Void> sent = CompletableFuture.runAsync(
                    () -> {
                        for (int i = 0; i < 3; i++) {
                            client.sendAsync(
                                            http.request("/site-media/v1/files")
                                                    .GET()
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .join();
                        }
                    },
                    background);

            List<JournalEntry> arrived = MediaAwait.untilRequests(http, Operation.LIST_FILES, 3);

            assertThat(arrived)
                    .hasSize(3)
                    .allSatisfy(e -> assertThat(e.siteId()).isEqualTo(http.siteId()));
            MediaAwait.await().until(MediaAwait.requestsArrived(http, Operation.LIST_FILES, 3));
            sent.join(); // the sender's own failure, if any
        } finally {
            background.shutdownNow();
        }
    }
}
