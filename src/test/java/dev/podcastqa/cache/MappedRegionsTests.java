package dev.podcastqa.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedRegionsTests {

  private static final int SIZE = 1000;

  @TempDir Path temp;

  private byte[] writeFile() throws IOException {
    byte[] bytes = new byte[SIZE];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 % 251);
    }
    Files.write(temp.resolve("file"), bytes);
    return bytes;
  }

  private MappedRegions map(int regionSize) throws IOException {
    try (FileChannel channel = FileChannel.open(temp.resolve("file"), StandardOpenOption.READ)) {
      return MappedRegions.map(channel, regionSize);
    }
  }

  @Test
  void everyRangeReadsTheFilesBytesWhateverTheRegionSize() throws IOException {
    byte[] bytes = writeFile();
    for (int regionSize : new int[] {1, 7, 64, 333, SIZE, 4096}) {
      MappedRegions mapped = map(regionSize);
      assertThat(mapped.size()).isEqualTo(SIZE);
      for (int offset = 0; offset <= SIZE; offset++) {
        for (int length : new int[] {0, 1, 2, 7, 8, 63, 64, 65, 200, SIZE - offset}) {
          if (offset + length > SIZE) {
            continue;
          }
          ByteBuffer slice = mapped.slice(offset, length);
          assertThat(slice.position()).isZero();
          assertThat(slice.remaining()).isEqualTo(length);
          byte[] read = new byte[length];
          slice.get(read);
          assertThat(read)
              .as("%d bytes at %d in regions of %d", length, offset, regionSize)
              .isEqualTo(Arrays.copyOfRange(bytes, offset, offset + length));
        }
      }
    }
  }

  @Test
  void aRangeInsideOneRegionIsAViewOfItsMappingAndOneAcrossABoundaryACopy() throws IOException {
    writeFile();
    MappedRegions mapped = map(100);

    assertThat(mapped.slice(100, 100).isDirect()).isTrue();
    assertThat(mapped.slice(150, 100).isDirect()).isFalse();
    assertThat(mapped.getLong(96)).isEqualTo(mapped.slice(96, 8).getLong());
    assertThat(mapped.getInt(98)).isEqualTo(mapped.slice(98, 4).getInt());
  }

  @Test
  void aRangeOutsideTheFileIsRefused() throws IOException {
    writeFile();
    MappedRegions mapped = map(64);

    assertThatThrownBy(() -> mapped.slice(SIZE - 3, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> mapped.slice(-1, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> mapped.slice(Long.MAX_VALUE, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> mapped.getLong(SIZE - 7))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void spansPastTwoGibibytesAreFoundWithLongOffsets() {
    int gib = MappedRegions.REGION;
    assertThat(gib).isEqualTo(1 << 30);

    assertThat(MappedRegions.Span.of(3L * gib + 100, 50, gib))
        .isEqualTo(new MappedRegions.Span(3, 100, 3));
    assertThat(MappedRegions.Span.of((1L << 31) - 10, 20, gib))
        .isEqualTo(new MappedRegions.Span(1, gib - 10, 2));
    assertThat(MappedRegions.Span.of(5_000_000_000L, 8, gib))
        .isEqualTo(new MappedRegions.Span(4, 705_032_704, 4));
    assertThat(MappedRegions.Span.of(Integer.MAX_VALUE + 1L, 300, 256))
        .isEqualTo(new MappedRegions.Span(1 << 23, 0, (1 << 23) + 1));
    assertThat(MappedRegions.Span.of(Integer.MAX_VALUE, 1, gib))
        .isEqualTo(new MappedRegions.Span(1, gib - 1, 1));
  }
}
