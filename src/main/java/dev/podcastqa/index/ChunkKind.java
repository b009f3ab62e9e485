package dev.podcastqa.index;

/** What part of an episode a chunk was cut from; it decides how the chunk is cited. */
public enum ChunkKind {
  /** A chapter title, at the chapter's start. */
  CHAPTER,
  /** Show-note text written under a chapter, at the chapter's start. */
  CHAPTER_NOTES,
  /** A reference label (paper, tool, person), at its timestamp. */
  REFERENCE,
  /** Description text with no timestamp: it belongs to the episode as a whole. */
  DESCRIPTION,
  /** A window of transcript utterances. */
  TRANSCRIPT,
  /** The episode's own facts: title, podcast, date, length. */
  EPISODE;

  /** Whether chunks of this kind point at a moment (else at the whole episode). */
  public boolean timed() {
    return this != DESCRIPTION && this != EPISODE;
  }
}
