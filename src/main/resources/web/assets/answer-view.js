// One answer as the chat shows it: the text with [n] markers that preview their source on hover,
// focus or tap; an inline player that plays a cited moment in place; the sources grouped by
// episode, one row per moment with the passage around it; and the actions under the answer.
// Every string from the API is added as text (see dom.js).

import { el, link } from './dom.js';
import { answerActions } from './actions.js';
import { momentPlayer } from './player.js';
import { episodeDetail, passageAround } from './episode-data.js';

/** The answer article for `answer` (the API's contract object), the `turn`-th of the page. */
export function renderAnswer(answer, question, turn) {
  const citations = Array.isArray(answer.citations) ? answer.citations : [];
  const byNumber = new Map(citations.map((c) => [c.n, c]));
  const answerText = String(answer.answer ?? '');
  const article = el('article', {
    class: answer.answered ? 'message answer' : 'message answer unanswered',
    'aria-label': 'Answer',
    'data-answer-id': typeof answer.answerId === 'string' ? answer.answerId : null,
  });
  const player = el('div', { class: 'answer-player', hidden: true });
  article.append(el('p', { class: 'answer-text' },
    withMarkers(answerText, byNumber, turn, article)));
  if (answer.notice) article.append(el('p', { class: 'notice' }, answer.notice));
  // A refusal alone leaves a listener guessing what the episodes do cover.
  if (answer.answered === false) {
    article.append(el('p', { class: 'refusal-hint' },
      'Try other words, or the names and topics the episodes use; ',
      link('/episodes', 'the episodes page'), ' lists every episode with its chapters.'));
  }
  article.append(player);
  if (citations.length > 0) {
    article.append(el('h3', { class: 'citations-title' }, 'Sources'),
      renderSources(citations, turn, answerText, player));
  }
  const actions = answerActions.map((action) => action(answer, question)).filter(Boolean);
  article.append(el('div', { class: 'answer-actions' }, actions));
  return article;
}

// ---------------------------------------------------------------------------------------------
// [n] markers and their previews.

/** The answer text as text nodes, each [n] with a citation n becoming a marker with a preview. */
function withMarkers(text, byNumber, turn, article) {
  const parts = [];
  const marker = /\[(\d+)\]/g;
  let last = 0;
  for (let match = marker.exec(text); match !== null; match = marker.exec(text)) {
    const n = Number(match[1]);
    if (!byNumber.has(n)) continue;
    parts.push(emphasized(text.slice(last, match.index)));
    parts.push(markerFor(byNumber.get(n), turn, article, parts.length));
    last = match.index + match[0].length;
  }
  parts.push(emphasized(text.slice(last)));
  return parts;
}

