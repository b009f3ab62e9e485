package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceHeader;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads interactive transcript pages, whose words or sentences carry their time in a {@code
 * data-start} attribute ({@code <span data-start="2.12">Hey</span>}), in seconds or, when every
 * value is a whole number and the largest is over ten hours' worth of seconds, in milliseconds.
 *
 * <p>The innermost timed elements are read in page order and grouped into sentences: a segment
 * starts at the first word's time and ends at the last one's {@code data-end} (or its start), and a
 * new one opens after a word that ends a sentence or where a new paragraph (block) begins. Timed
 * sentences or paragraphs are thus one segment each. The page's {@code <title>} is its title,
 * unless it is only the word "Transcript".
 */
final class TimedHtmlReader implements CueReader {

  static final String FORMAT = "html-transcript";

  private static final Pattern DATA_START = Pattern.compile("\\sdata-start\\s*=\\s*[\"']?\\d");
  private static final Pattern SECONDS = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026][\"'\u201D\u2019)]*$");
  private static final Pattern ATTACHES_LEFT = Pattern.compile("^[,.;:!?\u2026)\\]}%'\u2019]");
  private static final Pattern GENERIC_TITLE = Pattern.compile("(?i)\\s*transcript\\s*");

  /** Fewer timed elements than this are a page with a few time links, not a transcript. */
  private static final int MIN_TIMED = 3;

  /** More whole seconds than this (ten hours) can only be milliseconds. */
  private static final double MAX_SECONDS = 36_000;

  /** One timed element: where it starts and ends, its text and the block it stands in. */
  private record Timed(double start, double end, String text, Element block) {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    Matcher m = DATA_START.matcher(text.content());
    int found = 0;
    while (found < MIN_TIMED && m.find()) {
      found++;
    }
    return found >= MIN_TIMED && text.content().contains("</");
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    List<Element> leaves = leaves(Jsoup.parse(text.content()));
    double scale = isMilliseconds(leaves) ? 1000 : 1;
    List<Timed> timed = new ArrayList<>(leaves.size());
    for (Element leaf : leaves) {
      OptionalDouble start = time(leaf.attr("data-start"));
      if (start.isEmpty()) {
        problems.accept(
            new Problem(
                text.location(),
                0,
                "data-start=\"" + leaf.attr("data-start") + "\" is not a time; skipped"));
        continue;
      }
      double from = start.getAsDouble() / scale;
      double to = time(leaf.attr("data-end")).orElse(from * scale) / scale;
      timed.add(new Timed(from, Math.max(from, to), leaf.text().strip(), block(leaf)));
    }
    return sentences(timed);
  }

  @Override
  public SourceHeader header(SourceText text, Consumer<Problem> problems) {
    return titleHeader(text, problems);
  }

  /** The page's {@code <title>} as its header's title, unless it is only "Transcript". */
  static SourceHeader titleHeader(SourceText text, Consumer<Problem> problems) {
    String title = Jsoup.parse(text.content()).title().strip();
    if (title.isEmpty() || GENERIC_TITLE.matcher(title).matches()) {
      return SourceHeader.NONE;
    }
    return SourceHeader.of(Map.of("title", List.of(title)), text.location(), 0, problems);
  }

  /** The elements with a {@code data-start} and no element with one inside them, in page order. */
  private static List<Element> leaves(Document page) {
    return page.select("[data-start]").stream()
        .filter(e -> e.select("[data-start]").size() == 1)
        .toList();
  }

  private static boolean isMilliseconds(List<Element> leaves) {
    double max = 0;
    for (Element leaf : leaves) {
      String value = leaf.attr("data-start").strip();
      if (!value.matches("\\d+")) {
        return false;
      }
      max = Math.max(max, Double.parseDouble(value));
    }
    return max > MAX_SECONDS;
  }

  /** Seconds (or milliseconds) from {@code 12.5}, or a clock such as {@code 00:12.500}. */
  private static OptionalDouble time(String value) {
    String stripped = value.strip();
    return SECONDS.matcher(stripped).matches()
        ? OptionalDouble.of(Double.parseDouble(stripped))
        : CueTiming.time(stripped);
  }

  /** The nearest block element around {@code leaf} (itself when it is one). */
  private static Element block(Element leaf) {
    Element at = leaf;
    while (at.parent() != null && !at.isBlock()) {
      at = at.parent();
    }
    return at;
  }

  private static List<Cue> sentences(List<Timed> timed) {
    List<Cue> cues = new ArrayList<>();
    List<Timed> sentence = new ArrayList<>();
    for (Timed word : timed) {
      if (!sentence.isEmpty() && sentence.get(sentence.size() - 1).block() != word.block()) {
        cues.add(cue(sentence));
        sentence.clear();
      }
      sentence.add(word);
      if (SENTENCE_END.matcher(word.text()).find()) {
        cues.add(cue(sentence));
        sentence.clear();
      }
    }
    if (!sentence.isEmpty()) {
      cues.add(cue(sentence));
    }
    return cues;
  }

  private static Cue cue(List<Timed> words) {
    Timed first = words.get(0);
    double end = words.stream().mapToDouble(Timed::end).max().orElse(first.start());
    StringBuilder text = new StringBuilder();
    for (Timed word : words) {
      if (!word.text().isEmpty()) {
        boolean spaced = text.length() > 0 && !ATTACHES_LEFT.matcher(word.text()).find();
        text.append(spaced ? " " : "").append(word.text());
      }
    }
    return new Cue(0, first.start(), end, null, text.toString());
  }
}
