package dev.podcastqa.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotKeysTests {

  private static final SourceCache.Key A =
      new SourceCache.Key("e/a.txt", "/x/e/a.txt", 120, 1_000_000L, "(dev=1,ino=2)");
  private static final SourceCache.Key B =
      new SourceCache.Key("e/b.vtt", "/x/e/b.vtt", 340, 2_000_000L, "(dev=1,ino=3)");

  @Test
  void equalListsOfKeysHaveOneDigest() {
    assertThat(SnapshotKeys.digest(List.of(A, B)))
        .isEqualTo(
            SnapshotKeys.digest(
                List.of(
                    new SourceCache.Key("e/a.txt", "/x/e/a.txt", 120, 1_000_000L, "(dev=1,ino=2)"),
                    B)))
        .hasSize(64);
  }

  @Test
  void aChangeToAnyFieldOrToTheOrderOrNumberOfKeysChangesTheDigest() {
    String digest = SnapshotKeys.digest(List.of(A, B));
    List<List<SourceCache.Key>> changed =
        List.of(
            List.of(B, A),
            List.of(A),
            List.of(A, B, B),
            List.of(),
            List.of(new SourceCache.Key("e/c.txt", A.absolute(), 120, 1_000_000L, A.fileKey()), B),
            List.of(
                new SourceCache.Key(A.location(), "/y/e/a.txt", 120, 1_000_000L, A.fileKey()), B),
            List.of(
                new SourceCache.Key(A.location(), A.absolute(), 121, 1_000_000L, A.fileKey()), B),
            List.of(
                new SourceCache.Key(A.location(), A.absolute(), 120, 1_000_001L, A.fileKey()), B),
            List.of(
                new SourceCache.Key(A.location(), A.absolute(), 120, 1_000_000L, "(dev=1,ino=9)"),
                B));

    assertThat(changed).allMatch(keys -> !SnapshotKeys.digest(keys).equals(digest));
  }

  @Test
  void fieldsDoNotRunTogether() {
    SourceCache.Key split = new SourceCache.Key("ab", "c", 1, 2, "d");
    SourceCache.Key moved = new SourceCache.Key("a", "bc", 1, 2, "d");

    assertThat(SnapshotKeys.digest(List.of(split)))
        .isNotEqualTo(SnapshotKeys.digest(List.of(moved)));
  }
}
