package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.FolderUpdate;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.SearchFilesRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random chains of file and folder operations agree with a small reference model of folders, files and the trash
 * bin: the same calls succeed or fail with the same code, and every listing shows what the model says.
 */
class ReferenceModelPropertyTest {

    enum Kind {
        IMPORT,
        CREATE_FOLDER,
        MOVE_FILE,
        MOVE_FOLDER,
        RENAME_FILE,
        DELETE_FILE,
        PURGE_FILE,
        RESTORE_FILE,
        DELETE_FOLDER,
        PURGE_FOLDER,
        RESTORE_FOLDER
    }

    /** One step: what to do, and two picks that choose the subject and the target among the known ids. */
    record Step(Kind kind, int subject, int target) {}

    /** Chains of 10 to 60 steps, creating more often than removing, so that sites grow to some size. */
    @Provide
    Arbitrary<List<Step>> chains() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                Tuple.of(8, Kind.IMPORT),
                Tuple.of(4, Kind.CREATE_FOLDER),
                Tuple.of(3, Kind.MOVE_FILE),
                Tuple.of(2, Kind.MOVE_FOLDER),
                Tuple.of(1, Kind.RENAME_FILE),
                Tuple.of(3, Kind.DELETE_FILE),
                Tuple.of(1, Kind.PURGE_FILE),
                Tuple.of(2, Kind.RESTORE_FILE),
                Tuple.of(2, Kind.DELETE_FOLDER),
                Tuple.of(1, Kind.PURGE_FOLDER),
                Tuple.of(2, Kind.RESTORE_FOLDER));
        Arbitrary<Step> step = Combinators.combine(
                        kinds,
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, 1000))
                .as(Step::new);
        return step.list().ofMinSize(10).ofMaxSize(60).withSizeDistribution(RandomDistribution.uniform());
    }

    @Property(tries = 200)
    void operationChainsAgreeWithTheReferenceModel(@ForAll("chains") List<Step> steps) {
        FakeMediaManager fake = Fakes.fake();
        Model model = new Model();
        // every id ever seen, purged ones included, so that calls on vanished items are exercised too
        List<String> fileIds = new ArrayList<>();
        List<String> folderIds = new ArrayList<>();
        List<String> targets = new ArrayList<>(List.of("media-root", "trash-root"));

        for (Step step : steps) {
            String file = fileIds.isEmpty() ? null : fileIds.get(step.subject() % fileIds.size());
            String folder = folderIds.isEmpty() ? null : folderIds.get(step.subject() % folderIds.size());
            String target = targets.get(step.target() % targets.size());
            switch (step.kind()) {
                case IMPORT -> {
                    String expected = model.requireLive(target);
                    String[] created = new String[1];
                    agree(
                            expected,
                            () -> created[0] = Fakes.importInto(
                                            fake.site().files(), target, "f" + fileIds.size() + ".jpg")
                                    .id());
                    if (created[0] != null) {
                        model.files.put(created[0], new Model.Item(target));
                        fileIds.add(created[0]);
                    }
                }
                case CREATE_FOLDER -> {
                    String expected = model.requireLive(target);
                    String[] created = new String[1];
                    agree(
                            expected,
                            () -> created[0] = fake.site()
                                    .folders()
                                    .createFolder("d" + folderIds.size(), target)
                                    .id());
                    if (created[0] != null) {
                        model.folders.put(created[0], new Model.Item(target));
                        folderIds.add(created[0]);
                        targets.add(created[0]);
                    }
                }
                case MOVE_FILE -> {
                    if (file != null) {
                        agree(
                                model.moveFile(file, target),
                                () -> fake.site()
                                        .files()
                                        .updateFileDescriptor(
                                                FileUpdate.of(file).withParentFolderId(target)));
                    }
                }
                case MOVE_FOLDER -> {
                    if (folder != null) {
                        agree(
                                model.moveFolder(folder, target),
                                () -> fake.site()
                                        .folders()
                                        .updateFolder(FolderUpdate.of(folder).withParentFolderId(target)));
                    }
                }
                case RENAME_FILE -> {
                    if (file != null) {
                        agree(
                                model.files.containsKey(file) ? null : "RESOURCE_NOT_FOUND",
                                () -> fake.site()
                                        .files()
                                        .updateFileDescriptor(
                                                FileUpdate.of(file).withDisplayName("r" + step.target() + ".jpg")));
                    }
                }
                case DELETE_FILE, PURGE_FILE -> {
                    if (file != null) {
                        boolean permanent = step.kind() == Kind.PURGE_FILE;
                        agree(
                                model.deleteFile(file, permanent),
                                () -> fake.site().files().bulkDeleteFiles(List.of(file), permanent));
                    }
                }
                case RESTORE_FILE -> {
                    if (file != null) {
                        agree(
                                model.restoreFile(file),
                                () -> fake.site().files().bulkRestoreFilesFromTrashBin(List.of(file)));
                    }
                }
                case DELETE_FOLDER, PURGE_FOLDER -> {
                    if (folder != null) {
                        boolean permanent = step.kind() == Kind.PURGE_FOLDER;
                        agree(
                                model.deleteFolder(folder, permanent),
                                () -> fake.site().folders().bulkDeleteFolders(List.of(folder), permanent));
                    }
                }
                case RESTORE_FOLDER -> {
                    if (folder != null) {
                        agree(
                                model.restoreFolder(folder),
                                () -> fake.site().folders().bulkRestoreFoldersFromTrashBin(List.of(folder)));
                    }
                }
            }
            assertListingsAgree(fake, model, fileIds, folderIds);
        }
        Statistics.label("files at the end")
                .collect(model.files.size() < 5 ? "<5" : model.files.size() < 15 ? "5-14" : "15+");
        Statistics.label("folders at the end").collect(model.folders.size() < 3 ? "<3" : "3+");
    }

    /** Runs {@code call}; it must fail with {@code expectedCode}, or succeed when that is {@code null}. */
    private static void agree(String expectedCode, Runnable call) {
        String actual = null;
        try {
            call.run();
        } catch (MediaManagerException e) {
            actual = e.code();
        }
        assertThat(actual).as("outcome").isEqualTo(expectedCode);
    }

    private static void assertListingsAgree(
            FakeMediaManager fake, Model model, List<String> fileIds, List<String> folderIds) {
        List<String> places = new ArrayList<>(List.of("media-root"));
        places.addAll(model.folders.keySet());
        for (String place : places) {
            assertThat(set(Fakes.allFiles(
                            p -> fake.site()
                                    .files()
                                    .listFiles(ListFilesRequest.in(place).withPaging(p)),
                            CursorPaging.limit(7))))
                    .as("files listed in %s", place)
                    .isEqualTo(model.liveFilesIn(place));
            assertThat(Fakes.allFolders(
                                    p -> fake.site()
                                            .folders()
                                            .listFolders(
                                                    ListFoldersRequest.in(place).withPaging(p)),
                                    CursorPaging.limit(7))
                            .stream()
                            .map(Folder::id)
                            .collect(Collectors.toSet()))
                    .as("folders listed in %s", place)
                    .isEqualTo(model.liveFoldersIn(place));
        }
        Set<String> live = model.files.entrySet().stream()
                .filter(e -> !e.getValue().trashed)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<String> trashed = new HashSet<>(model.files.keySet());
        trashed.removeAll(live);
        assertThat(set(Fakes.allFiles(
                        p -> fake.site()
                                .files()
                                .listDeletedFiles(ListFilesRequest.all().withPaging(p)),
                        CursorPaging.limit(7))))
                .as("trashed files")
                .isEqualTo(trashed);
        assertThat(set(Fakes.allFiles(
                        p -> fake.site()
                                .files()
                                .searchFiles(SearchFilesRequest.all().withPaging(p)),
                        CursorPaging.limit(7))))
                .as("searched files")
                .isEqualTo(live);
        assertThat(set(Fakes.allFiles(
                        p -> fake.site()
                                .files()
                                .queryFileDescriptors(CursorQuery.all().withPaging(p)),
                        CursorPaging.limit(7))))
                .as("queried files")
                .isEqualTo(live);
        assertThat(Fakes.allFolders(
                                p -> fake.site()
                                        .folders()
                                        .listDeletedFolders(
                                                ListFoldersRequest.all().withPaging(p)),
                                CursorPaging.limit(7))
                        .stream()
                        .map(Folder::id)
                        .collect(Collectors.toSet()))
                .as("trashed folders")
                .isEqualTo(model.folders.entrySet().stream()
                        .filter(e -> e.getValue().trashed)
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toSet()));
        for (String id : fileIds) {
            Model.Item item = model.files.get(id);
            String actual;
            try {
                actual = fake.site().files().getFileDescriptor(id).parentFolderId();
            } catch (MediaManagerException e) {
                actual = e.code();
            }
            assertThat(actual).as("parent of file %s", id).isEqualTo(item == null ? "RESOURCE_NOT_FOUND" : item.parent);
        }
        for (String id : folderIds) {
            Model.Item item = model.folders.get(id);
            String actual;
            try {
                actual = fake.site().folders().getFolder(id).parentFolderId();
            } catch (MediaManagerException e) {
                actual = e.code();
            }
            assertThat(actual)
                    .as("parent of folder %s", id)
                    .isEqualTo(item == null ? "RESOURCE_NOT_FOUND" : item.parent);
        }
    }

    private static Set<String> set(List<FileDescriptor> files) {
        List<String> ids = Fakes.ids(files);
        assertThat(ids).doesNotHaveDuplicates();
        return new HashSet<>(ids);
    }

    /** Folders, files and the trash bin as plain maps, following the documented rules one by one. */
    static final class Model {
        static final class Item {
            String parent;
            boolean trashed;
            String trashedFrom;

            Item(String parent) {
                this.parent = parent;
            }
        }

        final Map<String, Item> files = new LinkedHashMap<>();
        final Map<String, Item> folders = new LinkedHashMap<>();

        boolean isLive(String folderId) {
            if (folderId.equals("media-root")) {
                return true;
            }
            Item f = folders.get(folderId);
            return f != null && !f.trashed;
        }

        /** The error of placing something in {@code folderId}, or {@code null}. */
        String requireLive(String folderId) {
            if (folderId.equals("trash-root")) {
                return "INVALID_ARGUMENT";
            }
            return isLive(folderId) ? null : "RESOURCE_NOT_FOUND";
        }

        Set<String> liveFilesIn(String folderId) {
            return files.entrySet().stream()
                    .filter(e -> !e.getValue().trashed && e.getValue().parent.equals(folderId))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
        }

        Set<String> liveFoldersIn(String folderId) {
            return folders.entrySet().stream()
                    .filter(e -> !e.getValue().trashed && e.getValue().parent.equals(folderId))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
        }

        List<String> descendants(String folderId) {
            List<String> out = new ArrayList<>();
            List<String> frontier = new ArrayList<>(List.of(folderId));
            while (!frontier.isEmpty()) {
                String id = frontier.remove(frontier.size() - 1);
                folders.forEach((child, item) -> {
                    if (item.parent.equals(id)) {
                        out.add(child);
                        frontier.add(child);
                    }
                });
            }
            return out;
        }

        String moveFile(String id, String target) {
            Item f = files.get(id);
            if (f == null) {
                return "RESOURCE_NOT_FOUND";
            }
            if (target.equals(f.parent)) {
                return null;
            }
            if (f.trashed) {
                return "INVALID_ARGUMENT";
            }
            String error = requireLive(target);
            if (error == null) {
                f.parent = target;
            }
            return error;
        }

        String moveFolder(String id, String target) {
            Item f = folders.get(id);
            if (f == null) {
                return "RESOURCE_NOT_FOUND";
            }
            if (target.equals(f.parent)) {
                return null;
            }
            if (f.trashed) {
                return "INVALID_ARGUMENT";
            }
            String error = requireLive(target);
            if (error != null) {
                return error;
            }
            if (target.equals(id) || descendants(id).contains(target)) {
                return "INVALID_ARGUMENT";
            }
            f.parent = target;
            return null;
        }

        String deleteFile(String id, boolean permanent) {
            Item f = files.get(id);
            if (f == null) {
                return "RESOURCE_NOT_FOUND";
            }
            if (permanent) {
                files.remove(id);
            } else if (!f.trashed) {
                f.trashedFrom = f.parent;
                f.parent = "trash-root";
                f.trashed = true;
            }
            return null;
        }

        String restoreFile(String id) {
            Item f = files.get(id);
            if (f == null) {
                return "RESOURCE_NOT_FOUND";
            }
            if (f.trashed) {
                String original = f.trashedFrom != null ? f.trashedFrom : f.parent;
                f.parent = isLive(original) ? original : "media-root";
                f.trashed = false;
                f.trashedFrom = null;
            }
            return null;
        }

        String deleteFolder(String id, boolean permanent) {
            Item f = folders.get(id);
            if (f == null) {
                return "RESOURCE_NOT_FOUND";
            }
            if (permanent) {
                List<String> gone = new ArrayList<>(descendants(id));
                gone.add(id);
                files.values().removeIf(file -> gone.contains(file.parent));
                gone.forEach(folders::remove);
            } else if (!f.trashed || f.trashedFrom == null) {
                f.trashedFrom = f.parent;
                f.parent = "trash-root";
                f.trashed = true;
                subtree(id, true);
            }
            return null;
        }

        String restoreFolder(String id) {
            Item f = folders.get(id);
            if (f == null) {
                return "RESOURCE_NOT_FOUND";
            }
            if (f.trashed) {
                String original = f.trashedFrom != null ? f.trashedFrom : f.parent;
                f.parent = isLive(original) ? original : "media-root";
                f.trashed = false;
                f.trashedFrom = null;
                subtree(id, false);
            }
            return null;
        }

        /** Items inside a folder follow it into and out of the trash, unless they were trashed on their own. */
        private void subtree(String id, boolean trashed) {
            List<String> inside = new ArrayList<>(descendants(id));
            for (String d : inside) {
                Item folder = folders.get(d);
                if (folder.trashedFrom == null) {
                    folder.trashed = trashed;
                }
            }
            inside.add(id);
            for (Item file : files.values()) {
                if (file.trashedFrom == null && inside.contains(file.parent)) {
                    file.trashed = trashed;
                }
            }
        }
    }
}
