package dev.fakewix.media.http.archfixture;

import dev.fakewix.media.core.internal.validation.Violations;

/** A facade class outside the named list that reaches into the core's internals: what FacadeLayeringTest forbids. */
public final class ReachesIn {
    public boolean empty() {
        return new Violations().isEmpty();
    }
}
