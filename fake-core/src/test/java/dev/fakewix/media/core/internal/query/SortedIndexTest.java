package dev.fakewix.media.core.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.SortOrder;
import java.util.*;
import org.junit.jupiter.api.Test;

/** The chunked index against the obvious one: random inserts and removals, then every page compared with a TreeSet's. */
class SortedIndexTest {
    @Test
    void everyPageInEveryOrderEqualsThatOfATreeSet() {
        Random rnd = new Random(1);
        for (int round = 0; round < 20; round++) {
            SortedIndex<Sortable.Probe> index = new SortedIndex<>(EnumSet.allOf(SortField.class));
            Map<SortField, TreeSet<Sortable>> ref = new EnumMap<>(SortField.class);
            for (SortField f : SortField.values()) {
                ref.put(f, new TreeSet<>(f.comparator()));
            }
            List<Sortable.Probe> live = new ArrayList<>();
            int n = 2000 + rnd.nextInt(3000);
            for (int i = 0; i < n * 2; i++) {
                if (live.isEmpty() || rnd.nextInt(10) < 7) {
                    long upd = round % 2 == 0 ? i : rnd.nextInt(500);
                    Sortable.Probe p = new Sortable.Probe("id" + i, "n" + rnd.nextInt(300), upd, rnd.nextInt(100));
                    index.add(p);
                    live.add(p);
                    ref.values().forEach(t -> t.add(p));
                } else {
                    Sortable.Probe p = live.remove(rnd.nextInt(live.size()));
                    index.remove(p);
                    ref.values().forEach(t -> t.remove(p));
                }
            }
            assertThat(index.size()).isEqualTo(live.size());
            for (SortField f : SortField.values()) {
                for (SortOrder o : SortOrder.values()) {
                    NavigableSet<Sortable> base =
                            o == SortOrder.DESC ? ref.get(f).descendingSet() : ref.get(f);
                    List<Sortable> expectAll = new ArrayList<>(base);
                    List<Sortable> got = new ArrayList<>();
                    Sortable after = null;
                    while (true) {
                        List<Sortable.Probe> page = index.page(f, o, after, e -> true, 37);
                        boolean more = page.size() > 37;
                        List<Sortable.Probe> items = more ? page.subList(0, 37) : page;
                        got.addAll(items);
                        if (!more) {
                            break;
                        }
                        after = items.get(items.size() - 1);
                    }
                    assertThat(got).isEqualTo(expectAll);
                    for (int k = 0; k < 50; k++) {
                        Sortable.Probe probe = new Sortable.Probe(
                                "zz" + k, "n" + rnd.nextInt(300), rnd.nextInt(5000), rnd.nextInt(100));
                        List<Sortable> tail = new ArrayList<>(base.tailSet(probe, false));
                        List<Sortable> exp = tail.subList(0, Math.min(11, tail.size()));
                        assertThat(new ArrayList<Sortable>(index.page(f, o, probe, e -> true, 10)))
                                .isEqualTo(exp);
                    }
                }
            }
        }
    }
}
