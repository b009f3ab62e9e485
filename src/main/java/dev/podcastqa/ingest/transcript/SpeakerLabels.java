package dev.podcastqa.ingest.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gives the cues of one file that carry no speaker the one their {@code Name:} label names, as
 * {@link SpeakerPrefix} decides the labels, the label cut from the text. In a file of two speakers
 * or more where most cues have no label, a cue with no label continues the turn of the speaker
 * named last (in a file labelled cue by cue, an unlabelled cue has no speaker): Buzzsprout and the
 * Podcasting 2.0 show label only the cue where a turn starts ({@code Adam Curry: podcasting 2.0
 * March 4 2023}, then unlabelled cues), Zoom's recording transcripts every cue ({@code Conor Healy:
 * let's see.}). Cues that already have a speaker (a WebVTT voice tag) keep it and are not counted.
 */
final class SpeakerLabels {

  private SpeakerLabels() {}

  static List<Cue> label(List<Cue> cues) {
    List<Cue> unvoiced = cues.stream().filter(c -> c.speaker() == null).toList();
    SpeakerPrefix prefix = new SpeakerPrefix(unvoiced.stream().map(Cue::text).toList());
    List<SpeakerPrefix.Labelled> labelled =
        unvoiced.stream().map(cue -> prefix.split(cue.text())).toList();
    List<String> named =
        labelled.stream().map(SpeakerPrefix.Labelled::speaker).filter(Objects::nonNull).toList();
    boolean turns = named.stream().distinct().count() >= 2 && named.size() * 2 < unvoiced.size();
    List<Cue> out = new ArrayList<>(cues.size());
    String speaking = null;
    int u = 0;
    for (Cue cue : cues) {
      if (cue.speaker() != null) {
        speaking = cue.speaker();
        out.add(cue);
        continue;
      }
      SpeakerPrefix.Labelled label = labelled.get(u++);
      speaking = label.speaker() != null ? label.speaker() : speaking;
      String speaker = turns ? speaking : label.speaker();
      out.add(new Cue(cue.line(), cue.start(), cue.end(), speaker, label.text()));
    }
    return out;
  }
}
