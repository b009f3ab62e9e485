// The everyday controls under an answer, registered through the answerActions hook: copy the
// answer with its sources, and thumbs up or down with an optional comment, posted to
// POST /api/feedback {answerId, rating, comment} (204). Every string is added as text (dom.js).

import { el, ApiError } from './dom.js';
import { answerActions } from './actions.js';

const COMMENT_MAX = 2000;

answerActions.push((answer) => copyButton(answer));
answerActions.push((answer) => typeof answer.answerId === 'string' && answer.answerId !== ''
  ? feedback(answer.answerId) : null);

// ---------------------------------------------------------------------------------------------
// Copy.

/** The answer as plain text: its words, then one line per source with its time and link. */
export function answerAsText(answer) {
  const lines = [String(answer.answer ?? '')];
  const citations = Array.isArray(answer.citations) ? answer.citations : [];
  if (citations.length > 0) lines.push('', 'Sources:');
  for (const c of citations) {
    const url = new URL(c.url ?? c.episodeUrl ?? '/', window.location.href).href;
    lines.push(`[${c.n}] ${c.episodeTitle}${c.timestamp ? ' · ' + c.timestamp : ''} ${url}`);
  }
  return lines.join('\n');
}

function copyButton(answer) {
  const status = el('span', { class: 'action-status', role: 'status' });
  const button = el('button', { type: 'button', class: 'button-quiet copy-answer' }, 'Copy');
  button.addEventListener('click', async () => {
    const copied = await copyText(answerAsText(answer));
    status.textContent = copied ? 'Copied.' : 'Could not copy; select the text instead.';
    setTimeout(() => { status.textContent = ''; }, 4000);
  });
  return el('span', { class: 'action' }, button, ' ', status);
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (an older browser, an insecure origin): copy through a selection.
    const box = el('textarea', { class: 'visually-hidden', 'aria-hidden': 'true', tabindex: '-1' });
    box.value = text;
    document.body.append(box);
    box.select();
    const done = document.execCommand('copy');
    box.remove();
    return done;
  }
}

// ---------------------------------------------------------------------------------------------
// Feedback.

function feedback(answerId) {
  const status = el('span', { class: 'action-status', role: 'status' });
  const up = thumb('up', '👍', 'Helpful');
  const down = thumb('down', '👎', 'Not helpful');
  const comment = el('textarea', { class: 'feedback-comment', rows: '2', maxlength: COMMENT_MAX,
    'aria-label': 'What was good or wrong about this answer? (optional)',
    placeholder: 'What was good or wrong? (optional)' });
  const send = el('button', { type: 'button', class: 'button-quiet feedback-send' },
    'Send comment');
  const form = el('div', { class: 'feedback-form', hidden: true }, comment, send);
  let rating = null;

  const post = async (withComment) => {
    const body = { answerId, rating };
    if (withComment && comment.value.trim() !== '') body.comment = comment.value.trim();
    status.textContent = 'Sending…';
    try {
      const response = await fetch('/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
      status.textContent = withComment ? 'Thanks, your comment was sent.' : 'Thanks for the feedback.';
      return true;
    } catch (error) {
      status.textContent = error instanceof ApiError
        ? 'Could not send: ' + error.message : 'Could not reach the service.';
      return false;
    }
  };

  for (const button of [up, down]) {
    button.addEventListener('click', async () => {
      rating = button.dataset.rating;
      up.setAttribute('aria-pressed', String(rating === 'up'));
      down.setAttribute('aria-pressed', String(rating === 'down'));
      form.hidden = false;
      await post(false);
    });
  }
  send.addEventListener('click', async () => {
    if (rating === null || comment.value.trim() === '') return;
    send.disabled = true;
    if (await post(true)) form.hidden = true;
    send.disabled = false;
  });
  return el('span', { class: 'action feedback' }, up, down, ' ', status, form);
}

function thumb(rating, symbol, label) {
  return el('button', { type: 'button', class: 'button-quiet thumb', 'data-rating': rating,
    'aria-pressed': 'false', 'aria-label': label, title: label }, symbol);
}
