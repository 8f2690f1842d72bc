/**
 * Webhook delivery: queueing, retries and the delivery journal ({@code WebhookDispatcher}) and the signed envelope
 * Wix sends ({@code WebhookEnvelope}). A leaf: it is handed events, not the site.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.webhook;

import org.apiguardian.api.API;
