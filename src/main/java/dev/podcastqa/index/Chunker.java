package dev.podcastqa.index;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an episode into chunks that each know their start second: one per chapter title and
 * reference label, overlapping sentence windows of show-note text, and transcript windows. Every
 * chunk fits the embedding model's input; nothing is truncated.
 *
 * <p>A chunk's context (embedded with it) is its chapter title only. The episode title is searched
 * as a separate, lighter BM25 field instead: embedded into every chunk it made all chunks of an
 * episode look alike, and on the eval set recall@3 rose from 86.5% to 100% and timestamp accuracy
 * from 80.8% to 90.4% when it was left out.
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

  /** The chunks of {@code episode}, whose transcript is {@code transcript} (empty without one). */
  public List<Chunk> chunk(Episode episode, List<Segment> transcript) {
    Out out = new Out(episode.id());
    for (Chapter chapter : episode.chapters()) {
      if (chapter.isSponsorBreak()) {
        continue;
      }
      for (String piece : budget.fit("", chapter.title())) {
        out.add(ChunkKind.CHAPTER, chapter.startSeconds(), chapter.title(), "", piece, null);
      }
      for (String passage : passages(chapter.title(), chapter.notes())) {
        out.add(
            ChunkKind.CHAPTER_NOTES,
            chapter.startSeconds(),
            chapter.title(),
            chapter.title(),
            passage,
            null);
      }
    }
    for (Reference reference : episode.references()) {
      String chapterTitle =
          episode.chapterAt(reference.startSeconds()).map(Chapter::title).orElse(null);
      String context = chapterTitle == null ? "" : chapterTitle;
      for (String piece : budget.fit(context, reference.label())) {
        out.add(
            ChunkKind.REFERENCE,
            reference.startSeconds(),
            chapterTitle,
            context,
            piece,
            reference.url());
      }
    }
    for (String paragraph : episode.description().split("\n\n")) {
      for (String passage : passages("", paragraph)) {
        out.add(ChunkKind.DESCRIPTION, 0, null, "", passage, null);
      }
    }
    out.chunks.addAll(windows.cut(episode, transcript, out::nextId));
    return out.chunks;
  }

  /** Overlapping windows of sentences, each within the token budget. */
  private List<String> passages(String context, String text) {
    if (text.isBlank()) {
      return List.of();
    }
    int available = budget.available(context);
    List<String> sentences = new ArrayList<>();
    for (String sentence : Sentences.split(text)) {
      sentences.addAll(texts(budget.fit(available, sentence)));
    }
    if (sentences.size() <= SENTENCES_PER_PASSAGE) {
      return texts(budget.fit(available, String.join(" ", sentences)));
    }
    List<String> passages = new ArrayList<>();
    for (int i = 0; i + SENTENCES_PER_PASSAGE <= sentences.size(); i++) {
      String passage = String.join(" ", sentences.subList(i, i + SENTENCES_PER_PASSAGE));
      passages.addAll(texts(budget.fit(available, passage)));
    }
    return passages;
  }

  private static List<String> texts(List<TokenBudget.Counted> pieces) {
    return pieces.stream().map(TokenBudget.Counted::text).toList();
  }

  /** An episode's chunks, numbered in order so ids are stable while its content is. */
  private static final class Out {
    private final String episodeId;
    private final List<Chunk> chunks = new ArrayList<>();
    private int next;

    Out(String episodeId) {
      this.episodeId = episodeId;
    }

    String nextId() {
      return episodeId + "/" + next++;
    }

    void add(
        ChunkKind kind, int start, String chapterTitle, String context, String text, String url) {
      chunks.add(
          new Chunk(nextId(), episodeId, kind, start, null, chapterTitle, context, text, url));
    }
  }
}
