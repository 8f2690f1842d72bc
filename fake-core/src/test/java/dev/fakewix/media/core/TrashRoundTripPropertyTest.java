package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;

/** Trashing items and restoring them in reverse order gives back exactly the site there was. */
class TrashRoundTripPropertyTest {

    @Provide
    Arbitrary<List<Integer>> trees() {
        return Arbitraries.integers()
                .between(0, 8)
                .list()
                .ofMaxSize(8)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<List<Integer>> placements() {
        return Arbitraries.integers()
                .between(0, 8)
                .list()
                .ofMaxSize(20)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<List<Integer>> deletions() {
        return Arbitraries.integers()
                .between(0, 60)
                .list()
                .ofMinSize(1)
                .ofMaxSize(12)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    /**
     * @param folderParents for folder i, the index of its parent among the folders before it (0 = media-root)
     * @param fileFolders   for each file, the index of its folder (0 = media-root)
     * @param deletions     items to trash, in order: even = a file, odd = a folder, value / 2 picks which
     */
    @Property(tries = 300)
    void trashingThenRestoringInReverseOrderRoundTrips(
            @ForAll("trees") List<Integer> folderParents,
            @ForAll("placements") List<Integer> fileFolders,
            @ForAll("deletions") List<Integer> deletions) {
        FakeMediaManager fake = Fakes.fake();
        List<String> folders = new ArrayList<>(List.of("media-root"));
        for (int parent : folderParents) {
            folders.add(fake.site()
                    .folders()
                    .createFolder("d" + folders.size(), folders.get(parent % folders.size()))
                    .id());
        }
        List<String> files = new ArrayList<>();
        for (int folder : fileFolders) {
            files.add(Fakes.importInto(
                            fake.site().files(), folders.get(folder % folders.size()), "f" + files.size() + ".jpg")
                    .id());
        }
        SiteSnapshot before = fake.site().snapshot();
        List<String> viewBefore = view(fake, folders);

        List<String[]> trashed = new ArrayList<>();
        for (int pick : deletions) {
            boolean folder = pick % 2 == 1 && folders.size() > 1;
            List<String> pool = folder ? folders.subList(1, folders.size()) : files;
            if (pool.isEmpty()) {
                continue;
            }
            String id = pool.get((pick / 2) % pool.size());
            if (inTrash(fake, folder, id)) {
                continue; // round trips are promised for items trashed while live
            }
            if (folder) {
                fake.site().folders().bulkDeleteFolders(List.of(id), false);
            } else {
                fake.site().files().bulkDeleteFiles(List.of(id), false);
            }
            trashed.add(new String[] {folder ? "folder" : "file", id});
        }
        Statistics.label("items trashed").collect(trashed.size() < 3 ? "<3" : trashed.size() < 6 ? "3-5" : "6+");
        Collections.reverse(trashed);
        for (String[] item : trashed) {
            if (item[0].equals("folder")) {
                fake.site().folders().bulkRestoreFoldersFromTrashBin(List.of(item[1]));
            } else {
                fake.site().files().bulkRestoreFilesFromTrashBin(List.of(item[1]));
            }
        }

        assertThat(fake.site().snapshot()).isEqualTo(before);
        assertThat(view(fake, folders)).isEqualTo(viewBefore);
        assertThat(fake.site().files().listDeletedFiles(ListFilesRequest.all()).files())
                .isEmpty();
        assertThat(fake.site()
                        .folders()
                        .listDeletedFolders(ListFoldersRequest.all())
                        .folders())
                .isEmpty();
    }

    @Property(tries = 200)
    void aTrashedItemIsNeverListedAsLiveAndAlwaysAsDeleted(
            @ForAll("trees") List<Integer> folderParents,
            @ForAll("placements") List<Integer> fileFolders,
            @ForAll("deletions") List<Integer> deletions) {
        FakeMediaManager fake = Fakes.fake();
        List<String> folders = new ArrayList<>(List.of("media-root"));
        for (int parent : folderParents) {
            folders.add(fake.site()
                    .folders()
                    .createFolder("d", folders.get(parent % folders.size()))
                    .id());
        }
        for (int folder : fileFolders) {
            Fakes.importInto(fake.site().files(), folders.get(folder % folders.size()), "f.jpg");
        }
        List<String> fileIds = Fakes.ids(fake.site().snapshot().files().stream()
                .map(SiteSnapshot.StoredFile::file)
                .toList());
        for (int pick : deletions) {
            if (pick % 2 == 1 && folders.size() > 1) {
                fake.site()
                        .folders()
                        .bulkDeleteFolders(List.of(folders.get(1 + (pick / 2) % (folders.size() - 1))), false);
            } else if (!fileIds.isEmpty()) {
                fake.site().files().bulkDeleteFiles(List.of(fileIds.get((pick / 2) % fileIds.size())), false);
            }
        }

        Set<String> deleted = new HashSet<>(Fakes.ids(Fakes.allFiles(
                p -> fake.site().files().listDeletedFiles(ListFilesRequest.all().withPaging(p)), null)));
        Set<String> live = new HashSet<>();
        for (String folder : folders) {
            List<FileDescriptor> listed = fake.site()
                    .files()
                    .listFiles(ListFilesRequest.in(folder).withPaging(CursorPaging.limit(100)))
                    .files();
            listed.forEach(f ->
                    assertThat(live.add(f.id())).as("listed twice: %s", f.id()).isTrue());
        }
        assertThat(live).noneMatch(deleted::contains);
        assertThat(live.size() + deleted.size()).isEqualTo(fileIds.size());
    }

    private static boolean inTrash(FakeMediaManager fake, boolean folder, String id) {
        if (folder) {
            return Fakes.folderIds(fake.site()
                            .folders()
                            .listDeletedFolders(ListFoldersRequest.all())
                            .folders())
                    .contains(id);
        }
        return Fakes.ids(fake.site()
                        .files()
                        .listDeletedFiles(ListFilesRequest.all())
                        .files())
                .contains(id);
    }

    /** What the listings show: every folder's files and sub-folders. */
    private static List<String> view(FakeMediaManager fake, List<String> folders) {
        List<String> view = new ArrayList<>();
        for (String folder : folders) {
            view.add(folder + " files "
                    + Fakes.ids(fake.site()
                            .files()
                            .listFiles(ListFilesRequest.in(folder))
                            .files()));
            view.add(folder + " folders "
                    + fake.site().folders().listFolders(ListFoldersRequest.in(folder)).folders().stream()
                            .map(Folder::id)
                            .toList());
        }
        return view;
    }
}
