package dev.fakewix.media.core.archfixture.internal.site;

import dev.fakewix.media.core.archfixture.internal.search.Leaf;

/** Half of a deliberate cycle (site -> search -> site), for the layout rules' own tests. */
public final class Aggregate {
    private final Leaf leaf = new Leaf();

    public Leaf leaf() {
        return leaf;
    }
}
