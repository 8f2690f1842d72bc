/* The fake's dashboard: the request journal: live, filterable, with each request's bodies. */

import { ADMIN, adminHeaders, failure, hasAdminRoute } from './http.js';
import { $, el, formatInstant, formatTime, pretty, shorten } from './dom.js';
import { ui } from './state.js';

function journalMatches(e) {
  const status = $('journal-status').value;
  if (status && String(e.status)[0] !== status) {
    return false;
  }
  if ($('journal-scenario-only').checked && !e.scenario) {
    return false;
  }
  const words = $('journal-filter').value.trim().toLowerCase();
  if (!words) {
    return true;
  }
  const hay = [e.method, e.path, e.operation, String(e.status), e.errorCode, e.scenario, e.siteId,
    ...(e.guesses || [])].filter(Boolean).join(' ').toLowerCase();
  return words.split(/\s+/).every((w) => hay.includes(w));
}

export function renderJournal() {
  const entries = ui.journal.filter(journalMatches).reverse();
  const newest = ui.journal.length ? ui.journal[ui.journal.length - 1].sequence : 0;
  const fresh = ui.seenSeq;
  $('journal-rows').replaceChildren(...entries.map((e) => {
    const query = Object.entries(e.query || {}).flatMap(([k, vs]) => vs.map((v) => k + '=' + v)).join('&');
    return el('tr', {
      class: (ui.journalSeq === e.sequence ? 'selected' : '') + (fresh && e.sequence > fresh ? ' fresh' : ''),
      dataset: { sequence: e.sequence, status: e.status },
      onclick: () => { ui.journalSeq = e.sequence; renderJournal(); },
    },
    el('td', { class: 'num muted', text: String(e.sequence) }),
    el('td', { class: 'muted', text: formatTime(e.receivedAt), title: formatInstant(e.receivedAt) }),
    el('td', {}, el('span', { class: 'method', text: e.method })),
    el('td', { class: 'wrap path', title: e.path + (query ? '?' + query : '') },
      el('div', { class: 'mono', text: shorten(e.path + (query ? '?' + query : ''), 96) }),
      e.operation ? el('div', { class: 'operation', text: e.operation }) : null,
      e.fromDashboard ? el('div', { class: 'muted', text: 'sent by this dashboard', title: 'Journal assertions leave it out' }) : null),
    el('td', { class: 'num' }, el('span', { class: 'http s' + String(e.status)[0], text: String(e.status) })),
    el('td', { class: 'num muted', text: e.latencyMillis.toFixed(1) + ' ms' }),
    el('td', { class: 'scenario-cell clip', text: e.scenario || '', title: e.scenario || undefined }),
    el('td', { class: 'guess-cell clip', text: (e.guesses || []).join(' '),
      title: (e.guesses || []).length ? 'Guessed behaviours this answer met; select the row for each one\'s words'
        : undefined }));
  }));
  ui.seenSeq = Math.max(ui.seenSeq, newest);
  $('journal-empty').hidden = entries.length > 0;
  $('journal-count').textContent = String(entries.length);
  renderJournalDetail();
}

const journalDetails = new Map();
const journalLoading = new Set();

/** The fidelity ledger's lines by id, asked for once, when a request that met a guess is first shown. */
let ledger = null;
let ledgerAsked = false;

function ledgerLines() {
  if (!ledgerAsked && hasAdminRoute('GET', '/fidelity')) {
    ledgerAsked = true;
    fetch(ADMIN + '/fidelity', { headers: adminHeaders({}), cache: 'no-store' })
      .then((res) => (res.ok ? res.json() : failure(res).then((err) => { throw err; })))
      .then((body) => {
        ledger = new Map((body.lines || []).map((line) => [line.id, line]));
        renderJournalDetail();
      })
      .catch(() => { ledger = new Map(); });
  }
  return ledger;
}

function renderGuesses(ids) {
  $('jd-guesses-box').hidden = ids.length === 0;
  if (ids.length === 0) {
    return;
  }
  const lines = ledgerLines();
  $('jd-guesses').replaceChildren(...ids.map((id) => {
    const line = lines && lines.get(id);
    return el('li', { dataset: { guess: id } }, el('strong', { text: id }), ' ',
      el('span', { class: 'guess-text', text: line ? line.text : (lines ? '(not in this server\'s ledger)' : 'Loading…') }));
  }));
}

function renderJournalDetail() {
  const listed = ui.journal.find((x) => x.sequence === ui.journalSeq);
  $('journal-detail-empty').hidden = !!listed;
  $('journal-detail-body').hidden = !listed;
  if (!listed) {
    return;
  }
  const whole = journalDetails.get(listed.sequence);
  if (!whole && !journalLoading.has(listed.sequence)) {
    journalLoading.add(listed.sequence);
    $('jd-request').textContent = 'Loading…';
    $('jd-response').textContent = 'Loading…';
    fetch(ADMIN + '/journal/' + listed.sequence, { headers: adminHeaders({}), cache: 'no-store' })
      .then((res) => (res.ok ? res.json() : failure(res).then((err) => { throw err; })))
      .then((entry) => {
        journalDetails.set(entry.sequence, entry);
        if (ui.journalSeq === entry.sequence) {
          renderJournalDetail();
        }
      })
      .catch((err) => {
        $('jd-request').textContent = 'Not available: ' + err.message;
        $('jd-response').textContent = '';
      })
      .finally(() => journalLoading.delete(listed.sequence));
  }
  const e = whole || listed;
  const query = Object.entries(e.query || {}).flatMap(([k, vs]) => vs.map((v) => k + '=' + v)).join('&');
  $('jd-line').textContent = e.method + ' ' + e.path + (query ? '?' + query : '') + ' → ' + e.status;
  const facts = [
    ['Request id', 'fake-' + e.sequence], ['Received', formatInstant(e.receivedAt)], ['Site', e.siteId || '—'],
    ['Operation', e.operation || '—'], ['Latency', e.latencyMillis.toFixed(1) + ' ms'],
    ['Error code', e.errorCode || '—'], ['Scenario', e.scenario || '—'],
  ];
  $('jd-facts').replaceChildren(...facts.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]));
  renderGuesses(e.guesses || []);
  if (whole) {
    $('jd-request').textContent = pretty(e.body);
    $('jd-response').textContent = pretty(e.responseBody);
  }
}
