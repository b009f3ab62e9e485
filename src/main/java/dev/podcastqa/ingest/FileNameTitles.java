package dev.podcastqa.ingest;

import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names an episode that nothing titled (a transcript alone, a page with no title line) after its
 * file, with a note saying so, so the file is still read; a file name with no word in it names
 * nothing, and the episode stays untitled. A file name that opens with a date ({@code
 * 20241104_0bhPTk9hdGI.srt}, as cannonQ/ergo-transcripts names its calls and captions) dates an
 * episode that nothing else dated, with a note too.
 */
final class FileNameTitles {

  /** A language tag before the extension, as in {@code talk.en.vtt} or {@code talk.en-US.srt}. */
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("\\.[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s_.\\-+]+");

  /** A subtitle site's mark, {@code [DownSub.com]}, {@code [SaveSubs.com]}. */
  private static final Pattern SITE_TAG =
      Pattern.compile("\\s*\\[[\\w-]+\\.(?:com|net|org|io|cc|to)]\\s*");

  /** The subtitle language such a site puts first: {@code [English (United States)] }. */
  private static final Pattern LEADING_LANGUAGE =
      Pattern.compile("^\\[\\p{L}+(?:[ -]\\p{L}+)?(?: \\([^)\\]]{1,40}\\))?]\\s*");

  /** yt-dlp's {@code Title [VIDEO_ID]}, the id of a YouTube video in brackets. */
  private static final Pattern BRACKETED_VIDEO_ID = Pattern.compile("\\s*\\[[A-Za-z0-9_-]{11}]$");

  /**
   * A YouTube video id joined by {@code _} or {@code -} at the end: {@code 20240614_jiJEy4M-O7g}.
   */
  private static final Pattern TRAILING_VIDEO_ID = Pattern.compile("[_\\s]([A-Za-z0-9_-]{11})$");

  /**
   * What a transcription pipeline adds to the episode's name for the file's role or the tool that
   * wrote it: {@code _transcript_corrected}, {@code _notes}, {@code -assemblyai_opus}. Words that
   * are also plain English ({@code words}, {@code aligned}, {@code cloud}) count only after a
   * tool's name, as bobsummerwill/strato-transcripts writes them ({@code _assemblyai_words.json},
   * {@code _whisperx-cloud_gemini.md}, {@code _assemblyai_opus_aligned_words.json}): {@code
   * famous_last_words.vtt} keeps its last word.
   */
  private static final Pattern ROLE_WORDS =
      Pattern.compile(
          "(?i)(?:\\s*[_.-]\\s*(?:(?:transcript|transcription|corrected|notes|show_notes|summary|meta"
              + "|topics|opus)|(?:assemblyai|whisperx|deepgram|otter)(?:\\s*[_.-]\\s*(?:words|aligned"
              + "|consensus|cloud|opus|grok|gemini|qwen|gpt|claude|corrected)(?=$|[\\s_.-]))*)"
              + "(?=$|[\\s_.-]))+$");

  /**
   * A date that opens a name, {@code yyyymmdd} or {@code yyyy-mm-dd} in years 1900 to 2099, alone
   * or before more of the name.
   */
  private static final Pattern LEADING_DATE =
      Pattern.compile("^((?:19|20)\\d{2})([-_.]?)(\\d{2})\\2(\\d{2})(?=$|[\\s_.\\-+])");

  /**
   * A name that is a {@code yyyymmdd} date and, perhaps, a video's id: {@code
   * 20241104_0bhPTk9hdGI}.
   */
  private static final Pattern DATE_AND_ID =
      Pattern.compile("^(?:19|20)\\d{6}(?:[_\\s-]+([A-Za-z0-9_-]{11}))?$");

  private static final DateTimeFormatter WRITTEN_OUT =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private FileNameTitles() {}

  /**
   * {@code draft}, titled from its file name when it has no title and dated from it when it has no
   * date and the name opens with one, each guess noted.
   */
  static Draft titled(Draft draft, Consumer<Problem> notes) {
    if (draft.title() != null && draft.published() != null) {
      return draft;
    }
    String location = named(draft.sources()).location();
    String name = fileName(location);
    Optional<LocalDate> date =
        draft.published() == null ? dateOf(name) : Optional.<LocalDate>empty();
    String title = draft.title() == null ? readableName(name) : "";
    Draft.Builder builder = draft.toBuilder();
    date.ifPresent(builder::published);
    if (title.isEmpty()) {
      date.ifPresent(
          day ->
              notes.accept(
                  Problem.note(
                      location,
                      0,
                      "no published date given, so it is dated "
                          + day
                          + " by the date its file name opens with; to date it otherwise, put a"
                          + " sidecar NAME.meta.json with a \"published\" beside it")));
      return date.isPresent() ? builder.build() : draft;
    }
    String what =
        draft.transcript().isEmpty()
            ? "no title line in the page"
            : "no title in the" + " transcript";
    notes.accept(
        Problem.note(
            location,
            0,
            what
                + ", so it is titled \""
                + title
                + "\" from its file name"
                + date.map(day -> ", and dated " + day + " by the date it opens with").orElse("")
                + "; to name it, put a Title: line at its top, or a"
                + " sidecar NAME.meta.json with a \"title\" beside it"));
    return builder.title(title).build();
  }

