// The episode page: reads /api/episodes/{id} and shows the episode with its chapters and
// references as timestamp links. With ?t=SECONDS it highlights the chapter covering that second
// and, when an audio URL is known, cues the player there. All data is added as text (dom.js).

import { el, link, safeUrl, clock, getJson } from './dom.js';

const byId = (id) => document.getElementById(id);
const episodeId =
  decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop() || '');
let player = null;

function requestedSecond() {
  const t = new URLSearchParams(window.location.search).get('t');
  if (t === null || !/^\d+$/.test(t)) return null;
  return Number(t);
}

async function load() {
  try {
    const episode = await getJson('/api/episodes/' + encodeURIComponent(episodeId));
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
  document.title = `${episode.title} · Ask the podcasts`;
  byId('episode-title').textContent = episode.title;
  byId('episode-podcast').textContent = episode.podcast ?? '';
  const facts = [episode.published, episode.duration].filter(Boolean);
  byId('episode-facts').textContent = facts.join(' · ');
  renderLinks(episode.links ?? {});
  renderPlayer(episode.links ?? {});
  renderMoments('chapters', episode.chapters, (c) => [
    el('span', { class: 'moment-title' }, c.title),
    c.notes ? el('p', { class: 'moment-notes' }, c.notes) : null,
  ]);
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
  if (!src) return;
  player = el('audio', { controls: true, preload: 'metadata', src, 'aria-label': 'Episode audio' });
  byId('player').append(player);
}

function renderMoments(kind, moments, body) {
  if (!moments || moments.length === 0) return;
  byId(kind).replaceChildren(...moments.map((m) => {
    const stamp = el('a', { class: 'timestamp', href: `?t=${m.startSeconds}` },
      m.timestamp || clock(m.startSeconds));
    stamp.addEventListener('click', (event) => {
      if (!player) return; // no audio: follow the link, the page reloads at that moment
      event.preventDefault();
      history.replaceState(null, '', `?t=${m.startSeconds}`);
      goTo(m.startSeconds, { scroll: false, play: true });
    });
    return el('li', { class: 'moment', 'data-start': m.startSeconds },
      stamp, el('div', {}, body(m)));
  }));
  byId(kind + '-section').hidden = false;
}

/** Highlights the chapter covering second t and cues the player there. */
function goTo(t, { scroll, play }) {
  highlightChapter(t, scroll);
  if (player) seek(t, play);
}

function highlightChapter(t, scroll) {
  let covering = null;
  for (const item of byId('chapters').children) {
    item.classList.remove('current');
    item.removeAttribute('aria-current');
    if (Number(item.dataset.start) <= t) covering = item;
  }
  if (!covering) return;
  covering.classList.add('current');
  covering.setAttribute('aria-current', 'true');
  if (scroll) covering.scrollIntoView({ block: 'center' });
}

function seek(t, play) {
  const start = () => {
    player.currentTime = t;
    // Browsers may block autoplay; then the player stays cued at t for the listener to press play.
    if (play) player.play().catch(() => {});
  };
  if (player.readyState >= 1) start();
  else player.addEventListener('loadedmetadata', start, { once: true });
}

load();
