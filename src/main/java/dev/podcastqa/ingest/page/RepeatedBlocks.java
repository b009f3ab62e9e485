package dev.podcastqa.ingest.page;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each block of a page once. Pages repeat themselves (an Apple page shows its notes twice, a
 * site shows a teaser that the full description contains), and a repeat would be cited twice.
 */
final class RepeatedBlocks {

  /** Shorter blocks than this may legitimately recur inside longer ones ("Yes.", a name). */
  private static final int MIN_CONTAINED_WORDS = 6;

  private RepeatedBlocks() {}

  /**
   * {@code paragraphs} with exact repeats dropped (the first stays) and with every paragraph of at
   * least six words dropped when a longer paragraph contains it (the longer one stays where it is).
   */
  static List<String> keepOnce(List<String> paragraphs) {
    List<String> normalized = paragraphs.stream().map(RepeatedBlocks::normalize).toList();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!isRepeat(normalized, i)) {
        kept.add(paragraphs.get(i));
      }
    }
    return kept;
  }

  /**
   * {@code chapters} with each start second and title kept once, in the order of their first
   * occurrence, each with the longest notes any copy has: a page that lists its chapters above the
   * transcript (devtools.fm's {@code [00:02:19] What was Rome?} lines) and repeats each as the
   * heading of its part of the transcript keeps the text under the heading, not the bare list line.
   */
  static List<Chapter> chaptersOnce(List<Chapter> chapters) {
    Map<String, Chapter> once = new LinkedHashMap<>();
    for (Chapter chapter : chapters) {
      once.merge(
          chapter.startSeconds() + " " + normalize(chapter.title()),
          chapter,
          (first, later) -> length(later.notes()) > length(first.notes()) ? later : first);
    }
    return List.copyOf(once.values());
  }

  private static int length(String notes) {
    return notes == null ? 0 : notes.strip().length();
  }

  /** {@code references} with each start second and label kept once, first occurrence first. */
  static List<Reference> referencesOnce(List<Reference> references) {
    Map<String, Reference> once = new LinkedHashMap<>();
    for (Reference reference : references) {
      once.putIfAbsent(reference.startSeconds() + " " + normalize(reference.label()), reference);
    }
    return List.copyOf(once.values());
  }

  private static boolean isRepeat(List<String> normalized, int index) {
    String block = normalized.get(index);
    boolean containable = block.split(" ").length >= MIN_CONTAINED_WORDS;
    for (int other = 0; other < normalized.size(); other++) {
      String candidate = normalized.get(other);
      if (other < index && candidate.equals(block)) {
        return true;
      }
      if (containable && candidate.length() > block.length() && candidate.contains(block)) {
        return true;
      }
    }
    return false;
  }

  private static String normalize(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
