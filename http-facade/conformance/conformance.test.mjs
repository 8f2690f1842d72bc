// Conformance test: drives the fake Wix Media Manager with the official Wix JS SDK
// (@wix/sdk 1.21.16 + @wix/media 1.0.276), exactly as a user's Node code would.
//
// Contract sources: docs/sdk-wire.md (what the SDK sends and how it reads answers)
// and docs/api-reference.md (the API itself).
//
// Environment:
//   FAKE_BASE_URL  required, e.g. http://127.0.0.1:54321 (the fake's base URI)
//   FAKE_API_KEY   optional, default "conformance-key"
//   FAKE_SITE_ID   optional, default 00000000-0000-4000-8000-0000000c0f0e (reset before the run)
//   FAKE_CLIENT    optional: how the SDK reaches the fake (fetch, api-base-url or wix-hosts; see client.mjs)
//
// The tests form one stateful flow: later steps use what earlier steps created, so they run
// in order and a failure early on makes later steps fail with "precondition missing".

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { files, folders } from '@wix/media';
import { sdkClient as buildClient, transferOrigin, MODE } from './client.mjs';

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

const RAW_BASE_URL = process.env.FAKE_BASE_URL;
if (!RAW_BASE_URL) {
  throw new Error(
    'FAKE_BASE_URL is not set. Start the fake (java -jar <standalone jar> --port 0) and export ' +
      'FAKE_BASE_URL=http://127.0.0.1:<port>, or use run-conformance.sh <jar>.',
  );
}
const BASE_URL = RAW_BASE_URL.replace(/\/+$/, '');
const API_KEY = process.env.FAKE_API_KEY || 'conformance-key';
const SITE_ID = process.env.FAKE_SITE_ID || '00000000-0000-4000-8000-0000000c0f0e';
const WIX_API_ORIGIN = 'https://www.wixapis.com';

/**
 * Any single HTTP exchange longer than this is a hang, not a slow answer: a local request takes milliseconds, or
 * seconds when the build shares its 2 cores with others.
 */
const REQUEST_TIMEOUT_MS = 60_000;
/** Per test and per hook; generous, every step is a handful of local requests (see REQUEST_TIMEOUT_MS). */
const STEP_TIMEOUT_MS = 180_000;

const MEDIA_ROOT = 'media-root';
const TRASH_ROOT = 'trash-root';
const MEDIA_TYPES = [
  'UNKNOWN', 'IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT', 'VECTOR', 'ARCHIVE', 'MODEL3D', 'OTHER',
  'ICON', 'FLASH', 'FONT', 'RAW',
];
const OPERATION_STATUSES = ['READY', 'PENDING', 'FAILED'];
const STATES = ['OK', 'DELETED'];

/** A 1x1 transparent PNG, the bytes of the raw upload step. */
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

// ---------------------------------------------------------------------------------------------
// Transport: the SDK always calls https://www.wixapis.com/site-media/v1/...; send it to the fake.
// ---------------------------------------------------------------------------------------------

function toFake(url) {
  const text = String(url);
  return text.startsWith(WIX_API_ORIGIN) ? BASE_URL + text.slice(WIX_API_ORIGIN.length) : text;
}

function withTimeout(init = {}) {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  return { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout };
}

/** Set once the fake could not be reached, so later calls fail at once instead of waiting. */
let unreachable;

function noteUnreachable(err, where) {
  const why = err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(err);
  unreachable ??= new Error(
    `Cannot reach the fake at ${BASE_URL} (${why} on ${where}). Is the server running and FAKE_BASE_URL right?`,
    { cause: err },
  );
  return unreachable;
}

/** The `fetch` handed to createClient: rewrites the Wix host and bounds every request in time. */
async function fakeFetch(input, init) {
  if (unreachable) throw unreachable;
  const request = input instanceof Request ? new Request(toFake(input.url), input) : toFake(input);
  try {
    return await globalThis.fetch(request, withTimeout(init));
  } catch (err) {
    throw noteUnreachable(err, String(input instanceof Request ? input.url : input));
  }
}

function sdkClient(apiKey = API_KEY) {
  return buildClient({ modules: { files, folders }, apiKey, siteId: SITE_ID, fetchOverride: fakeFetch });
}

const wix = sdkClient();

// ---------------------------------------------------------------------------------------------
// Admin API (plain fetch, no auth)
// ---------------------------------------------------------------------------------------------

const sitePath = `/_fake/sites/${encodeURIComponent(SITE_ID)}`;

async function rawFetch(path, init) {
  if (unreachable) throw unreachable;
  try {
    return await globalThis.fetch(BASE_URL + path, withTimeout(init));
  } catch (err) {
    throw noteUnreachable(err, path);
  }
}

/** Calls an admin route and returns `{status, body}`; any non-2xx answer fails with its body. */
async function admin(method, path, body) {
  const init = { method };
  if (body !== undefined) {
    init.headers = { 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const res = await rawFetch(path, init);
  const text = await res.text();
  if (res.status < 200 || res.status > 299) {
    throw new Error(`admin ${method} ${path} answered ${res.status}: ${text.slice(0, 1000)}`);
  }
  let json;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`admin ${method} ${path} answered ${res.status} with non-JSON: ${text.slice(0, 300)}`);
    }
  }
  return { status: res.status, body: json };
}

async function resetSite() {
  const { status } = await admin('POST', `${sitePath}/reset`);
  assert.equal(status, 200, 'POST /_fake/sites/{siteId}/reset must answer 200');
}

async function setScenario(scenario) {
  await admin('DELETE', `${sitePath}/scenarios`);
  await admin('POST', `${sitePath}/scenarios`, scenario);
}

async function clearScenarios() {
  await admin('DELETE', `${sitePath}/scenarios`);
}

/** Best effort for `after` hooks: never hides the real failure behind a cleanup failure. */
async function quietly(fn) {
  try {
    await fn();
  } catch (err) {
    console.error(`cleanup failed: ${err.message}`);
  }
}

async function markFile(fileId, outcome, body) {
  const { status, body: answer } = await admin(
    'POST',
    `${sitePath}/files/${encodeURIComponent(fileId)}/${outcome}`,
    body,
  );
  assert.equal(status, 200, `/${outcome} must answer 200`);
  assert.ok(answer?.file, `/${outcome} must answer {file}, got ${JSON.stringify(answer)}`);
  assert.equal(answer.file.id, fileId, `/${outcome} answers the file it marked`);
  return answer.file;
}

async function markReady(fileId) {
  const file = await markFile(fileId, 'ready');
  assert.equal(file.operationStatus, 'READY');
  return file;
}

// ---------------------------------------------------------------------------------------------
// Errors: the contract, stated once
// ---------------------------------------------------------------------------------------------

/**
 * The Wix code of an error the SDK threw. Per-method codes (RESOURCE_NOT_FOUND,
 * UNSUPPORTED_SORT_VALUE, SITE_QUOTA_EXCEEDED, ...) travel as a validation error whose
 * violation carries `ruleName` = the code and `violatedRule: "OTHER"`
 * (docs/api-reference.md#per-method-codes-are-validation-errors); standard errors (UNAVAILABLE, ...) travel as
 * `applicationError.code`.
 */
function errorCode(err) {
  const violations = err?.details?.validationError?.fieldViolations;
  if (Array.isArray(violations) && violations.length > 0) {
    return violations.find((v) => v.ruleName)?.ruleName ?? violations[0].ruleName;
  }
  return err?.details?.applicationError?.code;
}

/** Awaits a call that must throw and returns what it threw. */
async function thrownBy(promise, what) {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  assert.fail(`${what}: expected the SDK to throw, but the call succeeded`);
}

/**
 * Checks what every HTTP error thrown by the SDK must carry and returns its Wix code
 * (undefined for a plain constraint violation, which names no rule).
 */
function assertHttpError(err, status, what) {
  assert.ok(err instanceof Error, `${what}: the SDK throws an Error`);
  assert.equal(
    err.status,
    status,
    `${what}: expected HTTP ${status}, got ${err.status} (${String(err.message).slice(0, 500)})`,
  );
  assert.equal(typeof err.requestId, 'string', `${what}: the fake sends X-Wix-Request-Id`);
  assert.ok(err.requestId.length > 0, `${what}: X-Wix-Request-Id is not empty`);
  const violations = err.details?.validationError?.fieldViolations;
  if (violations !== undefined) {
    assert.ok(Array.isArray(violations) && violations.length > 0, `${what}: a validationError lists its violations`);
  } else {
    // Without details in the body the SDK makes up a numeric code (the HTTP status).
    assert.equal(
      typeof err.details?.applicationError?.code,
      'string',
      `${what}: the body carries details.applicationError with a string code: ${JSON.stringify(err.details)}`,
    );
  }
  return errorCode(err);
}

/** Like assertHttpError, and the error must name a Wix code. */
function assertCodedHttpError(err, status, what) {
  const code = assertHttpError(err, status, what);
  assert.equal(typeof code, 'string', `${what}: the error names a code: ${JSON.stringify(err.details)}`);
  assert.ok(code.length > 0, `${what}: the code is not empty`);
  return code;
}

