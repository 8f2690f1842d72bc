package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.FolderUpdate;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.SearchFilesRequest;
import dev.fakewix.media.core.model.SortOrder;
import dev.fakewix.media.core.model.Sorting;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Many threads run mixed operations against one site at once; afterwards the site must be consistent: every live
 * file listed exactly once in exactly one folder, trash and live disjoint, storage equal to the sum of sizes, paging
 * over everything equal to the set of live ids, and each file announced ready at most once.
 */
class ConcurrencyStressTest {
    private static final int THREADS = 8;
    /** 3,000 per thread: 24,000 mixed operations (and ~20,000 in the multi-site test) in every build; raise with -Dstress.operations=20000 to hunt races longer. */
    private static final int OPERATIONS_PER_THREAD = Integer.getInteger("stress.operations", 3_000);

    private static final Set<String> EXPECTED_CODES =
            Set.of("RESOURCE_NOT_FOUND", "INVALID_ARGUMENT", "FAILED_PRECONDITION");

    private final FakeMediaManager fake = Fakes.builder()
            .readiness(Readiness.ready()
                    .forMediaType(MediaType.VIDEO, Readiness.readyAfter(Duration.ofSeconds(30)))
                    .forMediaType(MediaType.DOCUMENT, Readiness.manual())
                    .forFilesNamed("*-broken.*", Readiness.failed("UNSUPPORTED_FILE_FORMAT", "cannot decode"))
                    .forMediaType(MediaType.AUDIO, Readiness.afterReads(2, Readiness.ready())))
            .build();
    private final Files files = fake.site().files();
    private final Folders folders = fake.site().folders();
    private final List<String> fileIds = new CopyOnWriteArrayList<>();
    private final List<String> folderIds = new CopyOnWriteArrayList<>(List.of("media-root"));
    private final ConcurrentLinkedQueue<MediaEvent> events = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

    @Test
    void mixedOperationsFromManyThreadsLeaveAConsistentSite() throws Exception {
        fake.onEvent(events::add);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(1000 + t);
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                        try {
                            step(random);
                        } catch (MediaManagerException e) {
                            if (!EXPECTED_CODES.contains(e.code())) {
                                unexpected.add(e);
                            }
                        } catch (RuntimeException | AssertionError e) {
                            unexpected.add(e);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.MINUTES); // a hang, not a slow machine: the build shares 2 cores
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(unexpected)
                .as(() -> "unexpected failures, the first: " + stackTrace(unexpected.peek()))
                .isEmpty();
        assertThat(fileIds).hasSizeGreaterThan(100);
        assertSiteIsConsistent();
    }

