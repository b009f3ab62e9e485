package dev.podcastqa.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic episode before it is written out: what its page states and what its transcript
 * says, with every time in milliseconds so the files are exact.
 *
 * @param stem the file name both files share, so the ingester joins them
 */
record EpisodeScript(
    String stem,
    String podcast,
    int number,
    String title,
    LocalDate published,
    List<String> description,
    List<Chapter> chapters,
    List<Cue> cues) {

  EpisodeScript {
    description = List.copyOf(description);
    chapters = List.copyOf(chapters);
    cues = List.copyOf(cues);
  }

  /** Length of the episode: the end of its last cue. */
  long durationMillis() {
    return cues.isEmpty() ? 0 : cues.get(cues.size() - 1).endMillis();
  }

  /** A chapter of the page: its start (a whole second), title and one line of notes. */
  record Chapter(int startSeconds, String title, String note) {}

  /** One caption of the transcript: a sentence said by one speaker. */
  record Cue(long startMillis, long endMillis, String speaker, String text) {}
}
