package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.SearchFilesRequest;
import dev.fakewix.media.core.model.SortOrder;
import dev.fakewix.media.core.model.Sorting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Paging visits each item exactly once, in order, for any limit, sort and filter. */
class PagingPropertyTest {

    /** One file to import: a short name (duplicates and case variants likely), where, and how much later. */
    record FileSpec(String name, String extension, boolean isPrivate, int folder, int secondsLater) {}

    /** The four file listings that page with cursors. */
    enum Listing {
        LIST,
        LIST_DELETED,
        SEARCH,
        QUERY
    }

    @Provide
    Arbitrary<FileSpec> fileSpecs() {
        return Combinators.combine(
                        Arbitraries.strings().withChars("aAbB_").ofMinLength(1).ofMaxLength(3),
                        Arbitraries.frequency(
                                Tuple.of(4, "jpg"),
                                Tuple.of(2, "png"),
                                Tuple.of(2, "mp4"),
                                Tuple.of(1, "pdf"),
                                Tuple.of(1, "mp3"),
                                Tuple.of(1, "svg"),
                                Tuple.of(1, "zip")),
                        Arbitraries.of(true, false),
                        Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(1, 1), Tuple.of(1, 2)),
                        Arbitraries.integers().between(0, 2))
                .as(FileSpec::new);
    }

    @Provide
    Arbitrary<List<FileSpec>> sites() {
        return fileSpecs().list().ofMaxSize(150).withSizeDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<List<FileSpec>> smallSites() {
        return fileSpecs().list().ofMinSize(1).ofMaxSize(60).withSizeDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<List<FileSpec>> newcomers() {
        return fileSpecs().list().ofMaxSize(30).withSizeDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<Sorting> sorts() {
        return Combinators.combine(
                        Arbitraries.of("displayName", "updatedDate", "sizeInBytes", ""),
                        Arbitraries.of(SortOrder.ASC, SortOrder.DESC).injectNull(0.2))
                .as((f, o) -> f.isEmpty() && o == null ? null : Sorting.by(f.isEmpty() ? null : f, o));
    }

    /** No filter half of the time, else one to three of the concrete types. */
    @Provide
    Arbitrary<Set<MediaType>> mediaTypeFilters() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Set.<MediaType>of())),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                        MediaType.IMAGE,
                                        MediaType.VIDEO,
                                        MediaType.DOCUMENT,
                                        MediaType.AUDIO,
                                        MediaType.VECTOR,
                                        MediaType.ARCHIVE,
                                        MediaType.MODEL3D)
                                .set()
                                .ofMinSize(1)
                                .ofMaxSize(4)));
    }

    /** Mostly small pages, so that most listings take several. */
    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, 10)),
                Tuple.of(1, Arbitraries.integers().between(1, 100)));
    }

    @Provide
    Arbitrary<Boolean> privacy() {
        return Arbitraries.of(true, false).injectNull(0.5);
    }

    @Property(tries = 250)
    void everyMatchingFileIsVisitedExactlyOnceInSortOrder(
            @ForAll("sites") List<FileSpec> specs,
            @ForAll("limits") int limit,
            @ForAll("sorts") Sorting sort,
            @ForAll("mediaTypeFilters") Set<MediaType> types,
            @ForAll("privacy") Boolean isPrivate,
            @ForAll Listing listing) {
        FakeMediaManager fake = Fakes.fake();
        Fixture site = Fixture.build(fake, specs);
        if (listing == Listing.LIST_DELETED) {
            site.trashEveryThird();
        }

        List<FileDescriptor> expected = site.expected(listing, types, isPrivate, sort);
        List<FileDescriptor> seen = site.pageThrough(listing, types, isPrivate, sort, limit, () -> {});

        assertThat(Fakes.ids(seen)).doesNotHaveDuplicates().isEqualTo(Fakes.ids(expected));
        Statistics.label("matching files")
                .collect(expected.size() < 10 ? "<10" : expected.size() < 40 ? "10-39" : "40+");
        Statistics.label("pages").collect((expected.size() + limit - 1) / limit > 1 ? "several" : "one");
    }

    @Property(tries = 150)
    void filesPresentThroughoutArePagedExactlyOnceWhileOthersComeAndGo(
            @ForAll("smallSites") List<FileSpec> specs,
            @ForAll("newcomers") List<FileSpec> newcomers,
            @ForAll @IntRange(min = 1, max = 10) int limit,
            @ForAll("sorts") Sorting sort,
            @ForAll Listing listing,
            @ForAll @IntRange(min = 0, max = 1000) int deletionSeed) {
        FakeMediaManager fake = Fakes.fake();
        Fixture site = Fixture.build(fake, specs);
        if (listing == Listing.LIST_DELETED) {
            site.trashEveryThird();
        }
        List<FileDescriptor> before = site.expected(listing, Set.of(), null, sort);
        Set<String> removed = new HashSet<>();
        int[] step = {0};

        List<FileDescriptor> seen = site.pageThrough(listing, Set.of(), null, sort, limit, () -> {
            // between pages: one newcomer arrives, and one file leaves (deleted for good)
            if (step[0] < newcomers.size()) {
                site.add(newcomers.get(step[0]));
            }
            if (!before.isEmpty() && (deletionSeed + step[0]) % 3 == 0) {
                FileDescriptor victim = before.get((deletionSeed + step[0] * 7) % before.size());
                if (removed.add(victim.id())) {
                    fake.site().files().bulkDeleteFiles(List.of(victim.id()), true);
                }
            }
            step[0]++;
        });

        List<String> stayed =
                Fakes.ids(before).stream().filter(id -> !removed.contains(id)).toList();
        assertThat(Fakes.ids(seen)).doesNotHaveDuplicates().containsAll(stayed);
    }

    /** A site filled from specs, with the expected answer of each listing computed independently of the fake. */
    static final class Fixture {
        private final FakeMediaManager fake;
        private final List<String> folderIds;

        private Fixture(FakeMediaManager fake, List<String> folderIds) {
            this.fake = fake;
            this.folderIds = folderIds;
        }

        static Fixture build(FakeMediaManager fake, List<FileSpec> specs) {
            Folder a = fake.site().folders().createFolder("a", null);
            Folder b = fake.site().folders().createFolder("b", a.id());
            Fixture fixture = new Fixture(fake, List.of("media-root", a.id(), b.id()));
            specs.forEach(fixture::add);
            return fixture;
        }

        void add(FileSpec spec) {
            fake.clock().advance(Duration.ofSeconds(spec.secondsLater()));
            fake.site()
                    .files()
                    .importFile(ImportFileRequest.of("https://example.com/f." + spec.extension())
                            .withDisplayName(spec.name() + "." + spec.extension())
                            .withPrivate(spec.isPrivate())
                            .withParentFolderId(folderIds.get(spec.folder())));
        }

        void trashEveryThird() {
            List<SiteSnapshot.StoredFile> all = fake.site().snapshot().files();
            List<String> victims = new ArrayList<>();
            for (int i = 0; i < all.size(); i += 3) {
                victims.add(all.get(i).file().id());
            }
            fake.site().files().bulkDeleteFiles(victims, false);
        }

        List<FileDescriptor> expected(Listing listing, Set<MediaType> types, Boolean isPrivate, Sorting sort) {
            Predicate<SiteSnapshot.StoredFile> in = switch (listing) {
                case LIST -> f -> !f.trashed() && f.file().parentFolderId().equals("media-root");
                case LIST_DELETED -> SiteSnapshot.StoredFile::trashed;
                case SEARCH, QUERY -> f -> !f.trashed();
            };
            return fake.site().snapshot().files().stream()
                    .filter(in)
                    .map(SiteSnapshot.StoredFile::file)
                    .filter(f -> types.isEmpty() || types.contains(f.mediaType()))
                    .filter(f -> isPrivate == null || f.isPrivate() == isPrivate)
                    .sorted(comparator(sort))
                    .toList();
        }

        List<FileDescriptor> pageThrough(
                Listing listing,
                Set<MediaType> types,
                Boolean isPrivate,
                Sorting sort,
                int limit,
                Runnable betweenPages) {
            Function<CursorPaging, FilePage> first = paging -> switch (listing) {
                case LIST ->
                    fake.site()
                            .files()
                            .listFiles(new ListFilesRequest(null, List.copyOf(types), isPrivate, sort, paging));
                case LIST_DELETED ->
                    fake.site()
                            .files()
                            .listDeletedFiles(new ListFilesRequest(null, List.copyOf(types), isPrivate, sort, paging));
                case SEARCH ->
                    fake.site()
                            .files()
                            .searchFiles(
                                    new SearchFilesRequest(null, null, List.copyOf(types), isPrivate, sort, paging));
                case QUERY ->
                    fake.site()
                            .files()
                            .queryFileDescriptors(new CursorQuery(
                                    paging, filterOf(types, isPrivate), sort == null ? null : List.of(sort)));
            };
            Function<String, FilePage> next = cursor -> switch (listing) {
                case LIST ->
                    fake.site()
                            .files()
                            .listFiles(new ListFilesRequest(null, null, null, null, CursorPaging.cursor(cursor)));
                case LIST_DELETED ->
                    fake.site()
                            .files()
                            .listDeletedFiles(
                                    new ListFilesRequest(null, null, null, null, CursorPaging.cursor(cursor)));
                case SEARCH ->
                    fake.site()
                            .files()
                            .searchFiles(
                                    new SearchFilesRequest(null, null, null, null, null, CursorPaging.cursor(cursor)));
                case QUERY -> fake.site().files().queryFileDescriptors(CursorQuery.next(cursor));
            };
            List<FileDescriptor> seen = new ArrayList<>();
            FilePage page = first.apply(CursorPaging.limit(limit));
            int pages = 0;
            while (true) {
                assertThat(page.files()).hasSizeLessThanOrEqualTo(limit);
                assertThat(page.paging().count()).isEqualTo(page.files().size());
                assertThat(page.paging().hasNext())
                        .isEqualTo(!page.paging().nextCursor().isEmpty());
                seen.addAll(page.files());
                if (!page.paging().hasNext()) {
                    return seen;
                }
                assertThat(pages++).as("paging must end").isLessThan(2_000);
                betweenPages.run();
                page = next.apply(page.paging().nextCursor());
            }
        }

        private static Map<String, Object> filterOf(Set<MediaType> types, Boolean isPrivate) {
            Map<String, Object> filter = new LinkedHashMap<>();
            if (!types.isEmpty()) {
                filter.put(
                        "mediaType",
                        Map.of("$in", types.stream().map(Enum::name).toList()));
            }
            if (isPrivate != null) {
                filter.put("private", isPrivate);
            }
            return filter;
        }

        /** The documented order: the field (names case-insensitively, then exactly), ties by id; DESC reverses all. */
        static Comparator<FileDescriptor> comparator(Sorting sort) {
            String field = sort == null || sort.fieldName() == null ? "updatedDate" : sort.fieldName();
            SortOrder order = sort == null
                    ? SortOrder.DESC
                    : sort.order() != null ? sort.order() : sort.fieldName() == null ? SortOrder.DESC : SortOrder.ASC;
            Comparator<FileDescriptor> c = switch (field) {
                case "displayName" ->
                    Comparator.comparing(FileDescriptor::displayName, String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(FileDescriptor::displayName);
                case "sizeInBytes" -> Comparator.comparingLong(FileDescriptor::sizeInBytes);
                default -> Comparator.comparing(FileDescriptor::updatedDate);
            };
            c = c.thenComparing(FileDescriptor::id);
            return order == SortOrder.DESC ? c.reversed() : c;
        }
    }
}
