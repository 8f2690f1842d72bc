package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.face.Transfers;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What archive URLs cost (issue 19, findings 2 and 8): each URL keeps its entry list, so the lists are freed when the
 * URL expires and a site keeps a bounded number of them (1,500 URLs of a 1,000-file folder took 75 MB, never freed,
 * and generating one is a read call); folder trees of any depth are archived with work bounded by the entries, not by
 * the depth squared (a chain 10,000 deep ran a 256 MiB heap out), and a path no zip can hold is refused in the Wix
 * shape (at 20,000 deep the download answered a 500).
 */
class ArchiveBoundsTest {
    private final FakeMediaManager fake = Fakes.fake();
    private final MediaSite site = fake.site();

    @Test
    void aSiteKeepsItsNewestArchiveUrlsAndFreesThemAtExpiry() {
        Folder folder = site.folders().createFolder("photos", null);
        for (int i = 0; i < 1000; i += 100) {
            List<ImportFileRequest> batch = new ArrayList<>();
            for (int j = i; j < i + 100; j++) {
                batch.add(ImportFileRequest.of("https://example.com/" + j + ".jpg")
                        .withParentFolderId(folder.id()));
            }
            site.files().bulkImportFiles(batch);
        }
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            urls.add(site.folders().generateFolderDownloadUrl(folder.id()));
        }

        assertThat(site.transfers().archivesKept()).as("archive lists kept").isEqualTo(100);
        assertThatThrownBy(() -> fake.transfers().archive(token(urls.get(0))))
                .isInstanceOfSatisfying(
                        MediaManagerException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOUND"))
                .hasMessageContaining("newest 100");
        assertThat(fake.transfers().archive(token(urls.get(149))).entries()).hasSize(1000);

        fake.clock().advance(Duration.ofHours(10).plusSeconds(11));
        site.files().listFiles(ListFilesRequest.all()); // any call settles the site with its clock

        assertThat(site.transfers().archivesKept())
                .as("archive lists kept after expiry")
                .isZero();
    }

    @Test
    void aChainTenThousandFoldersDeepArchivesWithBoundedWork() {
        Folder top = chain(10_000, "d");
        long before = allocatedBytes();

        String url = site.folders().generateFolderDownloadUrl(top.id());

        long allocated = allocatedBytes() - before;
        Transfers.Archive archive = fake.transfers().archive(token(url));
        assertThat(archive.entries()).hasSize(1);
        assertThat(archive.entries().get(0).path())
                .hasSize(9_999 * "d0001/".length() + "deep.jpg".length())
                .startsWith("d0001/d0002/")
                .endsWith("/d9999/deep.jpg");
        assertThat(allocated).as("bytes allocated to generate the URL").isLessThan(64L << 20);
    }

    @Test
    void aPathLongerThanAZipEntryCanHoldIsRefusedInTheWixShape() {
        Folder top = chain(20_000, "level");

        assertThatThrownBy(() -> site.folders().generateFolderDownloadUrl(top.id()))
                .isInstanceOfSatisfying(MediaManagerException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("INVALID_ARGUMENT");
                })
                .hasMessageContaining("65,535");
        assertThat(site.transfers().archivesKept()).isZero();
    }

    /** Folders {@code <prefix>1/<prefix>2/...} under the root, each inside the last, a file in the deepest. */
    private Folder chain(int depth, String prefix) {
        Folder top = site.folders().createFolder(prefix + "0", null);
        Folder parent = top;
        for (int i = 1; i < depth; i++) {
            parent = site.folders()
                    .createFolder(
                            String.format("%s%0" + Integer.toString(depth - 1).length() + "d", prefix, i), parent.id());
        }
        site.files()
                .importFile(ImportFileRequest.of("https://example.com/deep.jpg").withParentFolderId(parent.id()));
        return top;
    }

    private static String token(String archiveUrl) {
        return archiveUrl.substring(archiveUrl.indexOf("token=") + "token=".length());
    }

    /** Bytes this thread allocated so far (HotSpot's com.sun.management, by reflection: the test runs in the module). */
    private static long allocatedBytes() {
        try {
            return (long) Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes")
                    .invoke(ManagementFactory.getThreadMXBean());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this test counts allocated bytes, which HotSpot JVMs report", e);
        }
    }
}
