// Safe DOM building shared by every page.
//
// Rule: text from the API or the corpus (answers, quotes, titles, notes) only ever enters the page
// as text nodes or attribute values set through this module, never as markup. URLs from data go
// through safeUrl(), which allows http:, https: and relative URLs only (no javascript:, data:).

/**
 * Creates an element. attrs: plain attributes ("class", "id", "aria-*", ...); "href" and "src" are
 * passed through safeUrl() and dropped when unsafe. Event-handler and style attributes are refused.
 * children: nodes, strings (added as text) or arrays of them; null/undefined/false are skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    const lower = name.toLowerCase();
    if (lower.startsWith('on') || lower === 'style' || lower === 'srcdoc') {
      throw new Error('refusing attribute ' + name);
    }
    if (lower === 'href' || lower === 'src') {
      const safe = safeUrl(value);
      if (safe !== null) node.setAttribute(lower, safe);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** The URL resolved against this page if it is http(s) or relative; otherwise null. */
export function safeUrl(value) {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url;
  try {
    url = new URL(value.trim(), window.location.href);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** True when the URL points to this service (so it can open in the same tab). */
export function isSameOrigin(href) {
  try {
    return new URL(href, window.location.href).origin === window.location.origin;
  } catch {
    return false;
  }
}

/**
 * A link, or plain text when the URL is unsafe. External links (and all links when newTab is
 * true) open in a new tab without giving it access to this page.
 */
export function link(href, text, attrs = {}, { newTab = false } = {}) {
  const safe = safeUrl(href);
  if (safe === null) return el('span', { class: attrs.class }, text);
  const away = newTab || !isSameOrigin(safe);
  const extra = away ? { target: '_blank', rel: 'noopener noreferrer' } : {};
  return el('a', { ...attrs, ...extra, href: safe }, text);
}

/** Seconds as hh:mm:ss, the form the API uses. */
export function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** An error the API reported: status plus its {"error", "detail"} body. */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.detail) || `The service answered with HTTP ${status}.`);
    this.status = status;
    this.code = (body && body.error) || 'http_' + status;
  }
}

/** GETs JSON; rejects with ApiError on a non-2xx answer. */
export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  return readJson(response);
}

/** POSTs a JSON body; rejects with ApiError on a non-2xx answer. */
export async function postJson(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return readJson(response);
}

async function readJson(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(response.status, body);
  if (body === null) throw new ApiError(response.status, { detail: 'The answer was not JSON.' });
  return body;
}
