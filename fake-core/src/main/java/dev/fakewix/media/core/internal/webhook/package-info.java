/**
 * Webhook delivery: queueing, retries and the delivery journal ({@code WebhookDispatcher}), the envelope Wix sends
 * ({@code WebhookEnvelope}), its signed JWT ({@code WebhookJwt}) and where the fake may deliver ({@code WebhookUrls}:
 * loopback only). A leaf: it is handed events, not the site.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.webhook;

import org.apiguardian.api.API;