// ---------------------------------------------------------------------------------------------
// Shape checks (what the caller of the SDK receives, per docs/sdk-wire.md)
// ---------------------------------------------------------------------------------------------

function assertDate(value, what) {
  assert.ok(value instanceof Date, `${what} is a Date, got ${typeof value} ${JSON.stringify(value)}`);
  assert.ok(!Number.isNaN(value.getTime()), `${what} is a valid Date`);
}

function assertFileShape(file, what = 'file') {
  assert.equal(typeof file, 'object', `${what} is an object`);
  assert.ok(file !== null, `${what} is not null`);
  assert.equal(typeof file._id, 'string', `${what}._id is a string (REST id renamed by the SDK)`);
  assert.ok(file._id.length > 0, `${what}._id is not empty`);
  assert.ok(!/[/#]/.test(file._id), `${what}._id has no '/' or '#', so media URLs can carry it`);
  assert.equal(file.id, undefined, `${what} has no plain id (the SDK renamed it)`);
  assert.equal(file.file, undefined, `${what} is the entity itself, not {file}`);
  assert.equal(typeof file.displayName, 'string', `${what}.displayName`);
  assert.equal(typeof file.url, 'string', `${what}.url`);
  assert.equal(typeof file.hash, 'string', `${what}.hash`);
  assert.equal(typeof file.private, 'boolean', `${what}.private`);
  assert.ok(MEDIA_TYPES.includes(file.mediaType), `${what}.mediaType is an enum value: ${file.mediaType}`);
  assert.ok(OPERATION_STATUSES.includes(file.operationStatus), `${what}.operationStatus: ${file.operationStatus}`);
  assert.ok(Array.isArray(file.labels), `${what}.labels is an array`);
  assert.equal(file.siteId, SITE_ID, `${what}.siteId is the calling site`);
  assert.ok(STATES.includes(file.state), `${what}.state: ${file.state}`);
  assert.equal(typeof file.sizeInBytes, 'string', `${what}.sizeInBytes is an int64 decimal string`);
  assert.match(file.sizeInBytes, /^-?[0-9]+$/, `${what}.sizeInBytes is a decimal integer`);
  assertDate(file._createdDate, `${what}._createdDate`);
  assertDate(file._updatedDate, `${what}._updatedDate`);
  assert.equal(typeof file.parentFolderId, 'string', `${what}.parentFolderId`);
}

function assertFolderShape(folder, what = 'folder') {
  assert.equal(typeof folder, 'object', `${what} is an object`);
  assert.ok(folder !== null, `${what} is not null`);
  assert.equal(typeof folder._id, 'string', `${what}._id is a string`);
  assert.ok(folder._id.length > 0, `${what}._id is not empty`);
  assert.equal(folder.id, undefined, `${what} has no plain id (the SDK renamed it)`);
  assert.equal(folder.folder, undefined, `${what} is the entity itself, not {folder}`);
  assert.equal(typeof folder.displayName, 'string', `${what}.displayName`);
  assert.equal(typeof folder.parentFolderId, 'string', `${what}.parentFolderId`);
  assert.ok(STATES.includes(folder.state), `${what}.state: ${folder.state}`);
  assert.equal(folder.siteId, SITE_ID, `${what}.siteId is the calling site`);
  assertDate(folder._createdDate, `${what}._createdDate`);
  assertDate(folder._updatedDate, `${what}._updatedDate`);
}

/** Import responses: PENDING (manual readiness), no media yet (docs/api-reference.md#lifecycle). */
function assertPendingImport(file, what) {
  assertFileShape(file, what);
  assert.equal(file.operationStatus, 'PENDING', `${what} is PENDING right after import`);
  assert.equal(file.media, undefined, `${what}: import responses carry no media`);
  assert.equal(file.hash, '', `${what}: hash is empty while pending`);
  assert.equal(file.state, 'OK', `${what}.state`);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function assertWixImageUrl(value, fileId, what) {
  assert.equal(typeof value, 'string', `${what} is a wix:image string, got ${JSON.stringify(value)}`);
  assert.match(
    value,
    new RegExp(`^wix:image://v1/${escapeRegExp(fileId)}/[^/#]+#originWidth=[0-9]+&originHeight=[0-9]+$`),
    `${what} is wix:image://v1/<id>/<name>#originWidth=<w>&originHeight=<h> with numeric sizes`,
  );
}

function ids(list) {
  return list.map((x) => x._id);
}

function sortedIds(list) {
  return ids(list).sort();
}

function assertNoDuplicates(list, what) {
  const seen = new Set();
  for (const id of list) {
    assert.ok(!seen.has(id), `${what}: ${id} appears more than once`);
    seen.add(id);
  }
}

function ascending(names) {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Follows `nextCursor.cursors.next` of a list/search call until it is empty.
 * `call(cursor)` performs one page request; `key` is 'files' or 'folders'.
 */
async function collectListPages(call, key, limit) {
  const pages = [];
  let cursor;
  for (let i = 0; i < 50; i++) {
    const page = await call(cursor);
    assert.ok(Array.isArray(page[key]), `page ${i + 1} has ${key}[]`);
    assert.ok(page[key].length <= limit, `page ${i + 1} holds at most ${limit} items, got ${page[key].length}`);
    assert.equal(typeof page.nextCursor, 'object', `page ${i + 1} has nextCursor`);
    pages.push(page[key]);
    const next = page.nextCursor?.cursors?.next;
    if (!next) return pages;
    assert.equal(typeof next, 'string', 'nextCursor.cursors.next is a string');
    assert.notEqual(next, cursor, 'the cursor moves on');
    cursor = next;
  }
  assert.fail(`${key}: still paging after 50 pages`);
}

/** Follows a query builder result with `.next()` while `hasNext()`. */
async function collectQueryPages(firstPage, limit) {
  const pages = [];
  let page = firstPage;
  for (let i = 0; i < 50; i++) {
    assert.ok(Array.isArray(page.items), `query page ${i + 1} has items[]`);
    assert.ok(page.items.length <= limit, `query page ${i + 1} holds at most ${limit} items, got ${page.items.length}`);
    pages.push(page.items);
    if (!page.hasNext()) return pages;
    page = await page.next();
  }
  assert.fail('query: still paging after 50 pages');
}

// ---------------------------------------------------------------------------------------------
// Shared state of the flow, and a model of what the site should hold
// ---------------------------------------------------------------------------------------------

/** Ids by role, filled as the flow goes. */
const S = {};
/** What the fake should hold: id -> {displayName, mediaType, parentFolderId, trashed}. */
const model = { files: new Map(), folders: new Map() };

/** One step of a flow: a test bounded in time, so a hang fails instead of stalling the run. */
function step(name, fn) {
  return test(name, { timeout: STEP_TIMEOUT_MS }, fn);
}

function need(value, what) {
  if (value === undefined || value === null) {
    throw new Error(`precondition missing: ${what} (an earlier step failed)`);
  }
  return value;
}

function track(file) {
  model.files.set(file._id, {
    displayName: file.displayName,
    mediaType: file.mediaType,
    parentFolderId: file.parentFolderId,
    trashed: false,
  });
}

function trackFolder(folder) {
  model.folders.set(folder._id, {
    displayName: folder.displayName,
    parentFolderId: folder.parentFolderId,
    trashed: false,
  });
}

/** True when the folder or one of its ancestors is in the trash. */
function folderTrashed(folderId) {
  for (let id = folderId, guard = 0; id && guard < 100; guard++) {
    const f = model.folders.get(id);
    if (!f) return false;
    if (f.trashed) return true;
    id = f.parentFolderId;
  }
  return false;
}

function liveFiles(predicate = () => true) {
  return [...model.files.entries()]
    .filter(([, f]) => !f.trashed && !folderTrashed(f.parentFolderId) && predicate(f))
    .map(([id]) => id)
    .sort();
}

function liveFolders(predicate = () => true) {
  return [...model.folders.entries()]
    .filter(([id, f]) => !folderTrashed(id) && predicate(f))
    .map(([id]) => id)
    .sort();
}

function nameOf(id) {
  return need(model.files.get(id) ?? model.folders.get(id), `model entry ${id}`).displayName;
}

// ---------------------------------------------------------------------------------------------
// The flow
// ---------------------------------------------------------------------------------------------

describe('Wix Media Manager fake, driven by the official Wix JS SDK', { timeout: 30 * 60_000 }, () => {
  before(async () => {
    await resetSite();
    // Deterministic lifecycle: new files stay PENDING until the flow marks them.
    await setScenario({ readiness: { policy: 'manual' } });
  }, { timeout: STEP_TIMEOUT_MS });

  after(async () => {
    await quietly(clearScenarios);
  }, { timeout: STEP_TIMEOUT_MS });

  describe('folders and imports', () => {
    step('createFolder at the top level returns {folder} under media-root', async () => {
      const res = await wix.folders.createFolder('pets');
      assert.ok(res.folder, 'createFolder returns {folder} (not unwrapped)');
      assertFolderShape(res.folder, 'pets');
      assert.equal(res.folder.displayName, 'pets');
      assert.equal(res.folder.parentFolderId, MEDIA_ROOT, 'parentFolderId defaults to media-root');
      assert.equal(res.folder.state, 'OK');
      S.pets = res.folder._id;
      trackFolder(res.folder);

      const gallery = await wix.folders.createFolder('gallery', { parentFolderId: MEDIA_ROOT });
      assertFolderShape(gallery.folder, 'gallery');
      assert.equal(gallery.folder.parentFolderId, MEDIA_ROOT);
      assert.notEqual(gallery.folder._id, S.pets, 'each folder gets its own id');
      S.gallery = gallery.folder._id;
      trackFolder(gallery.folder);
    });

    step('createFolder nested under another folder', async () => {
      const res = await wix.folders.createFolder('kittens', { parentFolderId: need(S.pets, 'pets') });
      assertFolderShape(res.folder, 'kittens');
      assert.equal(res.folder.displayName, 'kittens');
      assert.equal(res.folder.parentFolderId, S.pets);
      S.kittens = res.folder._id;
      trackFolder(res.folder);
    });

    step('importFile with mimeType, folder and labels returns a PENDING {file}', async () => {
      const url = 'https://example.com/photos/leon.jpg';
      const res = await wix.files.importFile(url, {
        mimeType: 'image/jpeg',
        displayName: 'leon.jpg',
        parentFolderId: need(S.pets, 'pets'),
        labels: ['cat', 'conformance'],
      });
      assert.ok(res.file, 'importFile returns {file} (not unwrapped)');
      assertPendingImport(res.file, 'leon');
      assert.equal(res.file.displayName, 'leon.jpg');
      assert.equal(res.file.mediaType, 'IMAGE');
      assert.equal(res.file.parentFolderId, S.pets);
      assert.deepEqual(res.file.labels, ['cat', 'conformance']);
      assert.equal(res.file.sourceUrl, url, 'sourceUrl is the import URL');
      assert.equal(res.file.private, false);
      assert.match(res.file._id, /^[a-z0-9]{6}_[a-z0-9]{32}~mv2\.[a-z0-9]+$/, 'image id <p6>_<32>~mv2.<ext>');
      assert.equal(res.file.url, `https://static.wixstatic.com/media/${res.file._id}`, 'image url');
      S.leon = res.file._id;
      track(res.file);
    });

    step('importFile with only an extension in the url infers a VIDEO in media-root', async () => {
      // No mimeType and no displayName: the type can only come from the url's extension.
      const res = await wix.files.importFile('https://example.com/media/clip.mp4');
      assertPendingImport(res.file, 'clip');
      assert.equal(res.file.mediaType, 'VIDEO', 'the .mp4 extension makes it a video');
      assert.equal(res.file.parentFolderId, MEDIA_ROOT, 'no folder given means media-root');
      assert.ok(res.file.displayName.length > 0, 'the file gets a name');
      assert.match(res.file._id, /^[a-z0-9]{6}_[a-z0-9]{32}$/, 'video id <p6>_<32>');
      S.clip = res.file._id;
      track(res.file);
    });

    step('importFile with filePath creates the missing folders', async () => {
      const res = await wix.files.importFile('https://example.com/docs/report.pdf', {
        displayName: 'report.pdf',
        filePath: '/conformance/2024/reports',
      });
      assertPendingImport(res.file, 'report');
      assert.equal(res.file.mediaType, 'DOCUMENT');
      assert.notEqual(res.file.parentFolderId, MEDIA_ROOT, 'the file lands in the deepest folder of the path');
      S.report = res.file._id;
      track(res.file);

      const reports = await wix.folders.getFolder(res.file.parentFolderId);
      assertFolderShape(reports, 'reports');
      assert.equal(reports.displayName, 'reports');
      const year = await wix.folders.getFolder(reports.parentFolderId);
      assert.equal(year.displayName, '2024');
      const top = await wix.folders.getFolder(year.parentFolderId);
      assert.equal(top.displayName, 'conformance');
      assert.equal(top.parentFolderId, MEDIA_ROOT, 'filePath is relative to media-root by default');
      for (const f of [top, year, reports]) trackFolder(f);
      S.conformance = top._id;
      S.year = year._id;
      S.reports = reports._id;
    });

    step('importFile with a filePath that exists reuses its folders', async () => {
      const res = await wix.files.importFile('https://example.com/docs/summary.pdf', {
        displayName: 'summary.pdf',
        filePath: '/conformance/2024',
      });
      assertPendingImport(res.file, 'summary');
      assert.equal(res.file.parentFolderId, need(S.year, '2024 folder'), 'no second "2024" folder is created');
      S.summary = res.file._id;
      track(res.file);
    });

    step('bulkImportFile: one bad item fails alone', async () => {
      const gallery = need(S.gallery, 'gallery');
      const res = await wix.files.bulkImportFile([
        { url: 'https://example.com/a/alpha.jpg', displayName: 'alpha.jpg', mimeType: 'image/jpeg', parentFolderId: gallery },
        { url: 'https://example.com/b/bravo.png', displayName: 'bravo.png', parentFolderId: gallery },
        { url: 'https://example.com/noextension', displayName: 'broken' },
        { url: 'https://example.com/f/foxtrot.jpg', displayName: 'foxtrot.jpg' },
      ]);
      assert.ok(Array.isArray(res.results), 'results[]');
      assert.equal(res.results.length, 4, 'one result per request');
      assert.deepEqual(
        res.results.map((r) => r.itemMetadata.originalIndex).sort(),
        [0, 1, 2, 3],
        'each request index appears once as itemMetadata.originalIndex',
      );
      const byIndex = new Map(res.results.map((r) => [r.itemMetadata.originalIndex, r]));
      for (const [index, name, folder] of [[0, 'alpha.jpg', gallery], [1, 'bravo.png', gallery], [3, 'foxtrot.jpg', MEDIA_ROOT]]) {
        const r = byIndex.get(index);
        assert.equal(r.itemMetadata.success, true, `item ${index} succeeded`);
        assert.equal(r.itemMetadata.error, undefined, `item ${index} has no error`);
        assert.ok(r.item, `item ${index} carries the entity (returnEntity defaults to true)`);
        assertPendingImport(r.item, name);
        assert.equal(r.itemMetadata._id, r.item._id, `itemMetadata._id of item ${index} is the file id`);
        assert.equal(r.item.displayName, name);
        assert.equal(r.item.mediaType, 'IMAGE');
        assert.equal(r.item.parentFolderId, folder);
        track(r.item);
      }
      const bad = byIndex.get(2);
      assert.equal(bad.itemMetadata.success, false, 'the url without extension or mimeType fails');
      assert.equal(bad.item, undefined, 'a failed item carries no entity');
      assert.equal(typeof bad.itemMetadata.error?.code, 'string', 'the failure names a code');
      assert.ok(bad.itemMetadata.error.code.length > 0, 'the failure code is not empty');
      assert.equal(typeof bad.itemMetadata.error.description, 'string', 'the failure has a description');
      assert.deepEqual(res.bulkActionMetadata, { totalSuccesses: 3, totalFailures: 1, undetailedFailures: 0 });
      S.alpha = byIndex.get(0).item._id;
      S.bravo = byIndex.get(1).item._id;
      S.foxtrot = byIndex.get(3).item._id;
    });

    step('bulkImportFile with returnEntity false returns metadata only', async () => {
      const res = await wix.files.bulkImportFile(
        [{ url: 'https://example.com/g/golf.jpg', displayName: 'golf.jpg', mimeType: 'image/jpeg' }],
        { returnEntity: false },
      );
      assert.equal(res.results.length, 1);
      const [r] = res.results;
      assert.equal(r.itemMetadata.success, true);
      assert.equal(r.itemMetadata.originalIndex, 0);
      assert.equal(r.item, undefined, 'no entity when returnEntity is false');
      assert.equal(typeof r.itemMetadata._id, 'string', 'the id is still reported');
      assert.deepEqual(res.bulkActionMetadata, { totalSuccesses: 1, totalFailures: 0, undetailedFailures: 0 });
      const golf = await wix.files.getFileDescriptor(r.itemMetadata._id);
      assertFileShape(golf, 'golf');
      assert.equal(golf.displayName, 'golf.jpg');
      S.golf = golf._id;
      track(golf);
    });

    step('bulkImportFiles (deprecated) returns {files}', async () => {
      const gallery = need(S.gallery, 'gallery');
      const names = ['charlie.jpg', 'delta.jpg', 'echo.jpg'];
      const res = await wix.files.bulkImportFiles(
        names.map((n) => ({ url: `https://example.com/img/${n}`, displayName: n, parentFolderId: gallery })),
      );
      assert.ok(Array.isArray(res.files), 'bulkImportFiles returns {files}');
      assert.deepEqual(res.files.map((f) => f.displayName).sort(), names);
      for (const f of res.files) {
        assertPendingImport(f, f.displayName);
        assert.equal(f.mediaType, 'IMAGE');
        assert.equal(f.parentFolderId, gallery);
        track(f);
        S[f.displayName.replace('.jpg', '')] = f._id;
      }
      assertNoDuplicates(ids(res.files), 'bulkImportFiles ids');
    });
  });

  describe('readiness and reads', () => {
    step('admin /ready makes files READY', async () => {
      for (const id of [need(S.leon, 'leon'), need(S.alpha, 'alpha'), need(S.clip, 'clip')]) {
        await markReady(id);
      }
    });

    step('getFileDescriptor by id returns the READY file itself, media as a wix:image string', async () => {
      const file = await wix.files.getFileDescriptor(need(S.leon, 'leon'));
      assertFileShape(file, 'leon');
      assert.equal(file._id, S.leon);
      assert.equal(file.operationStatus, 'READY');
      assert.equal(file.displayName, 'leon.jpg');
      assert.equal(file.parentFolderId, S.pets);
      assert.deepEqual(file.labels, ['cat', 'conformance']);
      assert.match(file.hash, /^[0-9a-f]{32}$/, 'a READY file has a 32-hex hash');
      assert.match(file.sizeInBytes, /^[0-9]+$/, 'a READY file has a real size');
      assert.ok(file.media?.image, 'an image has media.image');
      assertWixImageUrl(file.media.image.image, S.leon, 'media.image.image');
      assert.ok(file._updatedDate.getTime() >= file._createdDate.getTime(), 'updated no earlier than created');
      S.leonMediaUrl = file.media.image.image;
    });

    step('a READY video has media.video as a wix:video string', async () => {
      const file = await wix.files.getFileDescriptor(need(S.clip, 'clip'));
      assertFileShape(file, 'clip');
      assert.equal(file.operationStatus, 'READY');
      assert.equal(typeof file.media?.video, 'string', 'media.video becomes a string');
      assert.ok(
        file.media.video.startsWith(`wix:video://v1/${S.clip}/`),
        `media.video is wix:video://v1/<id>/..., got ${file.media.video}`,
      );
    });

    step('getFileDescriptor accepts a Wix media URL as the id', async () => {
      const byUrl = await wix.files.getFileDescriptor(need(S.leonMediaUrl, 'leon media URL'));
      assert.equal(byUrl._id, S.leon, 'the URL returned by the SDK resolves to the file');

      const built = `wix:image://v1/${S.leon}/${encodeURIComponent('any name.jpg')}#originWidth=640&originHeight=480`;
      const byBuiltUrl = await wix.files.getFileDescriptor(built);
      assert.equal(byBuiltUrl._id, S.leon, 'the id is taken from the URL, whatever the name and size');
    });

    step('getFileDescriptors by id and by media URL returns {files}', async () => {
      const alpha = await wix.files.getFileDescriptor(need(S.alpha, 'alpha'));
      assertWixImageUrl(alpha.media?.image?.image, S.alpha, 'alpha media.image.image');
      S.alphaMediaUrl = alpha.media.image.image;
      const res = await wix.files.getFileDescriptors([need(S.leon, 'leon'), S.alphaMediaUrl]);
      assert.ok(Array.isArray(res.files), 'getFileDescriptors returns {files}');
      assert.deepEqual(sortedIds(res.files), [S.leon, S.alpha].sort());
      for (const f of res.files) assertFileShape(f, f.displayName);
    });

    step('getFolder returns the folder itself; media-root is a valid id', async () => {
      const kittens = await wix.folders.getFolder(need(S.kittens, 'kittens'));
      assertFolderShape(kittens, 'kittens');
      assert.equal(kittens._id, S.kittens);
      assert.equal(kittens.displayName, 'kittens');
      assert.equal(kittens.parentFolderId, S.pets);

      const root = await wix.folders.getFolder(MEDIA_ROOT);
      assert.equal(typeof root, 'object');
      assert.equal(root._id, MEDIA_ROOT, 'getFolder("media-root") returns the root folder');
    });
  });

  describe('listing, searching and querying', () => {
    step('listFiles pages with limit 2 and sorts by displayName ASC', async () => {
      const gallery = need(S.gallery, 'gallery');
      const pages = await collectListPages(
        (cursor) =>
          wix.files.listFiles({
            parentFolderId: gallery,
            sort: { fieldName: 'displayName', order: 'ASC' },
            paging: { limit: 2, cursor },
          }),
        'files',
        2,
      );
      const all = pages.flat();
      for (const f of all) {
        assertFileShape(f, f.displayName);
        assert.equal(f.parentFolderId, gallery, 'only files of the folder');
      }
      assert.ok(pages.length >= 3, `5 files in pages of 2 take at least 3 pages, got ${pages.length}`);
      assertNoDuplicates(ids(all), 'listFiles pages');
      const expected = liveFiles((f) => f.parentFolderId === gallery);
      assert.equal(expected.length, 5, 'model: gallery holds 5 files');
      assert.deepEqual(sortedIds(all), expected, 'every file of the folder exactly once');
      assert.deepEqual(all.map((f) => f.displayName), ascending(expected.map(nameOf)), 'ordered by displayName ASC across pages');
    });

    step('listFiles sorts by displayName DESC', async () => {
      const gallery = need(S.gallery, 'gallery');
      const res = await wix.files.listFiles({ parentFolderId: gallery, sort: { fieldName: 'displayName', order: 'DESC' } });
      const expected = liveFiles((f) => f.parentFolderId === gallery).map(nameOf);
      assert.deepEqual(res.files.map((f) => f.displayName), ascending(expected).reverse());
    });

    step('listFiles without options lists media-root only, not sub-folders', async () => {
      const res = await wix.files.listFiles();
      assert.ok(Array.isArray(res.files), 'listFiles returns {files}');
      assert.equal(typeof res.nextCursor, 'object', 'listFiles returns nextCursor (not pagingMetadata)');
      assert.deepEqual(sortedIds(res.files), liveFiles((f) => f.parentFolderId === MEDIA_ROOT));
      assert.ok(!ids(res.files).includes(need(S.leon, 'leon')), 'a file in a sub-folder is not listed');
    });

    step('listFiles filters by mediaTypes (repeated query keys)', async () => {
      const res = await wix.files.listFiles({ mediaTypes: ['VIDEO', 'DOCUMENT'] });
      for (const f of res.files) assert.ok(['VIDEO', 'DOCUMENT'].includes(f.mediaType), `${f.displayName} is ${f.mediaType}`);
      const expected = liveFiles((f) => f.parentFolderId === MEDIA_ROOT && ['VIDEO', 'DOCUMENT'].includes(f.mediaType));
      assert.deepEqual(sortedIds(res.files), expected);
      assert.ok(expected.includes(need(S.clip, 'clip')), 'model: the video is in media-root');
    });

    step('listFolders lists direct children only, with paging', async () => {
      const pages = await collectListPages(
        (cursor) => wix.folders.listFolders({ sort: { fieldName: 'displayName', order: 'ASC' }, paging: { limit: 2, cursor } }),
        'folders',
        2,
      );
      const all = pages.flat();
      for (const f of all) assertFolderShape(f, f.displayName);
      assertNoDuplicates(ids(all), 'listFolders pages');
      const expected = liveFolders((f) => f.parentFolderId === MEDIA_ROOT);
      assert.deepEqual(sortedIds(all), expected, 'the top-level folders, each once');
      assert.deepEqual(all.map((f) => f.displayName), ascending(expected.map(nameOf)));

      const inPets = await wix.folders.listFolders({ parentFolderId: need(S.pets, 'pets') });
      assert.deepEqual(ids(inPets.folders), [need(S.kittens, 'kittens')]);
      assert.equal(typeof inPets.nextCursor, 'object', 'listFolders returns nextCursor');
    });

    step('searchFiles finds by text across folders and filters by media type', async () => {
      const byText = await wix.files.searchFiles({ search: 'leon' });
      assert.deepEqual(ids(byText.files), [need(S.leon, 'leon')], 'search spans sub-folders of MEDIA_ROOT');
      assertFileShape(byText.files[0], 'leon');
      assert.equal(typeof byText.nextCursor, 'object', 'searchFiles returns nextCursor');

      const docs = await wix.files.searchFiles({ mediaTypes: ['DOCUMENT'], rootFolder: 'MEDIA_ROOT' });
      assert.deepEqual(sortedIds(docs.files), [need(S.report, 'report'), need(S.summary, 'summary')].sort());

      const everything = await wix.files.searchFiles({ paging: { limit: 100 } });
      assert.deepEqual(sortedIds(everything.files), liveFiles(), 'without search text, every live file of MEDIA_ROOT');
    });

    step('searchFolders finds by text across levels', async () => {
      const res = await wix.folders.searchFolders({ search: 'kittens' });
      assert.deepEqual(ids(res.folders), [need(S.kittens, 'kittens')]);
      assertFolderShape(res.folders[0], 'kittens');
      assert.equal(typeof res.nextCursor, 'object', 'searchFolders returns nextCursor');
    });

    step('generateFileUploadUrl, then a raw PUT of the bytes, creates the file', async () => {
      const res = await wix.files.generateFileUploadUrl('image/png', { labels: ['uploaded'] });
      assert.equal(typeof res.uploadUrl, 'string', 'generateFileUploadUrl returns {uploadUrl}');
      const target = new URL(toFake(res.uploadUrl));
      assert.equal(
        target.origin,
        transferOrigin(BASE_URL),
        `the uploadUrl must point at the fake (${MODE} mode) so a client can PUT to it, got ${res.uploadUrl}`,
      );
      target.searchParams.set('filename', 'zulu.png');
      const put = await globalThis.fetch(target, withTimeout({
        method: 'PUT',
        headers: { 'content-type': 'image/png' },
        body: PNG_1X1,
      }));
      const text = await put.text();
      assert.equal(put.status, 200, `PUT <uploadUrl> answers 200, got ${put.status}: ${text.slice(0, 500)}`);
      const body = JSON.parse(text);
      assert.ok(body.file, 'the upload answers {file}');
      const rest = body.file;
      assert.equal(typeof rest.id, 'string', 'the raw answer uses REST names (id)');
      assert.equal(rest._id, undefined, 'no SDK names on the wire');
      assert.equal(typeof rest.createdDate, 'string', 'REST timestamps are ISO strings');
      assert.ok(!Number.isNaN(Date.parse(rest.createdDate)), 'createdDate parses');
      assert.equal(rest.displayName, 'zulu.png', 'the filename query parameter names the file');
      assert.equal(rest.mediaType, 'IMAGE');
      assert.equal(rest.parentFolderId, MEDIA_ROOT);
      assert.deepEqual(rest.labels, ['uploaded'], 'labels from generateFileUploadUrl are applied');
      assert.equal(rest.operationStatus, 'PENDING', 'manual readiness keeps new uploads PENDING');
      assert.equal(typeof rest.sizeInBytes, 'string', 'sizeInBytes is a string on the wire');

      const viaSdk = await wix.files.getFileDescriptor(rest.id);
      assertFileShape(viaSdk, 'zulu');
      assert.equal(viaSdk._id, rest.id);
      S.zulu = rest.id;
      track(viaSdk);
    });

    step('generateFileResumableUploadUrl returns TUS, an upload URL and a token', async () => {
      const res = await wix.files.generateFileResumableUploadUrl('video/mp4', {
        fileName: 'big.mp4',
        uploadProtocol: 'TUS',
      });
      assert.equal(res.uploadProtocol, 'TUS');
      assert.equal(typeof res.uploadUrl, 'string');
      assert.doesNotThrow(() => new URL(res.uploadUrl), 'uploadUrl is an absolute URL');
      assert.equal(typeof res.uploadToken, 'string');
      assert.ok(res.uploadToken.length > 0, 'uploadToken is not empty');
    });

    step('queryFileDescriptors builder: filter and sort hold on every page', async () => {
      const first = await wix.files.queryFileDescriptors()
        .eq('mediaType', 'IMAGE')
        .ascending('displayName')
        .limit(2)
        .find();
      const pages = await collectQueryPages(first, 2);
      const all = pages.flat();
      pages.forEach((page, i) => {
        for (const f of page) {
          assertFileShape(f, f.displayName);
          assert.equal(f.mediaType, 'IMAGE', `page ${i + 1}: ${f.displayName} matches the filter`);
        }
      });
      assertNoDuplicates(ids(all), 'query pages');
      const expected = liveFiles((f) => f.mediaType === 'IMAGE');
      assert.ok(expected.length >= 9, `model: at least 9 images, got ${expected.length}`);
      assert.deepEqual(sortedIds(all), expected, 'every image exactly once');
      assert.deepEqual(all.map((f) => f.displayName), ascending(expected.map(nameOf)), 'sorted by displayName ASC across pages');
    });

    step('queryFolders builder pages through every folder', async () => {
      const first = await wix.folders.queryFolders().eq('state', 'OK').ascending('displayName').limit(2).find();
      const pages = await collectQueryPages(first, 2);
      const all = pages.flat();
      for (const f of all) {
        assertFolderShape(f, f.displayName);
        assert.equal(f.state, 'OK');
      }
      assertNoDuplicates(ids(all), 'queryFolders pages');
      const expected = liveFolders();
      assert.deepEqual(sortedIds(all), expected, 'every folder exactly once');
      assert.deepEqual(all.map((f) => f.displayName), ascending(expected.map(nameOf)));
    });
  });

  describe('updates', () => {
    step('updateFileDescriptor renames, moves and relabels; read-only fields are ignored', async () => {
      const arg = await wix.files.getFileDescriptor(need(S.leon, 'leon'));
      const original = structuredClone(arg); // the SDK renames its argument in place
      arg.displayName = 'leon-renamed.jpg';
      arg.parentFolderId = need(S.kittens, 'kittens');
      arg.labels = ['cat', 'renamed'];
      // Read-only fields, tampered: the fake must ignore them.
      arg.mediaType = 'VIDEO';
      arg.hash = 'tampered';
      arg.sizeInBytes = '1';
      arg.url = 'https://tampered.example.com/x.jpg';
      arg.operationStatus = 'FAILED';
      arg.state = 'DELETED';
      arg.private = !original.private;
      arg.siteId = 'another-site';
      arg._createdDate = new Date('2001-02-03T04:05:06.000Z');

      const updated = await wix.files.updateFileDescriptor(arg);
      assertFileShape(updated, 'updated leon');
      assert.equal(updated._id, S.leon, 'updateFileDescriptor returns the file itself');
      assert.equal(updated.displayName, 'leon-renamed.jpg');
      assert.equal(updated.parentFolderId, S.kittens, 'moved via parentFolderId');
      assert.deepEqual(updated.labels, ['cat', 'renamed']);
      assert.equal(updated.mediaType, original.mediaType, 'mediaType is read-only');
      assert.equal(updated.hash, original.hash, 'hash is read-only');
      assert.equal(updated.sizeInBytes, original.sizeInBytes, 'sizeInBytes is read-only');
      assert.equal(updated.url, original.url, 'url is read-only');
      assert.equal(updated.operationStatus, 'READY', 'operationStatus is read-only');
      assert.equal(updated.state, 'OK', 'state is read-only');
      assert.equal(updated.private, original.private, 'private is read-only');
      assert.equal(updated._createdDate.getTime(), original._createdDate.getTime(), 'createdDate is read-only');
      assert.ok(updated._updatedDate.getTime() >= original._updatedDate.getTime(), 'updatedDate does not go back');

      const reread = await wix.files.getFileDescriptor(S.leon);
      assert.equal(reread.displayName, 'leon-renamed.jpg', 'the rename is stored');
      assert.equal(reread.parentFolderId, S.kittens, 'the move is stored');
      assert.deepEqual(reread.labels, ['cat', 'renamed']);
      const stillReady = reread.media?.image?.image;
      assertWixImageUrl(stillReady, S.leon, 'media after update');
      const moved = model.files.get(S.leon);
      moved.displayName = 'leon-renamed.jpg';
      moved.parentFolderId = S.kittens;

      const inPets = await wix.files.listFiles({ parentFolderId: S.pets });
      assert.ok(!ids(inPets.files).includes(S.leon), 'the file left its old folder');
      const inKittens = await wix.files.listFiles({ parentFolderId: S.kittens });
      assert.deepEqual(ids(inKittens.files), [S.leon], 'the file is in its new folder');
    });

    step('updateFileDescriptor with only some fields leaves the others alone', async () => {
      const updated = await wix.files.updateFileDescriptor({ _id: need(S.clip, 'clip'), labels: ['video'] });
      assert.equal(updated._id, S.clip);
      assert.deepEqual(updated.labels, ['video']);
      assert.equal(updated.displayName, nameOf(S.clip), 'displayName was not sent, so it is kept');
      assert.equal(updated.parentFolderId, MEDIA_ROOT, 'parentFolderId was not sent, so it is kept');
    });

    step('updateFolder accepts the object from getFolder (with _id and read-only fields)', async () => {
      const fetched = await wix.folders.getFolder(need(S.kittens, 'kittens'));
      const original = structuredClone(fetched);
      fetched.displayName = 'kittens-renamed';
      fetched.state = 'DELETED';
      fetched.siteId = 'another-site';
      fetched._createdDate = new Date('2001-02-03T04:05:06.000Z');

      const updated = await wix.folders.updateFolder(fetched._id, fetched);
      assertFolderShape(updated, 'updated kittens');
      assert.equal(updated._id, S.kittens, 'updateFolder returns the folder itself');
      assert.equal(updated.displayName, 'kittens-renamed');
      assert.equal(updated.parentFolderId, S.pets, 'not moved');
      assert.equal(updated.state, 'OK', 'state is read-only');
      assert.equal(updated._createdDate.getTime(), original._createdDate.getTime(), 'createdDate is read-only');
      assert.ok(updated._updatedDate.getTime() >= original._updatedDate.getTime());
      const reread = await wix.folders.getFolder(S.kittens);
      assert.equal(reread.displayName, 'kittens-renamed', 'the rename is stored');
      model.folders.get(S.kittens).displayName = 'kittens-renamed';
    });

    step('updateFolder moves a folder via parentFolderId and keeps its name', async () => {
      const created = await wix.folders.createFolder('misc');
      assertFolderShape(created.folder, 'misc');
      trackFolder(created.folder);
      S.misc = created.folder._id;
      const updated = await wix.folders.updateFolder(S.misc, { parentFolderId: need(S.gallery, 'gallery') });
      assert.equal(updated._id, S.misc);
      assert.equal(updated.parentFolderId, S.gallery, 'moved');
      assert.equal(updated.displayName, 'misc', 'displayName was not sent, so it is kept');
      model.folders.get(S.misc).parentFolderId = S.gallery;
      const inGallery = await wix.folders.listFolders({ parentFolderId: S.gallery });
      assert.deepEqual(ids(inGallery.folders), [S.misc]);
      const top = await wix.folders.listFolders();
      assert.ok(!ids(top.folders).includes(S.misc), 'no longer at the top level');
    });
  });

  describe('download and streaming URLs', () => {
    step('generateFileDownloadUrl returns one URL per asset key', async () => {
      const res = await wix.files.generateFileDownloadUrl(need(S.leon, 'leon'));
      assert.ok(Array.isArray(res.downloadUrls), '{downloadUrls}');
      assert.equal(res.downloadUrls.length, 1, 'the default asset key is src only');
      assert.equal(res.downloadUrls[0].assetKey, 'src');
      assert.match(res.downloadUrls[0].url, /^https?:\/\//);

      const named = await wix.files.generateFileDownloadUrl(S.leonMediaUrl ?? S.leon, {
        downloadFileName: 'photo.jpg',
        expirationInMinutes: 60,
        assetKeys: ['src'],
        contentDisposition: 'INLINE',
      });
      assert.equal(named.downloadUrls.length, 1);
      assert.equal(named.downloadUrls[0].assetKey, 'src');
      assert.match(named.downloadUrls[0].url, /^https?:\/\//);
    });

    step('generateFilesDownloadUrl returns one archive URL', async () => {
      const res = await wix.files.generateFilesDownloadUrl([need(S.alpha, 'alpha'), need(S.bravo, 'bravo')]);
      assert.equal(typeof res.downloadUrl, 'string', '{downloadUrl} is a string');
      assert.match(res.downloadUrl, /^https?:\/\//);
    });

    step('generateFolderDownloadUrl returns one archive URL', async () => {
      const res = await wix.folders.generateFolderDownloadUrl(need(S.gallery, 'gallery'));
      assert.equal(typeof res.downloadUrl, 'string', '{downloadUrl} is a string');
      assert.match(res.downloadUrl, /^https?:\/\//);
    });

    step('generateVideoStreamingUrl returns {downloadUrl:{url, assetKey}}', async () => {
      const res = await wix.files.generateVideoStreamingUrl(need(S.clip, 'clip'), { format: 'HLS', expirationInMinutes: 60 });
      assert.equal(typeof res.downloadUrl, 'object', 'downloadUrl is an object here');
      assert.match(res.downloadUrl.url, /^https?:\/\//);
      assert.equal(res.downloadUrl.assetKey, 'HLS', 'format HLS gives assetKey HLS');
    });
  });

  describe('trash bin', () => {
    step('bulkDeleteFiles moves files to trash-root and returns undefined', async () => {
      const gallery = need(S.gallery, 'gallery');
      const result = await wix.files.bulkDeleteFiles([need(S.alpha, 'alpha'), need(S.bravo, 'bravo')]);
      assert.equal(result, undefined, 'bulkDeleteFiles resolves to undefined');
      model.files.get(S.alpha).trashed = true;
      model.files.get(S.bravo).trashed = true;

      const live = await wix.files.listFiles({ parentFolderId: gallery });
      assert.deepEqual(sortedIds(live.files), liveFiles((f) => f.parentFolderId === gallery), 'trashed files leave the folder');
      assert.ok(!ids(live.files).includes(S.alpha));

      const trash = await wix.files.listDeletedFiles();
      assert.ok(Array.isArray(trash.files), 'listDeletedFiles returns {files}');
      assert.equal(typeof trash.nextCursor, 'object', 'listDeletedFiles returns nextCursor');
      assert.deepEqual(sortedIds(trash.files), [S.alpha, S.bravo].sort(), 'the trash holds exactly the trashed files');
      for (const f of trash.files) {
        assertFileShape(f, `trashed ${f.displayName}`);
        assert.equal(f.parentFolderId, TRASH_ROOT, 'trashed files sit in trash-root');
      }
    });

    step('deleting files that are already in the trash is not an error', async () => {
      assert.equal(await wix.files.bulkDeleteFiles([need(S.alpha, 'alpha')]), undefined);
      const trash = await wix.files.listDeletedFiles();
      assert.deepEqual(sortedIds(trash.files), [S.alpha, need(S.bravo, 'bravo')].sort(), 'still in the trash, once');
    });

    step('bulkRestoreFilesFromTrashBin returns files to their original folder', async () => {
      const gallery = need(S.gallery, 'gallery');
      const result = await wix.files.bulkRestoreFilesFromTrashBin([
        need(S.alphaMediaUrl, 'alpha media URL'), // a Wix media URL works as an id here too
        need(S.bravo, 'bravo'),
      ]);
      assert.equal(result, undefined, 'bulkRestoreFilesFromTrashBin resolves to undefined');
      model.files.get(S.alpha).trashed = false;
      model.files.get(S.bravo).trashed = false;

      const trash = await wix.files.listDeletedFiles();
      assert.deepEqual(ids(trash.files), [], 'the trash is empty again');
      const live = await wix.files.listFiles({ parentFolderId: gallery });
      assert.deepEqual(sortedIds(live.files), liveFiles((f) => f.parentFolderId === gallery));
      const alpha = await wix.files.getFileDescriptor(S.alpha);
      assert.equal(alpha.parentFolderId, gallery, 'restored to the folder it was deleted from');
      assert.equal(alpha.state, 'OK');
    });

    step('a permanent delete removes the file for good', async () => {
      const gallery = need(S.gallery, 'gallery');
      assert.equal(await wix.files.bulkDeleteFiles([need(S.charlie, 'charlie')], { permanent: true }), undefined);
      model.files.delete(S.charlie);

      const err = await thrownBy(wix.files.getFileDescriptor(S.charlie), 'getFileDescriptor of a permanently deleted file');
      assert.equal(assertCodedHttpError(err, 400, 'permanently deleted'), 'RESOURCE_NOT_FOUND');

      const trash = await wix.files.listDeletedFiles();
      assert.ok(!ids(trash.files).includes(S.charlie), 'not in the trash either');
      const live = await wix.files.listFiles({ parentFolderId: gallery });
      assert.deepEqual(sortedIds(live.files), liveFiles((f) => f.parentFolderId === gallery));
    });

    step('a trashed file can then be deleted permanently', async () => {
      await wix.files.bulkDeleteFiles([need(S.delta, 'delta')]);
      const trashed = await wix.files.listDeletedFiles();
      assert.deepEqual(ids(trashed.files), [S.delta]);
      await wix.files.bulkDeleteFiles([S.delta], { permanent: true });
      model.files.delete(S.delta);
      const trash = await wix.files.listDeletedFiles();
      assert.deepEqual(ids(trash.files), [], 'gone from the trash');
      const err = await thrownBy(wix.files.getFileDescriptor(S.delta), 'getFileDescriptor of a purged file');
      assert.equal(assertCodedHttpError(err, 400, 'purged'), 'RESOURCE_NOT_FOUND');
    });

    step('bulkDeleteFolders trashes the folder with its sub-folders and files', async () => {
      const pets = need(S.pets, 'pets');
      const result = await wix.folders.bulkDeleteFolders([pets]);
      assert.equal(result, undefined, 'bulkDeleteFolders resolves to undefined');
      model.folders.get(pets).trashed = true;

      const top = await wix.folders.listFolders();
      assert.deepEqual(sortedIds(top.folders), liveFolders((f) => f.parentFolderId === MEDIA_ROOT));
      assert.ok(!ids(top.folders).includes(pets), 'the folder left media-root');

      const deleted = await wix.folders.listDeletedFolders();
      assert.ok(Array.isArray(deleted.folders), 'listDeletedFolders returns {folders}');
      assert.equal(typeof deleted.nextCursor, 'object', 'listDeletedFolders returns nextCursor');
      assert.ok(ids(deleted.folders).includes(pets), 'the folder is in the trash');
      for (const f of deleted.folders) assertFolderShape(f, `trashed ${f.displayName}`);

      const files = await wix.files.searchFiles({ search: 'leon' });
      assert.deepEqual(ids(files.files), [], 'a file inside the trashed subtree is out of MEDIA_ROOT');
      const sub = await wix.folders.searchFolders({ search: 'kittens' });
      assert.deepEqual(ids(sub.folders), [], 'a sub-folder of the trashed folder is out of MEDIA_ROOT');
      const everything = await wix.files.searchFiles({ paging: { limit: 100 } });
      assert.deepEqual(sortedIds(everything.files), liveFiles(), 'the rest of the site is untouched');
    });

    step('bulkRestoreFoldersFromTrashBin puts the subtree back', async () => {
      const pets = need(S.pets, 'pets');
      const result = await wix.folders.bulkRestoreFoldersFromTrashBin([pets]);
      assert.equal(result, undefined, 'bulkRestoreFoldersFromTrashBin resolves to undefined');
      model.folders.get(pets).trashed = false;

      const deleted = await wix.folders.listDeletedFolders();
      assert.ok(!ids(deleted.folders).includes(pets), 'no longer in the trash');
      const top = await wix.folders.listFolders();
      assert.deepEqual(sortedIds(top.folders), liveFolders((f) => f.parentFolderId === MEDIA_ROOT));
      const restored = await wix.folders.getFolder(pets);
      assert.equal(restored.parentFolderId, MEDIA_ROOT, 'back where it was');
      assert.equal(restored.state, 'OK');
      const kittens = await wix.folders.getFolder(need(S.kittens, 'kittens'));
      assert.equal(kittens.parentFolderId, pets, 'the sub-folder came back with it');
      const files = await wix.files.searchFiles({ search: 'leon' });
      assert.deepEqual(ids(files.files), [need(S.leon, 'leon')], 'its file came back too');
      assert.equal(files.files[0].parentFolderId, S.kittens);
    });
  });

  describe('errors as the SDK throws them', () => {
    step('the error contract: a per-method code is a validation ruleName with violatedRule OTHER', async () => {
      const err = await thrownBy(
        wix.files.getFileDescriptor('0abc00_0123456789abcdef0123456789abcdef~mv2.jpg'),
        'getFileDescriptor of an unknown id',
      );
      assertCodedHttpError(err, 400, 'unknown id');
      const violations = err.details?.validationError?.fieldViolations;
      assert.ok(Array.isArray(violations) && violations.length > 0, `a validationError with fieldViolations: ${JSON.stringify(err.details)}`);
      const named = violations.find((v) => v.ruleName === 'RESOURCE_NOT_FOUND');
      assert.ok(named, 'a violation names RESOURCE_NOT_FOUND as ruleName');
      assert.equal(named.violatedRule, 'OTHER', 'ruleName applies with violatedRule OTHER');
      assert.equal(err.details.applicationError, undefined, 'not an applicationError');
      assert.equal(errorCode(err), 'RESOURCE_NOT_FOUND');
    });

    step('getFileDescriptors with an unknown id: 400 RESOURCE_NOT_FOUND', async () => {
      const err = await thrownBy(
        wix.files.getFileDescriptors([need(S.leon, 'leon'), '0abc00_ffffffffffffffffffffffffffffffff~mv2.jpg']),
        'getFileDescriptors with an unknown id',
      );
      assert.equal(assertCodedHttpError(err, 400, 'getFileDescriptors unknown'), 'RESOURCE_NOT_FOUND');
    });

    step('listFiles sorted by an unsupported field: 400 UNSUPPORTED_SORT_VALUE', async () => {
      const err = await thrownBy(wix.files.listFiles({ sort: { fieldName: 'hash' } }), 'listFiles sort by hash');
      assert.equal(assertCodedHttpError(err, 400, 'sort by hash'), 'UNSUPPORTED_SORT_VALUE');
    });

    step('listFiles with mediaTypes OTHER: 400 UNSUPPORTED_MEDIA_TYPE', async () => {
      const err = await thrownBy(wix.files.listFiles({ mediaTypes: ['OTHER'] }), 'listFiles mediaTypes OTHER');
      assert.equal(assertCodedHttpError(err, 400, 'mediaTypes OTHER'), 'UNSUPPORTED_MEDIA_TYPE');
    });

    step('listFiles with paging.limit 1000: 400 validation error on options.paging.limit', async () => {
      const err = await thrownBy(wix.files.listFiles({ paging: { limit: 1000 } }), 'listFiles limit 1000');
      assertHttpError(err, 400, 'limit 1000');
      const violations = err.details?.validationError?.fieldViolations ?? [];
      assert.ok(
        violations.some((v) => v.field === 'options.paging.limit'),
        `a violation on options.paging.limit (the SDK maps paging.limit to the argument path): ${JSON.stringify(violations)}`,
      );
    });

    step('a type error and two constraint violations of one listFiles come in one error', async () => {
      // the SDK validates nothing on the client: private "maybe" goes out as private=maybe
      const err = await thrownBy(
        wix.files.listFiles({ private: 'maybe', paging: { limit: 1000 }, parentFolderId: 'p'.repeat(101) }),
        'listFiles with a type error and two constraint violations',
      );
      assertHttpError(err, 400, 'type and constraints');
      const fields = (err.details?.validationError?.fieldViolations ?? []).map((v) => v.field);
      for (const field of ['private', 'paging.limit', 'parentFolderId']) {
        assert.ok(fields.some((f) => f === field || f.endsWith('.' + field)),
          `a violation on ${field} among ${JSON.stringify(fields)}`);
      }
      assert.equal(fields.length, 3, `exactly three violations: ${JSON.stringify(fields)}`);
    });

    step('bulkImportFiles reports the violations of every item together, naming the item', async () => {
      const err = await thrownBy(
        wix.files.bulkImportFiles([
          { url: 'https://example.com/ok.jpg' },
          { url: 'ftp://example.com/b.jpg' },
          { url: 'https://example.com/c.jpg', displayName: 'n'.repeat(1001) },
        ]),
        'bulkImportFiles with two bad items',
      );
      assertHttpError(err, 400, 'two bad items');
      const fields = (err.details?.validationError?.fieldViolations ?? []).map((v) => v.field);
      assert.ok(fields.some((f) => f.endsWith('importFileRequests[1].url')), `item 1's url among ${JSON.stringify(fields)}`);
      assert.ok(fields.some((f) => f.endsWith('importFileRequests[2].displayName')),
        `item 2's displayName among ${JSON.stringify(fields)}`);
    });

    step('getFileDescriptor of an unknown id: 400 RESOURCE_NOT_FOUND', async () => {
      const err = await thrownBy(wix.files.getFileDescriptor('no-such-file-id'), 'getFileDescriptor unknown');
      assert.equal(assertCodedHttpError(err, 400, 'unknown id'), 'RESOURCE_NOT_FOUND');
    });

    step('importFile of a url without extension and no mimeType: 400', async () => {
      const err = await thrownBy(wix.files.importFile('https://example.com/noextension'), 'importFile without type');
      // a plain constraint breach: a validation error naming the field, with no per-method code (no ruleName)
      assert.equal(err.status, 400, 'importFile without type: status');
      assert.ok(err.requestId, 'importFile without type: requestId');
      const violations = err.details?.validationError?.fieldViolations ?? [];
      assert.ok(violations.some((v) => /(^|\.)url$/.test(v.field) && /media type/.test(v.description)),
        `importFile without type: a violation on url saying the media type is unknown, got ${JSON.stringify(violations)}`);
      const listed = await wix.files.searchFiles({ search: 'noextension' });
      assert.deepEqual(ids(listed.files), [], 'the failed import created nothing');
    });

    step('a client with an empty API key: 401', async () => {
      const anonymous = sdkClient('');
      const err = await thrownBy(anonymous.files.listFiles(), 'listFiles with an empty API key');
      assertCodedHttpError(err, 401, 'empty API key');
    });

    step('a raw request without Authorization: 401 with a JSON error body', async () => {
      const res = await rawFetch('/site-media/v1/files', { headers: { 'wix-site-id': SITE_ID } });
      const text = await res.text();
      assert.equal(res.status, 401, `no Authorization header means 401, got ${res.status}: ${text.slice(0, 300)}`);
      assert.ok(res.headers.get('x-wix-request-id'), 'X-Wix-Request-Id is sent on errors too');
      const body = JSON.parse(text);
      assert.equal(typeof body.details?.applicationError?.code, 'string', `a string applicationError.code: ${text}`);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Scenarios through the admin API
// ---------------------------------------------------------------------------------------------

describe('scenarios scripted through the admin API', { timeout: 15 * 60_000 }, () => {
  before(async () => {
    await resetSite();
    await clearScenarios();
  }, { timeout: STEP_TIMEOUT_MS });

  after(async () => {
    await quietly(clearScenarios);
  }, { timeout: STEP_TIMEOUT_MS });

  step('manual readiness: PENDING until /ready, then READY', async () => {
    await setScenario({ readiness: { policy: 'manual' } });
    const { file } = await wix.files.importFile('https://example.com/manual/hotel.jpg', { mimeType: 'image/jpeg' });
    assert.equal(file.operationStatus, 'PENDING');
    const pending = await wix.files.getFileDescriptor(file._id);
    assert.equal(pending.operationStatus, 'PENDING', 'stays PENDING while nobody marks it');
    assert.equal(pending.media, undefined, 'no media while PENDING');

    await markReady(file._id);
    const ready = await wix.files.getFileDescriptor(file._id);
    assert.equal(ready.operationStatus, 'READY');
    assertWixImageUrl(ready.media?.image?.image, file._id, 'media.image.image once READY');
  });

  step('manual readiness: /failed makes the file FAILED', async () => {
    await setScenario({ readiness: { policy: 'manual' } });
    const { file } = await wix.files.importFile('https://example.com/manual/india.jpg', { mimeType: 'image/jpeg' });
    const failed = await markFile(file._id, 'failed', {
      code: 'UNSUPPORTED_FILE_FORMAT',
      description: 'conformance test marked it failed',
    });
    assert.equal(failed.operationStatus, 'FAILED');
    const reread = await wix.files.getFileDescriptor(file._id);
    assert.equal(reread.operationStatus, 'FAILED');
  });

  step('readiness after PT5M: PENDING until the clock moves 5 minutes', async () => {
    await setScenario({ readiness: { policy: 'readyAfter', duration: 'PT5M' } });
    const clock = (await admin('GET', '/_fake/clock')).body;
    assert.equal(typeof clock?.frozen, 'boolean', `GET /_fake/clock answers {now, frozen}: ${JSON.stringify(clock)}`);
    const start = Date.parse(clock.now);
    assert.ok(!Number.isNaN(start), `clock.now is ISO-8601: ${clock.now}`);

    const { file } = await wix.files.importFile('https://example.com/later/juliet.jpg', { mimeType: 'image/jpeg' });
    assert.equal(file.operationStatus, 'PENDING');

    const first = await admin('POST', '/_fake/clock/advance', { duration: 'PT4M' });
    assert.equal(first.status, 200);
    assert.ok(Date.parse(first.body?.now) - start >= 4 * 60_000, `the clock moved at least 4 minutes: ${JSON.stringify(first.body)}`);
    const early = await wix.files.getFileDescriptor(file._id);
    assert.equal(early.operationStatus, 'PENDING', 'still PENDING after 4 of 5 minutes');

    const second = await admin('POST', '/_fake/clock/advance', { duration: 'PT1M' });
    assert.ok(Date.parse(second.body?.now) - start >= 5 * 60_000, 'the clock moved 5 minutes in all');
    const late = await wix.files.getFileDescriptor(file._id);
    assert.equal(late.operationStatus, 'READY', 'READY once 5 minutes have passed');
  });

  step('a scripted SITE_QUOTA_EXCEEDED fails one importFile, then imports work again', async () => {
    await setScenario({ errors: [{ operation: 'importFile', error: 'SITE_QUOTA_EXCEEDED', times: 1 }] });
    const err = await thrownBy(
      wix.files.importFile('https://example.com/quota/kilo.jpg', { mimeType: 'image/jpeg' }),
      'importFile under a scripted quota error',
    );
    assert.equal(assertCodedHttpError(err, 400, 'scripted quota'), 'SITE_QUOTA_EXCEEDED');

    const { file } = await wix.files.importFile('https://example.com/quota/lima.jpg', { mimeType: 'image/jpeg' });
    assertFileShape(file, 'lima');
    const found = await wix.files.searchFiles({ search: 'kilo' });
    assert.deepEqual(ids(found.files), [], 'the failed import created nothing');
  });

  step('a scripted 503 surfaces as status 503 with applicationError UNAVAILABLE', async () => {
    await setScenario({ errors: [{ operation: 'listFiles', status: 503, times: 1 }] });
    const err = await thrownBy(wix.files.listFiles(), 'listFiles under a scripted 503');
    assertHttpError(err, 503, 'scripted 503');
    assert.equal(err.details?.applicationError?.code, 'UNAVAILABLE');

    const res = await wix.files.listFiles();
    assert.ok(Array.isArray(res.files), 'the next call succeeds');
  });

  step('a scripted response (respondWith) reaches the SDK as Wix\'s error shape, with the code and words given', async () => {
    const body = {
      message: 'upstream connect error',
      details: { applicationError: { code: 'UPSTREAM_TIMEOUT', description: 'upstream request timeout', data: {} } },
    };
    await setScenario({ responses: [{ operation: 'getFolder', status: 504, body, times: 1 }] });
    const err = await thrownBy(wix.folders.getFolder('media-root'), 'getFolder under a scripted 504');
    assertHttpError(err, 504, 'scripted 504 response');
    assert.equal(err.details?.applicationError?.code, 'UPSTREAM_TIMEOUT');
    assert.equal(err.details?.applicationError?.description, 'upstream request timeout');

    const folder = await wix.folders.getFolder('media-root');
    assert.equal(folder._id, 'media-root', 'once: the next call is the fake\'s own answer');
  });

  step('a scripted INVALID_ARGUMENT surfaces as status 400 with that applicationError code', async () => {
    await setScenario({ errors: [{ operation: 'searchFiles', error: 'INVALID_ARGUMENT', times: 1 }] });
    const err = await thrownBy(wix.files.searchFiles({ search: 'anything' }), 'searchFiles under a scripted INVALID_ARGUMENT');
    assertHttpError(err, 400, 'scripted INVALID_ARGUMENT');
    assert.equal(err.details?.applicationError?.code, 'INVALID_ARGUMENT');
    const res = await wix.files.searchFiles({ search: 'anything' });
    assert.ok(Array.isArray(res.files), 'the next call succeeds');
  });

  step('a scripted connection reset surfaces as the SDK\'s system error, and the next call succeeds', async () => {
    await setScenario({ faults: [{ operation: 'listFolders', fault: 'CONNECTION_RESET', times: 1 }] });
    await assert.rejects(wix.folders.listFolders(), (err) => {
      assert.equal(err.status, undefined, 'no HTTP status: the connection broke');
      return true;
    });
    const res = await wix.folders.listFolders();
    assert.ok(Array.isArray(res.folders), 'the next call succeeds');
  });
});

// Fonts and Lottie animations, as a design tool made at Wix uploads them: generate-upload-url with the browser's MIME
// type, a raw PUT, then a read by id (fidelity ledger G-116, G-117, G-118 in docs/fidelity.md).
describe('fonts and Lottie files, uploaded as published programs upload them', { timeout: 5 * 60_000 }, () => {
  before(async () => {
    await resetSite();
    await clearScenarios();
  }, { timeout: STEP_TIMEOUT_MS });

  async function uploadRaw(mimeType, fileName, bytes) {
    const res = await wix.files.generateFileUploadUrl(mimeType, { fileName });
    const put = await globalThis.fetch(new URL(toFake(res.uploadUrl)), withTimeout({
      method: 'PUT',
      headers: { 'content-type': mimeType },
      body: bytes,
    }));
    const text = await put.text();
    assert.equal(put.status, 200, `PUT <uploadUrl> of ${fileName} answers 200, got ${put.status}: ${text.slice(0, 500)}`);
    const file = JSON.parse(text).file;
    if (file.operationStatus !== 'READY') {
      await markReady(file.id);
    }
    return file;
  }

  step('a woff2 font uploads as a FONT file, reads back with its FontMedia, and stays out of listFiles', async () => {
    const rest = await uploadRaw('font/woff2', 'Inter-Bold.woff2', Buffer.from('wOF2 font bytes'));
    assert.equal(rest.mediaType, 'FONT', 'fonts have the typings\' (internal) media type FONT');
    assert.match(rest.id, /^[a-z0-9]{6}_[0-9a-f]{32}$/, 'a font id has no extension');
    assert.equal(rest.url, `ufonts/${rest.id}/woff2/file.woff2`, 'the url is relative, under ufonts/');

    const font = await wix.files.getFileDescriptor(rest.id);
    assertFileShape(font, 'the font');
    assert.equal(font._id, rest.id);
    assert.equal(font.mediaType, 'FONT');
    assert.equal(font.operationStatus, 'READY');
    const media = font.media?.font;
    assert.ok(media, `media.font is there, got ${JSON.stringify(font.media)}`);
    assert.equal(media.format, 'woff2');
    assert.equal(media.family, 'Inter-Bold');
    assert.deepEqual(media.assets.map((a) => a.assetKey), ['src', 'woff', 'ttf']);
    assert.equal(media.assets[1].url, `https://static.wixstatic.com/ufonts/${rest.id}/woff/file.woff`);

    const listed = await wix.files.listFiles();
    assert.ok(!ids(listed.files).includes(rest.id), 'fonts are left out of listFiles');
  });

  step('a Lottie JSON file uploads as a DOCUMENT and is listed with the documents', async () => {
    const rest = await uploadRaw('application/json', 'confetti.json', Buffer.from('{"v":"5.7.4","layers":[]}'));
    assert.equal(rest.mediaType, 'DOCUMENT');

    const lottie = await wix.files.getFileDescriptor(rest.id);
    assertFileShape(lottie, 'the Lottie file');
    assert.equal(lottie.displayName, 'confetti.json');
    const documents = await wix.files.listFiles({ mediaTypes: ['DOCUMENT'] });
    assert.ok(ids(documents.files).includes(rest.id), 'the Lottie file is listed as a DOCUMENT');
  });
});
