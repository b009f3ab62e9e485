// The episode page: reads /api/episodes/{id} (with its transcript) and shows the episode with its
// chapters, transcript and references. With ?t=SECONDS it highlights the chapter and the transcript
// line at that second, scrolls the line into view and cues the player there. Clicking a chapter or
// a line plays from it. All data is added as text (dom.js).

import { el, link, safeUrl, clock, getJson } from './dom.js';
import { cue, youTubeId, youTubeEmbed, withFailureNote } from './player.js';

const byId = (id) => document.getElementById(id);
const episodeId =
  decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop() || '');
/** What plays the episode: {audio} or {video: YouTube id}, or null when nothing can. */
let player = null;
let title = '';

function requestedSecond() {
  const t = new URLSearchParams(window.location.search).get('t');
  if (t === null || !/^\d+$/.test(t)) return null;
  return Number(t);
}

async function load() {
  try {
    const url = '/api/episodes/' + encodeURIComponent(episodeId) + '?include=transcript';
    const episode = await getJson(url);
    render(episode);
    const t = requestedSecond();
    if (t !== null) goTo(t, { scroll: true, play: true });
  } catch (error) {
    const box = byId('episode-error');
    box.replaceChildren(el('p', {}, error.status === 404
      ? 'This episode is not in the catalog.' : 'Could not load the episode: ' + error.message));
    box.hidden = false;
  } finally {
    byId('episode-loading').hidden = true;
    byId('episode').setAttribute('aria-busy', 'false');
  }
}

function render(episode) {
  title = episode.title;
  document.title = `${episode.title} · Ask the podcasts`;
  byId('episode-title').textContent = episode.title;
  byId('episode-podcast').textContent = episode.podcast ?? '';
  const facts = [episode.published, episode.duration].filter(Boolean);
  byId('episode-facts').textContent = facts.join(' · ');
  byId('ask-episode').setAttribute('href', '/?episode=' + encodeURIComponent(episode.id));
  renderLinks(episode.links ?? {});
  renderPlayer(episode.links ?? {});
  renderMoments('chapters', episode.chapters, (c) => [
    el('span', { class: 'moment-title' }, c.title),
    c.notes ? el('p', { class: 'moment-notes' }, c.notes) : null,
  ]);
  renderTranscript(episode.transcript ?? []);
  renderMoments('references', episode.references, (r) => [r.link
    ? link(r.link, r.label, { class: 'moment-title' })
    : el('span', { class: 'moment-title' }, r.label)]);
  if (episode.description) {
    byId('description').textContent = episode.description;
    byId('description-section').hidden = false;
  }
  if (episode.sources && episode.sources.length > 0) {
    byId('sources').replaceChildren(...episode.sources.map((s) => el('li', {},
      /^https?:\/\//i.test(s.location) ? link(s.location, s.location) : s.location,
      el('span', { class: 'muted' }, ` (${s.format})`))));
    byId('sources-section').hidden = false;
  }
  byId('episode-body').hidden = false;
}

function renderLinks(links) {
  const items = [['page', 'Episode page'], ['audio', 'Audio file'], ['video', 'Video']]
    .filter(([key]) => safeUrl(links[key]))
    .map(([key, label]) => el('li', {}, link(links[key], label)));
  byId('episode-links').replaceChildren(...items);
  byId('episode-links').hidden = items.length === 0;
}

function renderPlayer(links) {
  const src = safeUrl(links.audio);
  const video = youTubeId(links.video) ?? youTubeId(links.page);
  if (src) {
    player = { audio: el('audio', { controls: true, preload: 'metadata', src,
      'aria-label': 'Episode audio' }) };
    byId('player').append(withFailureNote(player.audio));
  } else if (video) {
    player = { video };
    byId('player').append(youTubeEmbed(video, 0, title, false));
  } else {
    byId('player').append(el('p', { class: 'no-audio', role: 'status' },
      el('strong', {}, 'No audio for this episode.'),
      ' The sources name no audio file or video to play; the times below still show where',
      ' each part is.'));
  }
}

/** Chapters or references: a time to play from and what is there; a click plays from it. */
function renderMoments(kind, moments, body) {
  if (!moments || moments.length === 0) return;
  byId(kind).replaceChildren(...moments.map((m) => {
    const stamp = el('a', { class: 'timestamp', href: `?t=${m.startSeconds}`,
      'aria-label': `Play from ${m.timestamp || clock(m.startSeconds)}` },
    m.timestamp || clock(m.startSeconds));
    const item = el('li', { class: 'moment', 'data-start': m.startSeconds },
      stamp, el('div', {}, body(m)));
    playOnClick(item, stamp, m.startSeconds);
    return item;
  }));
  byId(kind + '-section').hidden = false;
}

function renderTranscript(segments) {
  if (segments.length === 0) return;
  byId('transcript').replaceChildren(...segments.map((s) => {
    const second = Math.floor(s.startSeconds);
    const stamp = el('a', { class: 'timestamp', href: `?t=${second}`,
      'aria-label': `Play from ${clock(second)}` }, clock(second));
    const line = el('li', { class: 'line', 'data-start': second }, stamp,
      el('p', { class: 'line-text' },
        s.speaker ? el('span', { class: 'speaker' }, `${s.speaker}: `) : null, s.text));
    playOnClick(line, stamp, second);
    return line;
  }));
  byId('transcript-section').hidden = false;
}

/** A click on the item (its time link or its text, not a link inside) plays from `second`. */
function playOnClick(item, stamp, second) {
  item.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a') : null;
    if (target && target !== stamp) return; // a link of its own (a reference's paper)
    if (!player) {
      if (target !== stamp) window.location.search = `?t=${second}`;
      return; // the time link reloads the page at that moment
    }
    if (target === null && window.getSelection()?.toString()) return; // selecting text
    event.preventDefault();
    history.replaceState(null, '', `?t=${second}`);
    goTo(second, { scroll: false, play: true });
  });
}

/** Highlights the chapter and the line at second t and cues the player there. */
function goTo(t, { scroll, play }) {
  const chapter = highlight('chapters', t);
  const line = highlight('transcript', t);
  if (scroll) (line ?? chapter)?.scrollIntoView({ block: 'center' });
  if (player?.audio) cue(player.audio, t, play);
  else if (player?.video) byId('player').replaceChildren(youTubeEmbed(player.video, t, title));
}

function highlight(listId, t) {
  let covering = null;
  for (const item of byId(listId).children) {
    item.classList.remove('current');
    item.removeAttribute('aria-current');
    if (Number(item.dataset.start) <= t) covering = item;
  }
  if (!covering) return null;
  covering.classList.add('current');
  covering.setAttribute('aria-current', 'true');
  return covering;
}

load();
