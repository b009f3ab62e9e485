package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.testing.LogCapture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated copies of the real fixtures (transcripts of every format, feeds, pages) read through the
 * ingester: each either reads or gives problems, within a deadline, and no exception escapes or
 * reaches the ingester's last-resort catch. The seed is fixed; {@code -Dfuzz.mutations=N} and
 * {@code -Dfuzz.seed=S} run more or other mutations locally.
 */
class HostileInputFuzzTests {

  private static final List<String> FIXTURE_FOLDERS =
      List.of(
          "src/test/resources/transcripts",
          "src/test/resources/real-transcripts",
          "src/test/resources/feeds",
          "src/test/resources/pages",
          "src/test/resources/ingest",
          "src/test/resources/follow");
  private static final long FIXTURE_MAX_BYTES = 400_000;
  private static final long READ_SECONDS = 20;
  private static final String SHORT_PAGE = "Short Page\n\nPodcast: Loopback Radio\n\nNotes.\n";

  private static ExecutorService reader;

  private final Ingester ingester = OfflineIngester.create();

  @TempDir Path folder;

  @BeforeAll
  static void startReader() {
    reader = Executors.newSingleThreadExecutor(r -> daemon(r));
  }

  @AfterAll
  static void stopReader() {
    reader.shutdownNow();
  }

  @Test
  void mutatedFixturesReadOrGiveProblemsWithinTheDeadline() throws IOException {
    List<Path> fixtures = fixtures();
    long seed = Long.getLong("fuzz.seed", 20261207L);
    int mutations = Integer.getInteger("fuzz.mutations", 120);
    Random random = new Random(seed);
    List<String> failures = new ArrayList<>();
    try (LogCapture log = LogCapture.silencing(Ingester.class)) {
      for (int i = 0; i < mutations; i++) {
        Path fixture = fixtures.get(random.nextInt(fixtures.size()));
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        byte[] bytes = mutation.apply(Files.readAllBytes(fixture), random);
        String label = "#" + i + " " + mutation + " of " + fixture;
        String failure = readAlone(label, fixture.getFileName().toString(), bytes);
        if (failure != null) {
          failures.add(failure);
        }
      }
    }
    assertThat(failures).as("seed %d", seed).isEmpty();
  }

  /** Reads {@code bytes} as a file named {@code name}; null when it read or gave problems. */
  private String readAlone(String label, String name, byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory(folder, "m");
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    try {
      SourceRead read = readWithDeadline(file);
      for (Problem problem : read.problems()) {
        if (problem.reason().startsWith("could not be read: ")) {
          return label + ": " + problem;
        }
      }
      return null;
    } catch (AssertionError e) {
      return label + ": " + e.getMessage();
    } finally {
      Files.delete(file);
      Files.delete(dir);
    }
  }

  private SourceRead readWithDeadline(Path file) {
    Input input = new Input(file.toString(), false, Input.stemOf(file.toString()));
    Future<SourceRead> read = reader.submit(() -> ingester.read(input));
    try {
      return read.get(READ_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      read.cancel(true);
      reader.shutdownNow();
      reader = Executors.newSingleThreadExecutor(r -> daemon(r));
      throw new AssertionError("read took over " + READ_SECONDS + " s");
    } catch (ExecutionException e) {
      throw new AssertionError("escaped: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  static Thread daemon(Runnable r) {
    Thread thread = new Thread(null, r, "fuzz-reader", 0);
    thread.setDaemon(true);
    return thread;
  }

  private static List<Path> fixtures() throws IOException {
    List<Path> found = new ArrayList<>();
    for (String name : FIXTURE_FOLDERS) {
      try (Stream<Path> files = Files.walk(Path.of(name))) {
        files
            .filter(Files::isRegularFile)
            .filter(p -> size(p) < FIXTURE_MAX_BYTES)
            .sorted()
            .forEach(found::add);
      }
    }
    assertThat(found).hasSizeGreaterThan(50);
    return found;
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** One way of damaging a file. */
  enum Mutation {
    TRUNCATE {
      @Override
      byte[] apply(byte[] in, Random random) {
        return java.util.Arrays.copyOf(in, random.nextInt(in.length + 1));
      }
    },
    FLIP_BYTES {
      @Override
      byte[] apply(byte[] in, Random random) {
        byte[] out = in.clone();
        int flips = 1 + random.nextInt(20);
        for (int i = 0; i < flips && out.length > 0; i++) {
          out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
      }
    },
    INSERT_NUL_AND_BAD_UTF8 {
      @Override
      byte[] apply(byte[] in, Random random) {
        byte[][] junk = {
          {0}, {(byte) 0xC3}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xED, (byte) 0xA0}
        };
        return insert(in, random, junk[random.nextInt(junk.length)], 1 + random.nextInt(5));
      }
    },
    DOUBLE_OR_DROP_BRACKETS {
      @Override
      byte[] apply(byte[] in, Random random) {
        String text = new String(in, StandardCharsets.UTF_8);
        String marks = "[]{}<>\"'()";
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (marks.indexOf(c) >= 0 && random.nextInt(25) == 0) {
            if (random.nextBoolean()) {
              out.append(c).append(c);
            }
            continue;
          }
          out.append(c);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
      }
    },
    ODD_TIMES {
      @Override
      byte[] apply(byte[] in, Random random) {
        String[] odd = {
          "99:99:99",
          "-5",
          "-00:00:03",
          "NaN",
          "1e308",
          "Infinity",
          "-1e308",
          "99999999999999999999",
          "00:00:00,-100",
          "4:61",
          ""
        };
        String text = new String(in, StandardCharsets.UTF_8);
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("\\d+(?:[:.,]\\d+)+|\\b\\d+\\b").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
          m.appendReplacement(
              out,
              java.util.regex.Matcher.quoteReplacement(
                  random.nextInt(4) == 0 ? odd[random.nextInt(odd.length)] : m.group()));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
      }
    },
    TIMES_BACKWARDS {
      @Override
      byte[] apply(byte[] in, Random random) {
        String text = new String(in, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i + 1 < lines.length; i++) {
          if (random.nextInt(3) == 0) {
            int j = i + random.nextInt(Math.min(40, lines.length - i));
            String t = lines[i];
            lines[i] = lines[j];
            lines[j] = t;
          }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      }
    },
    SPLICE_REPEAT {
      @Override
      byte[] apply(byte[] in, Random random) {
        if (in.length == 0) {
          return in;
        }
        int from = random.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + random.nextInt(2000));
        byte[] piece = java.util.Arrays.copyOfRange(in, from, to);
        return insert(in, random, piece, 1 + random.nextInt(30));
      }
    };

    abstract byte[] apply(byte[] in, Random random);

    static byte[] insert(byte[] in, Random random, byte[] piece, int times) {
      byte[] out = in;
      for (int i = 0; i < times; i++) {
        int at = random.nextInt(out.length + 1);
        byte[] next = new byte[out.length + piece.length];
        System.arraycopy(out, 0, next, 0, at);
        System.arraycopy(piece, 0, next, at, piece.length);
        System.arraycopy(out, at, next, at + piece.length, out.length - at);
        out = next;
      }
      return out;
    }
  }
}
