/* The fake's dashboard: building the page from data. Strings become text nodes, never markup. */

export const $ = (id) => document.getElementById(id);

/** An element with text children; strings become text nodes, never markup. */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'class') {
      node.className = value;
    } else if (key === 'text') {
      node.textContent = value;
    } else if (key === 'onclick') {
      // what can be clicked can be reached with the keyboard too
      node.addEventListener('click', value);
      node.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          value(event);
        }
      });
      node.tabIndex = 0;
    } else if (key.startsWith('on')) {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

let toastTimer = null;

export function toast(message, isError) {
  const box = $('toast');
  box.textContent = message;
  box.classList.toggle('error', !!isError);
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { box.hidden = true; }, isError ? 7000 : 3000);
}

export function formatInstant(iso) {
  if (!iso) {
    return '';
  }
  return iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z').replace(/Z$/, ' UTC');
}

/** 2026-03-14 09:30, for table cells (the full instant is in the cell's title). */
export function formatShort(iso) {
  return iso ? iso.slice(0, 10) + ' ' + iso.slice(11, 16) : '';
}

/** 09:30:00, for the journal (whose entries are usually of one day). */
export function formatTime(iso) {
  return iso ? iso.slice(11, 19) : '';
}

/** Transfer URLs carry long tokens: the table shows their ends, the title and the detail the whole. */
export function shorten(text, max) {
  return text.length <= max ? text : text.slice(0, max - 25) + '…' + text.slice(-24);
}

export function formatSize(text) {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) {
    return '—';
  }
  if (n < 1024) {
    return n + ' B';
  }
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return v.toFixed(v < 10 ? 1 : 0) + ' ' + units[i];
}

export function pretty(text) {
  if (text === null || text === undefined || text === '') {
    return '(none)';
  }
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch (ignored) {
    return text;
  }
}

export function statusBadge(status) {
  return el('span', { class: 'status ' + status, text: status });
}
