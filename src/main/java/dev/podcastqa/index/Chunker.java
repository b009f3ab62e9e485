package dev.podcastqa.index;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an episode into chunks that each know their start second: one per chapter title and
 * reference label, overlapping sentence windows of show-note text, and transcript windows. Every
 * chunk fits the embedding model's input; nothing is truncated.
 */
public final class Chunker {

  /** Sentences per show-note passage; windows overlap by one sentence. */
  static final int SENTENCES_PER_PASSAGE = 2;

  private final TokenBudget budget;
  private final TranscriptWindows windows;

  public Chunker(TokenCounter tokens, int maxTokens) {
    this.budget = new TokenBudget(tokens, maxTokens);
    this.windows = new TranscriptWindows(budget);
  }

  public List<Chunk> chunk(Episode episode) {
    Ids ids = new Ids(episode.id());
    List<Chunk> chunks = new ArrayList<>();
    for (Chapter chapter : episode.chapters()) {
      if (chapter.isSponsorBreak()) {
        continue;
      }
      String context = episode.title();
      for (String piece : budget.fit(context, chapter.title())) {
        chunks.add(
            new Chunk(
                ids.next(),
                episode.id(),
                ChunkKind.CHAPTER,
                chapter.startSeconds(),
                null,
                chapter.title(),
                context,
                piece,
                null));
      }
      String notesContext = episode.title() + " — " + chapter.title();
      for (String passage : passages(notesContext, chapter.notes())) {
        chunks.add(
            new Chunk(
                ids.next(),
                episode.id(),
                ChunkKind.CHAPTER_NOTES,
                chapter.startSeconds(),
                null,
                chapter.title(),
                notesContext,
                passage,
                null));
      }
    }
    for (Reference reference : episode.references()) {
      String chapterTitle =
          episode.chapterAt(reference.startSeconds()).map(Chapter::title).orElse(null);
      String context =
          chapterTitle == null ? episode.title() : episode.title() + " — " + chapterTitle;
      for (String piece : budget.fit(context, reference.label())) {
        chunks.add(
            new Chunk(
                ids.next(),
                episode.id(),
                ChunkKind.REFERENCE,
                reference.startSeconds(),
                null,
                chapterTitle,
                context,
                piece,
                reference.url()));
      }
    }
    for (String paragraph : episode.description().split("\n\n")) {
      for (String passage : passages(episode.title(), paragraph)) {
        chunks.add(
            new Chunk(
                ids.next(),
                episode.id(),
                ChunkKind.DESCRIPTION,
                0,
                null,
                null,
                episode.title(),
                passage,
                null));
      }
    }
    chunks.addAll(windows.cut(episode, ids::next));
    return chunks;
  }

  /** Overlapping windows of sentences, each within the token budget. */
  private List<String> passages(String context, String text) {
    if (text.isBlank()) {
      return List.of();
    }
    List<String> sentences = new ArrayList<>();
    for (String sentence : Sentences.split(text)) {
      sentences.addAll(budget.fit(context, sentence));
    }
    if (sentences.size() <= SENTENCES_PER_PASSAGE) {
      return budget.fit(context, String.join(" ", sentences));
    }
    List<String> passages = new ArrayList<>();
    for (int i = 0; i + SENTENCES_PER_PASSAGE <= sentences.size(); i++) {
      passages.addAll(
          budget.fit(context, String.join(" ", sentences.subList(i, i + SENTENCES_PER_PASSAGE))));
    }
    return passages;
  }

  /** Numbers an episode's chunks in order, so ids are stable while its content is. */
  private static final class Ids {
    private final String episodeId;
    private int next;

    Ids(String episodeId) {
      this.episodeId = episodeId;
    }

    String next() {
      return episodeId + "/" + next++;
    }
  }
}
