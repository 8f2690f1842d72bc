package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A sort instruction: a field name and a direction.
 *
 * <pre>{@code Sorting.by("displayName", SortOrder.ASC)}</pre>
 *
 * @param fieldName REST field name ({@code null} for the method's default field), e.g. {@code displayName}, {@code updatedDate}, {@code sizeInBytes}
 * @param order     direction, {@code null} meaning the method's default
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Sorting(@Nullable String fieldName, @Nullable SortOrder order) {

    public static Sorting by(String fieldName, SortOrder order) {
        return new Sorting(fieldName, order);
    }
}
