package dev.podcastqa.follow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each episode is claimed in the announced file under its lock, so of several announcers on one
 * file (each one process's, or one service's in this JVM) only one announces it.
 */
class AnnouncementsTests {

  @TempDir Path dir;

  private final Queue<String> posted = new ConcurrentLinkedQueue<>();

  private Announcements announcements() {
    return new Announcements(dir.resolve("follow/announced.txt"), e -> posted.add(e.id()));
  }

  private static Episode episode(String id) {
    return new Episode(
        id, "Title " + id, null, null, null, null, List.of(), List.of(), null, List.of());
  }

  static List<Episode> catalog(int size) {
    return IntStream.range(0, size).mapToObj(i -> episode("episode-" + i)).toList();
  }

  @Test
  void theFirstCatchUpRecordsTheCatalogAndAnnouncesNone() throws Exception {
    announcements().catchUp(catalog(3), e -> false);

    assertThat(posted).isEmpty();
    assertThat(Files.readAllLines(dir.resolve("follow/announced.txt")))
        .containsExactly("episode-0", "episode-1", "episode-2");
  }

  @Test
  void manyAnnouncersOnOneFileAnnounceEachNewEpisodeOnce() throws Exception {
    announcements().catchUp(catalog(2), e -> false);
    List<Episode> grown = catalog(60);
    int announcers = 6;
    ExecutorService threads = Executors.newFixedThreadPool(announcers);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < announcers; i++) {
        Announcements own = announcements();
        done.add(
            threads.submit(
                () -> {
                  go.await();
                  // Each announcer sees the catalog grow in steps, as updates would bring it.
                  for (int size = 10; size <= grown.size(); size += 10) {
                    own.catchUp(grown.subList(0, size), e -> false);
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> each : done) {
        each.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(posted).hasSize(58).doesNotHaveDuplicates().doesNotContain("episode-0");
    assertThat(Files.readAllLines(dir.resolve("follow/announced.txt"))).hasSize(60);
  }

  @Test
  void processesOnOneFileAnnounceEachNewEpisodeOnce() throws Exception {
    Path file = dir.resolve("follow/announced.txt");
    announcements().catchUp(catalog(2), e -> false);
    Path go = dir.resolve("go");
    List<Process> processes = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Path out = dir.resolve("announced-by-" + i);
      outputs.add(out);
      processes.add(
          new ProcessBuilder(AnnouncingProcess.command(file, go, 60))
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start());
    }
    Files.writeString(go, "");
    List<String> announced = new ArrayList<>();
    for (int i = 0; i < processes.size(); i++) {
      assertThat(processes.get(i).waitFor(60, TimeUnit.SECONDS)).as("process %d ended", i).isTrue();
      assertThat(processes.get(i).exitValue()).isZero();
      // Its output holds the ids it announced, one a line (and whatever else it printed).
      announced.addAll(
          Files.readAllLines(outputs.get(i)).stream()
              .filter(line -> line.matches("episode-\\d+"))
              .toList());
    }

    assertThat(announced).hasSize(58).doesNotHaveDuplicates().doesNotContain("episode-1");
    assertThat(Files.readAllLines(file)).hasSize(60);
  }

  @Test
  void anIdAnotherAnnouncerClaimedSinceIsNotAnnouncedAgain() {
    Announcements first = announcements();
    Announcements second = announcements();
    first.catchUp(catalog(1), e -> false);
    second.catchUp(catalog(1), e -> false);

    first.catchUp(catalog(2), e -> false);
    second.catchUp(catalog(2), e -> false);

    assertThat(posted).containsExactly("episode-1");
  }

  @Test
  void aLastLineCutShortByACrashIsKeptApartFromTheNextClaim() throws Exception {
    Path file = dir.resolve("follow/announced.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "episode-0\nepisode-1", StandardCharsets.UTF_8);

    announcements().catchUp(catalog(3), e -> false);

    assertThat(posted).containsExactly("episode-2");
    assertThat(Files.readAllLines(file)).containsExactly("episode-0", "episode-1", "episode-2");
  }

  @Test
  void backCatalogueIsRecordedWithoutAnnouncing() throws Exception {
    announcements().catchUp(catalog(1), e -> false);

    announcements().catchUp(catalog(3), e -> e.id().equals("episode-1"));

    assertThat(posted).containsExactly("episode-2");
    assertThat(Files.readAllLines(dir.resolve("follow/announced.txt"))).hasSize(3);
  }
}
