package dev.podcastqa.ingest.markdown;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.ingest.source.Durations;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page whose transcript is {@code **Name:** text} turns under chapter headings, the
 * headings timing the turns below them: devtools.fm's pages put {@code #### [00:02:19] What was
 * Rome?} over the turns, or an untimed {@code #### Introduction} whose time a list of {@code
 * [00:00:00] Introduction} lines above the transcript gives. The turns carry no time of their own
 * (or only a few), so without the headings no reader saw a transcript, and the turns became the
 * notes of chapters.
 *
 * @param body the plain body with each heading that times turns written as its time alone ({@code
 *     [00:02:19]}), the other section headings and the chapter list left blank (line numbers kept)
 * @param chapters the timed headings, or when none is timed, the listed chapters
 */
public record HeadedTurns(SourceText body, List<Chapter> chapters) {

  /** {@code [00:02:19] What was Rome?}, a line of a chapter list. */
  private static final Pattern LISTED =
      Pattern.compile("^\\[\\s*((?:\\d{1,2}:)?\\d{1,2}:\\d{2})\\s*]\\s+(\\S.{0,150})$");

  private static final Pattern BOLD_TURN = Pattern.compile("^\\*\\*[^*\\r\\n]{1,80}?:\\*\\*\\s");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Headings that time turns make a page of headed turns from this many on. */
  private static final int MIN_HEADS = 2;

  public HeadedTurns {
    chapters = List.copyOf(chapters);
  }

  /**
   * The headed turns of the document whose plain body is {@code plain} and whose Markdown lines are
   * {@code markdown}, or empty when its turns are not bold names under headings with times.
   */
  static Optional<HeadedTurns> of(SourceText plain, List<String> markdown) {
    if (!BoldTurns.hold(markdown)) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>(plain.lines());
    int firstTurn = firstTurn(markdown);
    Map<String, Chapter> listed = new HashMap<>();
    List<Chapter> list = chapterList(lines, markdown, firstTurn, listed);
    List<Chapter> timed = new ArrayList<>();
    int heads = 0;
    for (int i = 0; i < markdown.size() && i < lines.size(); i++) {
      String line = markdown.get(i);
      if (!MarkdownText.isHeading(line) || MarkdownText.isTitleHeading(line)) {
        continue;
      }
      Optional<Chapter> chapter = TimedHeadings.chapter(line);
      chapter.ifPresent(timed::add);
      if (chapter.isEmpty()) {
        chapter = Optional.ofNullable(listed.get(key(MarkdownText.plain(line))));
      }
      boolean headsTurns = chapter.isPresent() && (i > firstTurn || nextIsTurn(markdown, i));
      lines.set(i, headsTurns ? "[" + clock(chapter.get().startSeconds()) + "]" : "");
      heads += headsTurns ? 1 : 0;
    }
    if (heads < MIN_HEADS) {
      return Optional.empty();
    }
    SourceText body = new SourceText(plain.location(), plain.name(), String.join("\n", lines));
    return Optional.of(new HeadedTurns(body, timed.isEmpty() ? list : timed));
  }

  /** The index of the first line that opens with a bold name, or the end. */
  private static int firstTurn(List<String> markdown) {
    for (int i = 0; i < markdown.size(); i++) {
      if (BOLD_TURN.matcher(markdown.get(i)).find()) {
        return i;
      }
    }
    return markdown.size();
  }

  private static boolean nextIsTurn(List<String> markdown, int heading) {
    for (int i = heading + 1; i < markdown.size(); i++) {
      if (!markdown.get(i).isBlank()) {
        return BOLD_TURN.matcher(markdown.get(i)).find();
      }
    }
    return false;
  }

  /**
   * The chapter list above the first turn: runs of at least two {@code [00:02:19] Title} lines, one
   * under the other, in time order. Its lines are left blank in {@code lines}, and each chapter is
   * put in {@code byTitle} by its title's words.
   */
  private static List<Chapter> chapterList(
      List<String> lines, List<String> markdown, int firstTurn, Map<String, Chapter> byTitle) {
    List<Chapter> chapters = new ArrayList<>();
    int i = 0;
    while (i < firstTurn && i < lines.size()) {
      List<Chapter> run = new ArrayList<>();
      int j = i;
      while (j < firstTurn && j < lines.size() && !MarkdownText.isHeading(markdown.get(j))) {
        Optional<Chapter> chapter = listed(lines.get(j));
        if (chapter.isEmpty()
            || (!run.isEmpty()
                && chapter.get().startSeconds() <= run.get(run.size() - 1).startSeconds())) {
          break;
        }
        run.add(chapter.get());
        j++;
      }
      if (run.size() >= 2) {
        for (int k = i; k < j; k++) {
          lines.set(k, "");
        }
        run.forEach(c -> byTitle.putIfAbsent(key(c.title()), c));
        chapters.addAll(run);
      }
      i = Math.max(j, i + 1);
    }
    return chapters;
  }

  private static Optional<Chapter> listed(String line) {
    Matcher m = LISTED.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    OptionalInt seconds = Durations.parse(m.group(1));
    return seconds.isPresent()
        ? Optional.of(new Chapter(seconds.getAsInt(), m.group(2).strip()))
        : Optional.empty();
  }

  private static String key(String title) {
    return NOT_WORD.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static String clock(int seconds) {
    return String.format(
        Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
