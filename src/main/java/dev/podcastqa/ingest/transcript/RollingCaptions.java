package dev.podcastqa.ingest.transcript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collapses YouTube-style rolling auto-captions, where each cue repeats the end of the cue before
 * it and adds a few words, so that every word is kept once.
 *
 * <p>A file counts as rolling when more than half of its consecutive cue pairs overlap (the later
 * cue starts with the words the earlier one ended with); only then is the overlap removed, so
 * ordinary captions that happen to repeat a word keep it.
 */
final class RollingCaptions {

  /** The cues with repeated words removed, or {@code cues} itself when the file is not rolling. */
  List<Cue> collapse(List<Cue> cues) {
    if (!isRolling(cues)) {
      return cues;
    }
    List<Cue> result = new ArrayList<>(cues.size());
    String[] previous = new String[0];
    for (Cue cue : cues) {
      String[] words = words(cue);
      int overlap = overlap(previous, words);
      previous = words;
      if (overlap < words.length) {
        result.add(
            cue.withText(String.join(" ", Arrays.copyOfRange(words, overlap, words.length))));
      }
    }
    return result;
  }

  private static boolean isRolling(List<Cue> cues) {
    int repeating = 0;
    String[] previous = cues.isEmpty() ? null : words(cues.get(0));
    for (int i = 1; i < cues.size(); i++) {
      String[] words = words(cues.get(i));
      if (overlap(previous, words) > 0) {
        repeating++;
      }
      previous = words;
    }
    int pairs = cues.size() - 1;
    return pairs >= 2 && repeating * 2 > pairs;
  }

  /**
   * The largest k such that the last k words of {@code before} are the first k of {@code after}.
   */
  static int overlap(String[] before, String[] after) {
    for (int k = Math.min(before.length, after.length); k > 0; k--) {
      if (Arrays.equals(before, before.length - k, before.length, after, 0, k)) {
        return k;
      }
    }
    return 0;
  }

  private static String[] words(Cue cue) {
    String text = cue.text().strip();
    return Spaces.words(text);
  }
}
