package dev.podcastqa.ingest;

import dev.podcastqa.ingest.source.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files a pipeline writes beside an episode's transcript for another tool: cannonQ's
 * ergo-transcripts keep questions and answers ({@code PREFIX_qa.json}) and decisions ({@code
 * PREFIX_decisions.json}) drawn from each call. They are no source of the episode's and are not
 * read: one note per folder says how many were left, where reading them made a problem each.
 */
final class OtherToolsData {

  private static final Pattern NAME = Pattern.compile("(?i)(.+)_(?:qa|decisions)\\.json$");

  private OtherToolsData() {}

  /**
   * {@code inputs} without such files, when a source of the same episode stem is listed beside
   * them; the note for each folder they were left in goes to {@code notes}.
   */
  static List<Input> without(List<Input> inputs, List<Problem> notes) {
    Set<String> stems = new HashSet<>();
    for (Input input : inputs) {
      if (!input.url() && !NAME.matcher(fileName(input)).matches()) {
        stems.add(input.stemKey());
      }
    }
    List<Input> kept = new ArrayList<>(inputs.size());
    Map<Path, Integer> leftByFolder = new LinkedHashMap<>();
    for (Input input : inputs) {
      Matcher name = input.url() ? null : NAME.matcher(fileName(input));
      Path folder = input.url() ? null : Path.of(input.stemKey()).getParent();
      if (name != null
          && name.matches()
          && folder != null
          && stems.contains(folder.resolve(SiblingFiles.episodeStem(name.group(1))).toString())) {
        Path parent = Path.of(input.location()).getParent();
        leftByFolder.merge(parent == null ? Path.of(".") : parent, 1, Integer::sum);
      } else {
        kept.add(input);
      }
    }
    leftByFolder.forEach(
        (folder, count) ->
            notes.add(
                Problem.note(
                    folder.toString(),
                    0,
                    count
                        + (count == 1 ? " file" : " files")
                        + " of another tool's data (_qa.json, _decisions.json) beside"
                        + " their episodes' transcripts; not read")));
    return kept;
  }

  private static String fileName(Input input) {
    Path name = Path.of(input.location()).getFileName();
    return name == null ? "" : name.toString();
  }
}
