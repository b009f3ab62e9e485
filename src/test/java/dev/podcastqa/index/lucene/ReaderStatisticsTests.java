package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

class ReaderStatisticsTests {

  private static final List<String> FIELDS = List.of("text", "context");
  private static final List<String> WORDS =
      List.of("grokking", "circuit", "neuron", "feature", "model", "attention", "sparse", "probe");

  /** Three segments of chunks made of random words, one with deletions, and an episode marker. */
  private static IndexWriter writer(ByteBuffersDirectory directory) throws IOException {
    IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer()));
    Random random = new Random(3);
    for (int segment = 0; segment < 3; segment++) {
      for (int i = 0; i < 200; i++) {
        Document doc = new Document();
        doc.add(new StringField(LuceneDocs.TYPE, LuceneDocs.CHUNK, Field.Store.NO));
        doc.add(new StringField("id", segment + "/" + i, Field.Store.NO));
        doc.add(new TextField("text", words(random, 12), Field.Store.NO));
        doc.add(new TextField("context", words(random, 3), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
    }
    writer.deleteDocuments(new Term("id", "0/7"), new Term("id", "1/9"));
    Document marker = new Document();
    marker.add(new StringField(LuceneDocs.TYPE, LuceneDocs.EPISODE, Field.Store.NO));
    writer.addDocument(marker);
    writer.commit();
    return writer;
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
    }
    return text.toString();
  }

  private static Query question(String text) {
    QueryBuilder builder = new QueryBuilder(new EnglishAnalyzer());
    return new BooleanQuery.Builder()
        .add(builder.createBooleanQuery("text", text), BooleanClause.Occur.SHOULD)
        .add(
            new BoostQuery(builder.createBooleanQuery("context", text), 0.5f),
            BooleanClause.Occur.SHOULD)
        .setMinimumNumberShouldMatch(1)
        .build();
  }

  @Test
  void aQueryCarryingItsTermStatesFindsAndScoresEveryChunkAsTheQueryItself() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = writer(directory);
        DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      ReaderStatistics statistics = ReaderStatistics.of(null, searcher, FIELDS);
      for (String text : List.of("grokking circuits", "sparse features of the model", "probe")) {
        Query plain = question(text);
        Query carried = statistics.withTermStates(searcher, plain);
        ScoreDoc[] expected = searcher.search(plain, 1000).scoreDocs;
        ScoreDoc[] found = searcher.search(carried, 1000).scoreDocs;
        assertThat(found).hasSameSizeAs(expected).hasSizeGreaterThan(10);
        for (int i = 0; i < expected.length; i++) {
          assertThat(found[i].doc).as(text + " rank " + i).isEqualTo(expected[i].doc);
          assertThat(found[i].score).as(text + " rank " + i).isEqualTo(expected[i].score);
        }
      }
    }
  }

  @Test
  void countAndFrequenciesAreTheReadersAndANewReaderGetsItsOwn() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = writer(directory);
        DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      ReaderStatistics statistics = ReaderStatistics.of(null, searcher, FIELDS);

      assertThat(statistics.chunks()).isEqualTo(598);
      Map<String, Integer> frequencies =
          statistics.documentFrequencies(searcher, List.of("grok", "absent"));
      int inText = reader.docFreq(new Term("text", "grok"));
      assertThat(frequencies)
          .containsEntry("absent", 0)
          .containsEntry("grok", Math.max(inText, reader.docFreq(new Term("context", "grok"))));
      assertThat(ReaderStatistics.of(statistics, new IndexSearcher(reader), FIELDS))
          .isSameAs(statistics);

      Document doc = new Document();
      doc.add(new StringField(LuceneDocs.TYPE, LuceneDocs.CHUNK, Field.Store.NO));
      doc.add(new TextField("text", "grokking", Field.Store.NO));
      writer.addDocument(doc);
      try (DirectoryReader newer = DirectoryReader.openIfChanged(reader)) {
        IndexSearcher after = new IndexSearcher(newer);
        ReaderStatistics renewed = ReaderStatistics.of(statistics, after, FIELDS);

        assertThat(renewed).isNotSameAs(statistics);
        assertThat(renewed.chunks()).isEqualTo(599);
        assertThat(renewed.documentFrequencies(after, List.of("grok")))
            .containsEntry(
                "grok", Math.max(inText + 1, newer.docFreq(new Term("context", "grok"))));
      }
    }
  }

  @Test
  void aTermQueryAloneCarriesItsStates() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = writer(directory);
        DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query carried =
          ReaderStatistics.of(null, searcher, FIELDS)
              .withTermStates(searcher, new TermQuery(new Term("text", "neuron")));

      assertThat(((TermQuery) carried).getTermStates()).isNotNull();
      assertThat(((TermQuery) carried).getTermStates().docFreq())
          .isEqualTo(reader.docFreq(new Term("text", "neuron")));
    }
  }
}
