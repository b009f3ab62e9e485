package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** Puts cues in time order and mends cues that end before they start, reporting each one. */
final class CueOrder {

  private final String location;
  private final Consumer<Problem> problems;

  CueOrder(String location, Consumer<Problem> problems) {
    this.location = location;
    this.problems = problems;
  }

  /** The cues sorted by start (ties keep file order), none ending before it starts. */
  List<Cue> tidy(List<Cue> cues) {
    List<Cue> result = new ArrayList<>(cues.size());
    for (Cue cue : cues) {
      if (cue.end() < cue.start()) {
        problems.accept(
            new Problem(
                location,
                cue.line(),
                "cue at "
                    + CueTiming.format(cue.start())
                    + " ends before it starts (at "
                    + CueTiming.format(cue.end())
                    + "); its end is taken as its start"));
        result.add(cue.withEnd(cue.start()));
      } else {
        result.add(cue);
      }
    }
    result.sort(Comparator.comparingDouble(Cue::start));
    return result;
  }
}
