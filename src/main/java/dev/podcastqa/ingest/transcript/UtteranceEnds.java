package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import java.util.List;
import java.util.function.Consumer;

/** Where the utterances of a text transcript end, from the times they start at. */
final class UtteranceEnds {

  private UtteranceEnds() {}

  /**
   * Where each utterance ends: at the next one that starts later (turns under one time share it,
   * found once, so a million lines at one time read in linear time), or at its own start when it is
   * the last or the next time goes back. A time up to {@link TextTranscriptReader#OVERLAP_SECONDS}
   * before the line above is overlapping speech (a second speaker's "Hmm." a tenth of a second
   * early): looked past.
   */
  static double[] of(
      String location, List<Double> starts, List<Integer> lines, Consumer<Problem> problems) {
    for (int i = 0; i + 1 < starts.size(); i++) {
      double here = starts.get(i);
      double next = starts.get(i + 1);
      if (here - next > TextTranscriptReader.OVERLAP_SECONDS) {
        problems.accept(
            new Problem(
                location,
                lines.get(i + 1),
                "timestamp %s goes back before the line above (%s); check the time on this line"
                    .formatted(CueTiming.format(next), CueTiming.format(here))));
      }
    }
    double[] ends = new double[starts.size()];
    for (int i = ends.length - 1; i >= 0; i--) {
      boolean shared = i + 1 < ends.length && starts.get(i + 1).equals(starts.get(i));
      ends[i] = shared ? ends[i + 1] : end(starts, i);
    }
    return ends;
  }

  private static double end(List<Double> starts, int i) {
    double here = starts.get(i);
    for (int j = i + 1; j < starts.size(); j++) {
      double next = starts.get(j);
      if (next > here || here - next > TextTranscriptReader.OVERLAP_SECONDS) {
        return next > here ? next : here;
      }
    }
    return here;
  }
}