/** Text whose *starred* spans (episode titles, in answers) become <em>, the rest text. */
function emphasized(text) {
  const parts = [];
  const star = /\*([^*\n]+)\*/g;
  let last = 0;
  for (let match = star.exec(text); match !== null; match = star.exec(text)) {
    parts.push(text.slice(last, match.index), el('em', {}, match[1]));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function markerFor(citation, turn, article, index) {
  const id = citationId(turn, citation.n);
  const tip = preview(citation, `${id}-preview-${index}`);
  const a = el('a', { class: 'marker', href: '#' + id, 'aria-label': `Source ${citation.n}`,
    'aria-describedby': tip.id }, `[${citation.n}]`);
  article.append(tip);
  const show = () => placePreview(tip, a, article);
  const hide = () => { tip.hidden = true; };
  let touched = false;
  a.addEventListener('mouseenter', show);
  a.addEventListener('mouseleave', () => { if (document.activeElement !== a) hide(); });
  a.addEventListener('focus', show);
  a.addEventListener('blur', hide);
  a.addEventListener('keydown', (event) => { if (event.key === 'Escape') hide(); });
  a.addEventListener('pointerup', (event) => { touched = event.pointerType === 'touch'; });
  a.addEventListener('click', (event) => {
    event.preventDefault();
    if (touched) {
      // A tap previews (the first tap) or closes the preview; it does not jump away.
      touched = false;
      if (tip.hidden) show(); else hide();
      return;
    }
    hide();
    showCitation(id);
  });
  return a;
}

/** The preview of a source: episode, speaker, time and the quoted words. */
function preview(citation, id) {
  const when = citation.timestamp ?? 'whole episode';
  return el('div', { class: 'preview', role: 'tooltip', id, hidden: true },
    el('span', { class: 'preview-episode' }, citation.episodeTitle),
    el('span', { class: 'preview-meta' },
      [citation.speaker, when, citation.podcast].filter(Boolean).join(' · ')),
    el('span', { class: 'preview-quote' }, citation.quote ?? ''));
}

/** Shows the preview under its marker, kept inside the answer's width. */
function placePreview(tip, marker, article) {
  tip.hidden = false;
  const box = article.getBoundingClientRect();
  const at = marker.getBoundingClientRect();
  const left = Math.min(Math.max(0, at.left - box.left - 16),
    Math.max(0, article.clientWidth - tip.offsetWidth));
  tip.style.setProperty('left', `${left}px`);
  tip.style.setProperty('top', `${at.bottom - box.top + 6}px`);
}

export function citationId(turn, n) {
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

// ---------------------------------------------------------------------------------------------
// Sources, grouped by episode.

function renderSources(citations, turn, answerText, player) {
  const groups = new Map();
  for (const c of citations) {
    if (!groups.has(c.episodeId)) groups.set(c.episodeId, []);
    groups.get(c.episodeId).push(c);
  }
  return el('ul', { class: 'source-groups' }, [...groups.values()].map((list) => {
    const first = list[0];
    return el('li', { class: 'source-group' },
      el('p', { class: 'source-episode' },
        link('/episodes/' + encodeURIComponent(first.episodeId), first.episodeTitle,
          { class: 'episode-link' }, { newTab: true }),
        first.podcast ? el('span', { class: 'podcast' }, first.podcast) : null),
      el('ol', { class: 'citations' },
        list.map((c) => renderCitation(c, turn, answerText, player))));
  }));
}

function renderCitation(citation, turn, answerText, player) {
  // An untimed citation (startSeconds null) belongs to the whole episode: no time is shown.
  const timed = citation.startSeconds !== null && citation.startSeconds !== undefined;
  let when;
  if (timed) {
    when = el('button', { type: 'button', class: 'play timestamp',
      'aria-label': `Play from ${citation.timestamp}` },
    el('span', { 'aria-hidden': 'true' }, '▶ '), citation.timestamp);
    when.addEventListener('click', () => playMoment(player, citation));
  } else {
    when = el('span', { class: 'timestamp whole' }, 'whole episode');
  }
  const quote = el('blockquote', { class: 'quote' });
  showPassage(quote, citation, answerText);
  return el('li', { class: 'citation', id: citationId(turn, citation.n), tabindex: '-1' },
    el('div', { class: 'citation-head' },
      el('span', { class: 'citation-n' }, `[${citation.n}]`),
      when,
      citation.speaker ? el('span', { class: 'speaker' }, citation.speaker) : null,
      link(citation.episodeUrl, timed ? 'Open in the episode' : 'Open the episode',
        { class: 'moment-link' }, { newTab: true })),
    quote);
}

/** Fills a source row's quote with the passage around its moment, once the episode is known. */
function showPassage(quote, citation, answerText) {
  const fill = (detail) => {
    const text = passageAround(detail, citation, answerText);
    quote.textContent = text ?? '';
    quote.hidden = !text;
  };
  fill(null);
  episodeDetail(citation.episodeId).then(fill, () => {});
}

/** Opens the answer's player at the citation's moment. */
async function playMoment(slot, citation) {
  slot.hidden = false;
  slot.replaceChildren(el('p', { class: 'muted', role: 'status' }, 'Loading the player…'));
  let links = null;
  try {
    links = (await episodeDetail(citation.episodeId)).links;
  } catch {
    links = null; // unknown: the note below links the episode page
  }
  const close = el('button', { type: 'button', class: 'button-quiet player-close' }, 'Close player');
  close.addEventListener('click', () => {
    slot.replaceChildren();
    slot.hidden = true;
  });
  slot.replaceChildren(
    el('p', { class: 'player-caption' }, `${citation.episodeTitle} · from ${citation.timestamp}`),
    momentPlayer(links, citation.startSeconds,
      { title: citation.episodeTitle, pageUrl: citation.episodeUrl }),
    close);
  slot.scrollIntoView({ block: 'nearest' });
}
