package dev.podcastqa.index;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Cuts a transcript into windows of whole utterances, about a minute long (30 to 90 seconds),
 * overlapping by a few seconds, never crossing a chapter boundary and skipping ad breaks.
 */
final class TranscriptWindows {

  static final double TARGET_SECONDS = 60;
  static final double MAX_SECONDS = 90;
  static final double OVERLAP_SECONDS = 10;

  private final TokenBudget budget;

  TranscriptWindows(TokenBudget budget) {
    this.budget = budget;
  }

  List<Chunk> cut(Episode episode, List<Segment> transcript, Supplier<String> ids) {
    List<Chunk> chunks = new ArrayList<>();
    List<Segment> run = new ArrayList<>();
    Chapter runChapter = null;
    for (Segment segment : transcript) {
      Chapter chapter = episode.chapterAt((int) segment.startSeconds()).orElse(null);
      if (!run.isEmpty() && !Objects.equals(chapter, runChapter)) {
        chunks.addAll(windows(episode, runChapter, run, ids));
        run.clear();
      }
      runChapter = chapter;
      run.add(segment);
    }
    chunks.addAll(windows(episode, runChapter, run, ids));
    return chunks;
  }

  /** Windows over the utterances of one chapter. */
  private List<Chunk> windows(
      Episode episode, Chapter chapter, List<Segment> segments, Supplier<String> ids) {
    if (segments.isEmpty() || (chapter != null && chapter.isSponsorBreak())) {
      return List.of();
    }
    String context = chapter == null ? "" : chapter.title();
    int available = budget.available(context);
    List<Utterance> utterances = utterances(available, segments);
    List<Chunk> chunks = new ArrayList<>();
    int start = 0;
    while (start < utterances.size()) {
      int end = start;
      int tokens = 0;
      while (end < utterances.size()) {
        Utterance next = utterances.get(end);
        double length = next.end() - utterances.get(start).start();
        if (end > start && (length > MAX_SECONDS || tokens + next.tokens() > available)) {
          break;
        }
        tokens += next.tokens();
        end++;
        if (length >= TARGET_SECONDS) {
          break;
        }
      }
      chunks.add(chunk(episode, chapter, context, utterances.subList(start, end), ids.get()));
      start = end >= utterances.size() ? end : overlapStart(utterances, start, end);
    }
    return chunks;
  }

  /** The first utterance of the next window: the last few seconds of this one, if short. */
  private static int overlapStart(List<Utterance> utterances, int start, int end) {
    double overlapFrom = utterances.get(end - 1).end() - OVERLAP_SECONDS;
    int next = end;
    while (next - 1 > start && utterances.get(next - 1).start() >= overlapFrom) {
      next--;
    }
    return next;
  }

  private Chunk chunk(
      Episode episode, Chapter chapter, String context, List<Utterance> window, String id) {
    StringBuilder text = new StringBuilder();
    String speaker = null;
    for (Utterance utterance : window) {
      boolean newSpeaker = utterance.speaker() != null && !utterance.speaker().equals(speaker);
      if (!text.isEmpty()) {
        text.append(newSpeaker ? "\n" : " ");
      }
      if (newSpeaker) {
        text.append(utterance.speaker()).append(": ");
      }
      text.append(utterance.text());
      speaker = utterance.speaker() == null ? speaker : utterance.speaker();
    }
    int startSecond = (int) Math.floor(window.get(0).start());
    int endSecond = Math.max(startSecond, (int) Math.ceil(window.get(window.size() - 1).end()));
    // An utterance that runs past the next chapter's start still ends the window there.
    endSecond = Math.max(startSecond, Math.min(endSecond, nextChapterStart(episode, chapter)));
    return new Chunk(
        id,
        episode.id(),
        ChunkKind.TRANSCRIPT,
        startSecond,
        endSecond,
        chapter == null ? null : chapter.title(),
        context,
        text.toString(),
        null);
  }

  /** Where the chapter after {@code chapter} starts, or no limit when it is the last. */
  private static int nextChapterStart(Episode episode, Chapter chapter) {
    int from = chapter == null ? -1 : chapter.startSeconds();
    return episode.chapters().stream()
        .mapToInt(Chapter::startSeconds)
        .filter(start -> start > from)
        .min()
        .orElse(Integer.MAX_VALUE);
  }

  /** Segments as utterances, each split to fit the budget on its own. */
  private List<Utterance> utterances(int available, List<Segment> segments) {
    List<Utterance> utterances = new ArrayList<>();
    for (Segment segment : segments) {
      String speakerLabel = segment.speaker() == null ? "" : segment.speaker() + ": ";
      for (TokenBudget.Counted piece : budget.fit(available, speakerLabel + segment.text())) {
        // A piece that keeps the label was counted with it; a later piece gets it added back.
        boolean labelled = piece.text().startsWith(speakerLabel);
        String text = labelled ? piece.text().substring(speakerLabel.length()) : piece.text();
        int tokens = labelled ? piece.tokens() : budget.count(speakerLabel + text);
        utterances.add(
            new Utterance(
                segment.startSeconds(), segment.endSeconds(), segment.speaker(), text, tokens));
      }
    }
    return utterances;
  }

  /** One utterance (or a piece of a long one) with its token count. */
  private record Utterance(double start, double end, String speaker, String text, int tokens) {}
}
