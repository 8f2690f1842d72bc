/**
 * The core as the project's faces (the HTTP facade and the JUnit extension) reach it, and users never do: upload and
 * download completion ({@link dev.fakewix.media.core.face.Transfers}), where transfer URLs point, how webhooks leave
 * ({@link dev.fakewix.media.core.face.WebhookTransport}), a request's scenario pass, and the entry point to all of it,
 * {@link dev.fakewix.media.core.face.FaceAccess}. Exported only to the faces' modules.
 *
 * <pre>{@code
 * Transfers transfers = FaceAccess.get().transfers(fake);
 * }</pre>
 */
@NullMarked
package dev.fakewix.media.core.face;

import org.jspecify.annotations.NullMarked;
