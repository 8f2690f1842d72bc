/* The fake's dashboard: the library: folder tree, files, trash bin, a file's descriptor and thumbnail, uploads. */

import { DASHBOARD_HEADER, api, failure, sameOrigin } from './http.js';
import { $, el, formatInstant, formatShort, formatSize, statusBadge, toast } from './dom.js';
import { ROOTS, TRASH, act, ui } from './state.js';

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

export function renderLibrary() {
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

/** For a READY image: a real download URL from generateFileDownloadUrl (journaled as the dashboard's), once per version. */
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
  const noBytes = () => box.dataset.key === key && box.replaceChildren(
    el('span', { class: 'muted', text: 'No preview: the fake holds no image bytes for this file (imports are never fetched).' }));
  const show = (href) => {
    if (box.dataset.key !== key) {
      return;
    }
    const img = el('img', { alt: 'Preview of ' + file.displayName, src: href });
    img.addEventListener('error', noBytes);
    box.replaceChildren(img);
  };
  if (url) {
    show(url);
    return;
  }
  api(ui.siteId, 'POST', '/files/generate-file-download-url', { fileId: file.id, contentDisposition: 'INLINE' })
    // fetched (not an <img src>) so that the download carries the dashboard's mark too; shown from a blob: URL
    .then((answer) => fetch(sameOrigin(answer.downloadUrls[0].url), { headers: { [DASHBOARD_HEADER]: '1' }, cache: 'no-store' }))
    .then(async (res) => {
      if (!res.ok) {
        noBytes();
        return;
      }
      url = URL.createObjectURL(await res.blob());
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

export async function upload(fileList) {
  if (ui.folder === TRASH) {
    toast('Files cannot be uploaded into the trash bin; pick a folder first.', true);
    return;
  }
  for (const file of Array.from(fileList)) {
    await act('Uploading ' + file.name, async () => {
      const mimeType = file.type || 'application/octet-stream';
      const ticket = await api(ui.siteId, 'POST', '/files/generate-upload-url', {
        mimeType, fileName: file.name, sizeInBytes: String(file.size), parentFolderId: ui.folder,
      });
      const target = sameOrigin(ticket.uploadUrl);
      const res = await fetch(target + (target.includes('?') ? '&' : '?') + 'filename=' + encodeURIComponent(file.name),
        { method: 'PUT', headers: { 'Content-Type': mimeType, [DASHBOARD_HEADER]: '1' }, body: file, cache: 'no-store' });
      if (!res.ok) {
        throw await failure(res);
      }
      const answer = await res.json();
      ui.fileId = answer.file.id;
      toast('Uploaded ' + file.name);
    });
  }
}
