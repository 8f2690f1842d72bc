// The official Wix JS SDK (@wix/sdk + @wix/media, pinned in package.json) against the REAL Wix API: all 27 methods,
// on the site of WIX_SITE_ID with the API key WIX_API_KEY. Skipped, with its reason, when either is missing.
//
//   WIX_API_KEY=... WIX_SITE_ID=... node --test real-api.mjs      (run-conformance.sh does this when both are set)
//
// Safety: everything happens inside one new folder with a unique name (fake-wix-conformance-<UTC stamp>-<random>) at
// the top of the site; nothing else is read for writing, moved or deleted. The folder and all it holds are deleted
// for good at the end, also when a step fails, and on Ctrl-C / SIGTERM. A 429 is retried with backoff.
//
// Optional: WIX_API_BASE (default https://www.wixapis.com) sends the SDK elsewhere, e.g. to the fake, to try this file
// without a Wix site; WIX_CONTRACT_IMPORT_URL / WIX_CONTRACT_VIDEO_URL are public files Wix can import.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createClient, ApiKeyStrategy } from '@wix/sdk';
import { files, folders } from '@wix/media';

const API_KEY = process.env.WIX_API_KEY;
const SITE_ID = process.env.WIX_SITE_ID;
const SKIP = API_KEY && SITE_ID ? false
  : 'real Wix API: skipped because WIX_API_KEY and WIX_SITE_ID are not both set (set them to run against your own site)';
const API_BASE = (process.env.WIX_API_BASE || 'https://www.wixapis.com').replace(/\/+$/, '');
const IMPORT_URL = process.env.WIX_CONTRACT_IMPORT_URL
  || 'https://upload.wikimedia.org/wikipedia/commons/4/47/PNG_transparency_demonstration_1.png';
const VIDEO_URL = process.env.WIX_CONTRACT_VIDEO_URL || 'https://www.w3schools.com/html/mov_bbb.mp4';
const WIX_ORIGIN = 'https://www.wixapis.com';
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const STEP_TIMEOUT_MS = 180_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The SDK's fetch: sends to API_BASE and waits out 429s (Retry-After, else 1 s doubling, at most 5 times). */
async function wixFetch(input, init) {
  const url = String(input instanceof Request ? input.url : input);
  const target = url.startsWith(WIX_ORIGIN) ? API_BASE + url.slice(WIX_ORIGIN.length) : url;
  for (let attempt = 0; ; attempt++) {
    const request = input instanceof Request ? new Request(target, input) : target;
    const response = await globalThis.fetch(request, { ...init, signal: AbortSignal.timeout(30_000) });
    if (response.status !== 429 || attempt >= 5) return response;
    const retryAfter = Number(response.headers.get('retry-after'));
    await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 1000 * 2 ** attempt);
  }
}

const wix = SKIP ? null : createClient({
  modules: { files, folders },
  auth: ApiKeyStrategy({ apiKey: API_KEY, siteId: SITE_ID }),
  fetch: wixFetch,
});

const token = `c${randomBytes(3).toString('hex')}`;
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
const state = {};

