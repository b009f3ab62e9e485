package dev.podcastqa.answer.llm;

import java.util.concurrent.atomic.LongAdder;

/**
 * Running counts of how the model's citations fared against their passages, over every generated
 * answer since start; {@code eval --llm} reports them. Thread-safe.
 */
public final class CitationAudit {

  private final LongAdder supported = new LongAdder();
  private final LongAdder dropped = new LongAdder();
  private final LongAdder invalid = new LongAdder();

  void record(int supportedMarkers, int droppedMarkers, int invalidMarkers) {
    supported.add(supportedMarkers);
    dropped.add(droppedMarkers);
    invalid.add(invalidMarkers);
  }

  public SupportTally tally() {
    return new SupportTally(supported.sum(), dropped.sum(), invalid.sum());
  }
}
