/* The fake's dashboard: talking to the admin API and the REST API. Every write sends JSON, as the hardened admin API requires. */

/** The header the admin API reads its optional token from (issue 10's hardening). */
export const ADMIN_TOKEN_HEADER = 'X-Fake-Admin-Token';
/**
 * Sent with every REST and transfer call the page makes: the server journals those as the dashboard's, and journal
 * assertions leave them out (someone looking at the fake during a test is not the code under test).
 */
export const DASHBOARD_HEADER = 'X-Fake-Dashboard';
/** Any non-empty key passes the default (permissive) auth; a strict server needs a real one, from #apiKey=. */
const DEFAULT_API_KEY = 'fake-dashboard';

// The app may be mounted under a context path: everything is relative to where the page is.
export const ROOT = location.pathname.replace(/\/_fake\/ui\/?$/, '');
export const ADMIN = ROOT + '/_fake';
const API = ROOT + '/site-media/v1';

/** The admin routes this server has, as the page was told (so that it never probes, and never journals a 404). */
const ADMIN_ROUTES = new Set((document.querySelector('meta[name="fake-admin-routes"]') || { content: '' }).content
  .split(',').map((r) => r.trim()).filter(Boolean));
export const hasAdminRoute = (method, path) => ADMIN_ROUTES.has(method + ' /_fake' + path);

// ------------------------------------------------------------------ credentials (from the fragment, kept per tab)

/** Reads #token=, #apiKey= and #site= once; the secrets go to the tab's session storage and leave the address bar. */
export function readFragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const [name, key] of [['token', 'fakeAdminToken'], ['apiKey', 'fakeApiKey']]) {
    if (params.has(name)) {
      sessionStorage.setItem(key, params.get(name));
      params.delete(name);
    }
  }
  const rest = params.toString();
  history.replaceState(null, '', location.pathname + location.search + (rest ? '#' + rest : ''));
  return { site: params.get('site') };
}

export const adminToken = () => sessionStorage.getItem('fakeAdminToken');
const apiKey = () => sessionStorage.getItem('fakeApiKey') || DEFAULT_API_KEY;

let askedForToken = false;

/** Asks once for the admin token, when the server refused the page without one. */
export function askForToken() {
  if (askedForToken) {
    return false;
  }
  askedForToken = true;
  const token = window.prompt('This fake needs its admin token (' + ADMIN_TOKEN_HEADER + '). Token:');
  if (token) {
    sessionStorage.setItem('fakeAdminToken', token);
    return true;
  }
  return false;
}

// ------------------------------------------------------------------ HTTP

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function failure(res) {
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

export function adminHeaders(extra) {
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
export async function poll(path) {
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
export async function admin(method, path, body) {
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

/** A REST API call, as the official SDK makes it (journaled, marked as the dashboard's). */
export async function api(siteId, method, path, body) {
  const headers = { Accept: 'application/json', Authorization: apiKey(), 'wix-site-id': siteId, [DASHBOARD_HEADER]: '1' };
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
export function sameOrigin(url) {
  const u = new URL(url, location.href);
  const at = u.pathname.indexOf('/_wixmp/');
  return at >= 0 ? location.origin + ROOT + u.pathname.slice(at) + u.search : u.href;
}
