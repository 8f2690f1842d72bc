/* The fake's dashboard: the site switcher and the clock. */

import { $, el, formatInstant } from './dom.js';
import { hooks, ui } from './state.js';

export function renderSites() {
  const select = $('site-select');
  const ids = new Set(ui.sites.siteIds);
  ids.add(ui.sites.defaultSiteId);
  ids.add(ui.siteId);
  select.replaceChildren(...[...ids].filter(Boolean).sort().map((id) =>
    el('option', { value: id, selected: id === ui.siteId },
      id === ui.sites.defaultSiteId ? id + ' (default)' : id)));
}

export function selectSite(siteId) {
  ui.siteId = siteId;
  sessionStorage.setItem('fakeSiteId', siteId);
  ui.folder = 'media-root';
  ui.fileId = null;
  ui.journalSeq = null;
  history.replaceState(null, '', location.pathname + location.search + '#site=' + encodeURIComponent(siteId));
  hooks.refreshNow();
}

export function renderClock() {
  const clock = ui.clock;
  $('clock-now').textContent = formatInstant(clock.now);
  $('clock-now').setAttribute('datetime', clock.now);
  const badge = $('clock-frozen');
  badge.textContent = clock.frozen ? 'frozen' : 'running';
  badge.classList.toggle('frozen', clock.frozen);
  $('clock-freeze').textContent = clock.frozen ? 'Unfreeze' : 'Freeze';
}
