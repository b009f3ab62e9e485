package dev.podcastqa.ingest;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.ingest.source.Draft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Merges the drafts of one episode: the first source that states a field wins, lists are united,
 * and no chapter, reference or paragraph appears twice. The transcript is one source's: a
 * human-corrected one ({@code X_transcript_corrected.txt}) if there is one, else the longest.
 */
final class DraftMerge {

  private DraftMerge() {}

  static Draft merge(List<Draft> drafts) {
    if (drafts.size() == 1) {
      return drafts.get(0);
    }
    Draft first = drafts.get(0);
    Draft.Builder merged = Draft.builder(first.sources().get(0));
    Links links = Links.NONE;
    for (Draft draft : drafts) {
      draft.sources().forEach(merged::source);
      links = links.orElse(draft.links());
    }
    merged
        .id(firstOf(drafts, Draft::id))
        .title(firstOf(drafts, Draft::title))
        .podcast(firstOf(drafts, Draft::podcast))
        .published(firstOf(drafts, Draft::published))
        .durationSeconds(firstOf(drafts, Draft::durationSeconds))
        .guid(firstOf(drafts, Draft::guid))
        .number(firstOf(drafts, Draft::number))
        .links(links)
        .chapters(chapters(drafts));
    references(drafts).forEach(merged::reference);
    paragraphs(drafts).forEach(merged::paragraph);
    drafts.stream()
        .filter(d -> !d.transcript().isEmpty())
        .max(
            Comparator.comparing(SiblingFiles::isCorrected)
                .thenComparingInt(d -> d.transcript().size()))
        .map(Draft::transcript)
        .ifPresent(merged::transcript);
    drafts.stream().flatMap(d -> d.sameAs().stream()).distinct().forEach(merged::sameAs);
    return merged.build();
  }

  private static <T> T firstOf(List<Draft> drafts, Function<Draft, T> field) {
    return drafts.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /** One chapter per start second: two sources timing a chapter alike name the same chapter. */
  private static List<Chapter> chapters(List<Draft> drafts) {
    Map<Integer, Chapter> bySecond = new LinkedHashMap<>();
    for (Draft draft : drafts) {
      for (Chapter chapter : draft.chapters()) {
        bySecond.merge(chapter.startSeconds(), chapter, DraftMerge::richer);
      }
    }
    return bySecond.values().stream()
        .sorted(Comparator.comparingInt(Chapter::startSeconds))
        .toList();
  }

  private static Chapter richer(Chapter kept, Chapter other) {
    if (kept.notes().isEmpty()
        && !other.notes().isEmpty()
        && TitleKey.of(kept.title()).equals(TitleKey.of(other.title()))) {
      return other;
    }
    return kept;
  }

  private static List<Reference> references(List<Draft> drafts) {
    Map<String, Reference> byKey = new LinkedHashMap<>();
    for (Draft draft : drafts) {
      for (Reference reference : draft.references()) {
        String key = reference.startSeconds() + "|" + TitleKey.of(reference.label());
        byKey.merge(key, reference, (kept, other) -> kept.url() == null ? other : kept);
      }
    }
    return byKey.values().stream()
        .sorted(Comparator.comparingInt(Reference::startSeconds))
        .toList();
  }

  /** Paragraphs of every source, without exact repeats or paragraphs another one contains. */
  static List<String> paragraphs(List<Draft> drafts) {
    List<String> kept = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Draft draft : drafts) {
      for (String paragraph : draft.description()) {
        addUnlessContained(paragraph, kept, keys);
      }
    }
    return kept;
  }

  private static void addUnlessContained(String paragraph, List<String> kept, List<String> keys) {
    String key = TitleKey.of(paragraph);
    if (key.isEmpty()) {
      return;
    }
    for (int i = 0; i < keys.size(); i++) {
      if (containsWords(keys.get(i), key)) {
        return;
      }
      if (containsWords(key, keys.get(i))) {
        kept.set(i, paragraph);
        keys.set(i, key);
        return;
      }
    }
    kept.add(paragraph);
    keys.add(key);
  }

  private static boolean containsWords(String outer, String inner) {
    return (" " + outer + " ").contains(" " + inner + " ");
  }
}
