package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.SourceHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a text transcript, read for what it opens with.
 *
 * <p>A timed line opens an utterance; the shapes transcription tools and podcast sites write are
 * {@code [00:12:34] text}, {@code 00:12:34 Speaker: text}, {@code [00:12:34 → 00:12:50] text},
 * {@code [Speaker 1] [12:34] text}, {@code Jane Doe (00:03:58):} and {@code Jane Doe: (03:58)} (the
 * text may follow on the next lines), {@code NVK: 00:01:30}, a speaker's head alone ({@code Jane
 * Doe 1:02:03}, Otter's, and the other shapes of {@link SpeakerHead}), {@code [00:00:24] Kyle} (the
 * name alone after the time, the text on the next lines; or {@code [00:00:42.28] - Kyle}, as Happy
 * Scribe writes it), {@code 0:00:13.8 **Jane Doe** text} (the name in Markdown bold) and a time
 * alone on its line. Hours are optional everywhere. A {@code Name: text} line with no time is a
 * labelled line: whether the label is a speaker is decided for the whole file by the reader.
 *
 * <p>An ad-break marker, {@code Break: [55:30]} (or {@code **Break:** \[30:07\]}, bold with the
 * brackets escaped, as The Changelog's Markdown transcripts write it), is read as a time alone: it
 * moves the clock on but says nothing, so it opens no utterance of its own.
 *
 * @param number the 1-based line number
 * @param start the second a timed line opens at, or null for other lines
 * @param speaker for a timed line, the speaker its shape names (null when the shape names none;
 *     {@code text} may then still open with a {@code Name:} label); for a labelled line, the label
 * @param text what follows the time and speaker (may be empty), or the whole line
 * @param continues whether a timed line may continue the turn of the speaker before it: it names no
 *     speaker by its shape and is not a labelled line such as {@code Note: [55:30]} or a break
 */
record TranscriptLine(
    int number, Kind kind, Double start, String speaker, String text, boolean continues) {

  /** What a line opens with. */
  enum Kind {
    TIMED,
    LABELLED,
    PLAIN,
    BLANK
  }

  private static final String CLOCK = TranscriptClock.PATTERN;

  private static final String RANGE =
      "(?:\\s*(?:-->|->|\u2192|\u2013|\u2014|-|to)\\s*" + CLOCK + ")?";
  private static final String BRACKETED =
      "(?:\\[\\s*(?<b>"
          + CLOCK
          + ")"
          + RANGE
          + "\\s*]|\\(\\s*(?<p>"
          + CLOCK
          + ")"
          + RANGE
          + "\\s*\\))";
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}\\d'\u2019._-]*";
  private static final String PARTICLE = "(?:van|von|der|den|de|da|di|du|la|le|del|bin|ibn|al)";
  private static final String NAME_WORDS =
      WORD + "(?:[ \\t]+(?:" + WORD + "|" + PARTICLE + ")){0,4}(?:[ \\t]+\\d{1,4})?";
  private static final String NAME = "(?<name>" + NAME_WORDS + ")";

  private static final Pattern TIME_FIRST =
      Pattern.compile(
          "^(?:"
              + BRACKETED
              + "|(?<c>"
              + CLOCK
              + ")"
              + RANGE
              + "(?=$|[\\s|:\u2013\u2014-]))\\s*(?:[|\u2013\u2014-]\\s*|:\\s*)?(?<rest>.*)$");
  private static final Pattern SPEAKER_IN_BRACKETS =
      Pattern.compile(
          "^\\[(?<name>[\\p{L}][^\\[\\]]{0,39})]\\s*(?:"
              + BRACKETED
              + "|(?<c>"
              + CLOCK
              + "))\\s*:?\\s*(?<rest>.*)$");
  private static final Pattern NAME_THEN_TIME =
      Pattern.compile("^" + NAME + "\\s*:?\\s*" + BRACKETED + "\\s*:?\\s*(?<rest>.*)$");

  /** {@code NVK: 00:01:30} alone, or glued to the next words; never {@code Ann: 10:30 is}. */
  private static final Pattern NAME_COLON_TIME =
      Pattern.compile("^" + NAME + "\\s*:\\s*(?<c>" + CLOCK + ")(?:\\s*$|(?=\\p{L}))(?<rest>.*)$");

  private static final Pattern HEAD = SpeakerHead.pattern(NAME_WORDS, CLOCK);

  /** {@code [00:00:24] Kyle} alone on its line (a Markdown heading, say), the text below it. */
  private static final Pattern TIME_THEN_NAME =
      Pattern.compile("^(?:" + BRACKETED + "|(?<c>" + CLOCK + "))[ \\t]+" + NAME + "\\s*:?\\s*$");

  /**
   * {@code [00:00:42.28] - Daira Emma} alone on its line, the text below it: Happy Scribe's export
   * (a bracketed clock with hundredths, a dash, the speaker; the name in bold in Markdown).
   */
  private static final Pattern TIME_DASH_NAME =
      Pattern.compile(
          "^\\[\\s*(?<b>\\d{1,2}:\\d{2}:\\d{2}[.,]\\d{2})\\s*][ \\t]+[-\u2013\u2014][ \\t]+"
              + NAME
              + "\\s*:?\\s*$");

  private static final Pattern LABELLED = Pattern.compile("^" + NAME + "\\s*:\\s*(?<rest>.*)$");

  /**
   * {@code **Jane Doe** text} or {@code **Jane Doe:** text}: a name in Markdown bold (or {@code
   * __...__}) opening the text, as transcripts published as Markdown write the speaker.
   */
  private static final Pattern BOLD_NAME =
      Pattern.compile(
          "^(?:\\*\\*|__)(?<name>[^*_:]{1,40}?)\\s*:?\\s*(?:\\*\\*|__)\\s*:?\\s*(?<rest>.*)$");

  /**
   * {@code Break: [55:30]}, {@code **Ad break:** \[30:07\]}: an ad break's label, bold or not, and
   * its time in brackets (escaped or not) with nothing after it.
   */
  private static final Pattern BREAK =
      Pattern.compile(
          "(?i)^(?:\\*\\*|__)?(?:(?:ad|sponsor|commercial|mid-?roll)\\s+)?(?:break|ads?|sponsors?)"
              + "\\s*:?\\s*(?:\\*\\*|__)?\\s*:?\\s*\\\\?[\\[(]\\s*(?<c>"
              + CLOCK
              + ")\\s*\\\\?[\\])]$");

  private static final Pattern BRACKETED_NAME =
      Pattern.compile("^\\[(\\p{Lu}[^\\[\\]:]{0,39})][ \\t]+(\\S.*)$");

  private static final Pattern VOICE =
      Pattern.compile("^<v(?:\\.[^\\s>]*)?[ \\t]+([^>]+)>(.*?)(?:</v>)?$");

  private static final Shape TIME_FIRST_SHAPE = new Shape(TIME_FIRST, List.of("b", "p", "c"));
  private static final List<Shape> NAMED_SHAPES =
      List.of(
          new Shape(SPEAKER_IN_BRACKETS, List.of("b", "p", "c")),
          new Shape(NAME_THEN_TIME, List.of("b", "p")),
          new Shape(HEAD, List.of("b", "p", "c")),
          new Shape(TIME_THEN_NAME, List.of("b", "p", "c")),
          new Shape(TIME_DASH_NAME, List.of("b")),
          new Shape(NAME_COLON_TIME, List.of("c")));

  private static final int MAX_NAME_LENGTH = 40;

  /** A line opening with its time, as {@link #TIME_THEN_NAME} heads do and Otter heads never. */
  private static final Pattern OPENS_WITH_TIME = Pattern.compile("^[\\[(]?\\d");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?,;\u2026]$");

  /**
   * Reads every line of a file. A time and a name alone ({@code [00:00:24] Kyle}) is a speaker's
   * head only when text follows it before the next timed line; else it is a short timed utterance
   * ({@code 00:11:47 Yeah}), as caption-like transcripts write them.
   */
  static List<TranscriptLine> parseAll(List<String> raw) {
    List<TranscriptLine> lines = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      lines.add(parse(i + 1, raw.get(i)));
    }
    for (int i = 0; i < lines.size(); i++) {
      TranscriptLine line = lines.get(i);
      if (line.isTimed()
          && line.speaker() != null
          && line.text().isEmpty()
          && OPENS_WITH_TIME.matcher(raw.get(i).strip()).find()
          && !textFollows(lines, i)) {
        lines.set(
            i,
            new TranscriptLine(
                line.number(), Kind.TIMED, line.start(), null, line.speaker(), true));
      }
    }
    return lines;
  }

  private static boolean textFollows(List<TranscriptLine> lines, int head) {
    for (int i = head + 1; i < lines.size(); i++) {
      Kind kind = lines.get(i).kind();
      if (kind != Kind.BLANK) {
        return kind == Kind.PLAIN || kind == Kind.LABELLED;
      }
    }
    return false;
  }

  /** Reads line {@code number}, whose text is {@code raw}. */
  static TranscriptLine parse(int number, String raw) {
    String line = raw.strip();
    if (line.isEmpty()) {
      return new TranscriptLine(number, Kind.BLANK, null, null, "", false);
    }
    Matcher adBreak = BREAK.matcher(line);
    OptionalDouble breakAt =
        adBreak.matches() ? TranscriptClock.seconds(adBreak.group("c")) : OptionalDouble.empty();
    if (breakAt.isPresent()) {
      return new TranscriptLine(number, Kind.TIMED, breakAt.getAsDouble(), null, "", false);
    }
    for (Shape shape : NAMED_SHAPES) {
      Matcher m = shape.pattern().matcher(line);
      OptionalDouble start =
          m.matches() ? TranscriptClock.seconds(shape.clock(m)) : OptionalDouble.empty();
      if (start.isPresent()) {
        String name = m.group("name").strip();
        boolean alone =
            shape.pattern() == HEAD
                || shape.pattern() == TIME_THEN_NAME
                || shape.pattern() == TIME_DASH_NAME;
        if (shape.pattern() == TIME_THEN_NAME && SENTENCE_END.matcher(name).find()) {
          continue;
        }
        String rest = alone ? "" : m.group("rest").strip();
        if (isName(name)) {
          return new TranscriptLine(number, Kind.TIMED, start.getAsDouble(), name, rest, false);
        }
        if (!alone && !name.contains(" ")) {
          String said = rest.isEmpty() ? name : name + ": " + rest;
          return new TranscriptLine(number, Kind.TIMED, start.getAsDouble(), null, said, false);
        }
      }
    }
    Matcher m = TIME_FIRST.matcher(line);
    OptionalDouble start =
        m.matches() ? TranscriptClock.seconds(TIME_FIRST_SHAPE.clock(m)) : OptionalDouble.empty();
    if (start.isPresent()) {
      Matcher bold = BOLD_NAME.matcher(m.group("rest").strip());
      if (bold.matches() && isName(bold.group("name"))) {
        return new TranscriptLine(
            number,
            Kind.TIMED,
            start.getAsDouble(),
            bold.group("name").strip(),
            bold.group("rest").strip(),
            false);
      }
      return new TranscriptLine(
          number, Kind.TIMED, start.getAsDouble(), null, voiceAsLabel(m.group("rest")), true);
    }
    Matcher bold = BOLD_NAME.matcher(line);
    if (bold.matches() && isName(bold.group("name"))) {
      return new TranscriptLine(
          number,
          Kind.LABELLED,
          null,
          bold.group("name").strip(),
          bold.group("rest").strip(),
          false);
    }
    Matcher labelled = LABELLED.matcher(line);
    if (labelled.matches()
        && isName(labelled.group("name"))
        && !SourceHeader.isKey(labelled.group("name"))) {
      return new TranscriptLine(
          number,
          Kind.LABELLED,
          null,
          labelled.group("name").strip(),
          labelled.group("rest").strip(),
          false);
    }
    return new TranscriptLine(number, Kind.PLAIN, null, null, line, false);
  }

  boolean isTimed() {
    return kind == Kind.TIMED;
  }

  /**
   * {@code <v Jane Doe>text} (a voice tag left in a text line) or {@code [Jane Doe] text} (after
   * the time, as a pyannote script's HTML pages write it) read as {@code Jane Doe: text}, a label.
   */
  private static String voiceAsLabel(String rest) {
    Matcher voice = VOICE.matcher(rest.strip());
    if (voice.matches()) {
      return voice.group(1).strip() + ": " + voice.group(2).strip();
    }
    Matcher bracketed = BRACKETED_NAME.matcher(rest.strip());
    return bracketed.matches() && isName(bracketed.group(1))
        ? bracketed.group(1).strip() + ": " + bracketed.group(2)
        : rest.strip();
  }

  /** A timed line pattern and the names of its clock groups, of which one matches. */
  private record Shape(Pattern pattern, List<String> clocks) {

    String clock(Matcher m) {
      return clocks.stream()
          .map(m::group)
          .filter(Objects::nonNull)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("a timed line matched without a clock"));
    }
  }

  private static boolean isName(String name) {
    String stripped = name.strip();
    return stripped.length() <= MAX_NAME_LENGTH
        && CueTiming.time(stripped).isEmpty()
        && SpeakerPrefix.isNameLike(stripped);
  }
}