  /**
   * The date {@code fileName} opens with ({@code 20241104_0bhPTk9hdGI.srt}, {@code
   * 2024-11-04-talk.md}), if it is a day of the calendar.
   */
  static Optional<LocalDate> dateOf(String fileName) {
    Matcher date = LEADING_DATE.matcher(fileName);
    if (!date.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(date.group(1)),
              Integer.parseInt(date.group(3)),
              Integer.parseInt(date.group(4))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code lex_fridman-podcast_ep-412.vtt} becomes {@code Lex Fridman Podcast Ep 412}; a name that
   * already has spaces and both cases ({@code To GraphQL or not to GraphQL？ with special guest Mat
   * Ryer_transcript_corrected.txt}) keeps its words as written, yt-dlp's full-width stand-ins for
   * the characters a file name cannot hold turned back ({@code To GraphQL or not to GraphQL? with
   * special guest Mat Ryer}). Role and tool words, a YouTube video id and a subtitle site's tags
   * are left out. A name that is only a date and a video's id ({@code
   * 20241104_0bhPTk9hdGI_transcript.txt}) becomes the date written out and the id, {@code 4
   * November 2024 (0bhPTk9hdGI)}, so that two videos of one day keep two titles.
   */
  static String readableName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    stem = halfWidth(LANGUAGE_TAG.matcher(stem).replaceFirst(""));
    Optional<String> dated = datedTitle(ROLE_WORDS.matcher(stem).replaceFirst("").strip());
    if (dated.isPresent()) {
      return dated.get();
    }
    stem = withoutMarks(stem);
    if (stem.contains(" ") && hasBothCases(stem)) {
      return stem.replaceAll("(?<=\\S)_ ", ": ")
          .replaceAll(" _ ", " - ")
          .replace('_', ' ')
          .replaceAll("\\s+", " ")
          .strip();
    }
    List<String> words = new ArrayList<>();
    for (String word : SEPARATORS.split(stem)) {
      if (!word.isEmpty()) {
        words.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
      }
    }
    return String.join(" ", words);
  }

  /** The title of a name that is a date and perhaps a video's id, or empty for any other name. */
  private static Optional<String> datedTitle(String stem) {
    Matcher name = DATE_AND_ID.matcher(stem);
    if (!name.matches() || (name.group(1) != null && !isVideoId(name.group(1)))) {
      return Optional.empty();
    }
    return dateOf(stem)
        .map(
            day ->
                WRITTEN_OUT.format(day)
                    + (name.group(1) == null ? "" : " (" + name.group(1) + ")"));
  }

  /** {@code stem} without subtitle-site tags, role and tool words, or a trailing video id. */
  private static String withoutMarks(String stem) {
    String kept = stem;
    if (SITE_TAG.matcher(kept).find()) {
      kept = SITE_TAG.matcher(kept).replaceAll(" ");
      kept = LEADING_LANGUAGE.matcher(kept.strip()).replaceFirst("");
    }
    kept = BRACKETED_VIDEO_ID.matcher(kept.strip()).replaceFirst("");
    kept = ROLE_WORDS.matcher(kept).replaceFirst("");
    var id = TRAILING_VIDEO_ID.matcher(kept);
    if (id.find() && isVideoId(id.group(1))) {
      kept = kept.substring(0, id.start());
    }
    kept = kept.strip();
    return kept.chars().anyMatch(Character::isLetterOrDigit) ? kept : stem;
  }

  /**
   * Whether an 11-character word looks like a YouTube id rather than a word: small letters and a
   * capital after the first letter, with a digit or three capitals ({@code jiJEy4M-O7g}, not {@code
   * Christopher} or {@code episode-012}).
   */
  private static boolean isVideoId(String word) {
    boolean innerCapital = word.substring(1).chars().anyMatch(Character::isUpperCase);
    boolean digit = word.chars().anyMatch(Character::isDigit);
    long capitals = word.chars().filter(Character::isUpperCase).count();
    return innerCapital
        && word.chars().anyMatch(Character::isLowerCase)
        && (digit || capitals >= 3);
  }

  /** yt-dlp's stand-ins (：？／｜＂＊＜＞⧸⧹) turned back into the characters they replace. */
  private static String halfWidth(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      out.append(
          switch (c) {
            case '\uFF1A' -> ':';
            case '\uFF1F' -> '?';
            case '\uFF0F', '\u29F8' -> '/';
            case '\uFF5C' -> '|';
            case '\uFF02' -> '"';
            case '\uFF0A' -> '*';
            case '\uFF1C' -> '<';
            case '\uFF1E' -> '>';
            case '\u29F9' -> '\\';
            default -> c;
          });
    }
    return out.toString();
  }

  private static boolean hasBothCases(String text) {
    return text.chars().anyMatch(Character::isUpperCase)
        && text.chars().anyMatch(Character::isLowerCase);
  }

  /**
   * The last part of a file's path as written (a {@code #} or {@code ?} in it is part of the name),
   * or of a URL's path.
   */
  private static String fileName(String location) {
    if (location.startsWith("http://") || location.startsWith("https://")) {
      return SourceText.of(location, "").name();
    }
    try {
      Path name = Path.of(location).getFileName();
      return name == null ? location : name.toString();
    } catch (InvalidPathException e) {
      return SourceText.of(location, "").name();
    }
  }

  /** The source that names the episode: the first that is not a chapters file joined to it. */
  private static Source named(List<Source> sources) {
    return sources.stream()
        .filter(source -> !source.format().equals(LoneChapters.FORMAT))
        .findFirst()
        .orElse(sources.get(0));
  }
}
