// "Share to Discord" under each answer, through chat.js's answerActions hook. The button exists only
// when the service has a channel webhook (GET /api/discord says so). The server answers the question
// itself and posts its own answer, so nothing typed here reaches the channel as text. Every string
// is added as text (see dom.js).

import { el, getJson, postJson, ApiError } from './dom.js';
import { answerActions } from './actions.js';

// Asked once; answers shown before it resolves get their button when it does.
const sharing = getJson('/api/discord')
  .then((discord) => discord.share === true)
  .catch(() => false);

answerActions.push((answer, question) => {
  if (!answer.answered) return null;
  const slot = el('span', { class: 'share' });
  sharing.then((on) => {
    if (on) slot.append(...shareButton(question));
    else slot.remove();
  });
  return slot;
});

function shareButton(question) {
  const status = el('span', { class: 'share-status', role: 'status' });
  const button = el('button', { type: 'button', class: 'button-quiet share-discord' },
    'Share to Discord');
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Sharing…';
    try {
      await postJson('/api/discord/share', { question });
      status.textContent = 'Shared to Discord.';
    } catch (error) {
      status.textContent = error instanceof ApiError
        ? 'Could not share: ' + error.message
        : 'Could not reach the service.';
      button.disabled = false;
    }
  });
  return [button, ' ', status];
}
