package dev.podcastqa.follow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The followed feeds on disk, beside the index: per feed the last good copy ({@code KEY.rss}) and
 * its state ({@code KEY.json}), and the files items link ({@code files/KEY}). Every file is written
 * whole through a temporary file, so a process killed mid-write leaves the old copy or the new one.
 */
final class FeedStore {

  private static final Logger LOG = LoggerFactory.getLogger(FeedStore.class);

  private final Path dir;
  private final ObjectMapper mapper;

  /** The uses under way: each records the linked files read or written while it lasts. */
  private final Set<Use> uses = ConcurrentHashMap.newKeySet();

  FeedStore(Path dir, ObjectMapper mapper) {
    this.dir = dir;
    this.mapper = mapper;
  }

  /** The state of {@code url}'s feed, fresh when it was never polled (or its state is damaged). */
  FeedState state(String url) {
    Path file = dir.resolve(key(url) + ".json");
    if (!Files.isRegularFile(file)) {
      return FeedState.fresh(url);
    }
    try {
      FeedState state = mapper.readValue(file.toFile(), FeedState.class);
      return state.url().equals(url) ? state : FeedState.fresh(url);
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "Feed state {} cannot be read ({}); the feed is polled afresh", file, e.getMessage());
      return FeedState.fresh(url);
    }
  }

  void save(FeedState state) {
    try {
      write(dir.resolve(key(state.url()) + ".json"), mapper.writeValueAsBytes(state));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the state of " + state.url(), e);
    }
  }

  /** The last good copy of the feed, when one is held. */
  Optional<String> body(String url) {
    return read(dir.resolve(key(url) + ".rss"));
  }

  /** Whether a copy of the feed is held. */
  boolean holds(String url) {
    return Files.isRegularFile(dir.resolve(key(url) + ".rss"));
  }

  void saveBody(String url, String body) {
    write(dir.resolve(key(url) + ".rss"), body.getBytes(StandardCharsets.UTF_8));
  }

  /** Forgets a feed no longer followed; true when a copy was held (its episodes then go). */
  boolean forget(String url) {
    try {
      Files.deleteIfExists(dir.resolve(key(url) + ".json"));
      return Files.deleteIfExists(dir.resolve(key(url) + ".rss"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot forget " + url, e);
    }
  }

  /** A file an item linked, as fetched before. */
  Optional<String> linked(String url) {
    used(url);
    return read(files().resolve(key(url)));
  }

  void saveLinked(String url, String content) {
    used(url);
    write(files().resolve(key(url)), content.getBytes(StandardCharsets.UTF_8));
  }

  /** Starts recording which linked files are read or written, until {@link Use#close()}. */
  Use use() {
    Use use = new Use(null);
    uses.add(use);
    return use;
  }

  /**
   * Starts recording which linked files this thread reads or writes, until {@link Use#close()}:
   * what one feed's read used, while other threads read other sources.
   */
  Use useOnThisThread() {
    Use use = new Use(Thread.currentThread());
    uses.add(use);
    return use;
  }

  /**
   * Notes that a linked file could not be had (its fetch or transcription failed): a read that met
   * this may read differently next time.
   */
  void failedLinked() {
    Thread current = Thread.currentThread();
    uses.forEach(
        u -> {
          if (u.owner == null || u.owner == current) {
            u.failed = true;
          }
        });
  }

  /** Counts {@code keys} (of {@link Use#keys()}) as read by the uses under way. */
  void markUsed(Set<String> keys) {
    uses.forEach(u -> u.keys.addAll(keys));
  }

  /**
   * Deletes the linked files {@code use} saw neither read nor written (nor any use under way writes
   * now): those no item held links any more. Returns how many went.
   */
  int pruneUnused(Use use) {
    int pruned = 0;
    if (!Files.isDirectory(files())) {
      return 0;
    }
    try (Stream<Path> listed = Files.list(files())) {
      for (Path file : listed.toList()) {
        String name = file.getFileName().toString();
        String key = name.endsWith(".tmp") ? name.substring(0, name.length() - 4) : name;
        if (!use.keys.contains(key) && Files.deleteIfExists(file)) {
          pruned++;
        }
      }
    } catch (IOException e) {
      LOG.warn(
          "Cannot prune the linked files in {} ({}); tried again later", files(), e.toString());
    }
    return pruned;
  }

  /** Which linked files were read or written while it lasted. */
  final class Use implements AutoCloseable {
    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    /** The thread whose reads it records; null: every thread's. */
    private final Thread owner;

    private Use(Thread owner) {
      this.owner = owner;
    }

    private volatile boolean failed;

    /** Whether a linked file could not be had while it lasted. */
    boolean failed() {
      return failed;
    }

    /** The linked files recorded so far, as keys. */
    Set<String> keys() {
      return Set.copyOf(keys);
    }

    @Override
    public void close() {
      uses.remove(this);
    }
  }

  private void used(String url) {
    String key = key(url);
    Thread current = Thread.currentThread();
    uses.forEach(
        u -> {
          if (u.owner == null || u.owner == current) {
            u.keys.add(key);
          }
        });
  }

  private Path files() {
    return dir.resolve("files");
  }

  /** Where the ids of the episodes announced are kept. */
  Path announcedFile() {
    return dir.resolve("announced.txt");
  }

  /** The SHA-256 of {@code text}, in hex. */
  static String digest(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }

  private static String key(String url) {
    return digest(url).substring(0, 32);
  }

  private static Optional<String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      LOG.warn("Cannot read {} ({}); it is fetched again", file, e.getMessage());
      return Optional.empty();
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(temp, bytes);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
