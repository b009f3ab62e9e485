package dev.podcastqa.answer.llm;

/**
 * Counts of the citation markers the model wrote, as the support check judged them.
 *
 * @param supported markers whose passage supports their sentence (kept)
 * @param dropped markers whose passage does not (removed)
 * @param invalid markers naming no passage the model was given (removed)
 */
public record SupportTally(long supported, long dropped, long invalid) {

  public static final SupportTally NONE = new SupportTally(0, 0, 0);

  /** Markers naming a real passage, each checked against it. */
  public long checked() {
    return supported + dropped;
  }

  /** Share of checked markers whose passage supports the sentence; 0 when none was checked. */
  public double supportShare() {
    return checked() == 0 ? 0 : (double) supported / checked();
  }

  /** What was counted since {@code earlier}. */
  public SupportTally minus(SupportTally earlier) {
    return new SupportTally(
        supported - earlier.supported, dropped - earlier.dropped, invalid - earlier.invalid);
  }
}
