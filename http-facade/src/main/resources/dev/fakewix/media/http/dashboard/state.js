/* The fake's dashboard: what the page shows, shared by its views. */

import { HttpError, adminToken, askForToken } from './http.js';
import { toast } from './dom.js';

export const POLL_MS = 1000;
export const JOURNAL_LIMIT = 500;
export const ROOTS = [
  { id: 'media-root', name: 'Media', icon: 'root' },
  { id: 'visitor-uploads', name: 'Visitor uploads', icon: 'visitors' },
];
export const TRASH = 'trash';

export const ui = {
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

/** Set by the poller: fetches everything now rather than at the next tick. */
export const hooks = { refreshNow: () => {} };

/** Runs a user action, reports its failure, and refreshes the page's data right away. */
export async function act(what, action) {
  try {
    const result = await action();
    hooks.refreshNow();
    return result;
  } catch (e) {
    if (e instanceof HttpError && (e.status === 401 || e.status === 403) && !adminToken() && askForToken()) {
      return act(what, action);
    }
    toast(what + ' failed: ' + e.message, true);
    return undefined;
  }
}
