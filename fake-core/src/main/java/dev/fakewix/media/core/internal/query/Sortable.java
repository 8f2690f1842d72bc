package dev.fakewix.media.core.internal.query;

import org.apiguardian.api.API;

/** What the sorted indexes order by: the sortable fields and the id that breaks ties. */
@API(status = API.Status.INTERNAL)
public interface Sortable {
    String id();

    String sortName();

    long sortUpdated();

    long sortSize();

    /** A search key positioned at a cursor's last item. */
    record Probe(String id, String sortName, long sortUpdated, long sortSize) implements Sortable {}
}
