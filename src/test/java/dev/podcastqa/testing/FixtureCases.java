package dev.podcastqa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cases of a fixture file written one to a line, cells parted by {@code |}: blank lines and
 * lines starting with {@code #} are left out, and each case keeps its line for messages.
 */
public final class FixtureCases {

  private FixtureCases() {}

  /** One case: its cells, stripped, and where it is written. */
  public record Case(List<String> cells, String where) {

    public Case {
      cells = List.copyOf(cells);
    }

    public String cell(int index) {
      return cells.get(index);
    }
  }

  /** Every case of {@code file}, in order. */
  public static List<Case> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = Arrays.stream(line.split("\\|")).map(String::strip).toList();
      cases.add(new Case(cells, file + ":" + (i + 1) + " " + line));
    }
    return cases;
  }
}
