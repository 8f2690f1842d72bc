/**
 * Awaitility conditions for code that polls in real time: {@link dev.fakewix.media.awaitility.MediaAwait}.
 *
 * <pre>{@code
 * FileDescriptor ready = MediaAwait.untilFileReady(site, fileId);
 * }</pre>
 *
 * <p>Null-marked: no parameter takes {@code null} and no method returns it, unless it says {@code @Nullable}.
 */
@NullMarked
package dev.fakewix.media.awaitility;

import org.jspecify.annotations.NullMarked;
