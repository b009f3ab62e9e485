// The chat's filters: podcast, episode and a date range, sent with each question as the API's
// podcast, episodeId, from and to. The lists come from GET /api/episodes. A link such as
// /?episode=ID (from the episodes page) starts the chat on one episode.

import { el, getJson } from './dom.js';

const byId = (id) => document.getElementById(id);

export class Filters {
  constructor(onChange) {
    this.podcast = byId('filter-podcast');
    this.episode = byId('filter-episode');
    this.from = byId('filter-from');
    this.to = byId('filter-to');
    this.count = byId('filter-count');
    this.episodes = [];
    this.onChange = onChange;
    this.podcast.addEventListener('change', () => {
      this.fillEpisodes();
      this.changed();
    });
    for (const field of [this.episode, this.from, this.to]) {
      field.addEventListener('change', () => this.changed());
    }
    byId('filter-clear').addEventListener('click', () => {
      this.podcast.value = '';
      this.fillEpisodes();
      this.episode.value = '';
      this.from.value = '';
      this.to.value = '';
      this.changed();
    });
  }

  /** Reads the catalog into the lists; takes ?episode=ID from the page address. */
  async load() {
    try {
      this.episodes = (await getJson('/api/episodes')).episodes;
    } catch {
      this.episodes = [];
    }
    const podcasts = [...new Set(this.episodes.map((e) => e.podcast).filter(Boolean))].sort();
    this.podcast.replaceChildren(el('option', { value: '' }, 'All podcasts'),
      ...podcasts.map((p) => el('option', { value: p }, p)));
    this.fillEpisodes();
    const wanted = new URLSearchParams(window.location.search).get('episode');
    if (wanted && this.episodes.some((e) => e.id === wanted)) {
      this.episode.value = wanted;
      byId('filters').open = true;
      this.showCount();
    }
  }

  fillEpisodes() {
    const podcast = this.podcast.value;
    const kept = this.episode.value;
    const list = this.episodes.filter((e) => podcast === '' || e.podcast === podcast);
    this.episode.replaceChildren(el('option', { value: '' }, 'All episodes'),
      ...list.map((e) => el('option', { value: e.id }, e.title)));
    this.episode.value = list.some((e) => e.id === kept) ? kept : '';
  }

  changed() {
    this.showCount();
    this.onChange();
  }

  showCount() {
    const n = Object.keys(this.values()).length;
    this.count.textContent = n === 0 ? '' : `(${n} on)`;
  }

  /** The filters set, as fields of the chat request. */
  values() {
    const values = {};
    if (this.podcast.value) values.podcast = this.podcast.value;
    if (this.episode.value) values.episodeId = this.episode.value;
    if (this.from.value) values.from = this.from.value;
    if (this.to.value) values.to = this.to.value;
    return values;
  }
}
