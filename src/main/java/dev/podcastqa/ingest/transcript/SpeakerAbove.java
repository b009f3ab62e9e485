package dev.podcastqa.ingest.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Speakers written on a line of their own above their timed paragraphs, as diarized transcripts
 * published as Markdown write them (stratomercata/stratomercata-transcripts' AssemblyAI-then-Opus
 * outputs: {@code **SPEAKER_00:**}, then {@code [00:00] text} and {@code [00:24] text}): the label
 * names every timed line under it up to the next label. Without this the labels were lines of their
 * own between timed paragraphs, and the file a page of chapters titled with utterances.
 *
 * <p>A label above is a {@code Name:} line with nothing after the colon whose next line, across at
 * most one blank line, is a timed line that names no one. The file holds such labels when at least
 * {@value #MIN_LABELS} of them stand above timed lines and one name does so at least twice, so a
 * single {@code Chapters:} line above a show page's timestamps labels nothing.
 */
final class SpeakerAbove {

  private static final int MIN_LABELS = 2;

  private SpeakerAbove() {}

  /**
   * {@code lines} with each timed line under a label above read as if that label opened it ({@code
   * [00:24] SPEAKER_00: text}) and each such label line read as blank; {@code lines} unchanged when
   * the file holds no labels above.
   */
  static List<TranscriptLine> carryDown(List<TranscriptLine> lines) {
    boolean[] labels = new boolean[lines.size()];
    int count = 0;
    Map<String, Integer> uses = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (isLabelAbove(lines, i)) {
        labels[i] = true;
        count++;
        uses.merge(lines.get(i).speaker(), 1, Integer::sum);
      }
    }
    if (count < MIN_LABELS || uses.values().stream().allMatch(n -> n < 2)) {
      return lines;
    }
    List<TranscriptLine> carried = new ArrayList<>(lines);
    String speaker = null;
    for (int i = 0; i < carried.size(); i++) {
      TranscriptLine line = carried.get(i);
      if (labels[i]) {
        speaker = line.speaker();
        carried.set(i, TranscriptLine.parse(line.number(), ""));
      } else if (line.kind() == TranscriptLine.Kind.LABELLED
          || (line.isTimed() && !namesNoOne(line))) {
        speaker = null;
      } else if (line.isTimed() && speaker != null) {
        carried.set(
            i,
            new TranscriptLine(
                line.number(), line.kind(), line.start(), speaker, line.text(), false));
      }
    }
    return carried;
  }

  private static boolean isLabelAbove(List<TranscriptLine> lines, int i) {
    TranscriptLine line = lines.get(i);
    if (line.kind() != TranscriptLine.Kind.LABELLED || !line.text().isEmpty()) {
      return false;
    }
    int next = i + 1;
    if (next < lines.size() && lines.get(next).kind() == TranscriptLine.Kind.BLANK) {
      next++;
    }
    return next < lines.size() && lines.get(next).isTimed() && namesNoOne(lines.get(next));
  }

  /** A timed line with text that names no speaker, by its shape or a label of its own. */
  private static boolean namesNoOne(TranscriptLine line) {
    return line.speaker() == null
        && !line.text().isEmpty()
        && SpeakerPrefix.label(line.text()).isEmpty();
  }
}
