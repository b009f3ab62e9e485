// The web chat: sends questions to the JSON API and renders answers with their citations.
// Every string from the API is added as text (see dom.js); nothing here uses innerHTML.

import { el, link, getJson, ApiError } from './dom.js';

const MAX_SUGGESTIONS = 4;
const GENERIC_CHAPTERS =
  /^(intro|introduction|welcome|opening|outro|closing|wrap[- ]?up|teaser|preview)\b/i;

const form = document.getElementById('ask');
const input = document.getElementById('question');
const sendButton = document.getElementById('send');
const conversation = document.getElementById('conversation');
const emptyState = document.getElementById('empty-state');
const suggestions = document.getElementById('suggestions');

const state = { conversationId: null, busy: false, turn: 0 };

// ---------------------------------------------------------------------------------------------
// Hooks for later changes.

/**
 * How a question reaches the service: POST /api/chat/stream, read through fetch() and a stream
 * reader because EventSource cannot POST. Calls onDelta(text) for each piece of answer text as it
 * arrives and resolves to the Answer contract object that the `citations` event carries.
 */
async function sendQuestion(payload, onDelta) {
  const response = await fetch('/api/chat/stream', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(payload),
  });
  if (!response.ok || !response.body) throw await apiError(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let answer = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer = (buffer + value).replace(/\r\n/g, '\n');
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const event = parseEvent(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (event.name === 'delta') onDelta(String(JSON.parse(event.data).text ?? ''));
      else if (event.name === 'citations') answer = JSON.parse(event.data);
      else if (event.name === 'error') throw new ApiError(500, JSON.parse(event.data));
      else if (event.name === 'done' && answer !== null) {
        reader.cancel().catch(() => {});
        return answer;
      }
    }
  }
  throw new Error('The answer stream ended before the answer was complete.');
}

/** One server-sent event frame: its name ("message" when unnamed) and its data lines joined. */
function parseEvent(frame) {
  let name = 'message';
  const data = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  return { name, data: data.join('\n') };
}

/** The ApiError for a refused request, from its JSON {"error", "detail"} body when it has one. */
async function apiError(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return new ApiError(response.status, body);
}

/**
 * ACTIONS HOOK: functions (answer, question) => Node | null, each adding a control under an
 * answer. The "Share to Discord" button will register itself here.
 */
export const answerActions = [];

// ---------------------------------------------------------------------------------------------
// Asking.

async function ask(text) {
  const question = text.trim();
  if (state.busy || question === '') return;
  setBusy(true);
  emptyState.hidden = true;
  input.value = '';
  fitInput();
  conversation.append(el('div', { class: 'message question' }, el('p', {}, question)));
  const thinking = el('div', { class: 'message thinking', role: 'status' },
    el('span', { class: 'thinking-text' }, 'Thinking'),
    el('span', { class: 'dots', 'aria-hidden': 'true' }));
  conversation.append(thinking);
  thinking.scrollIntoView({ block: 'end' });
  const payload = { question };
  if (state.conversationId) payload.conversationId = state.conversationId;
  try {
    const answer = await sendQuestion(payload, (delta) => showDelta(thinking, delta));
    if (answer.conversationId) state.conversationId = answer.conversationId;
    const rendered = renderAnswer(answer, question, ++state.turn);
    thinking.replaceWith(rendered);
    rendered.scrollIntoView({ block: 'start', behavior: 'smooth' });
  } catch (error) {
    thinking.replaceWith(renderError(error));
    if (input.value === '') {
      input.value = question;
      fitInput();
    }
  } finally {
    setBusy(false);
  }
}

const MAX_INPUT_HEIGHT = 200;

/** Grows the question box with its text up to a limit, then lets it scroll. */
function fitInput() {
  input.style.height = 'auto';
  input.style.height = Math.min(input.scrollHeight, MAX_INPUT_HEIGHT) + 'px';
  input.style.overflowY = input.scrollHeight > MAX_INPUT_HEIGHT ? 'auto' : 'hidden';
}

function setBusy(busy) {
  state.busy = busy;
  input.disabled = busy;
  sendButton.disabled = busy;
  form.setAttribute('aria-busy', String(busy));
  if (!busy) input.focus();
}

/**
 * Shows streamed text in the pending message, as text. It is hidden from screen readers, which
 * would otherwise read every piece; they hear the finished answer when it replaces the message.
 */
function showDelta(pending, delta) {
  let text = pending.querySelector('.streamed');
  if (!text) {
    pending.querySelector('.thinking-text')?.remove();
    text = el('p', { class: 'answer-text streamed', 'aria-hidden': 'true' });
    pending.append(text);
  }
  text.append(document.createTextNode(delta));
}

function renderError(error) {
  // ApiError carries the service's own detail; anything else means the request never got an answer.
  const detail = error instanceof ApiError
    ? error.message
    : 'Could not reach the service. Check the connection and try again.';
  return el('div', { class: 'message error', role: 'alert' },
    el('p', {}, el('strong', {}, 'Could not answer: '), detail));
}

