/*
 * The fake Wix Media Manager's dashboard: a face over the admin API (/_fake) and the REST API (/site-media/v1), with
 * no rules of its own. It polls the admin API once a second with If-None-Match, so an idle page moves a few 304s.
 * Everything it shows that came from the server goes through textContent (file names are user data), never markup.
 * This module polls and wires the buttons; each view has its own module.
 */
import { HttpError, adminToken, askForToken, admin, poll, readFragment } from './http.js';
import { $, toast } from './dom.js';
import { POLL_MS, JOURNAL_LIMIT, act, hooks, ui } from './state.js';
import { renderClock, renderSites, selectSite } from './sites.js';
import { renderLibrary, upload } from './library.js';
import { renderJournal } from './journal.js';
import { renderScenarios } from './scenarios.js';
import { refreshWebhooks } from './webhooks.js';

ui.siteId = readFragment().site;

// ------------------------------------------------------------------ polling

let timer = null;
let polling = false;
let again = false;
let nextDelay = POLL_MS;

async function tick() {
  if (polling) {
    again = true;
    return;
  }
  polling = true;
  clearTimeout(timer);
  const started = performance.now();
  try {
    await refresh();
    $('live').classList.remove('offline');
    $('live').textContent = 'live';
  } catch (e) {
    $('live').classList.add('offline');
    $('live').textContent = 'offline';
    if (e instanceof HttpError && (e.status === 401 || e.status === 403) && !adminToken() && askForToken()) {
      again = true;
    }
  } finally {
    polling = false;
    // A big site makes each poll cost the server more: wait at least four times as long as the last one took.
    nextDelay = Math.min(30000, Math.max(POLL_MS, 4 * (performance.now() - started)));
    if (again) {
      again = false;
      tick();
    } else if (!document.hidden) {
      timer = setTimeout(tick, nextDelay);
    }
  }
}

function refreshNow() {
  tick();
}

hooks.refreshNow = refreshNow;

document.addEventListener('visibilitychange', () => {
  if (!document.hidden) {
    refreshNow();
  }
});

async function refresh() {
  const sites = await poll('/sites');
  if (sites.changed) {
    ui.sites = sites.body;
  }
  if (!ui.siteId) {
    ui.siteId = sessionStorage.getItem('fakeSiteId') || ui.sites.defaultSiteId;
  }
  const site = encodeURIComponent(ui.siteId);
  // The list leaves the bodies out (they can be large); the selected entry is fetched whole.
  const journalPath = '/journal?bodies=false&limit=' + JOURNAL_LIMIT + ($('journal-site-only').checked ? '&siteId=' + site : '');
  const [clock, state, scenarios, journal] = await Promise.all([
    poll('/clock'),
    poll('/sites/' + site + '/state?content=false'),
    poll('/sites/' + site + '/scenarios'),
    poll(journalPath),
  ]);
  if (sites.changed) {
    renderSites();
  }
  if (clock.changed) {
    ui.clock = clock.body;
    renderClock();
  }
  if (state.changed || ui.state !== state.body) {
    ui.state = state.body;
    renderLibrary();
  }
  if (scenarios.changed || ui.scenarios !== scenarios.body.scenarios) {
    ui.scenarios = scenarios.body.scenarios;
    renderScenarios();
  }
  if (journal.changed || ui.journal !== journal.body.entries) {
    ui.journal = journal.body.entries;
    renderJournal();
  }
  await refreshWebhooks(site);
}

// ------------------------------------------------------------------ wiring

function showView(view) {
  ui.view = view;
  for (const tab of document.querySelectorAll('.tabs button')) {
    tab.classList.toggle('active', tab.dataset.view === view);
    tab.setAttribute('aria-selected', String(tab.dataset.view === view));
  }
  for (const name of ['library', 'journal', 'scenarios', 'webhooks']) {
    $('view-' + name).hidden = name !== view;
  }
}

function site() {
  return '/sites/' + encodeURIComponent(ui.siteId);
}

function wire() {
  for (const tab of document.querySelectorAll('.tabs button')) {
    tab.addEventListener('click', () => showView(tab.dataset.view));
  }
  $('site-select').addEventListener('change', (e) => selectSite(e.target.value));
  for (const button of document.querySelectorAll('[data-advance]')) {
    button.addEventListener('click', () => act('Advancing the clock',
      () => admin('POST', '/clock/advance', { duration: button.dataset.advance })));
  }
  $('clock-freeze').addEventListener('click', () => act('Changing the clock',
    () => admin('POST', ui.clock && ui.clock.frozen ? '/clock/unfreeze' : '/clock/freeze')));
  $('settle').addEventListener('click', () => act('Settling', async () => {
    const answer = await admin('POST', site() + '/settle');
    toast('Settled: ' + answer.fileIds.length + ' file(s) still PENDING');
  }));
  $('reset-site').addEventListener('click', () => {
    if (window.confirm('Reset site ' + ui.siteId + '? Its files, folders, trash and scenarios are removed.')) {
      act('Resetting the site', () => admin('POST', site() + '/reset'));
    }
  });
  $('mark-ready').addEventListener('click', () => act('Marking READY',
    () => admin('POST', site() + '/files/' + encodeURIComponent(ui.fileId) + '/ready')));
  $('mark-failed').addEventListener('click', () => act('Marking FAILED',
    () => admin('POST', site() + '/files/' + encodeURIComponent(ui.fileId) + '/failed',
      { code: 'FILE_PROCESSING_FAILED', description: 'Marked FAILED from the dashboard' })));
  $('journal-clear').addEventListener('click', () => act('Clearing the journal', () => admin('DELETE', '/journal')));
  $('scenarios-clear').addEventListener('click', () => act('Clearing the scenarios', () => admin('DELETE', site() + '/scenarios')));
  $('scenario-add').addEventListener('click', () => act('Adding the scenario', () => {
    let doc;
    try {
      doc = JSON.parse($('scenario-json').value);
    } catch (e) {
      throw new Error('the text is not JSON: ' + e.message);
    }
    return admin('POST', site() + '/scenarios', doc);
  }));
  for (const id of ['journal-filter', 'journal-status', 'journal-scenario-only']) {
    $(id).addEventListener('input', renderJournal);
  }
  $('journal-site-only').addEventListener('change', refreshNow);

  const zone = $('dropzone');
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    if (e.dataTransfer && e.dataTransfer.files.length) {
      upload(e.dataTransfer.files);
    }
  });
  $('file-input').addEventListener('change', (e) => {
    upload(e.target.files).then(() => { e.target.value = ''; });
  });
}

wire();
tick();
