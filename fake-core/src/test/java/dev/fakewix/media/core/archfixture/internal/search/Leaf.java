package dev.fakewix.media.core.archfixture.internal.search;

import dev.fakewix.media.core.archfixture.internal.site.Aggregate;

/** A leaf that imports the aggregate: what {@code InternalLayoutTest} forbids, shown to be caught. */
public final class Leaf {
    public int size(Aggregate site) {
        return site.hashCode();
    }
}
