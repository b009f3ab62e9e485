package dev.podcastqa.ingest;

import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.Draft;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a transcript that names nothing and the show notes of the same episode when both, in one
 * folder, carry its number: Syntax publishes {@code Syntax321.srt} apart from its show notes {@code
 * 321 - avif.md} ({@code number: 321}), and a listener who downloads both keeps them side by side.
 * A number is clear only when a file's name holds one number and no other ({@code Syntax321},
 * {@code 321 - avif}, {@code ep-321}; never {@code podcasting-2-0-episode-124}) and the front
 * matter, if it gives one, agrees; a pair is made only when exactly one transcript and exactly one
 * set of notes in the folder carry that number, and every word of the transcript's file name
 * besides the number and words like "episode" is a word of the notes (Syntax's notes say "Syntax
 * listeners"): a folder of several shows holds a {@code shell-game-episode-1.txt} beside the notes
 * of {@code Hello Internet #1}. Anything less clear stays apart: two episodes are never joined on a
 * guess.
 */
final class NumberedPairs {

  /** A name's words: letters and digits between separators. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** A word that is a number, or letters then a number ({@code Syntax321}, {@code ep42}). */
  private static final Pattern NUMBERED_WORD = Pattern.compile("\\p{L}*(\\d{1,5})");

  private static final Pattern DIGIT = Pattern.compile("\\d");

  /** Words of a transcript's file name that say what it is rather than which show it is of. */
  private static final Set<String> FILE_WORDS =
      Set.of("episode", "ep", "transcript", "transcription", "captions", "subtitles", "part", "en");

  private NumberedPairs() {}

  /** {@code drafts} with each clear pair joined, at the place of its notes, in order. */
  static List<Draft> pair(List<Draft> drafts) {
    Map<String, List<Integer>> transcripts = new HashMap<>();
    Map<String, List<Integer>> notes = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      Optional<String> key = key(draft);
      if (key.isEmpty()) {
        continue;
      }
      if (isLoneTranscript(draft)) {
        transcripts.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(i);
      } else if (isNotes(draft)) {
        notes.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, Integer> transcriptOfNotes = new LinkedHashMap<>();
    notes.forEach(
        (key, found) -> {
          List<Integer> paired = transcripts.getOrDefault(key, List.of());
          if (found.size() == 1
              && paired.size() == 1
              && namesItsShow(drafts.get(paired.get(0)), drafts.get(found.get(0)))) {
            transcriptOfNotes.put(found.get(0), paired.get(0));
          }
        });
    if (transcriptOfNotes.isEmpty()) {
      return drafts;
    }
    List<Draft> joined = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Integer transcript = transcriptOfNotes.get(i);
      if (transcript != null) {
        joined.add(DraftMerge.merge(List.of(drafts.get(i), drafts.get(transcript))));
      } else if (!transcriptOfNotes.containsValue(i)) {
        joined.add(drafts.get(i));
      }
    }
    return joined;
  }

  /**
   * Whether every word of the transcript's file name that is no number and no {@link #FILE_WORDS}
   * word is a word of {@code notes}: of its title, podcast, description or file names.
   */
  private static boolean namesItsShow(Draft transcript, Draft notes) {
    StringBuilder text = new StringBuilder();
    text.append(notes.title()).append(' ').append(notes.podcast()).append(' ');
    notes.description().forEach(line -> text.append(line).append(' '));
    notes.sources().forEach(source -> text.append(source.fileName()).append(' '));
    Set<String> said = words(text.toString());
    for (Source source : transcript.sources()) {
      for (String word : words(Input.stemOf(source.fileName()))) {
        String letters = word.replaceAll("\\d+$", "");
        if (!letters.isEmpty() && !FILE_WORDS.contains(letters) && !said.contains(letters)) {
          return false;
        }
      }
    }
    return true;
  }

  private static Set<String> words(String text) {
    Set<String> found = new HashSet<>();
    Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (words.find()) {
      found.add(words.group());
    }
    return found;
  }

  /**
   * The number a file name holds when it holds one only ({@code Syntax321.srt}, {@code 321 -
   * avif.md}), else empty.
   */
  static OptionalInt numberOfName(String fileName) {
    String stem = Input.stemOf(fileName);
    Matcher words = WORD.matcher(stem);
    OptionalInt number = OptionalInt.empty();
    while (words.find()) {
      String word = words.group();
      if (!DIGIT.matcher(word).find()) {
        continue;
      }
      Matcher numbered = NUMBERED_WORD.matcher(word);
      if (!numbered.matches() || number.isPresent()) {
        return OptionalInt.empty();
      }
      number = OptionalInt.of(Integer.parseInt(numbered.group(1)));
    }
    return number;
  }

  /** A transcript that nothing titles, chapters or describes beside it: it waits for its notes. */
  private static boolean isLoneTranscript(Draft draft) {
    return !draft.transcript().isEmpty()
        && draft.title() == null
        && draft.chapters().isEmpty()
        && draft.guid() == null;
  }

  /** Show notes: a titled draft with no transcript of its own. */
  private static boolean isNotes(Draft draft) {
    return draft.transcript().isEmpty() && draft.title() != null && draft.guid() == null;
  }

  /**
   * The folder and number of {@code draft} ({@code /shows|321}): every source a local file in one
   * folder, every number its names and its front matter give the same, at least one given.
   */
  private static Optional<String> key(Draft draft) {
    String folder = null;
    Integer number = draft.number();
    for (Source source : draft.sources()) {
      String location = source.location();
      if (location.startsWith("http://") || location.startsWith("https://")) {
        return Optional.empty();
      }
      Path path;
      try {
        path = Path.of(location).toAbsolutePath().normalize();
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
      String parent = String.valueOf(path.getParent());
      if (folder != null && !folder.equals(parent)) {
        return Optional.empty();
      }
      folder = parent;
      OptionalInt named = numberOfName(String.valueOf(path.getFileName()));
      if (named.isPresent()) {
        if (number != null && number != named.getAsInt()) {
          return Optional.empty();
        }
        number = named.getAsInt();
      }
    }
    return number == null ? Optional.empty() : Optional.of(folder + "|" + number);
  }
}
