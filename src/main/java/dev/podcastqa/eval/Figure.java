package dev.podcastqa.eval;

/**
 * One evaluation figure as a count: {@code hits} of {@code of} questions, so a report shows exactly
 * what a percentage was taken over.
 */
public record Figure(int hits, int of) {

  public Figure {
    if (of < 0 || hits < 0 || hits > of) {
      throw new IllegalArgumentException("a figure counts 0 to " + of + " hits, not " + hits);
    }
  }

  /** Percentage of hits, or null when no question counted. */
  public Double percent() {
    return of == 0 ? null : 100.0 * hits / of;
  }

  /** {@code 92.5% (37 of 40)}, or {@code n/a (0 of 0)}. */
  @Override
  public String toString() {
    Double percent = percent();
    String share =
        percent == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f%%", percent);
    return share + " (" + hits + " of " + of + ")";
  }
}
