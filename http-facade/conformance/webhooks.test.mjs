// Webhook conformance: the fake's webhooks, received by a Node HTTP server and handed to the official Wix SDK
// (@wix/sdk 1.21.16 + @wix/media 1.0.276) exactly as an app's webhook endpoint does:
//   createClient({ auth: AppStrategy({ appId, publicKey }), modules: { files } })
//   files.onFileDescriptorFileReady(handler) / files.onFileDescriptorFileFailed(handler)
//   await client.webhooks.process(jwtBody)
// The SDK verifies the RS256 JWT with jose against the public key the fake serves at /_fake/webhooks/public-key,
// then parses the claims as docs/api-reference.md#the-webhook-on-the-wire describes; a tampered signature must be
// rejected.
//
// Environment: FAKE_BASE_URL (required), FAKE_API_KEY (optional). Uses a site of its own.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { createClient, ApiKeyStrategy, AppStrategy } from '@wix/sdk';
import { files } from '@wix/media';

const RAW_BASE_URL = process.env.FAKE_BASE_URL;
if (!RAW_BASE_URL) {
  throw new Error('FAKE_BASE_URL is not set; use run-conformance.sh <jar>.');
}
const BASE_URL = RAW_BASE_URL.replace(/\/+$/, '');
const API_KEY = process.env.FAKE_API_KEY || 'conformance-key';
const SITE_ID = '00000000-0000-4000-8000-00000000ab13';
const WIX_API_ORIGIN = 'https://www.wixapis.com';
/** Generous: local requests and webhooks take milliseconds, or seconds when the build shares its 2 cores. */
const STEP_TIMEOUT_MS = 180_000;
const WAIT_MS = 120_000;

// ---------------------------------------------------------------------------------------------
// The receiver: records each webhook body; the test hands it to the SDK.
// ---------------------------------------------------------------------------------------------

const received = [];
let waiters = [];

const receiver = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    received.push({ contentType: req.headers['content-type'], body: Buffer.concat(chunks).toString('utf8') });
    res.writeHead(200).end();
    waiters = waiters.filter((w) => !w());
  });
});

