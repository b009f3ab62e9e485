package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a WebVTT file that joins an HLS stream's caption segments, as yt-dlp saves a live
 * stream's captions: each segment starts again with a {@code WEBVTT} header, its cue times restart
 * at 0, and its {@code X-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00.000} ties them to the stream's 90
 * kHz clock ({@code MPEGTS} is where {@code LOCAL} falls on it; it wraps at 2^33).
 *
 * <p>When every segment with cues has such a map, each is moved to its place on that clock, the
 * first segment keeping its own times. When one has none, the segments cannot be placed: the first
 * segment's cues are kept, the others are left out and one problem says so.
 */
final class HlsCaptionSegments {

  private static final Pattern MAP = Pattern.compile("^X-TIMESTAMP-MAP=(.*)$");
  private static final Pattern MPEGTS = Pattern.compile("MPEGTS:(\\d{1,18})");
  private static final Pattern LOCAL = Pattern.compile("LOCAL:([0-9:.]+)");
  private static final double TICKS_PER_SECOND = 90_000;
  private static final long WRAP = 1L << 33;

  /**
   * One segment: the 1-based line of its header, the index of its first cue, and its map ({@code
   * ticks} on the stream's clock at {@code local} seconds of its cue times), empty when it has
   * none.
   */
  private record Part(int line, int firstCue, OptionalLong ticks, OptionalDouble local) {
    boolean mapped() {
      return ticks.isPresent() && local.isPresent();
    }
  }

  private final List<Part> parts = new ArrayList<>();

  /**
   * Notes a segment whose header starts on line {@code line} (1-based), with the header's other
   * lines {@code header}; its cues start at index {@code firstCue} of the cues read.
   */
  void begin(int line, int firstCue, List<String> header) {
    OptionalLong ticks = OptionalLong.empty();
    OptionalDouble local = OptionalDouble.empty();
    for (String field : header) {
      Matcher map = MAP.matcher(field.strip());
      if (map.matches()) {
        Matcher mpegts = MPEGTS.matcher(map.group(1));
        Matcher at = LOCAL.matcher(map.group(1));
        ticks = mpegts.find() ? OptionalLong.of(Long.parseLong(mpegts.group(1))) : ticks;
        local = at.find() ? CueTiming.time(at.group(1)) : local;
      }
    }
    parts.add(new Part(line, firstCue, ticks, local));
  }

  /** {@code cues} placed on the stream's clock, as the class comment says. */
  List<Cue> place(List<Cue> cues, String location, Consumer<Problem> problems) {
    if (parts.size() < 2) {
      return cues;
    }
    List<Part> filled = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      int end = i + 1 < parts.size() ? parts.get(i + 1).firstCue() : cues.size();
      if (end > parts.get(i).firstCue()) {
        filled.add(parts.get(i));
      }
    }
    if (filled.isEmpty()) {
      // headers again but no cue under any of them: nothing to place
      return cues;
    }
    Part unmapped = filled.stream().filter(p -> !p.mapped()).findFirst().orElse(null);
    if (unmapped == null) {
      return placed(cues, filled);
    }
    int kept = parts.get(1).firstCue();
    problems.accept(
        new Problem(
            location,
            parts.get(1).line(),
            "the file joins "
                + parts.size()
                + " WebVTT files (HLS caption segments, a WEBVTT header again on this line), whose"
                + " times restart at 0; the one from line "
                + unmapped.line()
                + " has no X-TIMESTAMP-MAP to place it by, so the "
                + (cues.size() - kept)
                + " cues from this line on were left out"));
    return cues.subList(0, kept);
  }

  private static List<Cue> placed(List<Cue> cues, List<Part> filled) {
    List<Cue> result = new ArrayList<>(cues.size());
    Part first = filled.get(0);
    long wraps = 0;
    long previous = first.ticks().getAsLong();
    for (int i = 0; i < filled.size(); i++) {
      Part part = filled.get(i);
      long ticks = part.ticks().getAsLong() + wraps;
      if (ticks < previous - WRAP / 2) {
        wraps += WRAP;
        ticks += WRAP;
      }
      previous = ticks;
      double shift =
          (ticks - first.ticks().getAsLong()) / TICKS_PER_SECOND
              - (part.local().getAsDouble() - first.local().getAsDouble());
      int end = i + 1 < filled.size() ? filled.get(i + 1).firstCue() : cues.size();
      for (Cue cue : cues.subList(part.firstCue(), end)) {
        result.add(
            new Cue(
                cue.line(),
                millis(cue.start() + shift),
                millis(cue.end() + shift),
                cue.speaker(),
                cue.text()));
      }
    }
    return result;
  }

  /** {@code seconds} rounded to whole milliseconds, as cue times are written. */
  private static double millis(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }
}
