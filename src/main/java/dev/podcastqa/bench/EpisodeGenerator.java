package dev.podcastqa.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes the script of synthetic episode number {@code index}: a numbered episode of one of the
 * podcasts, with a host and one or two guests talking in turns, chapters every few minutes (each
 * about one topic, which most of its sentences mention) and a short description. Each episode draws
 * from its own random seeded by the corpus seed and its index, so episodes can be made in any
 * order, in parallel, and still come out the same.
 */
final class EpisodeGenerator {

  /** Slots the generator fills itself; the word lists use them but have no file for them. */
  static final Set<String> BOUND = Set.of("guest", "host");

  private static final LocalDate FIRST_EPISODE = LocalDate.of(2016, 1, 4);
  private static final double WORDS_PER_SECOND = 2.6;
  private static final int MIN_CHAPTER_SECONDS = 300;

  private final Grammar grammar;
  private final long seed;
  private final int seconds;
  private final List<String> podcasts;

  /**
   * @param seconds how long each episode runs
   */
  EpisodeGenerator(Grammar grammar, long seed, int seconds) {
    this.grammar = grammar;
    this.seed = seed;
    this.seconds = seconds;
    this.podcasts = grammar.list("podcast");
  }

  static Grammar grammar() {
    return Grammar.load(
        List.of(
            "podcast",
            "person",
            "topic",
            "episode-title",
            "description",
            "chapter-title",
            "chapter-note",
            "sentence",
            "reaction",
            "question"),
        BOUND);
  }

  EpisodeScript generate(int index) {
    Random random = new Random(seed * 1_000_003L + index);
    int show = index % podcasts.size();
    int number = index / podcasts.size() + 1;
    List<String> topics = topics(random);
    Map<String, String> bound = new HashMap<>();
    bound.put("host", host(show));
    bound.put("guest", guest(random, bound.get("host")));
    bound.put("topic", topics.get(0));
    String title = "Ep. " + number + ": " + grammar.pick("episode-title", random, bound);
    List<String> description = new ArrayList<>();
    for (String line : grammar.list("description")) {
      if (description.isEmpty() || random.nextInt(3) > 0) {
        description.add(grammar.expand(line, random, bound));
      }
    }
    Talk talk = new Talk(random, bound, topics);
    talk.run();
    LocalDate published = FIRST_EPISODE.plusWeeks(number - 1L).plusDays(show % 7);
    String stem = String.format("e%06d", index);
    return new EpisodeScript(
        stem, podcasts.get(show), number, title, published, description, talk.chapters, talk.cues);
  }

  /** The episode's chapter topics, the first being its main one. */
  private List<String> topics(Random random) {
    int chapters = Math.max(1, seconds / (MIN_CHAPTER_SECONDS + 120));
    List<String> all = grammar.list("topic");
    List<String> topics = new ArrayList<>();
    topics.add(all.get(random.nextInt(all.size())));
    for (int i = 1; i < chapters; i++) {
      // Half the chapters stay on the main topic, as real episodes do.
      topics.add(random.nextBoolean() ? topics.get(0) : all.get(random.nextInt(all.size())));
    }
    return topics;
  }

  /** Each podcast keeps one host, drawn from the seed and the podcast alone. */
  private String host(int show) {
    return grammar.pick("person", new Random(seed * 7919L + show), Map.of());
  }

  private String guest(Random random, String host) {
    String guest = grammar.pick("person", random, Map.of());
    while (guest.equals(host)) {
      guest = grammar.pick("person", random, Map.of());
    }
    return guest;
  }

  /** The conversation: turns of host and guest, cut into chapters as time passes. */
  private final class Talk {
    private final Random random;
    private final Map<String, String> bound;
    private final List<String> topics;
    private final List<EpisodeScript.Chapter> chapters = new ArrayList<>();
    private final List<EpisodeScript.Cue> cues = new ArrayList<>();
    private long now;

    Talk(Random random, Map<String, String> bound, List<String> topics) {
      this.random = random;
      this.bound = new HashMap<>(bound);
      this.topics = topics;
    }

    void run() {
      long chapterMillis = 1000L * seconds / topics.size();
      for (int chapter = 0; chapter < topics.size(); chapter++) {
        openChapter(topics.get(chapter));
        long end = Math.min(1000L * seconds, (chapter + 1) * chapterMillis);
        while (now < end) {
          turn(bound.get("host"), 1 + random.nextInt(2));
          if (random.nextInt(4) == 0) {
            say(bound.get("guest"), grammar.pick("reaction", random, bound));
          }
          turn(bound.get("guest"), 2 + random.nextInt(6));
        }
      }
    }

    private void openChapter(String topic) {
      bound.put("topic", topic);
      // A chapter starts on a whole second at or after the last cue, as chapter lists give them.
      int start = (int) ((now + 999) / 1000);
      now = start * 1000L;
      chapters.add(
          new EpisodeScript.Chapter(
              start,
              grammar.pick("chapter-title", random, bound),
              grammar.pick("chapter-note", random, bound)));
    }

    private void turn(String speaker, int sentences) {
      for (int i = 0; i < sentences; i++) {
        say(speaker, grammar.pick("sentence", random, bound));
      }
    }

    private void say(String speaker, String text) {
      int words = text.split(" ").length;
      long length = Math.round(1000 * (words / WORDS_PER_SECOND + random.nextDouble() * 0.6));
      cues.add(new EpisodeScript.Cue(now, now + length, speaker, text));
      now += length + 150 + random.nextInt(600);
    }
  }
}