// ---------------------------------------------------------------------------------------------
// Rendering an answer.

function renderAnswer(answer, question, turn) {
  const citations = Array.isArray(answer.citations) ? answer.citations : [];
  const byNumber = new Map(citations.map((c) => [c.n, c]));
  const article = el('article', {
    class: answer.answered ? 'message answer' : 'message answer unanswered',
    'aria-label': 'Answer',
  });
  const text = withMarkers(String(answer.answer ?? ''), byNumber, turn);
  article.append(el('p', { class: 'answer-text' }, text));
  if (answer.notice) article.append(el('p', { class: 'notice' }, answer.notice));
  if (citations.length > 0) {
    article.append(el('h3', { class: 'citations-title' }, 'Sources'),
      el('ol', { class: 'citations' }, citations.map((c) => renderCitation(c, turn))));
  }
  const actions = answerActions.map((action) => action(answer, question)).filter(Boolean);
  article.append(el('div', { class: 'answer-actions' }, actions));
  return article;
}

/** The answer text as text nodes, each [n] with a citation n becoming a link to its card. */
function withMarkers(text, byNumber, turn) {
  const parts = [];
  const marker = /\[(\d+)\]/g;
  let last = 0;
  for (let match = marker.exec(text); match !== null; match = marker.exec(text)) {
    const n = Number(match[1]);
    if (!byNumber.has(n)) continue;
    parts.push(text.slice(last, match.index));
    const a = el('a', { class: 'marker', href: '#' + citationId(turn, n),
      'aria-label': `Source ${n}` }, `[${n}]`);
    a.addEventListener('click', (event) => {
      event.preventDefault();
      showCitation(citationId(turn, n));
    });
    parts.push(a);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function citationId(turn, n) {
  return `turn-${turn}-source-${n}`;
}

function showCitation(id) {
  const card = document.getElementById(id);
  if (!card) return;
  card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  card.focus({ preventScroll: true });
  card.classList.remove('flash');
  void card.offsetWidth; // restart the highlight animation
  card.classList.add('flash');
}

function renderCitation(citation, turn) {
  // Citation links open in a new tab so following one never loses the conversation.
  // An untimed citation (startSeconds null) belongs to the whole episode: no time is shown.
  const timed = citation.startSeconds !== null && citation.startSeconds !== undefined;
  const when = timed
    ? link(citation.url, citation.timestamp, { class: 'timestamp',
      'aria-label': `Listen from ${citation.timestamp}` }, { newTab: true })
    : el('span', { class: 'timestamp whole' }, 'whole episode');
  return el('li', { class: 'citation', id: citationId(turn, citation.n), tabindex: '-1' },
    el('div', { class: 'citation-head' },
      el('span', { class: 'citation-n' }, `[${citation.n}]`),
      link(citation.episodeUrl, citation.episodeTitle, { class: 'episode-link' }, { newTab: true }),
      citation.podcast ? el('span', { class: 'podcast' }, citation.podcast) : null,
      citation.speaker ? el('span', { class: 'speaker' }, `${citation.speaker},`) : null,
      when),
    el('blockquote', { class: 'quote' }, citation.quote ?? ''));
}

// ---------------------------------------------------------------------------------------------
// Suggested questions, drawn from chapter titles.

async function loadSuggestions() {
  try {
    const { episodes } = await getJson('/api/episodes');
    const details = await Promise.all(episodes.slice(0, 6)
      .map((e) => getJson('/api/episodes/' + encodeURIComponent(e.id)).catch(() => null)));
    const perEpisode = details.filter(Boolean).map((d) => d.chapters
      .filter((c) => !c.sponsor && !GENERIC_CHAPTERS.test(c.title)).map((c) => c.title));
    // Take chapters round-robin so every episode gets a turn.
    const titles = [];
    for (let i = 0; titles.length < MAX_SUGGESTIONS && perEpisode.some((t) => i < t.length); i++) {
      for (const t of perEpisode) {
        if (i < t.length && titles.length < MAX_SUGGESTIONS) titles.push(t[i]);
      }
    }
    suggestions.replaceChildren(...titles.map((title) => {
      const text = asQuestion(title);
      const button = el('button', { type: 'button', class: 'suggestion' }, text);
      button.addEventListener('click', () => ask(text));
      return button;
    }));
  } catch {
    suggestions.replaceChildren();
  }
}

function asQuestion(title) {
  const clean = title.replace(/\s+/g, ' ').trim();
  return clean.endsWith('?') ? clean : `What do they say about ${clean}?`;
}

// ---------------------------------------------------------------------------------------------
// Wiring.

input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});
input.addEventListener('input', fitInput);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  ask(input.value);
});
document.getElementById('new-chat').addEventListener('click', () => {
  if (state.busy) return;
  state.conversationId = null;
  conversation.replaceChildren();
  emptyState.hidden = false;
  input.focus();
});

loadSuggestions();
input.focus();
