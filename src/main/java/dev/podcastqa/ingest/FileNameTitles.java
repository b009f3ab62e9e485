package dev.podcastqa.ingest;

import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Names an episode that nothing titled (a transcript alone, a page with no title line) after its
 * file, with a problem line saying so, so the file is still read; a file name with no word in it
 * names nothing, and the episode stays untitled.
 */
final class FileNameTitles {

  /** A language tag before the extension, as in {@code talk.en.vtt} or {@code talk.en-US.srt}. */
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("\\.[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s_.\\-+]+");

  private FileNameTitles() {}

  /** {@code draft}, titled from its file name when it has no title, each title reported. */
  static Draft titled(Draft draft, Consumer<Problem> problems) {
    if (draft.title() != null) {
      return draft;
    }
    String location = named(draft.sources()).location();
    String title = readableName(SourceText.of(location, "").name());
    if (title.isEmpty()) {
      return draft;
    }
    String what =
        draft.transcript().isEmpty()
            ? "no title line in the page"
            : "no title in the" + " transcript";
    problems.accept(
        new Problem(
            location,
            0,
            what
                + ", so it is titled \""
                + title
                + "\" from its file name; to name it, put a Title: line at its top, or a"
                + " sidecar NAME.meta.json with a \"title\" beside it"));
    return draft.toBuilder().title(title).build();
  }

  /** {@code lex_fridman-podcast_ep-412.vtt} becomes {@code Lex Fridman Podcast Ep 412}. */
  static String readableName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    stem = LANGUAGE_TAG.matcher(stem).replaceFirst("");
    List<String> words = new ArrayList<>();
    for (String word : SEPARATORS.split(stem)) {
      if (!word.isEmpty()) {
        words.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
      }
    }
    return String.join(" ", words);
  }

  /** The source that names the episode: the first that is not a chapters file joined to it. */
  private static Source named(List<Source> sources) {
    return sources.stream()
        .filter(source -> !source.format().equals(LoneChapters.FORMAT))
        .findFirst()
        .orElse(sources.get(0));
  }
}
