/* The fake's dashboard: webhook subscriptions and delivery attempts, from the webhook admin routes when the server has them. */

import { hasAdminRoute, poll } from './http.js';
import { $, el, formatInstant, formatTime } from './dom.js';
import { JOURNAL_LIMIT, ui } from './state.js';

/**
 * Webhook subscriptions and delivery attempts, from the admin API's webhook routes when the server has them; on a
 * server without them the view says so. The page never makes deliveries up.
 */
export async function refreshWebhooks(site) {
  if (!hasAdminRoute('GET', '/webhooks/attempts') || !hasAdminRoute('GET', '/webhooks/subscriptions')) {
    if (ui.webhooks !== 'absent') {
      ui.webhooks = 'absent';
      renderWebhooks();
    }
    return;
  }
  const [subscriptions, attempts] = await Promise.all([
    poll('/webhooks/subscriptions'),
    poll('/webhooks/attempts?limit=' + JOURNAL_LIMIT + '&siteId=' + site),
  ]);
  const next = { subscriptions: subscriptions.body.subscriptions || [], attempts: attempts.body.attempts || [] };
  if (subscriptions.changed || attempts.changed || !ui.webhooks) {
    ui.webhooks = next;
    renderWebhooks();
  }
}

function renderWebhooks() {
  const absent = ui.webhooks === 'absent';
  $('webhooks-unavailable').hidden = !absent;
  $('webhook-subscriptions-panel').hidden = absent;
  $('webhook-attempts-panel').hidden = absent;
  if (absent || !ui.webhooks) {
    $('webhook-count').textContent = absent ? '–' : '0';
    return;
  }
  const subs = ui.webhooks.subscriptions.filter((s) => !s.siteId || s.siteId === ui.siteId);
  $('subscription-rows').replaceChildren(...subs.map((s) => el('tr', { dataset: { subscriptionId: s.id } },
    el('td', { class: 'mono', text: s.id }),
    el('td', { class: 'muted', text: s.siteId || 'every site' }),
    el('td', { class: 'mono wrap', text: s.url }),
    el('td', { class: 'wrap' }, (s.events || []).length
      ? s.events.map((name) => el('span', { class: 'label', text: name }))
      : el('span', { class: 'muted', text: 'every event' })))));
  $('subscriptions-empty').hidden = subs.length > 0;
  const attempts = ui.webhooks.attempts.slice().reverse();
  $('attempt-rows').replaceChildren(...attempts.map((a) => el('tr', { dataset: { sequence: a.sequence, outcome: a.outcome } },
    el('td', { class: 'num muted', text: String(a.sequence) }),
    el('td', { class: 'muted', text: formatTime(a.at), title: formatInstant(a.at) }),
    el('td', { class: 'wrap', text: String(a.eventType || '').replace(/^wix\.media\.site_media\.v1\./, '') }),
    el('td', { class: 'mono wrap', text: a.entityId || '' }),
    el('td', { class: 'num', text: String(a.attempt) }),
    el('td', {}, el('span', { class: 'status ' + a.outcome, text: a.outcome })),
    el('td', { class: 'num' }, a.status ? el('span', { class: 'http s' + String(a.status)[0], text: String(a.status) }) : '—'),
    el('td', { class: 'num muted', text: typeof a.latencyMillis === 'number' ? a.latencyMillis.toFixed(1) + ' ms' : '' }),
    el('td', { class: 'wrap', text: [a.fault, a.error].filter(Boolean).join(': ') }),
    el('td', { text: a.willRetry ? 'will retry' : '' }))));
  $('attempts-empty').hidden = attempts.length > 0;
  $('webhook-count').textContent = String(attempts.length);
}
