package dev.fakewix.media.core.internal.search;

import dev.fakewix.media.core.internal.query.Sortable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A file as the {@link TermIndex} sees it: the texts a search term is matched against, whether it is in the trash,
 * and the slot the index gave it. Kept as an interface so that the index never reaches into the site's entries.
 */
@API(status = API.Status.INTERNAL)
public interface Searchable extends Sortable {
    String displayName();

    List<String> labels();

    /** {@code null} when the file has none. */
    String mimeType();

    boolean isTrashed();

    /** Where the index keeps this file; -1 before it is indexed. */
    int termSlot();

    void setTermSlot(int slot);
}
