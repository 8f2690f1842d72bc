// Wix's resumable-upload example (rest/.../files/resumable-upload-api), run as written against the fake:
// the official SDK generates the resumable upload URL, tus-js-client (pinned in package.json) uploads the bytes
// with the token in its metadata, and the finalize PUT {uploadUrl}/{uploadToken}?filename= creates the file.
// A second test interrupts an upload half-way and resumes it from the offset the server reports.
//
// Environment: FAKE_BASE_URL (required), FAKE_API_KEY (optional); see conformance.test.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sdkClient, rewritingFetch, MODE } from './client.mjs';
import { files } from '@wix/media';
import * as tus from 'tus-js-client';

const BASE_URL = (process.env.FAKE_BASE_URL || '').replace(/\/+$/, '');
if (!BASE_URL) {
  throw new Error('FAKE_BASE_URL is not set; use run-conformance.sh <jar>');
}
const API_KEY = process.env.FAKE_API_KEY || 'conformance-key';
/** A site of its own, so this file and conformance.test.mjs never see each other's files. */
const SITE_ID = '00000000-0000-4000-8000-00000000705e';
/** Generous: local requests take milliseconds, or seconds when the build shares its 2 cores; only a hang is slower. */
const STEP_TIMEOUT_MS = 180_000;

const wix = sdkClient({ modules: { files }, apiKey: API_KEY, siteId: SITE_ID,
  fetchOverride: rewritingFetch(BASE_URL, 60_000) });

function bytesOf(size, seed) {
  const out = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >>> 16;
  }
  return out;
}

/** Runs one tus upload to its end (or to `stopAfter` bytes, then aborts); resolves with the upload. */
function runTus(content, response, fileName, mimeType, { uploadUrl, stopAfter } = {}) {
  return new Promise((resolve, reject) => {
    const upload = new tus.Upload(content, {
      endpoint: response.uploadUrl,
      uploadUrl,
      chunkSize: 256 * 1024,
      retryDelays: [0, 100, 500],
      metadata: { filename: fileName, contentType: mimeType, token: response.uploadToken },
      onError: reject,
      onProgress: (sent) => {
        if (stopAfter !== undefined && sent >= stopAfter) {
          upload.abort().then(() => resolve(upload), reject);
        }
      },
      onSuccess: () => resolve(upload),
    });
    upload.start();
  });
}

/** The finalize step of Wix's page: PUT {uploadUrl}/{uploadToken}?filename=<name>, body {}. */
async function finalize(response, fileName) {
  const res = await fetch(`${response.uploadUrl}/${response.uploadToken}?filename=${encodeURIComponent(fileName)}`, {
    method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}',
  });
  return { status: res.status, body: await res.json() };
}

async function downloadBytes(fileId) {
  const { downloadUrls } = await wix.files.generateFileDownloadUrl(fileId);
  const res = await fetch(downloadUrls[0].url);
  assert.equal(res.status, 200);
  return Buffer.from(await res.arrayBuffer());
}

test("Wix's resumable-upload example: tus upload, then the finalize PUT answers {file}", { timeout: STEP_TIMEOUT_MS }, async () => {
  const fileName = 'imageExample.jpg';
  const mimeType = 'image/jpeg';
  const content = bytesOf(700 * 1024, 1);
  const response = await wix.files.generateFileResumableUploadUrl(mimeType, { uploadProtocol: 'TUS' });
  assert.equal(response.uploadProtocol, 'TUS');

  await runTus(content, response, fileName, mimeType);
  const before = await wix.files.listFiles({});
  assert.equal(before.files.filter((f) => f.displayName === fileName).length, 0, 'no file before the finalize');

  const result = await finalize(response, fileName);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  assert.equal(result.body.file.displayName, fileName);
  assert.equal(result.body.file.sizeInBytes, String(content.length));
  assert.equal(result.body.file.mediaType, 'IMAGE');
  assert.deepEqual(await downloadBytes(result.body.file.id), content);
  if (MODE === 'wix-hosts') {
    // code written for Wix downloads the image's static URL, which Wix's CDN (here: the fake) serves
    assert.match(result.body.file.url, /^https:\/\/static\.wixstatic\.com\/media\//);
    const media = await fetch(result.body.file.url);
    assert.equal(media.status, 200, `GET ${result.body.file.url}`);
    assert.deepEqual(Buffer.from(await media.arrayBuffer()), content, 'file.url serves the uploaded bytes');
  }

  const again = await finalize(response, fileName);
  assert.equal(again.status, 403, 'the token is single use');
  assert.equal(again.body.details.applicationError.code, 'PERMISSION_DENIED');
});

test('an interrupted tus upload resumes from the server offset and finalizes', { timeout: STEP_TIMEOUT_MS }, async () => {
  const fileName = 'talk.mp4';
  const mimeType = 'video/mp4';
  const content = bytesOf(2 * 1024 * 1024 + 17, 2);
  const response = await wix.files.generateFileResumableUploadUrl(mimeType, { fileName, uploadProtocol: 'TUS' });

  const interrupted = await runTus(content, response, fileName, mimeType, { stopAfter: 512 * 1024 });
  const early = await finalize(response, fileName);
  assert.equal(early.status, 428, 'finalize before every byte arrived');
  assert.equal(early.body.details.applicationError.code, 'FAILED_PRECONDITION');

  const head = await fetch(interrupted.url, { method: 'HEAD', headers: { 'Tus-Resumable': '1.0.0' } });
  const offset = Number(head.headers.get('upload-offset'));
  assert.ok(offset > 0 && offset < content.length, `offset ${offset} is part-way`);
  assert.equal(head.headers.get('cache-control'), 'no-store');

  await runTus(content, response, fileName, mimeType, { uploadUrl: interrupted.url });
  const result = await finalize(response, fileName);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  assert.equal(result.body.file.sizeInBytes, String(content.length));
  assert.deepEqual(await downloadBytes(result.body.file.id), content);
});
