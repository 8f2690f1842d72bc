/**
 * The fake Wix Media Manager's Java API: {@link dev.fakewix.media.core.FakeMediaManager} (the entry point and its
 * builder), its sites ({@link dev.fakewix.media.core.MediaSite}) with their {@code Files}, {@code Folders},
 * {@code Lifecycle} and {@code Scenarios}, readiness ({@link dev.fakewix.media.core.Readiness}), the virtual clock,
 * webhooks and the error type. Everything here is what a test calls; the engine behind it is in {@code internal}.
 *
 * <pre>{@code
 * FakeMediaManager fake = FakeMediaManager.builder().readiness(Readiness.manual()).build();
 * MediaSite site = fake.site();
 * FileDescriptor cat = site.files().importFile(ImportFileRequest.of("https://example.com/cat.jpg"));
 * site.lifecycle().markReady(cat.id());
 * }</pre>
 *
 * <p>Null-marked: no parameter takes {@code null} and no method returns it, unless it says {@code @Nullable}.
 */
@NullMarked
package dev.fakewix.media.core;

import org.jspecify.annotations.NullMarked;
