package dev.podcastqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.testing.LogCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkManifestTests {

  private static final String IDENTITY = "build-1#all-minilm-l6-v2-q";

  @TempDir Path temp;

  private Path file() {
    return temp.resolve("index/chunks.manifest");
  }

  private void saveOne() {
    ChunkManifest.open(file(), IDENTITY)
        .save(Map.of("ep-1", new ChunkManifest.Entry("fingerprint-1", "hash-1")), "commit-1");
  }

  @Test
  void remembersTheHashOfAnEpisodeWithTheSameFingerprint() {
    saveOne();

    ChunkManifest manifest = ChunkManifest.open(file(), IDENTITY);

    assertThat(manifest.hashFor("ep-1", "fingerprint-1")).isEqualTo("hash-1");
    assertThat(manifest.hashFor("ep-1", "fingerprint-2")).isNull();
    assertThat(manifest.hashFor("ep-2", "fingerprint-1")).isNull();
  }

  @Test
  void theStoresHashesAreKnownOnlyWhileTheStoreIsAtTheSameVersion() {
    saveOne();

    ChunkManifest manifest = ChunkManifest.open(file(), IDENTITY);

    assertThat(manifest.storedHashes("commit-1")).contains(Map.of("ep-1", "hash-1"));
    assertThat(manifest.storedHashes("commit-2")).isEmpty();
    assertThat(manifest.storedHashes(null)).isEmpty();
  }

  @Test
  void aManifestOfAnotherBuildOrModelKnowsNothing() {
    saveOne();

    assertThat(
            ChunkManifest.open(file(), "build-2#all-minilm-l6-v2-q")
                .hashFor("ep-1", "fingerprint-1"))
        .isNull();
  }

  @Test
  void aDamagedManifestIsIgnoredWithAWarningAndWrittenAgain() throws IOException {
    saveOne();
    byte[] bytes = Files.readAllBytes(file());
    bytes[bytes.length / 2] ^= 0x21;
    Files.write(file(), bytes);

    assertIgnoredThenRewritten();
  }

  @Test
  void aTruncatedManifestIsIgnoredWithAWarningAndWrittenAgain() throws IOException {
    saveOne();
    byte[] bytes = Files.readAllBytes(file());
    Files.write(file(), Arrays.copyOf(bytes, 5));

    assertIgnoredThenRewritten();
  }

  @Test
  void anEmptyManifestFileIsIgnoredWithAWarning() throws IOException {
    Files.createDirectories(file().getParent());
    Files.write(file(), new byte[0]);

    assertIgnoredThenRewritten();
  }

  private void assertIgnoredThenRewritten() {
    try (LogCapture log = new LogCapture(ChunkManifest.class)) {
      ChunkManifest damaged = ChunkManifest.open(file(), IDENTITY);
      assertThat(damaged.hashFor("ep-1", "fingerprint-1")).isNull();
      assertThat(log.warnings()).hasSize(1).allMatch(w -> w.contains(file().toString()));
      damaged.save(Map.of("ep-1", new ChunkManifest.Entry("fingerprint-1", "hash-1")), "commit-1");
    }
    assertThat(ChunkManifest.open(file(), IDENTITY).hashFor("ep-1", "fingerprint-1"))
        .isEqualTo("hash-1");
  }
}
