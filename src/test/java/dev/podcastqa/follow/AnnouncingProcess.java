package dev.podcastqa.follow;

import dev.podcastqa.episode.Episode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A process of its own announcing into one announced file, for {@link AnnouncementsTests}: waits
 * (up to 30 s) until the go file exists, then catches up on a catalog that grows by ten episodes at
 * a time up to the count given, printing each id it announces, one a line.
 */
final class AnnouncingProcess {

  private AnnouncingProcess() {}

  /** Arguments: the announced file, the go file, the catalog's final size. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    Path go = Path.of(args[1]);
    int size = Integer.parseInt(args[2]);
    long end = System.nanoTime() + 30_000_000_000L;
    while (!Files.exists(go) && System.nanoTime() < end) {
      Thread.sleep(2);
    }
    Announcements announcements =
        new Announcements(file, episode -> System.out.println(episode.id()));
    List<Episode> catalog = AnnouncementsTests.catalog(size);
    for (int grown = 10; grown <= size; grown += 10) {
      announcements.catchUp(catalog.subList(0, grown), e -> false);
    }
  }

  /** The command that runs it in a JVM of its own, with this JVM's class path. */
  static List<String> command(Path file, Path go, int size) {
    return List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "-cp",
        System.getProperty("java.class.path"),
        AnnouncingProcess.class.getName(),
        file.toString(),
        go.toString(),
        String.valueOf(size));
  }
}
