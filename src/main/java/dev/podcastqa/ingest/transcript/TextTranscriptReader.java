package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceHeader;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text transcripts of timed lines in the shapes {@link TranscriptLine} knows: each
 * timed line opens an utterance, with the speaker its shape names, a {@code Name:} label after its
 * time, or a {@code Name:} line under a time alone. Lines without a time continue the utterance
 * above, except a {@code Name:} line of a known speaker, which opens a new utterance at the last
 * time seen (the {@code Speaker: text} blocks with a timestamp line between them). In a file of
 * named turns, a timed line that names no one continues the turn before it. A time inside a line's
 * text ({@link InlineMarks}) starts the words after it, the same speaker's. Each utterance ends
 * where the next later one starts; the last at its own start. Otter's closing {@code Transcribed by
 * https://otter.ai} line is dropped, and untimed prose above the first utterance is returned as
 * {@link #notes notes} about the episode.
 *
 * <p>Recognition is decided by {@link TranscriptEvidence}, so that an episode page with a timed
 * table of contents is not taken for a transcript. {@code Title:}, {@code Podcast:}, {@code Date:}
 * and the other {@link SourceHeader} fields above the first timed line are the header.
 */
final class TextTranscriptReader implements CueReader {

  /** How far a time may go back before the line above and be overlapping speech, in seconds. */
  static final double OVERLAP_SECONDS = 2.0;

  static final String FORMAT = "text-transcript";

  private static final Pattern HEADER_FIELD =
      Pattern.compile("^([\\p{L}][\\p{L} ]{0,20}?)\\s*[:\uFF1A]\\s*(\\S.*)$");

  /** The line Otter ends its exports with: not speech. */
  private static final Pattern FOOTER =
      Pattern.compile("(?i)transcribed by\\s+https?://(?:www\\.)?otter\\.ai\\S*");

  private static final int MIN_NOTE_WORDS = 8;

  /** An utterance while its lines are gathered ({@code continued}: in the voice before it). */
  private record Pending(
      int line, double start, String speaker, StringBuilder text, boolean continued) {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    return TranscriptEvidence.isTranscript(lines(text));
  }

  @Override
  public SourceHeader header(SourceText text, Consumer<Problem> problems) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    int firstLine = 0;
    for (TranscriptLine line : lines(text)) {
      if (line.isTimed()) {
        break;
      }
      Matcher m = HEADER_FIELD.matcher(line.text());
      if (line.kind() == TranscriptLine.Kind.PLAIN
          && m.matches()
          && SourceHeader.isKey(m.group(1))) {
        fields.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2).strip());
        firstLine = firstLine == 0 ? line.number() : firstLine;
      }
    }
    return SourceHeader.of(fields, text.location(), firstLine, problems);
  }

  /**
   * The untimed paragraphs above the first utterance that read as prose (an introduction, not a
   * title, heading or field): text of the episode as a whole.
   */
  @Override
  public List<String> notes(SourceText text) {
    List<TranscriptLine> lines = lines(text);
    Set<String> speakers = speakers(lines);
    List<String> notes = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (TranscriptLine line : lines) {
      if (line.isTimed()
          || (line.kind() == TranscriptLine.Kind.LABELLED && speakers.contains(line.speaker()))) {
        break;
      }
      Matcher field = HEADER_FIELD.matcher(line.text());
      if (line.kind() == TranscriptLine.Kind.BLANK) {
        addNote(notes, paragraph);
      } else if (!(field.matches() && SourceHeader.isKey(field.group(1)))) {
        paragraph.append(paragraph.length() > 0 ? " " : "").append(line.text());
      }
    }
    addNote(notes, paragraph);
    return notes;
  }

  private static void addNote(List<String> notes, StringBuilder paragraph) {
    if (paragraph.toString().split("\\s+").length >= MIN_NOTE_WORDS) {
      notes.add(paragraph.toString());
    }
    paragraph.setLength(0);
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    List<TranscriptLine> lines = lines(text);
    Set<String> speakers = speakers(lines);
    boolean turns = takesTurns(lines, speakers);
    List<Pending> pending = new ArrayList<>();
    double now = 0;
    boolean timed = false;
    boolean marks = InlineMarks.used(lines);
    for (TranscriptLine line : lines) {
      List<InlineMarks.Part> parts =
          marks
              ? InlineMarks.split(line.text())
              : List.of(new InlineMarks.Part(OptionalDouble.empty(), line.text()));
      String said = parts.get(0).text();
      switch (line.kind()) {
        case TIMED -> {
          now = line.start();
          timed = true;
          String speaker = line.speaker();
          if (speaker == null && turns && line.continues() && !pending.isEmpty()) {
            boolean nobody = SpeakerPrefix.label(line.text()).isPresent();
            speaker = nobody || StageDirection.is(line.text()) ? null : lastSpeaker(pending);
          }
          pending.add(new Pending(line.number(), now, speaker, text(said), false));
        }
        case LABELLED -> {
          if (!speakers.contains(line.speaker())) {
            append(pending, line.speaker() + ": " + said);
          } else if (opensNothingYet(pending)) {
            Pending open = pending.remove(pending.size() - 1);
            pending.add(new Pending(open.line(), open.start(), line.speaker(), text(said), false));
          } else {
            pending.add(new Pending(line.number(), now, line.speaker(), text(said), false));
            timed = true;
          }
        }
        case PLAIN -> {
          if (timed && !FOOTER.matcher(line.text()).matches()) {
            append(pending, said);
          }
        }
        case BLANK -> {
          // paragraphs of one utterance are joined
        }
      }
      if (timed && !pending.isEmpty()) {
        now = goOnAtMarks(pending, parts, line.number(), now);
      }
    }
    return cues(text.location(), pending, speakers, problems);
  }

  /**
   * Opens an utterance at each mark inside a line's text, after its first part, that goes on in the
   * voice of the one before; returns the time of the last mark, or {@code now} when there is none.
   */
  private static double goOnAtMarks(
      List<Pending> pending, List<InlineMarks.Part> parts, int line, double now) {
    for (InlineMarks.Part part : parts.subList(1, parts.size())) {
      now = part.start().getAsDouble();
      if (!part.text().isEmpty()) {
        pending.add(new Pending(line, now, null, text(part.text()), true));
      }
    }
    return now;
  }

  /**
   * Whether the file writes speaker turns by name ({@code Jane Doe (00:03:58):}, Otter heads, or
   * {@code Name:} lines): then a timed line that names no one continues the turn before it. In a
   * file of {@code 00:01:02 Name: text} lines, a line without a name has no speaker.
   */
  private static boolean takesTurns(List<TranscriptLine> lines, Set<String> speakers) {
    return lines.stream()
        .anyMatch(
            l ->
                (l.isTimed() && l.speaker() != null)
                    || (l.kind() == TranscriptLine.Kind.LABELLED
                        && speakers.contains(l.speaker())));
  }

  private static String lastSpeaker(List<Pending> pending) {
    return pending.get(pending.size() - 1).speaker();
  }

  private static List<TranscriptLine> lines(SourceText text) {
    return SpeakerAbove.carryDown(TranscriptLine.parseAll(text.lines()));
  }

  /**
   * The names that are speakers in this file: every name a timed line's shape gives, and the {@code
   * Name:} labels {@link SpeakerPrefix} accepts among the labels after a time and those on lines of
   * their own. Where timed lines name the speakers ({@code [00:00:42.28] - Daira Emma} heads), a
   * label no timed line names and used only once ({@code Moderator: Jack Gavigan}, {@code Meeting
   * Duration: 1 hour 30 minutes} above the first turn) is a field of the notes, not a speaker.
   */
  private static Set<String> speakers(List<TranscriptLine> lines) {
    Set<String> speakers = new HashSet<>();
    List<String> openings = new ArrayList<>();
    for (TranscriptLine line : lines) {
      if (line.isTimed() && line.speaker() != null) {
        speakers.add(line.speaker());
      } else if (line.isTimed() && !line.text().isEmpty()) {
        openings.add(line.text());
      } else if (line.kind() == TranscriptLine.Kind.LABELLED) {
        openings.add(line.speaker() + ": " + (line.text().isEmpty() ? "-" : line.text()));
      }
    }
    SpeakerPrefix prefix = new SpeakerPrefix(openings);
    Set<String> named = Set.copyOf(speakers);
    Map<String, Integer> uses = new HashMap<>();
    lines.stream()
        .filter(l -> l.kind() == TranscriptLine.Kind.LABELLED)
        .forEach(l -> uses.merge(l.speaker(), 1, Integer::sum));
    lines.stream()
        .filter(l -> l.kind() == TranscriptLine.Kind.LABELLED)
        .map(TranscriptLine::speaker)
        .filter(name -> prefix.split(name + ": -").speaker() != null)
        .filter(name -> named.isEmpty() || named.contains(name) || uses.get(name) > 1)
        .forEach(speakers::add);
    return speakers;
  }

  /** Whether the last utterance is a time alone, still waiting for its speaker and text. */
  private static boolean opensNothingYet(List<Pending> pending) {
    if (pending.isEmpty()) {
      return false;
    }
    Pending last = pending.get(pending.size() - 1);
    return last.speaker() == null && last.text().isEmpty();
  }

  private static void append(List<Pending> pending, String line) {
    if (pending.isEmpty()) {
      return;
    }
    StringBuilder text = pending.get(pending.size() - 1).text();
    if (text.length() > 0) {
      text.append(' ');
    }
    text.append(line.strip());
  }

  private static StringBuilder text(String first) {
    return new StringBuilder(first.strip());
  }

  private static List<Cue> cues(
      String location, List<Pending> pending, Set<String> speakers, Consumer<Problem> problems) {
    SpeakerPrefix labels =
        new SpeakerPrefix(
            pending.stream()
                .filter(p -> p.speaker() == null && !p.continued())
                .map(p -> p.text().toString())
                .toList());
    List<Cue> cues = new ArrayList<>(pending.size());
    double[] ends =
        UtteranceEnds.of(
            location,
            pending.stream().map(Pending::start).toList(),
            pending.stream().map(Pending::line).toList(),
            problems);
    for (int i = 0; i < pending.size(); i++) {
      Pending here = pending.get(i);
      String speaker = here.speaker();
      String said = here.text().toString();
      if (here.continued() && !cues.isEmpty()) {
        speaker = cues.get(cues.size() - 1).speaker();
      } else if (speaker == null) {
        SpeakerPrefix.Labelled labelled = labels.split(said);
        boolean known = SpeakerPrefix.label(said).filter(speakers::contains).isPresent();
        speaker = known ? SpeakerPrefix.label(said).get() : labelled.speaker();
        said = known ? SpeakerPrefix.withoutLabel(said) : labelled.text();
      }
      cues.add(new Cue(here.line(), here.start(), ends[i], speaker, said));
    }
    return cues;
  }
}
