package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceHeader;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads WebVTT files: the header, cues with optional identifiers and settings, voice tags as
 * speakers, markup stripped; NOTE, STYLE and REGION blocks are skipped. Cues without a voice tag
 * take the speaker their {@code Name:} label names, as in SRT ({@link SpeakerLabels}): Zoom's
 * recording transcripts write every cue so ({@code Conor Healy: let's see.}).
 *
 * <p>A file cut off in the middle of a cue keeps its complete cues and reports the cut one. A final
 * cue counts as cut when the file does not end with a line break and the cue's timing is broken or
 * its last line does not end a sentence.
 *
 * <p>A {@code WEBVTT} header further down starts another file joined to this one, as an HLS
 * stream's caption segments are saved; their times are placed by {@link HlsCaptionSegments}. A file
 * that starts with a cue and has such a header later is WebVTT whatever its name.
 *
 * <p>A file written a word a cue has its words merged into utterances, as SubRip's are ({@link
 * SrtReader}).
 */
final class WebVttReader implements CueReader {

  static final String FORMAT = "webvtt";

  private static final Pattern HEADER = Pattern.compile("^WEBVTT(?:[ \\t].*)?$");
  private static final Pattern LATER_HEADER = Pattern.compile("(?m)^WEBVTT(?:[ \\t].*)?$");
  private static final Pattern SKIPPED_BLOCK =
      Pattern.compile("^(?:NOTE|STYLE|REGION)(?:[ \\t].*)?$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026\"'\u201D\u2019)\\]]$");

  private static final Pattern HEADER_FIELD =
      Pattern.compile("^(?:NOTE[ \\t]+)?([\\p{L}][\\p{L} ]{0,20}?)\\s*:\\s*(\\S.*)$");

  private final RollingCaptions rolling = new RollingCaptions();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    String content = text.content();
    int end = content.indexOf('\n');
    if (HEADER.matcher(end < 0 ? content : content.substring(0, end)).matches()) {
      return true;
    }
    List<String> lines = text.lines();
    int first = SourceText.firstFilled(lines);
    return first < lines.size()
        && CueTiming.parse(lines.get(first)).isPresent()
        && LATER_HEADER.matcher(content).find();
  }

  @Override
  public boolean recognizesExtension(SourceText text) {
    return text.extension().equals("vtt") && text.content().contains("-->");
  }

  /**
   * {@code Title:}, {@code Podcast:} and the other {@link SourceHeader} fields written in the
   * header block under {@code WEBVTT} or in a {@code NOTE} block before the first cue.
   */
  @Override
  public SourceHeader header(SourceText text, Consumer<Problem> problems) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    int firstLine = 0;
    List<String> lines = text.lines();
    for (int i = 0; i < lines.size() && !CueTiming.isTimingLine(lines.get(i)); i++) {
      Matcher m = HEADER_FIELD.matcher(lines.get(i).strip());
      if (m.matches() && SourceHeader.isKey(m.group(1))) {
        fields.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2).strip());
        firstLine = firstLine == 0 ? i + 1 : firstLine;
      }
    }
    return SourceHeader.of(fields, text.location(), firstLine, problems);
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    List<Cue> cues = SpeakerLabels.label(rolling.collapse(new Pass(text, problems).cues()));
    return UtteranceMerger.ofCaptions(cues, text.location(), problems);
  }

  /** One reading of one file: the lines, where problems go, and the cues found so far. */
  private static final class Pass {
    private final SourceText text;
    private final List<String> lines;
    private final Consumer<Problem> problems;
    private final boolean cutOff;
    private final List<Cue> cues = new ArrayList<>();
    private final HlsCaptionSegments segments = new HlsCaptionSegments();

    Pass(SourceText text, Consumer<Problem> problems) {
      this.text = text;
      this.lines = text.lines();
      this.problems = problems;
      this.cutOff = !text.content().isEmpty() && !text.content().endsWith("\n");
    }

    List<Cue> cues() {
      int i = afterHeader();
      while (i < lines.size()) {
        i = lines.get(i).isBlank() ? i + 1 : block(i);
      }
      return segments.place(cues, text.location(), problems);
    }

    private int afterHeader() {
      if (!HEADER.matcher(lines.get(0)).matches()) {
        report(
            1,
            text.extension().equals("vtt")
                ? "no WEBVTT header on the first line; read as WebVTT because of the .vtt name"
                : "no WEBVTT header on the first line; read as WebVTT because one comes further"
                    + " down");
        segments.begin(1, 0, List.of());
        return 0;
      }
      return header(0);
    }

    /** Notes the header block starting at {@code start}; returns the index just after it. */
    private int header(int start) {
      int i = start + 1;
      while (i < lines.size() && !lines.get(i).isEmpty() && !isTiming(i)) {
        i++;
      }
      segments.begin(start + 1, cues.size(), lines.subList(start + 1, i));
      return i;
    }

    /** Reads the block starting at {@code start}; returns the index just after it. */
    private int block(int start) {
      if (SKIPPED_BLOCK.matcher(lines.get(start)).matches()) {
        return endOfBlock(start);
      }
      if (HEADER.matcher(lines.get(start)).matches()) {
        return header(start);
      }
      int timing = isTiming(start) ? start : isTiming(start + 1) ? start + 1 : -1;
      if (timing < 0) {
        int end = endOfBlock(start);
        String first = lines.get(start).strip();
        report(
            start + 1,
            end == lines.size() && cutOff
                ? "the file ends in the middle of a cue: \"" + first + "\" was dropped"
                : "text \"" + first + "\" has no cue timing before it; skipped");
        return end;
      }
      int end = timing + 1;
      while (end < lines.size() && !lines.get(end).isEmpty() && !isTiming(end)) {
        end++;
      }
      cue(timing, end);
      return end;
    }

    private void cue(int timing, int end) {
      String line = lines.get(timing).strip();
      boolean last = end == lines.size() && cutOff;
      Optional<CueTiming.Span> span = CueTiming.parse(line);
      if (span.isEmpty()) {
        report(
            timing + 1,
            last && timing == end - 1
                ? "the file ends in the middle of a cue: its timing \"" + line + "\" is cut off"
                : "cue timing \"" + line + "\" is not a time");
        return;
      }
      List<String> body = lines.subList(timing + 1, end);
      if (last && (body.isEmpty() || !endsSentence(body.get(body.size() - 1)))) {
        report(
            timing + 1,
            "the file ends in the middle of a cue: the cue at "
                + CueTiming.format(span.get().start())
                + " was dropped");
        return;
      }
      for (VttCueText.Voiced voiced : VttCueText.parse(String.join(" ", body))) {
        cues.add(
            new Cue(
                timing + 1, span.get().start(), span.get().end(), voiced.speaker(), voiced.text()));
      }
    }

    private static boolean endsSentence(String markup) {
      return SENTENCE_END.matcher(VttCueText.plain(markup)).find();
    }

    private int endOfBlock(int start) {
      int end = start;
      while (end < lines.size() && !lines.get(end).isEmpty()) {
        end++;
      }
      return end;
    }

    private boolean isTiming(int index) {
      return index < lines.size() && CueTiming.isTimingLine(lines.get(index));
    }

    private void report(int line, String reason) {
      problems.accept(new Problem(text.location(), line, reason));
    }
  }
}
