package dev.podcastqa.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.retrieve.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions a listener might ask, made from the episodes' chapter titles and from the questions
 * their descriptions ask, leaving out chapters nobody asks about (introductions, sponsors,
 * housekeeping: the patterns in {@code /web/generic-chapters.txt}).
 */
final class SuggestedQuestions {

  /**
   * One suggested question and where it comes from.
   *
   * @param startSeconds the chapter's second, or null for a question from the description
   */
  record Suggestion(String question, String episodeId, String episodeTitle, Integer startSeconds) {

    Suggestion {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(episodeId, "episodeId");
      Objects.requireNonNull(episodeTitle, "episodeTitle");
    }
  }

  private static final String GENERIC = "/web/generic-chapters.txt";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern NUMBERING =
      Pattern.compile(
          "^((part|chapter|section)\\s+\\d+\\s*[.:)\\-–—]?|\\d{1,2}\\s*[.):\\-–—])\\s*", FLAGS);
  private static final Pattern EDGES = Pattern.compile("^[\\s\\-–—:.,;!]+|[\\s\\-–—:.,;!]+$");
  private static final Pattern QUESTION_WORD =
      Pattern.compile(
          "^(how|why|what|what's|when|where|who|which|whether|should|can|could|is|are|does"
              + "|do|did|will|would)\\b.*",
          FLAGS);
  private static final Pattern VERSUS = Pattern.compile("\\s+(?:vs\\.?|versus)\\s+", FLAGS);
  private static final Pattern URL = Pattern.compile("\\S+://\\S+|www\\.\\S+");
  private static final Pattern ASKED = Pattern.compile("[^.!?\\n]+\\?");
  private static final Pattern TO_THE_LISTENER =
      Pattern.compile(
          "\\b(you|your|subscribe|support|patreon|newsletter|review|sponsor\\w*)\\b", FLAGS);
  private static final int SHORTEST = 12;
  private static final int LONGEST = 110;

  private final List<Pattern> generic;
  // Keyed by identity: an episode re-read while the service runs is a new object, asked afresh.
  private final Cache<Episode, List<Suggestion>> perEpisode =
      Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

  SuggestedQuestions(List<Pattern> generic) {
    this.generic = List.copyOf(generic);
  }

  /** The suggestions with the generic-chapter patterns shipped in the jar. */
  static SuggestedQuestions load() {
    return new SuggestedQuestions(
        ResourceLines.of(GENERIC).stream().map(line -> Pattern.compile(line, FLAGS)).toList());
  }

  /**
   * Up to {@code limit} questions, newest episodes first, taking one question from each episode in
   * turn so that every episode gets a say.
   */
  List<Suggestion> across(Catalog catalog, int limit) {
    List<List<Suggestion>> lists =
        catalog.episodes().stream()
            .sorted(
                Comparator.comparing(
                    Episode::published, Comparator.nullsLast(Comparator.reverseOrder())))
            .map(e -> of(e, catalog))
            .filter(list -> !list.isEmpty())
            .toList();
    List<Suggestion> picked = new ArrayList<>();
    for (int i = 0; picked.size() < limit && lists.stream().anyMatch(hasIndex(i)); i++) {
      for (List<Suggestion> list : lists) {
        if (i < list.size() && picked.size() < limit) {
          picked.add(list.get(i));
        }
      }
    }
    return picked;
  }

  private static Predicate<List<Suggestion>> hasIndex(int i) {
    return list -> i < list.size();
  }

  /**
   * Every question one episode of {@code catalog} suggests: its chapters' in order, then its
   * description's.
   */
  List<Suggestion> of(Episode episode, Catalog catalog) {
    return perEpisode.get(episode, e -> make(e, catalog.transcript(e.id())));
  }

  private List<Suggestion> make(Episode episode, List<Segment> transcript) {
    Vocabulary words = Vocabulary.of(episode, transcript);
    Set<String> seen = new LinkedHashSet<>();
    List<Suggestion> made = new ArrayList<>();
    for (Chapter chapter : episode.chapters()) {
      if (chapter.isSponsorBreak() || isGeneric(chapter.title())) {
        continue;
      }
      ask(chapter.title(), words)
          .filter(q -> seen.add(q.toLowerCase(Locale.ROOT)))
          .ifPresent(
              q ->
                  made.add(
                      new Suggestion(q, episode.id(), episode.title(), chapter.startSeconds())));
    }
    Matcher asked = ASKED.matcher(URL.matcher(episode.description()).replaceAll(" "));
    while (asked.find()) {
      String question = asked.group().strip().replaceAll("\\s+", " ");
      if (question.length() >= SHORTEST
          && question.length() <= LONGEST
          && !TO_THE_LISTENER.matcher(question).find()
          && seen.add(question.toLowerCase(Locale.ROOT))) {
        made.add(new Suggestion(question, episode.id(), episode.title(), null));
      }
    }
    return List.copyOf(made);
  }

  /** Whether a chapter title is one nobody asks about (an introduction, an ad, housekeeping). */
  boolean isGeneric(String title) {
    String plain = clean(title).toLowerCase(Locale.ROOT);
    return plain.isEmpty() || generic.stream().anyMatch(p -> p.matcher(plain).matches());
  }

  /**
   * A chapter title as a listener would ask about it: a title that is a question stays one, "A vs
   * B" asks how they compare, and any other title asks what they say about it, its words in the
   * case the episode itself writes them ("Sudden Generalization" becomes "sudden generalization",
   * "Neel Nanda" stays). Empty when the title is too long to make a question of.
   */
  Optional<String> ask(String title, Vocabulary words) {
    String topic = clean(title);
    int colon = topic.indexOf(": ");
    if (colon > 0) {
      String after = topic.substring(colon + 2);
      topic = QUESTION_WORD.matcher(after).matches() ? after : topic.substring(0, colon);
    }
    String question;
    if (QUESTION_WORD.matcher(topic).matches()) {
      question = capitalize(words.inSentence(topic, true)) + (topic.endsWith("?") ? "" : "?");
    } else {
      String[] sides = VERSUS.split(topic, 2);
      question =
          sides.length == 2
              ? "How does "
                  + words.inSentence(sides[0], false)
                  + " compare with "
                  + words.inSentence(sides[1], false)
                  + "?"
              : "What do they say about " + words.inSentence(topic, false) + "?";
    }
    return question.length() <= LONGEST ? Optional.of(question) : Optional.empty();
  }

  private static String clean(String title) {
    String text = title.strip().replaceAll("\\s+", " ");
    text = NUMBERING.matcher(text).replaceFirst("");
    return EDGES.matcher(text).replaceAll("");
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
