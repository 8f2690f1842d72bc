/**
 * Small shared tools with no knowledge of the model's behaviour: a minimal JSON reader/writer ({@code Json}), the
 * seeded id generator ({@code IdSource}), signed tokens ({@code Tokens}), run-all-then-rethrow ({@code FirstFailure})
 * and time bounds ({@code TimeBounds}). A leaf: imports nothing else of the internals.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.util;

import org.apiguardian.api.API;
