package dev.podcastqa.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * An evaluation set that cannot be used as written, with every problem found in it, each naming the
 * file and, where it has one, the question's number (from 1).
 */
public final class InvalidEvalSetException extends RuntimeException {

  private final Path file;
  private final List<String> problems;

  InvalidEvalSetException(Path file, List<String> problems) {
    super(String.join("; ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid set names at least one problem");
    }
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public Path file() {
    return file;
  }

  /** One line per problem, e.g. {@code data/eval/tune.json: question 3: "second" is negative}. */
  public List<String> problems() {
    return problems;
  }
}
