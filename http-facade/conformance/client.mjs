// How the tests build the official SDK's client, the three ways a user can point it at the fake (FAKE_CLIENT):
//
//   fetch (default)  a `fetch` that sends https://www.wixapis.com/... to FAKE_BASE_URL: works over plain HTTP.
//   api-base-url     createClient({ host: { apiBaseUrl: FAKE_API_HOST } }): the SDK's own option for another API
//                    host, over HTTPS (the fake's --https-port), the fake's CA trusted through NODE_EXTRA_CA_CERTS.
//   wix-hosts        Wix's documented sample code, unchanged: no fetch, no host. Wix's host names resolve to a fake
//                    started with --wix-hosts on port 443 (a hosts file), its CA trusted through NODE_EXTRA_CA_CERTS.

import { createClient, ApiKeyStrategy } from '@wix/sdk';

export const MODE = process.env.FAKE_CLIENT || 'fetch';
const MODES = ['fetch', 'api-base-url', 'wix-hosts'];
if (!MODES.includes(MODE)) {
  throw new Error(`FAKE_CLIENT=${MODE} is not one of ${MODES.join(', ')}`);
}
const API_HOST = process.env.FAKE_API_HOST;
if (MODE === 'api-base-url' && !API_HOST) {
  throw new Error('FAKE_CLIENT=api-base-url needs FAKE_API_HOST, the fake\'s HTTPS host:port (e.g. 127.0.0.1:8443)');
}
const WIX_API_ORIGIN = 'https://www.wixapis.com';

/**
 * The SDK's client for `modules`, with an API key of `siteId`. `fetchOverride` is the rewriting fetch of the
 * default mode; the other two modes never take one.
 */
export function sdkClient({ modules, apiKey, siteId, fetchOverride }) {
  const auth = ApiKeyStrategy({ apiKey, siteId });
  if (MODE === 'wix-hosts') {
    return createClient({ modules, auth });
  }
  if (MODE === 'api-base-url') {
    return createClient({ modules, auth, host: { apiBaseUrl: API_HOST } });
  }
  return createClient({ modules, auth, fetch: fetchOverride });
}

/** A fetch for the default mode that sends Wix's API host to `baseUrl`, each request bounded by `timeoutMs`. */
export function rewritingFetch(baseUrl, timeoutMs) {
  return (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const target = url.startsWith(WIX_API_ORIGIN) ? baseUrl + url.slice(WIX_API_ORIGIN.length) : url;
    return globalThis.fetch(input instanceof Request ? new Request(target, input) : target,
      { ...init, signal: AbortSignal.timeout(timeoutMs) });
  };
}

/** The origin of the upload and download URLs the fake hands out in this mode. */
export function transferOrigin(baseUrl) {
  return MODE === 'wix-hosts' ? 'https://upload.wixmp.com' : new URL(baseUrl).origin;
}
