package dev.podcastqa.ingest.source;

/** A source could not be read at all; it carries the {@link Problem} to report. */
public final class SourceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public SourceException(String location, int line, String reason) {
    this(new Problem(location, line, reason), null);
  }

  public SourceException(String location, int line, String reason, Throwable cause) {
    this(new Problem(location, line, reason), cause);
  }

  private SourceException(Problem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
