// Plays a moment of an episode in place: its audio file cued at the second, else a YouTube embed
// starting there, else a clear "no audio" note linking the episode's own page at that moment.
// Shared by the chat (under an answer) and the episode page.

import { el, link, safeUrl, clock } from './dom.js';

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** The video id of a YouTube watch, short, embed, live or shorts URL; else null. */
export function youTubeId(url) {
  const safe = safeUrl(url);
  if (safe === null) return null;
  const u = new URL(safe);
  const host = u.hostname.replace(/^(www|m|music)\./, '');
  let id = null;
  if (host === 'youtu.be') id = u.pathname.slice(1).split('/')[0];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const path = u.pathname.split('/').filter(Boolean);
    id = path[0] === 'watch' ? u.searchParams.get('v')
      : ['embed', 'live', 'shorts', 'v'].includes(path[0]) ? path[1] : null;
  }
  return id && YOUTUBE_ID.test(id) ? id : null;
}

/** The YouTube embed of video `id` starting at second t (no cookies; autoplay after a click). */
export function youTubeEmbed(id, t, title, autoplay = true) {
  const start = Math.max(0, Math.floor(t));
  return el('iframe', {
    class: 'video',
    src: `https://www.youtube-nocookie.com/embed/${id}?start=${start}&autoplay=${autoplay ? 1 : 0}`,
    title: `${title} (YouTube video)`,
    allow: 'autoplay; encrypted-media; picture-in-picture',
    allowfullscreen: true,
    loading: 'lazy',
  });
}

/**
 * A player for the moment t of an episode, from its links ({audio, video, page}, or null when not
 * known): an <audio> element cued at t, a YouTube embed starting at t, or the "no audio" note.
 * info: { title, pageUrl } (pageUrl: the episode's own page at that moment).
 */
export function momentPlayer(links, t, info) {
  const audio = safeUrl(links?.audio);
  if (audio !== null) {
    const player = el('audio', { controls: true, preload: 'metadata', src: audio,
      'aria-label': `${info.title}, from ${clock(t)}` });
    cue(player, t, true);
    return withFailureNote(player);
  }
  const video = youTubeId(links?.video) ?? youTubeId(links?.page);
  if (video !== null) return youTubeEmbed(video, t, info.title);
  return el('div', { class: 'no-audio', role: 'status' },
    el('p', {}, el('strong', {}, 'No audio for this episode.'),
      ' The sources name no audio file or video to play.'),
    info.pageUrl ? link(info.pageUrl, `Open the episode page at ${clock(t)}`) : null);
}

/**
 * The <audio> element in a box that says so when its file cannot be played (moved, gone, refused
 * by its host): without it the player just sits greyed out and a click on a moment does nothing.
 */
export function withFailureNote(player) {
  const box = el('div', { class: 'audio-box' }, player);
  player.addEventListener('error', () => {
    if (box.querySelector('.audio-failed')) return;
    box.append(el('p', { class: 'audio-failed', role: 'status' },
      el('strong', {}, 'The audio file could not be played.'),
      ' Its host may have moved or removed it; the times still show where each part is. ',
      link(player.src, 'Try the file itself')));
  });
  return box;
}

/** Cues an <audio> element at second t once it knows its length, and plays when asked to. */
export function cue(player, t, play) {
  const start = () => {
    player.currentTime = t;
    // Browsers may block playing without a gesture; the player then stays cued at t.
    if (play) player.play().catch(() => {});
  };
  if (player.readyState >= 1) start();
  else player.addEventListener('loadedmetadata', start, { once: true });
}
