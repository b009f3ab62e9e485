package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process holding a lock is found by the locked file, and only while it holds it. */
class LockHolderTests {

  @TempDir Path folder;

  @Test
  void aLockedFileNamesTheProcessHoldingItAndAFreeOneNone() throws IOException {
    assumeTrue(Files.isReadable(Path.of("/proc/locks")), "no /proc/locks here");
    Path file = Files.createFile(folder.resolve("write.lock"));
    Path other = Files.createFile(folder.resolve("other.lock"));

    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      assertThat(LockHolder.pid(file)).hasValue(ProcessHandle.current().pid());
      assertThat(LockHolder.pid(other)).isEmpty();
      // A lock this process holds is not another process's: messages name none.
      assertThat(LockHolder.named(folder, " (a running serve?)")).isEqualTo(" (a running serve?)");
    }
    assertThat(LockHolder.pid(file)).isEmpty();
    assertThat(LockHolder.pid(folder.resolve("missing.lock"))).isEmpty();
  }
}
