/**
 * AssertJ assertions on the fake, from one entry point,
 * {@link dev.fakewix.media.assertj.MediaManagerAssertions#assertThat}: sites, files, the request journal and webhook
 * inboxes; {@link dev.fakewix.media.assertj.RequestConditions} narrows journal assertions.
 *
 * <pre>{@code
 * assertThat(site).hasFileAt("/cat.jpg");
 * assertThat(http).received(Operation.IMPORT_FILE, 1).receivedNothingElse();
 * }</pre>
 *
 * <p>Null-marked: no parameter takes {@code null} and no method returns it, unless it says {@code @Nullable}.
 */
@NullMarked
package dev.fakewix.media.assertj;

import org.jspecify.annotations.NullMarked;
