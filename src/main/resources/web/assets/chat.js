// The web chat: sends questions to the JSON API and shows the answers as they stream in. The
// answer itself is drawn by answer-view.js; this file holds asking, stopping, the filters, the
// suggested questions, the keyboard shortcuts and the conversation kept for a reload.
// Every string from the API is added as text (see dom.js); nothing here uses innerHTML.

import { el, getJson, ApiError } from './dom.js';
import { renderAnswer } from './answer-view.js';
import { sendQuestion } from './stream.js';
import { Filters } from './filters.js';
import './answer-actions.js';

export { answerActions } from './actions.js';

const HISTORY = 'podcastqa.conversation';

const form = document.getElementById('ask');
const input = document.getElementById('question');
const sendButton = document.getElementById('send');
const stopButton = document.getElementById('stop');
const conversation = document.getElementById('conversation');
const emptyState = document.getElementById('empty-state');
const suggestions = document.getElementById('suggestions');
const filters = new Filters(() => loadSuggestions());

const state = { conversationId: null, busy: false, turn: 0, turns: [], stop: null };

// ---------------------------------------------------------------------------------------------
// Asking.

async function ask(text) {
  const question = text.trim();
  if (state.busy || question === '') return;
  const stop = new AbortController();
  state.stop = stop;
  setBusy(true);
  emptyState.hidden = true;
  input.value = '';
  fitInput();
  conversation.append(questionView(question));
  const thinking = el('div', { class: 'message thinking', role: 'status' },
    el('span', { class: 'thinking-text' }, 'Thinking'),
    el('span', { class: 'dots', 'aria-hidden': 'true' }));
  conversation.append(thinking);
  thinking.scrollIntoView({ block: 'end' });
  const payload = { question, ...filters.values() };
  if (state.conversationId) payload.conversationId = state.conversationId;
  try {
    const answer = await sendQuestion(payload, (delta) => showDelta(thinking, delta), stop.signal);
    if (answer.conversationId) state.conversationId = answer.conversationId;
    const rendered = renderAnswer(answer, question, ++state.turn);
    thinking.replaceWith(rendered);
    remember({ question, answer });
    rendered.scrollIntoView({ block: 'start', behavior: 'smooth' });
  } catch (error) {
    if (stop.signal.aborted) {
      const partial = thinking.querySelector('.streamed')?.textContent ?? '';
      thinking.replaceWith(stoppedView(partial));
      remember({ question, stopped: partial });
    } else {
      thinking.replaceWith(renderError(error));
      if (input.value === '') {
        input.value = question;
        fitInput();
      }
    }
  } finally {
    state.stop = null;
    setBusy(false);
  }
}

function stopAnswer() {
  state.stop?.abort();
}

function questionView(question) {
  return el('div', { class: 'message question' }, el('p', {}, question));
}

function stoppedView(partial) {
  return el('div', { class: 'message answer stopped' },
    partial ? el('p', { class: 'answer-text' }, partial) : null,
    el('p', { class: 'notice' }, 'Stopped. Ask again to get a whole answer with its sources.'));
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
  sendButton.hidden = busy;
  stopButton.hidden = !busy;
  form.setAttribute('aria-busy', String(busy));
  if (busy) stopButton.focus();
  else input.focus();
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
// The conversation kept in sessionStorage, so a reload of this tab shows it again.

function remember(turn) {
  state.turns.push(turn);
  try {
    sessionStorage.setItem(HISTORY,
      JSON.stringify({ conversationId: state.conversationId, turns: state.turns }));
  } catch {
    // storage full or blocked: the conversation is simply not kept
  }
}

function restore() {
  let saved = null;
  try {
    saved = JSON.parse(sessionStorage.getItem(HISTORY) ?? 'null');
  } catch {
    saved = null;
  }
  if (!saved || !Array.isArray(saved.turns) || saved.turns.length === 0) return;
  state.conversationId = typeof saved.conversationId === 'string' ? saved.conversationId : null;
  state.turns = saved.turns;
  emptyState.hidden = true;
  for (const turn of saved.turns) {
    conversation.append(questionView(String(turn.question ?? '')));
    conversation.append(turn.answer
      ? renderAnswer(turn.answer, turn.question, ++state.turn)
      : stoppedView(String(turn.stopped ?? '')));
  }
  conversation.lastElementChild?.scrollIntoView({ block: 'start' });
}

function forget() {
  state.conversationId = null;
  state.turns = [];
  try {
    sessionStorage.removeItem(HISTORY);
  } catch {
    // nothing kept
  }
}

// ---------------------------------------------------------------------------------------------
// Suggested questions, made by the service from chapter titles and descriptions.

async function loadSuggestions() {
  const episode = filters.values().episodeId;
  const url = '/api/suggestions' + (episode ? '?episodeId=' + encodeURIComponent(episode) : '');
  try {
    const { suggestions: list } = await getJson(url);
    suggestions.replaceChildren(...list.map((s) => {
      const button = el('button', { type: 'button', class: 'suggestion' }, s.question);
      button.addEventListener('click', () => ask(s.question));
      return button;
    }));
  } catch {
    suggestions.replaceChildren();
  }
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
stopButton.addEventListener('click', stopAnswer);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && state.busy) {
    event.preventDefault();
    stopAnswer();
  } else if (event.key === '/' && !typing(event.target)) {
    event.preventDefault();
    input.focus();
  }
});
document.getElementById('new-chat').addEventListener('click', () => {
  if (state.busy) return;
  forget();
  conversation.replaceChildren();
  emptyState.hidden = false;
  input.focus();
});

/** Whether a key press goes to a field the listener is typing in. */
function typing(target) {
  return target instanceof HTMLElement
    && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

restore();
filters.load().finally(loadSuggestions);
input.focus();
