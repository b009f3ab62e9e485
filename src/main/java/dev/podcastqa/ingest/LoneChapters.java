package dev.podcastqa.ingest;

import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Chapters files that joined no episode: a Podcasting 2.0 chapters file is an episode's chapters,
 * never an episode, so one that no page, transcript or feed item took is one problem line naming
 * it.
 */
final class LoneChapters {

  static final String FORMAT = "podcast-chapters";

  private LoneChapters() {}

  /** {@code drafts} without those made only of chapters files, each reported. */
  static List<Draft> without(List<Draft> drafts, Consumer<Problem> problems) {
    List<Draft> kept = new ArrayList<>();
    for (Draft draft : drafts) {
      if (draft.sources().stream().allMatch(source -> source.format().equals(FORMAT))) {
        for (Source source : draft.sources()) {
          problems.accept(
              new Problem(
                  source.location(),
                  0,
                  "chapters file with no episode to join ("
                      + draft.chapters().size()
                      + " chapters): give it the file name of the episode's page or transcript"
                      + " (NAME.json beside NAME.vtt), or put it beside the feed whose item's"
                      + " podcast:chapters URL ends in its name"));
        }
      } else {
        kept.add(draft);
      }
    }
    return kept;
  }
}
