package dev.fakewix.media.core;

import static dev.fakewix.media.core.MediaErrors.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * G-122: queryFolders and queryFileDescriptors filter on {@code id}. The typings' query specs list no {@code id}, but
 * the query-language page says methods implement it "partially or in full", and a published CLI checks the folders
 * it is about to delete with {@code {"filter": {"id": {"$in": folder_ids}}}}.
 */
class QueryByIdTest {
    private final FakeMediaManager fake = Fakes.fake();
    private final Folders folders = fake.site().folders();
    private final Files files = fake.site().files();

    @Test
    void aBulkDeletePreflightFindsExactlyTheFoldersItNames() {
        Folder a = folders.createFolder("a", null);
        Folder b = folders.createFolder("b", a.id());
        folders.createFolder("c", null);

        List<Folder> found = folders.queryFolders(CursorQuery.filter(Map.of(
                                "id", Map.of("$in", List.of(a.id(), b.id(), "0123456789abcdef0123456789abcdef"))))
                        .withPaging(CursorPaging.limit(3)))
                .folders();

        assertThat(Fakes.folderIds(found)).containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void fileQueriesTakeIdWithEveryOperatorAndCombineWithTheOtherFields() {
        FileDescriptor cat = Fakes.importImage(files, "cat.png");
        FileDescriptor dog = Fakes.importImage(files, "dog.png");

        assertThat(ids(Map.of("id", cat.id()))).containsExactly(cat.id());
        assertThat(ids(Map.of("id", Map.of("$eq", dog.id())))).containsExactly(dog.id());
        assertThat(ids(Map.of("id", Map.of("$ne", dog.id())))).containsExactly(cat.id());
        assertThat(ids(Map.of("id", Map.of("$nin", List.of(cat.id(), dog.id())))))
                .isEmpty();
        assertThat(ids(Map.of(
                        "$and",
                        List.of(
                                Map.of("id", Map.of("$in", List.of(cat.id(), dog.id()))),
                                Map.of("mediaType", "IMAGE")))))
                .containsExactlyInAnyOrder(cat.id(), dog.id());
    }

    @Test
    void laterPagesKeepTheIdFilterTheCursorCarries() {
        List<String> ids = IntStream.range(0, 5)
                .mapToObj(i -> Fakes.importImage(files, i + ".png").id())
                .toList();
        Fakes.importImage(files, "other.png");

        List<FileDescriptor> all = Fakes.allFiles(
                p -> files.queryFileDescriptors(
                        p.cursor() == null
                                ? CursorQuery.filter(Map.of("id", Map.of("$in", ids)))
                                        .withPaging(p)
                                : CursorQuery.next(p.cursor())),
                CursorPaging.limit(2));

        assertThat(Fakes.ids(all)).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void anIdIsANonEmptyStringAndAnInListHoldsAtMostAPage() {
        assertInvalid(() -> ids(Map.of("id", 7)), "query.filter.id", "VALIDATION");
        assertInvalid(() -> ids(Map.of("id", "")), "query.filter.id", "VALIDATION");
        assertInvalid(() -> ids(Map.of("id", Map.of("$in", "abc"))), "query.filter.id", "VALIDATION");
        List<String> tooMany = IntStream.range(0, 101).mapToObj(i -> "id" + i).toList();
        MediaManagerException e =
                assertInvalid(() -> ids(Map.of("id", Map.of("$in", tooMany))), "query.filter.id", "VALIDATION");
        assertThat(e.getMessage()).contains("at most 100 ids");
    }

    private List<String> ids(Map<String, Object> filter) {
        return Fakes.ids(files.queryFileDescriptors(CursorQuery.filter(filter)).files());
    }
}
