package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening checks each index file whole once, then again only when its state (size, time, file key,
 * footer checksum) changed: {@link FileChecksums} with its record, {@link CheckedFiles}.
 */
class CheckedFilesTests {

  private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

  @TempDir Path folder;

  @BeforeEach
  void writeIndex() throws IOException {
    try (FSDirectory directory = FSDirectory.open(folder);
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig(new StandardAnalyzer()).setUseCompoundFile(false))) {
      for (int i = 0; i < 2000; i++) {
        Document document = new Document();
        document.add(
            new TextField("text", "passage number " + i + " about podcasts", Field.Store.YES));
        writer.addDocument(document);
      }
      writer.commit();
    }
  }

  @Test
  void aCheckedFileChangedSinceIsReadWholeAgainAndItsDamageFound() throws IOException {
    age();
    verify();
    assertThat(recorded()).containsAll(commitFiles());

    Path stored = largestFile();
    damageMiddle(stored);
    Files.setLastModifiedTime(stored, FileTime.fromMillis(AN_HOUR_AGO.toMillis() + 1000));

    assertThatThrownBy(this::verify)
        .isInstanceOf(CorruptIndexException.class)
        .hasMessageContaining(stored.getFileName().toString());
  }

  @Test
  void aFileInTheStateItWasCheckedInIsTrustedWithoutBeingReadAgain() throws IOException {
    age();
    verify();
    Path stored = largestFile();
    damageMiddle(stored);
    // The bytes changed but not the time, size or file key, which a write always changes.
    Files.setLastModifiedTime(stored, AN_HOUR_AGO);

    verify();
  }

  @Test
  void aFileModifiedMomentsBeforeItWasCheckedIsCheckedAgainNextTime() throws IOException {
    verify();
    assertThat(recorded()).isEmpty();
    Path stored = largestFile();
    FileTime written = Files.getLastModifiedTime(stored);
    damageMiddle(stored);
    Files.setLastModifiedTime(stored, written);

    assertThatThrownBy(this::verify).isInstanceOf(CorruptIndexException.class);
  }

  @Test
  void aDamagedRecordIsIgnoredAndEveryFileCheckedWhole() throws IOException {
    age();
    verify();
    Files.writeString(folder.resolve(CheckedFiles.NAME), "not\ta record\n");
    Path stored = largestFile();
    damageMiddle(stored);
    Files.setLastModifiedTime(stored, AN_HOUR_AGO);

    assertThatThrownBy(this::verify).isInstanceOf(CorruptIndexException.class);
  }

  private void verify() throws IOException {
    try (FSDirectory directory = FSDirectory.open(folder)) {
      FileChecksums.verify(folder, SegmentInfos.readLatestCommit(directory));
    }
  }

  private List<String> commitFiles() throws IOException {
    try (FSDirectory directory = FSDirectory.open(folder)) {
      return List.copyOf(SegmentInfos.readLatestCommit(directory).files(true));
    }
  }

  /** The names the record lists, read from its lines. */
  private List<String> recorded() throws IOException {
    Path record = folder.resolve(CheckedFiles.NAME);
    if (!Files.exists(record)) {
      return List.of();
    }
    return Files.readAllLines(record).stream().skip(1).map(l -> l.split("\t")[0]).toList();
  }

  /** Sets every file's time an hour back, as an index written long before the restart. */
  private void age() throws IOException {
    for (String name : commitFiles()) {
      Files.setLastModifiedTime(folder.resolve(name), AN_HOUR_AGO);
    }
  }

  private Path largestFile() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("_"))
          .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()))
          .orElseThrow();
    }
  }

  /** Flips bytes in the middle of {@code file}, keeping its size. */
  private static void damageMiddle(Path file) throws IOException {
    long size = Files.size(file);
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] middle = new byte[16];
      raf.seek(size / 2);
      raf.readFully(middle);
      for (int i = 0; i < middle.length; i++) {
        middle[i] ^= (byte) 0x5A;
      }
      raf.seek(size / 2);
      raf.write(middle);
    }
    assertThat(Files.size(file)).isEqualTo(size);
  }
}
