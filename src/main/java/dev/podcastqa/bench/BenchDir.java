package dev.podcastqa.bench;

import dev.podcastqa.config.Config;
import dev.podcastqa.config.ConfigLoader;
import dev.podcastqa.config.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The folder one benchmark corpus lives in: its episode files, its persisted index, and the
 * configuration that points the real service at them (defaults otherwise, so runs compare).
 *
 * @param store the store's settings, by environment variable ({@code PODCASTQA_STORE} and the
 *     {@code PODCASTQA_ES_*} ones); empty for the default Lucene store in {@link #index()}
 */
record BenchDir(Path root, Map<String, String> store) {

  /** The settings that choose and reach the store, taken from the environment. */
  private static final List<Setting> STORE_SETTINGS =
      List.of(
          Setting.STORE,
          Setting.ES_URL,
          Setting.ES_API_KEY,
          Setting.ES_USER,
          Setting.ES_PASSWORD,
          Setting.ES_INDEX_PREFIX,
          Setting.ES_COMPAT_8);

  Path episodes() {
    return root.resolve(SyntheticCorpus.EPISODES);
  }

  Path index() {
    return root.resolve("index");
  }

  /** Figures of the run that built the index, kept for runs that reuse it. */
  Path ingestFigures() {
    return root.resolve("ingest-figures.json");
  }

  /** How the index's vectors were made when they are not the model's; absent when they are. */
  Path syntheticVectors() {
    return root.resolve("synthetic-vectors.json");
  }

  /** The float vectors of a synthetic build ({@link FloatVectorFile}); absent otherwise. */
  Path floatVectors() {
    return root.resolve("float-vectors.bin");
  }

  Path coldStartLog(int run) {
    return root.resolve("cold-start-" + run + ".log");
  }

  BenchDir {
    store = Map.copyOf(store);
  }

  /** The service's configuration over this folder: every setting at its default but the paths. */
  Config config() {
    Map<Setting, String> overrides = new EnumMap<>(Setting.class);
    overrides.put(Setting.EPISODES_DIR, episodes().toString());
    overrides.put(Setting.INDEX_DIR, index().toString());
    overrides.put(Setting.HOST, "127.0.0.1");
    return ConfigLoader.load(store, null, overrides);
  }

  /** The store's settings among {@code env} (the process's environment), and nothing else. */
  static Map<String, String> storeEnvironment(Map<String, String> env) {
    Map<String, String> store = new HashMap<>();
    for (Setting setting : STORE_SETTINGS) {
      String value = env.get(setting.env());
      if (value != null) {
        store.put(setting.env(), value);
      }
    }
    return store;
  }

  /** Bytes of every file under the index folder: the Lucene index and the start-up caches. */
  long indexBytes() {
    return bytes(index(), name -> true);
  }

  /** Bytes of the Lucene index alone (text, postings, vectors and graph). */
  long luceneBytes() {
    return bytes(index().resolve("lucene"), name -> true);
  }

  /** Bytes of the Lucene files that hold vectors and the HNSW graph (.vec, .vex, .vem, .vemf). */
  long vectorBytes() {
    return bytes(index().resolve("lucene"), name -> name.contains(".ve"));
  }

  private static long bytes(Path folder, Predicate<String> name) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> name.test(f.getFileName().toString()))
          .mapToLong(BenchDir::size)
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  void deleteIndex() {
    try {
      SyntheticCorpus.deleteTree(index());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + index(), e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
