/**
 * The Wix Media Manager's values, with the names and fields of Wix's REST API: {@code FileDescriptor},
 * {@code Folder}, the request records ({@code ImportFileRequest}, {@code ListFilesRequest}, ...) with their
 * {@code of}/{@code withX} builders, pages and enums. Immutable records, safe to share between threads.
 *
 * <pre>{@code
 * ImportFileRequest request = ImportFileRequest.of("https://example.com/cat.jpg").withDisplayName("cat.jpg");
 * }</pre>
 *
 * <p>Null-marked: no parameter takes {@code null} and no method returns it, unless it says {@code @Nullable}. A
 * {@code @Nullable} component of a request is "not given", as an absent field on the wire.
 */
@NullMarked
package dev.fakewix.media.core.model;

import org.jspecify.annotations.NullMarked;
