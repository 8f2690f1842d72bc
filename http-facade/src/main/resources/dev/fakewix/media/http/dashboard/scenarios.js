/* The fake's dashboard: the active scenarios and what is left of them. */

import { $, el } from './dom.js';
import { ui } from './state.js';

export function renderScenarios() {
  const rows = ui.scenarios.map((s) => el('tr', { dataset: { scenarioId: s.id } },
    el('td', { class: 'num muted', text: String(s.id) }),
    el('td', { text: s.label }),
    el('td', { class: 'num', text: String(s.timesMet) }),
    el('td', { class: 'num', text: s.remaining === undefined ? '∞' : String(s.remaining) })));
  $('scenario-rows').replaceChildren(...rows);
  $('scenarios-empty').hidden = rows.length > 0;
  $('scenario-count').textContent = String(rows.length);
}
