package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Abandoned resumable uploads (issue 19, finding 3): each kept a file open until its URL expired (7 days on the fake
 * clock, never while it stands still), and 19,048 of them ran the process out of file descriptors, after which every
 * upload failed. An upload's file is closed between its chunks now (reopened on resume), and a site has a bounded
 * number of unfinished resumable uploads, refused beyond with 429 RESOURCE_EXHAUSTED in the Wix shape.
 */
class ResumableUploadBoundsTest {
    @TempDir
    Path contentDir;

    @Test
    void anUploadBetweenItsChunksHoldsNoOpenFile() throws IOException {
        requireProcFd();
        FakeMediaManager fake = Fakes.builder()
                .contentMemoryBudget(0)
                .contentDirectory(contentDir)
                .build();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String token = newUpload(fake);
            fake.transfers().appendResumable(token, 0, new byte[] {1, 2, 3, 4, 5}, 10L);
            tokens.add(token);
        }

        assertThat(openFilesUnder(contentDir))
                .as("files open under the content directory")
                .isZero();

        String resumed = tokens.get(7);
        assertThat(fake.transfers()
                        .appendResumable(resumed, 5, new byte[] {6, 7, 8, 9, 10}, null)
                        .offset())
                .isEqualTo(10);
        FileDescriptor file = fake.transfers().finishResumable(resumed, "clip.mp4");
        assertThat(fake.transfers().content(fake.defaultSiteId(), file.id()))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(openFilesUnder(contentDir)).isZero();
    }

    @Test
    void aSiteHasABoundedNumberOfUnfinishedResumableUploads() {
        FakeMediaManager fake = Fakes.fake();
        List<String> tokens = new ArrayList<>();
        MediaManagerException refused = null;
        while (refused == null && tokens.size() <= 2000) {
            try {
                tokens.add(newUpload(fake));
            } catch (MediaManagerException e) {
                refused = e;
            }
        }

        assertThat(tokens.size()).as("resumable uploads a site may hold").isEqualTo(1000);
        assertThat(refused.httpStatus()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(refused.getMessage()).contains("1000", "terminate");
        fake.transfers().terminateResumable(tokens.get(0));
        String again = newUpload(fake);
        fake.transfers().appendResumable(again, 0, new byte[] {1}, 1L);
        fake.transfers().finishResumable(again, "a.mp4");
        assertThat(newUpload(fake)).as("a finalized upload frees its place too").isNotBlank();
        assertThatThrownBy(() -> newUpload(fake)).isInstanceOf(MediaManagerException.class);
        fake.site("another-site")
                .files()
                .generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("video/mp4"));
    }

    private static String newUpload(FakeMediaManager fake) {
        return fake.site()
                .files()
                .generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("video/mp4"))
                .uploadToken();
    }

    /** Open file descriptors of this process whose file is under {@code dir} (Linux: /proc/self/fd). */
    private static long openFilesUnder(Path dir) throws IOException {
        Path real = dir.toRealPath();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                        try {
                            return Files.readSymbolicLink(fd).startsWith(real);
                        } catch (IOException | UnsupportedOperationException gone) {
                            return false; // closed meanwhile (the listing's own descriptor)
                        }
                    })
                    .count();
        }
    }

    private static void requireProcFd() {
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
            String why = "counting open files needs /proc/self/fd (Linux)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why + "; CI runs on Linux");
            }
            Assumptions.abort(why);
        }
    }
}
