// Episodes as the API gives them, fetched once per page and shared, and the passage of a
// transcript or of the show notes around a cited moment.

import { getJson } from './dom.js';

const details = new Map();

/** GET /api/episodes/{id}?include=transcript, asked once per episode per page. */
export function episodeDetail(id) {
  if (!details.has(id)) {
    const url = '/api/episodes/' + encodeURIComponent(id) + '?include=transcript';
    const pending = getJson(url).catch((error) => {
      details.delete(id); // let a later click try again
      throw error;
    });
    details.set(id, pending);
  }
  return details.get(id);
}

const PASSAGE_CHARS = 320;

/** Lower-cased words only, to compare texts whatever their spacing and punctuation. */
export function plain(text) {
  return String(text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The passage around a citation's moment, for its source row: the transcript from the line at
 * that second on (with speakers when more than one talks), else the notes of the chapter there,
 * else the citation's own quote; the first of them that the answer does not already say word for
 * word. When the answer says them all, the chapter's title stands for the moment, or nothing
 * (null) when there is no chapter.
 */
export function passageAround(detail, citation, answerText) {
  const said = plain(answerText);
  const t = citation.startSeconds;
  const timed = t !== null && t !== undefined;
  const chapter = timed ? chapterAt(detail?.chapters ?? [], t) : null;
  const candidates = [
    timed ? transcriptFrom(detail?.transcript ?? [], t) : null,
    chapter?.notes,
    citation.quote,
  ];
  const fresh = candidates.find((text) => text && !said.includes(plain(text)));
  return fresh ?? (chapter ? `Chapter: ${chapter.title}` : null);
}

function transcriptFrom(segments, t) {
  let first = -1;
  segments.forEach((s, i) => { if (s.startSeconds <= t + 0.5) first = i; });
  if (first < 0) return null;
  const picked = [];
  let length = 0;
  for (let i = first; i < segments.length && length < PASSAGE_CHARS; i++) {
    picked.push(segments[i]);
    length += segments[i].text.length + 1;
  }
  const speakers = new Set(picked.map((s) => s.speaker).filter(Boolean));
  const text = picked.map((s) => speakers.size > 1 && s.speaker
    ? `${s.speaker}: ${s.text}` : s.text).join(speakers.size > 1 ? '\n' : ' ');
  return text.length > PASSAGE_CHARS + 80 ? text.slice(0, PASSAGE_CHARS).trimEnd() + '…' : text;
}

/** The chapter covering second t, if any. */
export function chapterAt(chapters, t) {
  let covering = null;
  for (const c of chapters) if (c.startSeconds <= t) covering = c;
  return covering;
}
