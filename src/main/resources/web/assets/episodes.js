// The episodes page: every episode from /api/episodes, searched by title and podcast and narrowed
// by podcast and publication dates in the page. The search is kept in the address (?q=&podcast=
// &from=&to=) so it can be shared. An episode published in the last 7 days (`recent`) is marked
// "new". All data is added as text (dom.js).

import { el, link, getJson } from './dom.js';

const byId = (id) => document.getElementById(id);
const fields = {
  q: byId('episode-search'),
  podcast: byId('episode-podcast'),
  from: byId('episode-from'),
  to: byId('episode-to'),
};
let episodes = [];

async function load() {
  try {
    episodes = (await getJson('/api/episodes')).episodes;
  } catch (error) {
    byId('episode-count').textContent = 'Could not load the episodes: ' + error.message;
    return;
  }
  episodes.sort((a, b) => String(b.published ?? '').localeCompare(String(a.published ?? ''))
    || a.title.localeCompare(b.title));
  const podcasts = [...new Set(episodes.map((e) => e.podcast).filter(Boolean))].sort();
  fields.podcast.append(...podcasts.map((p) => el('option', { value: p }, p)));
  const params = new URLSearchParams(window.location.search);
  for (const [name, field] of Object.entries(fields)) field.value = params.get(name) ?? '';
  show();
}

/** Lower-case words, so "Grokking," finds "grokking". */
function words(text) {
  return String(text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function matches(episode, query) {
  const haystack = words(`${episode.title} ${episode.podcast ?? ''}`).join(' ');
  const published = episode.published ?? '';
  return words(query.q).every((w) => haystack.includes(w))
    && (query.podcast === '' || episode.podcast === query.podcast)
    && (query.from === '' || (published !== '' && published >= query.from))
    && (query.to === '' || (published !== '' && published <= query.to));
}

function show() {
  const query = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.value.trim()]));
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== ''));
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
  const found = episodes.filter((e) => matches(e, query));
  byId('episode-count').textContent = found.length === episodes.length
    ? `${episodes.length} episodes`
    : `${found.length} of ${episodes.length} episodes`;
  byId('episode-list').replaceChildren(...found.map(card));
}

function card(episode) {
  const facts = [episode.podcast, episode.published, episode.duration].filter(Boolean);
  return el('li', { class: 'episode-card' },
    el('h2', { class: 'episode-card-title' }, link(episode.url, episode.title),
      ...(episode.recent ? [' ', el('span', { class: 'badge-new' }, 'new')] : [])),
    el('p', { class: 'muted' }, facts.join(' · ')),
    el('p', { class: 'episode-card-actions' },
      link('/?episode=' + encodeURIComponent(episode.id), 'Ask about this episode',
        { class: 'button-quiet', 'aria-label': `Ask about ${episode.title}` })));
}

for (const field of Object.values(fields)) field.addEventListener('input', show);
byId('episode-filters').addEventListener('submit', (event) => event.preventDefault());
load();
