package dev.fakewix.media.core.internal.query;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.util.Comparator;
import org.apiguardian.api.API;

/** The fields lists can be sorted by, with the comparator that makes keyset paging stable (ties broken by id). */
@API(status = API.Status.INTERNAL)
public enum SortField {
    @Decides(Guess.SORT_TIE_BREAKS)
    DISPLAY_NAME(
            "displayName",
            Comparator.comparing(Sortable::sortName, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(Sortable::sortName)
                    .thenComparing(Sortable::id)),
    UPDATED_DATE("updatedDate", Comparator.comparingLong(Sortable::sortUpdated).thenComparing(Sortable::id)),
    SIZE_IN_BYTES("sizeInBytes", Comparator.comparingLong(Sortable::sortSize).thenComparing(Sortable::id));

    private final String restName;

    @SuppressWarnings("ImmutableEnumChecker") // composed of method references: stateless
    private final Comparator<Sortable> comparator;

    SortField(String restName, Comparator<Sortable> comparator) {
        this.restName = restName;
        this.comparator = comparator;
    }

    public String restName() {
        return restName;
    }

    public Comparator<Sortable> comparator() {
        return comparator;
    }
}