    private <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    @Test
    void sitesUnderConcurrentLoadStayIsolatedWhileTheClockMoves() throws Exception {
        List<String> sites = List.of("alpha", "beta", "gamma");
        Map<String, Set<String>> created = new ConcurrentHashMap<>();
        sites.forEach(site -> created.put(site, ConcurrentHashMap.newKeySet()));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sites.size() * 2 + 1);
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (int t = 0; t < sites.size() * 2; t++) {
                String siteId = sites.get(t % sites.size());
                Random random = new Random(t);
                workers.add(pool.submit(() -> {
                    start.await();
                    MediaSite site = fake.site(siteId);
                    for (int i = 0; i < OPERATIONS_PER_THREAD / 2; i++) {
                        String id = Fakes.importImage(site.files(), i + (random.nextBoolean() ? ".mp4" : ".jpg"))
                                .id();
                        created.get(siteId).add(id);
                        if (random.nextInt(4) == 0) {
                            site.files().bulkDeleteFiles(List.of(id), random.nextBoolean());
                        }
                        site.files().listFiles(ListFilesRequest.all().withPaging(CursorPaging.limit(5)));
                    }
                    return null;
                }));
            }
            workers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 200; i++) {
                    fake.clock().advance(Duration.ofSeconds(1));
                }
                return null;
            }));
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.MINUTES); // a hang, not a slow machine: the build shares 2 cores
            }
        } finally {
            pool.shutdownNow();
        }

        for (String siteId : sites) {
            SiteSnapshot snapshot = fake.site(siteId).snapshot();
            assertThat(snapshot.files()).isNotEmpty().allSatisfy(f -> {
                assertThat(f.file().siteId()).isEqualTo(siteId);
                assertThat(created.get(siteId)).contains(f.file().id());
            });
            assertThat(fake.site(siteId).storageUsed())
                    .isEqualTo(snapshot.files().stream()
                            .mapToLong(f -> Math.max(0, f.file().sizeInBytes()))
                            .sum());
        }
        assertThat(created.values().stream().mapToInt(Set::size).sum())
                .isEqualTo(created.values().stream()
                        .flatMap(Set::stream)
                        .collect(Collectors.toSet())
                        .size());
        assertThat(fake.site().files().searchFiles(SearchFilesRequest.all()).files())
                .isEmpty();
    }

    /** A folder other than media-root (callers check there is one). */
    private String realFolder(Random random) {
        List<String> all = List.copyOf(folderIds);
        return all.get(1 + random.nextInt(all.size() - 1));
    }

    private void step(Random random) {
        int dice = random.nextInt(100);
        String folder = pick(folderIds, random);
        String file = fileIds.isEmpty() ? null : pick(fileIds, random);
        if (dice < 25 || file == null) {
            String[] names = {"a.jpg", "b.png", "c.mp4", "d.pdf", "e.mp3", "f-broken.jpg", "g.svg"};
            fileIds.add(Fakes.importInto(files, folder, random.nextInt(50) + pick(List.of(names), random))
                    .id());
        } else if (dice < 30) {
            String token = Jwt.ofUploadUrl(files.generateFileUploadUrl(
                    GenerateFileUploadUrlRequest.of("image/png").withParentFolderId(folder)));
            fileIds.add(FaceAccess.get()
                    .transfers(fake)
                    .upload(token, "up.png", "image/png", UploadTest.PNG_3X2)
                    .id());
        } else if (dice < 36) {
            folderIds.add(folders.createFolder("d" + random.nextInt(20), folder).id());
        } else if (dice < 44) {
            files.updateFileDescriptor(FileUpdate.of(file).withParentFolderId(folder));
        } else if (dice < 48) {
            files.updateFileDescriptor(FileUpdate.of(file).withDisplayName("renamed" + random.nextInt(10) + ".jpg"));
        } else if (dice < 51 && folderIds.size() > 1) {
            folders.updateFolder(FolderUpdate.of(realFolder(random)).withParentFolderId(folder));
        } else if (dice < 57) {
            files.bulkDeleteFiles(List.of(file, pick(fileIds, random)), random.nextInt(5) == 0);
        } else if (dice < 62) {
            files.bulkRestoreFilesFromTrashBin(List.of(file));
        } else if (dice < 65 && folderIds.size() > 1) {
            folders.bulkDeleteFolders(List.of(realFolder(random)), random.nextInt(6) == 0);
        } else if (dice < 68 && folderIds.size() > 1) {
            folders.bulkRestoreFoldersFromTrashBin(List.of(realFolder(random)));
        } else if (dice < 71) {
            fake.site().lifecycle().markReady(file);
        } else if (dice < 73) {
            fake.clock().advance(Duration.ofSeconds(10));
        } else if (dice < 80) {
            pageWhileOthersWrite(random);
        } else if (dice < 85) {
            files.searchFiles(SearchFilesRequest.text("a").withPaging(CursorPaging.limit(20)));
        } else if (dice < 90) {
            files.getFileDescriptors(List.of(file, pick(fileIds, random)));
        } else if (dice < 95) {
            folders.listFolders(ListFoldersRequest.in(folder));
            files.listDeletedFiles(ListFilesRequest.all().withPaging(CursorPaging.limit(10)));
        } else {
            files.getFileDescriptor(file);
        }
    }

    /** Pages through a listing while other threads write: pages stay within their limit and match their filter. */
    private void pageWhileOthersWrite(Random random) {
        FilePage page = files.queryFileDescriptors(CursorQuery.filter(Map.of("mediaType", "IMAGE"))
                .withSort(Sorting.by("displayName", SortOrder.ASC))
                .withPaging(CursorPaging.limit(1 + random.nextInt(15))));
        for (int pages = 0; pages < 50; pages++) {
            assertThat(page.files()).allSatisfy(f -> assertThat(f.mediaType()).isEqualTo(MediaType.IMAGE));
            if (!page.paging().hasNext()) {
                return;
            }
            page = files.queryFileDescriptors(CursorQuery.next(page.paging().nextCursor()));
        }
    }

    private void assertSiteIsConsistent() {
        // the checks below read files; settle what reads would otherwise move (audio turns READY after two reads)
        fake.site().lifecycle().pendingFileIds().stream()
                .filter(id -> id.endsWith(".mp3"))
                .forEach(fake.site().lifecycle()::markReady);
        SiteSnapshot snapshot = fake.site().snapshot();
        List<MediaEvent> eventsSoFar = List.copyOf(events);
        Map<String, SiteSnapshot.StoredFile> stored =
                snapshot.files().stream().collect(Collectors.toMap(f -> f.file().id(), f -> f));
        Set<String> liveFolders = snapshot.folders().stream()
                .filter(f -> !f.trashed())
                .map(f -> f.folder().id())
                .collect(Collectors.toSet());

        // storage accounting equals the sum of the sizes
        assertThat(fake.site().storageUsed())
                .isEqualTo(snapshot.files().stream()
                        .mapToLong(f -> Math.max(0, f.file().sizeInBytes()))
                        .sum());

        // live and trash are disjoint and together are every stored file
        Set<String> live = idSet(
                Fakes.allFiles(p -> files.searchFiles(SearchFilesRequest.all().withPaging(p)), CursorPaging.limit(37)));
        live.addAll(idSet(Fakes.allFiles(
                p -> files.searchFiles(SearchFilesRequest.all()
                        .withRootFolder(RootFolder.VISITOR_UPLOADS_ROOT)
                        .withPaging(p)),
                CursorPaging.limit(37))));
        Set<String> trashed = idSet(Fakes.allFiles(
                p -> files.listDeletedFiles(ListFilesRequest.all().withPaging(p)), CursorPaging.limit(41)));
        assertThat(live).noneMatch(trashed::contains);
        Set<String> everything = new HashSet<>(live);
        everything.addAll(trashed);
        assertThat(everything).isEqualTo(stored.keySet());
        assertThat(live)
                .isEqualTo(stored.values().stream()
                        .filter(f -> !f.trashed())
                        .map(f -> f.file().id())
                        .collect(Collectors.toSet()));

        // every live folder is reached exactly once from media-root, and every live file is listed in exactly one
        Set<String> reached = new HashSet<>();
        Set<String> listedFiles = new HashSet<>();
        List<String> frontier = new ArrayList<>(List.of("media-root"));
        while (!frontier.isEmpty()) {
            String folder = frontier.remove(frontier.size() - 1);
            for (FileDescriptor f : Fakes.allFiles(
                    p -> files.listFiles(ListFilesRequest.in(folder).withPaging(p)), CursorPaging.limit(23))) {
                assertThat(listedFiles.add(f.id()))
                        .as("file %s listed twice", f.id())
                        .isTrue();
                assertThat(f.parentFolderId()).isEqualTo(folder);
            }
            for (Folder child : Fakes.allFolders(
                    p -> folders.listFolders(ListFoldersRequest.in(folder).withPaging(p)), CursorPaging.limit(9))) {
                assertThat(reached.add(child.id()))
                        .as("folder %s reached twice", child.id())
                        .isTrue();
                assertThat(child.parentFolderId()).isEqualTo(folder);
                frontier.add(child.id());
            }
        }
        assertThat(reached).isEqualTo(liveFolders);
        Set<String> inVisitorUploads = idSet(Fakes.allFiles(
                p -> files.listFiles(ListFilesRequest.in("visitor-uploads").withPaging(p)), null));
        assertThat(inVisitorUploads).isEmpty();
        assertThat(listedFiles).isEqualTo(live);

        // a trashed file is directly in the trash root or inside a trashed folder; a live one in a live folder
        for (SiteSnapshot.StoredFile f : stored.values()) {
            String parent = f.file().parentFolderId();
            if (!f.trashed()) {
                assertThat(parent.equals("media-root") || liveFolders.contains(parent))
                        .as("parent of live %s", f.file().id())
                        .isTrue();
            } else if (f.trashedFrom() != null) {
                assertThat(parent).isEqualTo("trash-root");
            } else {
                assertThat(liveFolders).doesNotContain(parent);
            }
        }

        // paging over everything equals the set of live ids, in every sort
        for (String field : List.of("displayName", "updatedDate", "sizeInBytes")) {
            List<FileDescriptor> all = Fakes.allFiles(
                    p -> files.queryFileDescriptors(
                            p.cursor() == null
                                    ? CursorQuery.all()
                                            .withSort(Sorting.by(field, SortOrder.ASC))
                                            .withPaging(p)
                                    : CursorQuery.next(p.cursor())),
                    CursorPaging.limit(13));
            assertThat(Fakes.ids(all)).doesNotHaveDuplicates();
            assertThat(new HashSet<>(Fakes.ids(all))).isEqualTo(live);
        }
        assertThat(new HashSet<>(Fakes.folderIds(Fakes.allFolders(
                        p -> folders.queryFolders(
                                p.cursor() == null ? CursorQuery.all().withPaging(p) : CursorQuery.next(p.cursor())),
                        CursorPaging.limit(5)))))
                .isEqualTo(liveFolders);

        // each stored file was announced at most once, ready or failed, as its status says
        Map<String, Integer> announced = new HashMap<>();
        for (MediaEvent e : eventsSoFar) {
            boolean outcome = e instanceof MediaEvent.FileReady || e instanceof MediaEvent.FileFailed;
            if (outcome && !(e instanceof MediaEvent.FileReady ready && ready.triggeredByUndelete())) {
                announced.merge(e.metadata().entityId(), 1, Integer::sum);
            }
        }
        for (SiteSnapshot.StoredFile f : stored.values()) {
            int expected = f.file().operationStatus() == OperationStatus.PENDING ? 0 : 1;
            assertThat(announced.getOrDefault(f.file().id(), 0))
                    .as("announcements of %s", f.file().id())
                    .isEqualTo(expected);
        }
        assertThat(stored.values())
                .anySatisfy(f -> assertThat(f.file().operationStatus()).isEqualTo(OperationStatus.FAILED));
        assertThat(stored.values())
                .anySatisfy(f -> assertThat(f.file().operationStatus()).isEqualTo(OperationStatus.PENDING));
        assertThat(List.copyOf(events))
                .as("the checks themselves changed nothing")
                .isEqualTo(eventsSoFar);
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static Set<String> idSet(List<FileDescriptor> files) {
        List<String> ids = Fakes.ids(files);
        assertThat(ids).doesNotHaveDuplicates();
        return new HashSet<>(ids);
    }
}
