/*
 * The fake Wix Media Manager's dashboard: a face over the admin API (/_fake) and the REST API (/site-media/v1), with
 * no rules of its own. It polls the admin API once a second with If-None-Match, so an idle page moves a few 304s.
 * Everything it shows that came from the server goes through textContent (file names are user data): no innerHTML.
 */
'use strict';

(() => {
  /** The header the admin API reads its optional token from (issue 10's hardening). */
  const ADMIN_TOKEN_HEADER = 'X-Fake-Admin-Token';
  /** Any non-empty key passes the default (permissive) auth; a strict server needs a real one, from #apiKey=. */
  const DEFAULT_API_KEY = 'fake-dashboard';
  const POLL_MS = 1000;
  const JOURNAL_LIMIT = 500;
  const ROOTS = [
    { id: 'media-root', name: 'Media', icon: 'root' },
    { id: 'visitor-uploads', name: 'Visitor uploads', icon: 'visitors' },
  ];
  const TRASH = 'trash';

  // The app may be mounted under a context path: everything is relative to where the page is.
  const ROOT = location.pathname.replace(/\/_fake\/ui\/?$/, '');
  const ADMIN = ROOT + '/_fake';
  const API = ROOT + '/site-media/v1';

  const $ = (id) => document.getElementById(id);

  /** The admin routes this server has, as the page was told (so that it never probes, and never journals a 404). */
  const ADMIN_ROUTES = new Set((document.querySelector('meta[name="fake-admin-routes"]') || { content: '' }).content
    .split(',').map((r) => r.trim()).filter(Boolean));
  const hasAdminRoute = (method, path) => ADMIN_ROUTES.has(method + ' /_fake' + path);

  const ui = {
    siteId: null,
    sites: { defaultSiteId: null, siteIds: [] },
    clock: null,
    state: null,
    scenarios: [],
    journal: [],
    webhooks: null,
    folder: 'media-root',
    fileId: null,
    journalSeq: null,
    seenSeq: 0,
    thumbs: new Map(),
    view: 'library',
  };

  // ------------------------------------------------------------------ credentials (from the fragment, kept per tab)

  (function readFragment() {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const [name, key] of [['token', 'fakeAdminToken'], ['apiKey', 'fakeApiKey']]) {
      if (params.has(name)) {
        sessionStorage.setItem(key, params.get(name));
        params.delete(name);
      }
    }
    if (params.has('site')) {
      ui.siteId = params.get('site');
    }
    // Secrets leave the address bar (and the history) as soon as they are read.
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + location.search + (rest ? '#' + rest : ''));
  })();

  const adminToken = () => sessionStorage.getItem('fakeAdminToken');
  const apiKey = () => sessionStorage.getItem('fakeApiKey') || DEFAULT_API_KEY;

  // ------------------------------------------------------------------ HTTP

  class HttpError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  async function failure(res) {
    let message = res.status + ' ' + res.statusText;
    try {
      const body = await res.json();
      const details = (body && body.details) || {};
      const violation = details.validationError && (details.validationError.fieldViolations || [])[0];
      const text = (details.applicationError && details.applicationError.description)
        || (violation && violation.field + ' ' + violation.description) || (body && body.message);
      if (typeof text === 'string' && text) {
        message = res.status + ': ' + text;
      }
    } catch (ignored) {
      // not JSON: the status line says enough
    }
    return new HttpError(res.status, message);
  }

  function adminHeaders(extra) {
    const headers = Object.assign({ Accept: 'application/json' }, extra);
    const token = adminToken();
    if (token) {
      headers[ADMIN_TOKEN_HEADER] = token;
    }
    return headers;
  }

  const etags = new Map();
  const bodies = new Map();

  /** A conditional GET of the admin API: {changed, body}; a 304 answers the body seen last time. */
  async function poll(path) {
    const headers = adminHeaders({});
    if (etags.has(path)) {
      headers['If-None-Match'] = etags.get(path);
    }
    // no-store: the browser must neither answer from its cache nor add conditions of its own.
    const res = await fetch(ADMIN + path, { headers, cache: 'no-store' });
    if (res.status === 304 && bodies.has(path)) {
      return { changed: false, body: bodies.get(path) };
    }
    if (!res.ok) {
      throw await failure(res);
    }
    const body = await res.json();
    const tag = res.headers.get('ETag');
    if (tag) {
      etags.set(path, tag);
    }
    bodies.set(path, body);
    return { changed: true, body };
  }

  /** A state-changing admin call: always a JSON body, as the hardened admin API requires. */
  async function admin(method, path, body) {
    const res = await fetch(ADMIN + path, {
      method,
      headers: adminHeaders({ 'Content-Type': 'application/json' }),
      body: JSON.stringify(body === undefined ? {} : body),
      cache: 'no-store',
    });
    if (!res.ok) {
      throw await failure(res);
    }
    return res.json();
  }

  /** A REST API call, as the official SDK makes it (journaled like any other). */
  async function api(method, path, body) {
    const headers = { Accept: 'application/json', Authorization: apiKey(), 'wix-site-id': ui.siteId };
    const init = { method, headers, cache: 'no-store' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await fetch(API + path, init);
    if (!res.ok) {
      const error = await failure(res);
      if (res.status === 401) {
        error.message += ' (a strict server needs an API key: open the page with #apiKey=<key>)';
      }
      throw error;
    }
    return res.json();
  }

  /** Transfer URLs name the server's base URI; the page talks to the same server through its own origin. */
  function sameOrigin(url) {
    const u = new URL(url, location.href);
    const at = u.pathname.indexOf('/_wixmp/');
    return at >= 0 ? location.origin + ROOT + u.pathname.slice(at) + u.search : u.href;
  }

  // ------------------------------------------------------------------ DOM helpers (text only)

  /** An element with text children; strings become text nodes, never markup. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) {
        continue;
      }
      if (key === 'class') {
        node.className = value;
      } else if (key === 'text') {
        node.textContent = value;
      } else if (key.startsWith('on')) {
        node.addEventListener(key.slice(2), value);
      } else if (key === 'dataset') {
        Object.assign(node.dataset, value);
      } else {
        node.setAttribute(key, value === true ? '' : String(value));
      }
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined && child !== false) {
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    }
    return node;
  }

  let toastTimer = null;

  function toast(message, isError) {
    const box = $('toast');
    box.textContent = message;
    box.classList.toggle('error', !!isError);
    box.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { box.hidden = true; }, isError ? 7000 : 3000);
  }

  /** Runs a user action, reports its failure, and refreshes the page's data right away. */
  async function act(what, action) {
    try {
      const result = await action();
      refreshNow();
      return result;
    } catch (e) {
      if (e instanceof HttpError && (e.status === 401 || e.status === 403) && !adminToken() && askForToken()) {
        return act(what, action);
      }
      toast(what + ' failed: ' + e.message, true);
      return undefined;
    }
  }

  let askedForToken = false;

  function askForToken() {
    if (askedForToken) {
      return false;
    }
    askedForToken = true;
    const token = window.prompt('This fake needs its admin token (X-Fake-Admin-Token). Token:');
    if (token) {
      sessionStorage.setItem('fakeAdminToken', token);
      return true;
    }
    return false;
  }

  function formatInstant(iso) {
    if (!iso) {
      return '';
    }
    return iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z').replace(/Z$/, ' UTC');
  }

  /** 2026-03-14 09:30, for table cells (the full instant is in the cell's title). */
  function formatShort(iso) {
    return iso ? iso.slice(0, 10) + ' ' + iso.slice(11, 16) : '';
  }

  /** 09:30:00, for the journal (whose entries are usually of one day). */
  function formatTime(iso) {
    return iso ? iso.slice(11, 19) : '';
  }

  /** Transfer URLs carry long tokens: the table shows their ends, the title and the detail the whole. */
  function shorten(text, max) {
    return text.length <= max ? text : text.slice(0, max - 25) + '…' + text.slice(-24);
  }

  function formatSize(text) {
    const n = Number(text);
    if (!Number.isFinite(n) || n < 0) {
      return '—';
    }
    if (n < 1024) {
      return n + ' B';
    }
    const units = ['KB', 'MB', 'GB', 'TB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
      v /= 1024;
      i++;
    }
    return v.toFixed(v < 10 ? 1 : 0) + ' ' + units[i];
  }

  function pretty(text) {
    if (text === null || text === undefined || text === '') {
      return '(none)';
    }
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch (ignored) {
      return text;
    }
  }

  function statusBadge(status) {
    return el('span', { class: 'status ' + status, text: status });
  }

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

  /**
   * Webhook subscriptions and delivery attempts, from the admin API's webhook routes when the server has them; on a
   * server without them the view says so. The page never makes deliveries up.
   */
  async function refreshWebhooks(site) {
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

  // ------------------------------------------------------------------ sites and clock

  function renderSites() {
    const select = $('site-select');
    const ids = new Set(ui.sites.siteIds);
    ids.add(ui.sites.defaultSiteId);
    ids.add(ui.siteId);
    select.replaceChildren(...[...ids].filter(Boolean).sort().map((id) =>
      el('option', { value: id, selected: id === ui.siteId },
        id === ui.sites.defaultSiteId ? id + ' (default)' : id)));
  }

  function selectSite(siteId) {
    ui.siteId = siteId;
    sessionStorage.setItem('fakeSiteId', siteId);
    ui.folder = 'media-root';
    ui.fileId = null;
    ui.journalSeq = null;
    history.replaceState(null, '', location.pathname + location.search + '#site=' + encodeURIComponent(siteId));
    refreshNow();
  }

  function renderClock() {
    const clock = ui.clock;
    $('clock-now').textContent = formatInstant(clock.now);
    $('clock-now').setAttribute('datetime', clock.now);
    const badge = $('clock-frozen');
    badge.textContent = clock.frozen ? 'frozen' : 'running';
    badge.classList.toggle('frozen', clock.frozen);
    $('clock-freeze').textContent = clock.frozen ? 'Unfreeze' : 'Freeze';
  }

  // ------------------------------------------------------------------ library: tree, files, detail

  function folderName(id) {
    const root = ROOTS.find((r) => r.id === id);
    if (root) {
      return root.name;
    }
    if (id === TRASH) {
      return 'Trash bin';
    }
    const folder = (ui.state ? ui.state.folders : []).find((f) => f.folder.id === id);
    return folder ? folder.folder.displayName : id;
  }

  function renderLibrary() {
    const state = ui.state;
    const live = state.folders.filter((f) => !f.trashed);
    const known = new Set([...ROOTS.map((r) => r.id), ...live.map((f) => f.folder.id)]);
    if (ui.folder !== TRASH && !known.has(ui.folder)) {
      ui.folder = 'media-root';
    }
    const children = new Map();
    for (const f of live) {
      const parent = f.folder.parentFolderId;
      if (!children.has(parent)) {
        children.set(parent, []);
      }
      children.get(parent).push(f.folder);
    }
    const fileCount = new Map();
    for (const f of state.files) {
      if (!f.trashed) {
        fileCount.set(f.file.parentFolderId, (fileCount.get(f.file.parentFolderId) || 0) + 1);
      }
    }
    const node = (id, name, icon, extraClass) => el('div', {
      class: 'node' + (ui.folder === id ? ' selected' : '') + (extraClass ? ' ' + extraClass : ''),
      dataset: { folderId: id },
      title: name,
      onclick: () => { ui.folder = id; ui.fileId = null; renderLibrary(); },
    }, el('span', { class: 'icon ' + icon }), el('span', { class: 'node-name', text: name }),
    el('span', { class: 'n', text: String(fileCount.get(id) || '') }));

    const branch = (parentId, seen) => {
      const kids = (children.get(parentId) || []).slice().sort((a, b) => a.displayName.localeCompare(b.displayName));
      if (!kids.length) {
        return null;
      }
      return el('ul', {}, kids.filter((k) => !seen.has(k.id)).map((k) => el('li', {},
        node(k.id, k.displayName, 'folder'), branch(k.id, new Set([...seen, k.id])))));
    };
    const trashed = state.files.filter((f) => f.trashed).length + state.folders.filter((f) => f.trashed).length;
    $('tree').replaceChildren(
      ...ROOTS.map((r) => el('li', {}, node(r.id, r.name, r.icon), branch(r.id, new Set([r.id])))),
      el('li', { class: 'trash-node' }, el('div', {
        class: 'node' + (ui.folder === TRASH ? ' selected' : ''),
        dataset: { folderId: TRASH },
        onclick: () => { ui.folder = TRASH; ui.fileId = null; renderLibrary(); },
      }, el('span', { class: 'icon trash' }), el('span', { class: 'node-name', text: 'Trash bin' }),
      el('span', { class: 'n', text: trashed ? String(trashed) : '' }))));
    renderFiles();
    renderDetail();
  }

  function renderFiles() {
    const inTrash = ui.folder === TRASH;
    const files = ui.state.files.filter((f) => inTrash ? f.trashed : !f.trashed && f.file.parentFolderId === ui.folder);
    const folders = inTrash ? ui.state.folders.filter((f) => f.trashed) : [];
    $('folder-title').textContent = folderName(ui.folder);
    $('drop-target').textContent = folderName(ui.folder);
    $('dropzone').classList.toggle('disabled', inTrash);
    $('folder-summary').textContent = files.length + (files.length === 1 ? ' file' : ' files')
      + (folders.length ? ', ' + folders.length + (folders.length === 1 ? ' folder' : ' folders') : '');
    const rows = [];
    for (const f of folders) {
      rows.push(el('tr', { class: 'folder-row', dataset: { folderId: f.folder.id } },
        el('td', { class: 'file-cell' }, el('span', { class: 'icon folder' }), ' ', el('span', { class: 'file-name', text: f.folder.displayName })),
        el('td', {}, statusBadge('TRASHED')), el('td', { text: 'FOLDER' }), el('td', { class: 'num', text: '' }),
        el('td', { text: '' }), el('td', { text: '' }),
        el('td', { class: 'muted', text: formatShort(f.folder.updatedDate), title: formatInstant(f.folder.updatedDate) })));
    }
    const sorted = files.slice().sort((a, b) => a.file.displayName.localeCompare(b.file.displayName));
    for (const f of sorted) {
      const file = f.file;
      rows.push(el('tr', {
        class: ui.fileId === file.id ? 'selected' : '',
        dataset: { fileId: file.id, status: file.operationStatus },
        onclick: () => { ui.fileId = file.id; renderFiles(); renderDetail(); },
      },
      el('td', { class: 'file-cell' }, el('span', { class: 'file-name', text: file.displayName })),
      el('td', {}, statusBadge(file.operationStatus)),
      el('td', { text: file.mediaType }),
      el('td', { class: 'num', text: formatSize(file.sizeInBytes) }),
      el('td', { text: file.private ? 'private' : 'public' }),
      el('td', { class: 'wrap' }, (file.labels || []).map((l) => el('span', { class: 'label', text: l }))),
      el('td', { class: 'muted', text: formatShort(file.updatedDate), title: formatInstant(file.updatedDate) })));
    }
    $('file-rows').replaceChildren(...rows);
    $('files-empty').hidden = rows.length > 0;
    $('files-empty').textContent = inTrash ? 'The trash bin is empty.' : 'No files in this folder.';
  }

  function selectedEntry() {
    return ui.fileId && ui.state ? ui.state.files.find((f) => f.file.id === ui.fileId) : null;
  }

  function renderDetail() {
    const entry = selectedEntry();
    $('detail-empty').hidden = !!entry;
    $('detail-body').hidden = !entry;
    if (!entry) {
      return;
    }
    const file = entry.file;
    $('detail-name').textContent = file.displayName;
    $('detail-status').replaceWith(Object.assign(statusBadge(file.operationStatus), { id: 'detail-status' }));
    $('detail-pending').textContent = pendingNote(entry);
    const pending = file.operationStatus === 'PENDING' && !entry.trashed;
    $('mark-ready').disabled = !pending;
    $('mark-failed').disabled = !pending;
    const stored = Object.assign({}, entry);
    delete stored.file;
    $('detail-json').textContent = JSON.stringify(file, null, 2)
      + '\n\n// kept by the fake beside the descriptor\n' + JSON.stringify(stored, null, 2);
    renderThumb(entry);
  }

  function pendingNote(entry) {
    const parts = [];
    if (entry.trashed) {
      parts.push('In the trash bin' + (entry.trashedFrom ? ' (was in ' + folderName(entry.trashedFrom) + ')' : '') + '.');
    }
    const r = entry.pendingReadiness;
    if (r && entry.file.operationStatus === 'PENDING') {
      if (r.type === 'manual') {
        parts.push('Stays PENDING until it is marked READY or FAILED.');
      } else if (r.type === 'afterReads') {
        parts.push('Settles after ' + r.reads + ' more reads.');
      } else {
        parts.push('Turns ' + (r.type === 'fail' ? 'FAILED' : 'READY') + ' ' + r.delay + ' after it was created ('
          + (r.timeBase === 'FAKE_CLOCK' ? "on the fake's clock" : 'on the wall clock') + ').');
      }
    }
    return parts.join(' ');
  }

  /** For a READY image: a real download URL from generateFileDownloadUrl (a journaled API call), once per version. */
  function renderThumb(entry) {
    const box = $('thumb');
    const file = entry.file;
    if (file.mediaType !== 'IMAGE' || file.operationStatus !== 'READY' || entry.trashed) {
      box.replaceChildren();
      return;
    }
    const key = file.id + '@' + file.updatedDate;
    const shown = box.dataset.key;
    if (shown === key) {
      return;
    }
    box.dataset.key = key;
    box.replaceChildren(el('span', { class: 'muted', text: 'Loading preview…' }));
    let url = ui.thumbs.get(key);
    const show = (href) => {
      if (box.dataset.key !== key) {
        return;
      }
      const img = el('img', { alt: 'Preview of ' + file.displayName, src: href });
      img.addEventListener('error', () => box.replaceChildren(
        el('span', { class: 'muted', text: 'No preview: the fake holds no image bytes for this file (imports are never fetched).' })));
      box.replaceChildren(img);
    };
    if (url) {
      show(url);
      return;
    }
    api('POST', '/files/generate-file-download-url', { fileId: file.id, contentDisposition: 'INLINE' })
      .then((answer) => {
        url = sameOrigin(answer.downloadUrls[0].url);
        ui.thumbs.set(key, url);
        show(url);
      })
      .catch((e) => {
        if (box.dataset.key === key) {
          box.replaceChildren(el('span', { class: 'muted', text: 'No preview: ' + e.message }));
        }
      });
  }

  // ------------------------------------------------------------------ uploads (the documented two-step flow)

  async function upload(fileList) {
    if (ui.folder === TRASH) {
      toast('Files cannot be uploaded into the trash bin; pick a folder first.', true);
      return;
    }
    for (const file of Array.from(fileList)) {
      await act('Uploading ' + file.name, async () => {
        const mimeType = file.type || 'application/octet-stream';
        const ticket = await api('POST', '/files/generate-upload-url', {
          mimeType, fileName: file.name, sizeInBytes: String(file.size), parentFolderId: ui.folder,
        });
        const target = sameOrigin(ticket.uploadUrl);
        const res = await fetch(target + (target.includes('?') ? '&' : '?') + 'filename=' + encodeURIComponent(file.name),
          { method: 'PUT', headers: { 'Content-Type': mimeType }, body: file, cache: 'no-store' });
        if (!res.ok) {
          throw await failure(res);
        }
        const answer = await res.json();
        ui.fileId = answer.file.id;
        toast('Uploaded ' + file.name);
      });
    }
  }

  // ------------------------------------------------------------------ journal

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
    const hay = [e.method, e.path, e.operation, String(e.status), e.errorCode, e.scenario, e.siteId]
      .filter(Boolean).join(' ').toLowerCase();
    return words.split(/\s+/).every((w) => hay.includes(w));
  }

  function renderJournal() {
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
        e.operation ? el('div', { class: 'operation', text: e.operation }) : null),
      el('td', { class: 'num' }, el('span', { class: 'http s' + String(e.status)[0], text: String(e.status) })),
      el('td', { class: 'num muted', text: e.latencyMillis.toFixed(1) + ' ms' }),
      el('td', { class: 'scenario-cell clip', text: e.scenario || '', title: e.scenario || undefined }));
    }));
    ui.seenSeq = Math.max(ui.seenSeq, newest);
    $('journal-empty').hidden = entries.length > 0;
    $('journal-count').textContent = String(entries.length);
    renderJournalDetail();
  }

  const journalDetails = new Map();
  const journalLoading = new Set();

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
    if (whole) {
      $('jd-request').textContent = pretty(e.body);
      $('jd-response').textContent = pretty(e.responseBody);
    }
  }

  // ------------------------------------------------------------------ scenarios

  function renderScenarios() {
    const rows = ui.scenarios.map((s) => el('tr', { dataset: { scenarioId: s.id } },
      el('td', { class: 'num muted', text: String(s.id) }),
      el('td', { text: s.label }),
      el('td', { class: 'num', text: String(s.timesMet) }),
      el('td', { class: 'num', text: s.remaining === undefined ? '∞' : String(s.remaining) })));
    $('scenario-rows').replaceChildren(...rows);
    $('scenarios-empty').hidden = rows.length > 0;
    $('scenario-count').textContent = String(rows.length);
  }

  // ------------------------------------------------------------------ webhooks

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
      el('td', { class: 'wrap' }, (s.events || []).map((name) => el('span', { class: 'label', text: name }))))));
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
})();
