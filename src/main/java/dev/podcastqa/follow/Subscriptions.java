package dev.podcastqa.follow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The feeds to follow: those the {@code PODCASTQA_FEEDS} setting names, then those in {@code
 * feeds.txt} in the episodes folder (one URL a line; blank lines and lines starting with {@code #}
 * are skipped). A line that is no http(s) URL is reported with its file and line and skipped.
 */
public final class Subscriptions {

  /** The file in the episodes folder that lists followed feeds. */
  public static final String FILE_NAME = "feeds.txt";

  private final List<String> fromSetting;
  private final Path file;

  public Subscriptions(List<String> fromSetting, Path episodesDir) {
    this.fromSetting = List.copyOf(fromSetting);
    this.file = episodesDir.resolve(FILE_NAME);
  }

  /** The feeds and the lines that named none, as {@code file:line: reason}. */
  public record Listed(List<String> urls, List<String> problems) {
    public Listed {
      urls = List.copyOf(urls);
      problems = List.copyOf(problems);
    }
  }

  /** The file {@code feeds add} and {@code feeds remove} edit. */
  public Path file() {
    return file;
  }

  /** Every followed feed, each once, the setting's first. */
  public Listed read() {
    Set<String> urls = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (String url : fromSetting) {
      try {
        urls.add(check(url));
      } catch (InvalidFeedUrlException e) {
        problems.add("PODCASTQA_FEEDS: " + e.getMessage());
      }
    }
    List<String> lines = lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        urls.add(check(line));
      } catch (InvalidFeedUrlException e) {
        problems.add(file + ":" + (i + 1) + ": " + e.getMessage());
      }
    }
    return new Listed(List.copyOf(urls), problems);
  }

  /**
   * Adds {@code url} to {@code feeds.txt}; false when it is followed already.
   *
   * @throws InvalidFeedUrlException when it is no http(s) URL
   */
  public boolean add(String url) {
    String checked = check(url);
    if (read().urls().contains(checked)) {
      return false;
    }
    List<String> lines = new ArrayList<>(lines());
    lines.add(checked);
    write(lines);
    return true;
  }

  /**
   * Removes {@code url} from {@code feeds.txt}; false when the file does not list it (it may still
   * be followed through the setting, see {@link #inSetting}).
   */
  public boolean remove(String url) {
    String wanted = url.strip();
    List<String> lines = lines();
    List<String> kept = lines.stream().filter(line -> !line.strip().equals(wanted)).toList();
    if (kept.size() == lines.size()) {
      return false;
    }
    write(kept);
    return true;
  }

  /** Whether the setting names {@code url}, so removing it from the file does not unfollow it. */
  public boolean inSetting(String url) {
    return fromSetting.stream().anyMatch(u -> u.strip().equals(url.strip()));
  }

  /**
   * {@code url} stripped, when it is an absolute http(s) URL with a host.
   *
   * @throws InvalidFeedUrlException otherwise
   */
  public static String check(String url) {
    String stripped = url == null ? "" : url.strip();
    if (stripped.isEmpty()) {
      throw new InvalidFeedUrlException(stripped, "empty");
    }
    URI uri;
    try {
      uri = new URI(stripped);
    } catch (URISyntaxException e) {
      throw new InvalidFeedUrlException(stripped, "not a URL (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidFeedUrlException(stripped, "only http and https URLs are followed");
    }
    if (uri.getHost() == null) {
      throw new InvalidFeedUrlException(stripped, "the URL names no host");
    }
    return stripped;
  }

  private List<String> lines() {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Writes the file whole through a temporary file, so a crash leaves the old or the new one. */
  private void write(List<String> lines) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temp = file.resolveSibling("." + FILE_NAME + ".tmp");
      Files.write(temp, lines, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