/** The n-th webhook body (0-based), waiting for it to arrive. */
function nthWebhook(n) {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (received.length > n) {
        clearTimeout(timer);
        resolve(received[n]);
        return true;
      }
      return false;
    };
    const timer = setTimeout(() => reject(new Error(`webhook #${n + 1} did not arrive within ${WAIT_MS} ms; got ${received.length}`)), WAIT_MS);
    if (!check()) {
      waiters.push(check);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Talking to the fake: the SDK for the API, plain fetch for the admin API.
// ---------------------------------------------------------------------------------------------

const api = createClient({
  modules: { files },
  auth: ApiKeyStrategy({ apiKey: API_KEY, siteId: SITE_ID }),
  fetch: (url, init) => fetch(String(url).startsWith(WIX_API_ORIGIN) ? BASE_URL + String(url).slice(WIX_API_ORIGIN.length) : url, init),
});

/** Admin calls: writes always carry a JSON body, as the admin API asks. */
async function admin(method, path, body) {
  const write = method !== 'GET';
  const res = await fetch(BASE_URL + path, {
    method,
    headers: write ? { 'Content-Type': 'application/json' } : {},
    body: write ? JSON.stringify(body ?? {}) : undefined,
  });
  const json = await res.json();
  assert.equal(res.status, 200, `${method} ${path} answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

/** A webhook client as an app's backend has it: AppStrategy with the fake's public key, handlers registered. */
function webhookClient(publicKey, appId) {
  const client = createClient({ auth: AppStrategy({ appId, publicKey }), modules: { files } });
  const ready = [];
  const failed = [];
  client.files.onFileDescriptorFileReady((event) => ready.push(event));
  client.files.onFileDescriptorFileFailed((event) => failed.push(event));
  return { client, ready, failed };
}

// ---------------------------------------------------------------------------------------------

describe('webhooks through the official SDK', { timeout: STEP_TIMEOUT_MS * 6 }, () => {
  let key;
  let subscription;

  before(async () => {
    await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    await admin('POST', `/_fake/sites/${SITE_ID}/reset`, {});
    key = await admin('GET', '/_fake/webhooks/public-key');
    const url = `http://127.0.0.1:${receiver.address().port}/webhooks`;
    subscription = (await admin('POST', '/_fake/webhooks/subscriptions', {
      url, siteId: SITE_ID, events: ['FILE_READY', 'FILE_FAILED'],
    })).subscription;
  });

  after(async () => {
    if (subscription) {
      await admin('DELETE', `/_fake/webhooks/subscriptions/${subscription.id}`);
    }
    await admin('DELETE', `/_fake/sites/${SITE_ID}/scenarios`);
    receiver.close();
  });

  test('the public key is PEM that AppStrategy accepts', { timeout: STEP_TIMEOUT_MS }, () => {
    assert.match(key.publicKey, /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/);
    assert.equal(key.algorithm, 'RS256');
  });

  test('File Ready reaches onFileDescriptorFileReady with the file, externalInfo and metadata', { timeout: STEP_TIMEOUT_MS }, async () => {
    const { file } = await api.files.importFile('https://example.com/webhooks/cat.jpg', {
      displayName: 'cat.jpg',
      externalInfo: { origin: 'conformance', externalIds: ['order-7'] },
    });
    const readyFile = await api.files.getFileDescriptor(file._id); // immediate readiness: READY on this read

    const webhook = await nthWebhook(0);
    assert.match(webhook.contentType, /^text\/plain/);
    const { client, ready, failed } = webhookClient(key.publicKey, key.appId);
    const result = await client.webhooks.process(webhook.body);

    assert.equal(result.eventType, 'wix.media.site_media.v1.file_descriptor_file_ready');
    assert.equal(ready.length, 1);
    assert.equal(failed.length, 0);
    const event = ready[0];
    assert.equal(event.data.file._id, file._id);
    assert.equal(event.data.file.displayName, 'cat.jpg');
    assert.equal(event.data.file.operationStatus, 'READY');
    assert.ok(event.data.file._createdDate instanceof Date, 'the SDK turned createdDate into a Date');
    assert.equal(event.data.file.media.image.image, readyFile.media.image.image, 'the same wix:image:// URL as getFileDescriptor');
    assert.deepEqual(event.data.externalInfo, { origin: 'conformance', externalIds: ['order-7'] });
    assert.equal(event.data.triggeredByUndelete, false);
    assert.equal(event.metadata.entityId, file._id);
    assert.equal(event.metadata.entityFqdn, 'wix.media.site_media.v1.file_descriptor');
    assert.equal(event.metadata.slug, 'file_ready');
    assert.equal(event.metadata.entityEventSequence, '1');
    assert.match(event.metadata._id, /^[0-9a-f-]{36}$/);
    assert.ok(event.metadata.eventTime instanceof Date);
    assert.match(event.metadata.instanceId, /^[0-9a-f-]{36}$/);
    // accountInfo.accountId: the typings' AccountInfoMetadata has it; the standalone server's default account
    // (fidelity ledger G-123; --account-id sets another).
    assert.deepEqual(event.metadata.accountInfo, { accountId: '5f4d3c2b-1a09-4f8e-9d7c-6b5a49382716', siteId: SITE_ID });
    assert.deepEqual(event.metadata.identity, { identityType: 'APP', appId: key.appId });
  });

  test('File Failed reaches onFileDescriptorFileFailed with the error and no file', { timeout: STEP_TIMEOUT_MS }, async () => {
    await admin('POST', `/_fake/sites/${SITE_ID}/scenarios`, { readiness: { policy: 'manual' } });
    const { file } = await api.files.importFile('https://example.com/webhooks/broken.jpg', {
      externalInfo: { origin: 'conformance', externalIds: ['order-8'] },
    });
    await admin('POST', `/_fake/sites/${SITE_ID}/files/${encodeURIComponent(file._id)}/failed`, {
      code: 'UNSUPPORTED_FILE_FORMAT', description: 'not an image',
    });

    const webhook = await nthWebhook(1);
    const { client, ready, failed } = webhookClient(key.publicKey, key.appId);
    await client.webhooks.process(webhook.body);

    assert.equal(ready.length, 0);
    assert.equal(failed.length, 1);
    const event = failed[0];
    assert.deepEqual(event.data.externalInfo, { origin: 'conformance', externalIds: ['order-8'] });
    assert.equal(event.data.error.code, 'UNSUPPORTED_FILE_FORMAT');
    assert.equal(event.data.error.description, 'not an image');
    assert.equal(event.data.file, undefined);
    assert.equal(event.metadata.entityId, file._id);
    assert.equal(event.metadata.slug, 'file_failed');
  });

  test('a tampered signature is rejected by the SDK', { timeout: STEP_TIMEOUT_MS }, async () => {
    const genuine = received[0].body;
    const [header, payload, signature] = genuine.split('.');
    const flipped = (signature[10] === 'A' ? 'B' : 'A');
    const tampered = `${header}.${payload}.${signature.slice(0, 10)}${flipped}${signature.slice(11)}`;
    const { client, ready } = webhookClient(key.publicKey, key.appId);

    await assert.rejects(client.webhooks.process(tampered), /signature verification failed/);
    assert.equal(ready.length, 0);
  });

  test('a scripted bad signature is rejected by the SDK too, and the next event is accepted', { timeout: STEP_TIMEOUT_MS }, async () => {
    await admin('POST', `/_fake/sites/${SITE_ID}/scenarios`, { webhooks: [{ event: 'FILE_READY', fault: 'BAD_SIGNATURE', times: 1 }] });
    const first = await api.files.importFile('https://example.com/webhooks/forged.jpg');
    await admin('POST', `/_fake/sites/${SITE_ID}/files/${encodeURIComponent(first.file._id)}/ready`, {});
    const second = await api.files.importFile('https://example.com/webhooks/genuine.jpg');
    await admin('POST', `/_fake/sites/${SITE_ID}/files/${encodeURIComponent(second.file._id)}/ready`, {});

    const forged = await nthWebhook(2);
    const genuine = await nthWebhook(3);
    const { client, ready } = webhookClient(key.publicKey, key.appId);
    await assert.rejects(client.webhooks.process(forged.body), /signature verification failed/);
    await client.webhooks.process(genuine.body);
    assert.deepEqual(ready.map((e) => e.data.file._id), [second.file._id]);
  });

  test('an expired JWT is rejected by the SDK', { timeout: STEP_TIMEOUT_MS }, async () => {
    await admin('POST', `/_fake/sites/${SITE_ID}/scenarios`, { webhooks: [{ fault: 'EXPIRED_JWT' }] });
    const { file } = await api.files.importFile('https://example.com/webhooks/stale.jpg');
    await admin('POST', `/_fake/sites/${SITE_ID}/files/${encodeURIComponent(file._id)}/ready`, {});

    const stale = await nthWebhook(4);
    const { client, ready } = webhookClient(key.publicKey, key.appId);
    await assert.rejects(client.webhooks.process(stale.body), /"exp" claim timestamp check failed/);
    assert.equal(ready.length, 0);
  });
});