/** Polls `check` until it returns a truthy value (Wix applies some changes asynchronously). */
async function eventually(what, check, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (let pause = 250; ; pause = Math.min(pause * 2, 5000)) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`, { cause: last });
    await sleep(pause);
  }
}

const ready = (id) => eventually(`file ${id} READY`, async () => {
  const file = await wix.files.getFileDescriptor(id);
  return file.operationStatus === 'READY' ? file : null;
});

async function deleteRunFolder() {
  if (!state.runFolderId || state.deleted) return;
  state.deleted = true;
  await wix.folders.bulkDeleteFolders([state.runFolderId], { permanent: true });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    deleteRunFolder().catch((err) => console.error('could not delete the run folder', state.runFolderId, err))
      .finally(() => process.exit(130));
  });
}

describe('official SDK against the real Wix API', { skip: SKIP, timeout: STEP_TIMEOUT_MS * 30 }, () => {
  before(async () => {
    const { folder } = await wix.folders.createFolder(`fake-wix-conformance-${stamp}-${token}`);
    state.runFolderId = folder._id;
  }, { timeout: STEP_TIMEOUT_MS });

  after(async () => {
    await deleteRunFolder();
    await assert.rejects(wix.folders.getFolder(state.runFolderId), 'the run folder is gone for good');
  }, { timeout: STEP_TIMEOUT_MS });

  const step = (name, fn) => test(name, { timeout: STEP_TIMEOUT_MS }, fn);

  step('folders: createFolder, getFolder, updateFolder, listFolders, searchFolders, queryFolders', async () => {
    const { folder } = await wix.folders.createFolder(`${token}-album`, { parentFolderId: state.runFolderId });
    assert.equal(folder.parentFolderId, state.runFolderId);
    state.folderId = folder._id;
    assert.equal((await wix.folders.getFolder(folder._id))._id, folder._id);
    const renamed = await wix.folders.updateFolder(folder._id, { displayName: `${token}-photos` });
    assert.equal(renamed.displayName, `${token}-photos`);
    await eventually('listFolders', async () =>
      (await wix.folders.listFolders({ parentFolderId: state.runFolderId })).folders.some((f) => f._id === folder._id));
    await eventually('searchFolders', async () =>
      (await wix.folders.searchFolders({ search: `${token}-photos` })).folders.some((f) => f._id === folder._id));
    const page = await wix.folders.queryFolders().eq('state', 'OK').limit(2).find();
    assert.ok(Array.isArray(page.items));
  });

  step('files: generateFileUploadUrl + upload, getFileDescriptor(s), updateFileDescriptor, listFiles, searchFiles, queryFileDescriptors', async () => {
    const { uploadUrl } = await wix.files.generateFileUploadUrl('image/png',
      { fileName: `${token}-dot.png`, parentFolderId: state.folderId });
    const put = await fetch(`${uploadUrl}${uploadUrl.includes('?') ? '&' : '?'}filename=${token}-dot.png`,
      { method: 'PUT', headers: { 'Content-Type': 'image/png' }, body: PNG_1X1 });
    assert.equal(put.status, 200, `the upload answers 200, got ${put.status}`);
    const uploaded = (await put.json()).file;
    state.fileId = uploaded.id;
    const file = await ready(state.fileId);
    assert.equal(file.parentFolderId, state.folderId);
    assert.equal(typeof file.sizeInBytes, 'string');
    const many = await wix.files.getFileDescriptors([state.fileId]);
    assert.deepEqual(many.files.map((f) => f._id), [state.fileId]);
    const updated = await wix.files.updateFileDescriptor({ _id: state.fileId, displayName: `${token}-renamed.png` });
    assert.equal(updated.displayName, `${token}-renamed.png`);
    await eventually('listFiles', async () =>
      (await wix.files.listFiles({ parentFolderId: state.folderId })).files.some((f) => f._id === state.fileId));
    await eventually('searchFiles', async () =>
      (await wix.files.searchFiles({ search: `${token}-renamed` })).files.some((f) => f._id === state.fileId));
    const page = await wix.files.queryFileDescriptors().limit(1).find();
    assert.ok(Array.isArray(page.items));
  });

  step('files: generateFileResumableUploadUrl, importFile, bulkImportFiles, bulkImportFile', async () => {
    const resumable = await wix.files.generateFileResumableUploadUrl('image/png',
      { fileName: `${token}-big.png`, parentFolderId: state.folderId, uploadProtocol: 'TUS' });
    assert.equal(resumable.uploadProtocol, 'TUS');
    assert.ok(resumable.uploadToken);
    const { file } = await wix.files.importFile(IMPORT_URL,
      { parentFolderId: state.folderId, displayName: `${token}-imported`, mimeType: 'image/png' });
    assert.ok(['PENDING', 'READY'].includes(file.operationStatus));
    const old = await wix.files.bulkImportFiles([{ url: IMPORT_URL, parentFolderId: state.folderId, mimeType: 'image/png' }]);
    assert.equal(old.files.length, 1);
    const bulk = await wix.files.bulkImportFile([{ url: IMPORT_URL, parentFolderId: state.folderId, mimeType: 'image/png' }],
      { returnEntity: true });
    assert.equal(bulk.bulkActionMetadata.totalSuccesses, 1);
  });

  step('urls: generateFileDownloadUrl, generateFilesDownloadUrl, generateFolderDownloadUrl, generateVideoStreamingUrl', async () => {
    const one = await wix.files.generateFileDownloadUrl(state.fileId);
    assert.equal(one.downloadUrls[0].assetKey, 'src');
    assert.ok((await wix.files.generateFilesDownloadUrl([state.fileId])).downloadUrl);
    assert.ok((await wix.folders.generateFolderDownloadUrl(state.folderId)).downloadUrl);
    const { file: video } = await wix.files.importFile(VIDEO_URL,
      { parentFolderId: state.folderId, displayName: `${token}-video.mp4`, mediaType: 'VIDEO', mimeType: 'video/mp4' });
    await ready(video._id);
    const stream = await wix.files.generateVideoStreamingUrl(video._id, { format: 'HLS' });
    assert.ok(stream.downloadUrl.url);
  });

  step('trash: bulkDeleteFiles, listDeletedFiles, bulkRestoreFilesFromTrashBin, bulkDeleteFolders, listDeletedFolders, bulkRestoreFoldersFromTrashBin', async () => {
    assert.equal(await wix.files.bulkDeleteFiles([state.fileId]), undefined);
    await eventually('listDeletedFiles', async () =>
      (await wix.files.listDeletedFiles({ parentFolderId: state.folderId })).files.some((f) => f._id === state.fileId));
    assert.equal(await wix.files.bulkRestoreFilesFromTrashBin([state.fileId]), undefined);
    await eventually('restored file', async () => (await wix.files.getFileDescriptor(state.fileId)).parentFolderId === state.folderId);
    assert.equal(await wix.folders.bulkDeleteFolders([state.folderId]), undefined);
    await eventually('listDeletedFolders', async () =>
      (await wix.folders.listDeletedFolders({ parentFolderId: state.runFolderId })).folders.some((f) => f._id === state.folderId));
    assert.equal(await wix.folders.bulkRestoreFoldersFromTrashBin([state.folderId]), undefined);
  });
});
