package dev.fakewix.media.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.internal.query.Cursor;
import dev.fakewix.media.core.internal.query.SortField;
import dev.fakewix.media.core.internal.query.SortedIndex;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.SortOrder;
import dev.fakewix.media.core.model.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The term index against the plain scan it replaces ({@link SortedIndex#page} with the text rule): random names,
 * labels and MIME types, renames that leave dead slots behind and force rebuilds, then every page of random terms
 * in every order. The thresholds are set so that small sites take each way to a page: candidates, the walk, and the
 * walk that gives up.
 */
class TermIndexTest {
    private static final String CHARS = "abcAB1_.İıßΣσ";
    private static final String[] MIMES = {"image/jpeg", "video/mp4", "application/pdf", null};

    @Test
    void everyPageOfEveryTermEqualsThePlainScansAfterRenamesAndRebuilds() {
        Random rnd = new Random(12);
        for (int round = 0; round < 40; round++) {
            TermIndex<IndexedFile> terms = new TermIndex<>(round % 2 == 0 ? 0 : 256, 8);
            SortedIndex<IndexedFile> files = new SortedIndex<>(EnumSet.allOf(SortField.class));
            List<IndexedFile> all = new ArrayList<>();
            int n = 20 + rnd.nextInt(round < 30 ? 200 : 3000);
            for (int i = 0; i < n; i++) {
                IndexedFile e = new IndexedFile(
                        descriptor("f" + i, word(rnd, 1 + rnd.nextInt(10)), labels(rnd), rnd.nextInt(50), i),
                        MIMES[rnd.nextInt(MIMES.length)]);
                files.add(e);
                terms.add(e);
                all.add(e);
            }
            for (int i = 0; i < n; i++) {
                IndexedFile e = all.get(rnd.nextInt(all.size()));
                files.remove(e);
                terms.remove(e);
                int change = rnd.nextInt(4);
                FileDescriptor f = e.file;
                e.file = change == 0
                        ? f.withDisplayName(word(rnd, 1 + rnd.nextInt(10)))
                        : change == 1 ? f.withLabels(labels(rnd)) : f;
                if (change == 3) {
                    all.remove(e); // deleted for good
                } else {
                    files.add(e);
                    terms.add(e);
                }
            }
            for (int q = 0; q < 30; q++) {
                String term = (q % 3 == 0 ? word(rnd, 1 + rnd.nextInt(6)) : slice(rnd, all)).toLowerCase(Locale.ROOT);
                SortField field = any(rnd, SortField.class);
                SortOrder order = any(rnd, SortOrder.class);
                int limit = 1 + rnd.nextInt(20);
                Predicate<IndexedFile> rule = e -> matches(e, term);
                Cursor spec = new Cursor(
                        Cursor.Kind.SEARCH_FILES,
                        limit,
                        field,
                        order,
                        null,
                        Set.of(),
                        null,
                        term,
                        RootFolder.MEDIA_ROOT,
                        null,
                        null);
                while (true) {
                    List<IndexedFile> expected = files.page(field, order, spec.last(), rule, limit);
                    List<IndexedFile> actual = terms.page(files, false, spec, rule);
                    assertThat(ids(actual))
                            .as("term '%s' by %s %s after %s", term, field, order, spec.last())
                            .isEqualTo(ids(expected));
                    if (expected.size() <= limit) {
                        break;
                    }
                    spec = spec.after(expected.get(limit - 1));
                }
            }
        }
    }

    private static boolean matches(IndexedFile e, String term) {
        return e.file.displayName().toLowerCase(Locale.ROOT).contains(term)
                || (e.mimeType() != null && e.mimeType().contains(term))
                || e.file.labels().stream()
                        .anyMatch(l -> l.toLowerCase(Locale.ROOT).contains(term));
    }

    private static List<String> ids(List<IndexedFile> entries) {
        return entries.stream().map(IndexedFile::id).toList();
    }

    private static <E extends Enum<E>> E any(Random rnd, Class<E> type) {
        E[] all = type.getEnumConstants();
        return all[rnd.nextInt(all.length)];
    }

    private static String word(Random rnd, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(CHARS.charAt(rnd.nextInt(CHARS.length())));
        }
        return b.toString();
    }

    private static List<String> labels(Random rnd) {
        int count = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(2) : 0;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(word(rnd, 1 + rnd.nextInt(6)));
        }
        return out;
    }

    /** A piece of some file's name, label or MIME type, so most terms match something. */
    private static String slice(Random rnd, List<IndexedFile> all) {
        if (all.isEmpty()) {
            return "a";
        }
        IndexedFile e = all.get(rnd.nextInt(all.size()));
        String text = rnd.nextInt(4) == 0 && e.mimeType() != null ? e.mimeType() : e.file.displayName();
        int from = rnd.nextInt(text.length());
        return text.substring(from, Math.min(text.length(), from + 1 + rnd.nextInt(5)));
    }

    /** A file as the index sees it (the site's entries are the real {@link Searchable}s). */
    private static final class IndexedFile implements Searchable {
        FileDescriptor file;
        private final String mimeType;
        private int slot = -1;

        IndexedFile(FileDescriptor file, String mimeType) {
            this.file = file;
            this.mimeType = mimeType;
        }

        @Override
        public String displayName() {
            return file.displayName();
        }

        @Override
        public List<String> labels() {
            return file.labels();
        }

        @Override
        public String mimeType() {
            return mimeType;
        }

        @Override
        public boolean isTrashed() {
            return false;
        }

        @Override
        public int termSlot() {
            return slot;
        }

        @Override
        public void setTermSlot(int slot) {
            this.slot = slot;
        }

        @Override
        public String id() {
            return file.id();
        }

        @Override
        public String sortName() {
            return file.displayName();
        }

        @Override
        public long sortUpdated() {
            return file.updatedDate().toEpochMilli();
        }

        @Override
        public long sortSize() {
            return file.sizeInBytes();
        }
    }

    private static FileDescriptor descriptor(String id, String name, List<String> labels, long size, long millis) {
        Instant at = Instant.ofEpochMilli(1_700_000_000_000L + millis);
        return new FileDescriptor(
                id,
                name,
                "https://x/" + id,
                "media-root",
                "",
                size,
                false,
                MediaType.IMAGE,
                null,
                OperationStatus.READY,
                null,
                null,
                labels,
                at,
                at,
                "site",
                State.OK);
    }
}
