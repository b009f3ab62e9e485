package dev.podcastqa.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word lists and sentence templates of the synthetic corpus, read from {@code bench/NAME.txt}
 * resources, and their expansion with a seeded random: {@code {name}} becomes a line of {@code
 * name.txt}, itself expanded, so the same seed always gives the same text.
 *
 * <p>{@code {Name}} capitalizes the first letter; {@code {other-name}} draws from {@code name.txt}
 * a value other than the bound {@code name}; {@code number}, {@code small-number}, {@code percent}
 * and {@code year} are drawn numbers. Lines starting with {@code #} are comments.
 */
final class Grammar {

  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z][a-z-]*)}");
  private static final String OTHER = "other-";
  private static final int MAX_DEPTH = 6;

  private final Map<String, List<String>> lists;

  private Grammar(Map<String, List<String>> lists) {
    this.lists = Map.copyOf(lists);
  }

  /**
   * Loads the lists named by {@code roots} and every list their lines refer to, except the slots in
   * {@code bound}, which callers always fill themselves.
   */
  static Grammar load(List<String> roots, Set<String> bound) {
    Map<String, List<String>> lists = new HashMap<>();
    Deque<String> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (lists.containsKey(name) || isDrawn(name) || bound.contains(name)) {
        continue;
      }
      List<String> lines = read(name);
      lists.put(name, lines);
      for (String line : lines) {
        Matcher slot = SLOT.matcher(line);
        while (slot.find()) {
          pending.push(listName(slot.group(1)));
        }
      }
    }
    return new Grammar(lists);
  }

  /** The lines of list {@code name}, as written. */
  List<String> list(String name) {
    List<String> lines = lists.get(name);
    if (lines == null) {
      throw new IllegalArgumentException("no word list bench/" + name + ".txt loaded");
    }
    return lines;
  }

  /** One line of list {@code name}, expanded. */
  String pick(String name, Random random, Map<String, String> bound) {
    return expand(draw(list(name), random), random, bound);
  }

  /** {@code template} with every slot filled; {@code bound} slots keep their given values. */
  String expand(String template, Random random, Map<String, String> bound) {
    return expand(template, random, bound, 0);
  }

  private String expand(String template, Random random, Map<String, String> bound, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("word lists refer to each other in a loop: " + template);
    }
    Matcher slot = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (slot.find()) {
      String written = slot.group(1);
      String name = written.toLowerCase(Locale.ROOT);
      String value = fill(name, random, bound, depth);
      if (Character.isUpperCase(written.charAt(0)) && !value.isEmpty()) {
        value = Character.toUpperCase(value.charAt(0)) + value.substring(1);
      }
      slot.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    slot.appendTail(out);
    return out.toString();
  }

  private String fill(String name, Random random, Map<String, String> bound, int depth) {
    if (bound.containsKey(name)) {
      return bound.get(name);
    }
    switch (name) {
      case "number":
        return String.valueOf(20 + random.nextInt(4980));
      case "small-number":
        return String.valueOf(2 + random.nextInt(4));
      case "percent":
        return String.valueOf(5 + random.nextInt(76));
      case "year":
        return String.valueOf(1990 + random.nextInt(35));
      default:
        break;
    }
    String list = listName(name);
    String avoid = name.startsWith(OTHER) ? bound.get(list) : null;
    String line = draw(list(list), random);
    if (avoid != null && list(list).size() > 1) {
      while (line.equals(avoid)) {
        line = draw(list(list), random);
      }
    }
    return expand(line, random, bound, depth + 1);
  }

  private static String draw(List<String> lines, Random random) {
    return lines.get(random.nextInt(lines.size()));
  }

  private static String listName(String slot) {
    String name = slot.toLowerCase(Locale.ROOT);
    return name.startsWith(OTHER) ? name.substring(OTHER.length()) : name;
  }

  private static boolean isDrawn(String name) {
    return List.of("number", "small-number", "percent", "year").contains(name);
  }

  private static List<String> read(String name) {
    String resource = "bench/" + name + ".txt";
    InputStream in = Grammar.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing word list " + resource);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    if (lines.isEmpty()) {
      throw new IllegalStateException("word list " + resource + " is empty");
    }
    return List.copyOf(lines);
  }
}
