package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceHeader;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads transcript pages whose lines are played from their time by a click: {@code <a
 * onclick="javascript:playAt('0:1:25');return false">▶</a> the words}, as the trs2html stylesheet
 * writes Transcriber files out, or {@code <span onclick="seek(85.2)">the words</span>}. The call's
 * one argument is the time, in seconds or as {@code h:m:s} (one-digit parts allowed).
 *
 * <p>Each timed element starts a cue: its own words, or, when it holds no letter (a ▶ button), the
 * words after it in its block up to the next timed element. The speaker is the text of the nearest
 * element before the block (or before one of its parents) whose class names a speaker ({@code <p
 * class="speaker">Tim Pritlove</p>}). A page needs {@value #MIN_TIMED} timed elements at three
 * different times to be read so, which a player's seek buttons never give, and lines that read like
 * speech: most within a minute of the next, or sentences; chapter links minutes apart with short
 * titles leave the page to the page reader.
 */
final class ClickTimedHtmlReader implements CueReader {

  /**
   * An onclick call whose one argument is a time: {@code playAt('1:17:33')}, {@code seek(85.2)}.
   */
  private static final Pattern CALL =
      Pattern.compile("[\\w.$]+\\(\\s*['\"]?(\\d+(?::\\d{1,2}){0,2}(?:\\.\\d+)?)['\"]?\\s*\\)");

  private static final Pattern ONCLICK_CALL =
      Pattern.compile(
          "(?i)\\sonclick\\s*=\\s*\"[^\"]*?[\\w.$]+\\(\\s*'?\\d+(?::\\d{1,2}){0,2}(?:\\.\\d+)?'?\\s*\\)");

  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern SPEAKER_CLASS = Pattern.compile("(?i)speaker|\\bname\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Fewer timed elements than this are a page with a few play buttons, not a transcript. */
  private static final int MIN_TIMED = 3;

  /** Lines this close (seconds) are speech; chapters are minutes apart. */
  private static final double SPEECH_GAP_SECONDS = 60;

  /** Lines this long on average (words) are sentences, not chapter titles. */
  private static final int MIN_SENTENCE_WORDS = 6;

  /** How many parents above a line's block are searched for its speaker. */
  private static final int SPEAKER_LEVELS = 3;

  @Override
  public String format() {
    return TimedHtmlReader.FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    Matcher m = ONCLICK_CALL.matcher(text.content());
    List<String> times = new ArrayList<>();
    while (times.size() < MIN_TIMED && m.find()) {
      Matcher call = CALL.matcher(m.group());
      if (call.find() && !times.contains(call.group(1))) {
        times.add(call.group(1));
      }
    }
    return times.size() >= MIN_TIMED
        && text.content().contains("</")
        && readsLikeSpeech(cues(text, problem -> {}));
  }

  /**
   * Whether {@code cues} are speech rather than a list of chapters played by a click: most start
   * within a minute of the next, or they hold sentences (six words or more on average).
   */
  private static boolean readsLikeSpeech(List<Cue> cues) {
    if (cues.size() < MIN_TIMED) {
      return false;
    }
    int close = 0;
    for (int i = 0; i + 1 < cues.size(); i++) {
      if (cues.get(i + 1).start() - cues.get(i).start() < SPEECH_GAP_SECONDS) {
        close++;
      }
    }
    long words = cues.stream().mapToLong(c -> c.text().split("\\s+").length).sum();
    return close * 2 >= cues.size() - 1 || words >= (long) MIN_SENTENCE_WORDS * cues.size();
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    return cues(text, problems);
  }

  private static List<Cue> cues(SourceText text, Consumer<Problem> problems) {
    List<Element> timed =
        Jsoup.parse(text.content()).select("[onclick]").stream()
            .filter(e -> CALL.matcher(e.attr("onclick")).find())
            .toList();
    List<Cue> cues = new ArrayList<>(timed.size());
    for (Element element : timed) {
      Matcher call = CALL.matcher(element.attr("onclick"));
      call.find();
      OptionalDouble start = seconds(call.group(1));
      if (start.isEmpty()) {
        problems.accept(
            new Problem(text.location(), 0, "onclick time \"" + call.group(1) + "\" is no time"));
        continue;
      }
      String words = LETTER.matcher(element.text()).find() ? element.text() : after(element);
      double at = start.getAsDouble();
      cues.add(new Cue(0, at, at, speaker(element), SPACES.matcher(words).replaceAll(" ").strip()));
    }
    for (int i = 0; i + 1 < cues.size(); i++) {
      Cue cue = cues.get(i);
      cues.set(i, cue.withEnd(Math.max(cue.start(), cues.get(i + 1).start())));
    }
    return cues;
  }

  @Override
  public SourceHeader header(SourceText text, Consumer<Problem> problems) {
    return TimedHtmlReader.titleHeader(text, problems);
  }

  /** Seconds from {@code 85.2}, {@code 1:25} or {@code 0:1:25}. */
  private static OptionalDouble seconds(String time) {
    String[] parts = time.split(":");
    double seconds = 0;
    for (String part : parts) {
      seconds = seconds * 60 + Double.parseDouble(part);
    }
    boolean fits = parts.length == 1 || Double.parseDouble(parts[parts.length - 1]) < 60;
    return fits && Double.isFinite(seconds) ? OptionalDouble.of(seconds) : OptionalDouble.empty();
  }

  /** The words after {@code marker} in its block, up to the next timed element. */
  private static String after(Element marker) {
    Element block = block(marker);
    StringBuilder words = new StringBuilder();
    boolean reading = false;
    for (Node node : block.childNodes()) {
      if (node == marker || (node instanceof Element e && e.select("[onclick]").contains(marker))) {
        reading = true;
      } else if (reading) {
        if (node instanceof Element e && !e.select("[onclick]").isEmpty()) {
          break;
        }
        words.append(node instanceof TextNode t ? t.text() : ((Element) node).text()).append(' ');
      }
    }
    return words.toString();
  }

  /** The speaker named before {@code element}'s block, or null. */
  private static String speaker(Element element) {
    Element at = block(element);
    for (int level = 0; level <= SPEAKER_LEVELS && at != null; level++) {
      for (Element before = at.previousElementSibling();
          before != null;
          before = before.previousElementSibling()) {
        if (SPEAKER_CLASS.matcher(before.className()).find() && !before.text().isBlank()) {
          return before.text().strip().replaceFirst(":$", "").strip();
        }
      }
      at = at.parent();
    }
    return null;
  }

  /** The nearest block element around {@code element} (itself when it is one). */
  private static Element block(Element element) {
    Element at = element;
    while (at.parent() != null && !at.isBlock()) {
      at = at.parent();
    }
    return at;
  }
}
