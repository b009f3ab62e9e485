package dev.podcastqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTests {

  /** Counts words: exact and fast, so budgets in these tests are easy to reason about. */
  private static final TokenCounter WORDS = text -> text.isBlank() ? 0 : text.split("\\s+").length;

  private final Chunker chunker = new Chunker(WORDS, 256);

  @Test
  void chapterTitleIsAPassageOfItsOwnAtTheChapterSecond() {
    List<Chunk> chunks = chunk(chunker, List.of(), List.of());

    Chunk grokking =
        chunks.stream()
            .filter(c -> c.text().equals("Grokking and Sudden Generalization"))
            .findFirst()
            .orElseThrow();
    assertThat(grokking.kind()).isEqualTo(ChunkKind.CHAPTER);
    assertThat(grokking.startSeconds()).isEqualTo(2966);
    assertThat(grokking.chapterTitle()).isEqualTo("Grokking and Sudden Generalization");
    assertThat(grokking.timed()).isTrue();
  }

  @Test
  void chapterNotesBelongToTheChapterSecondWithTheChapterAsContext() {
    List<Chunk> chunks = chunk(chunker, List.of(), List.of());

    Chunk notes = only(chunks, ChunkKind.CHAPTER_NOTES);
    assertThat(notes.startSeconds()).isEqualTo(2966);
    assertThat(notes.context()).isEqualTo("Grokking and Sudden Generalization");
    assertThat(notes.embeddingText()).startsWith("Grokking and Sudden Generalization\n");
  }

  @Test
  void referenceLabelIsAPassageAtItsSecondWithItsLinkAndChapter() {
    List<Chunk> chunks = chunk(chunker, List.of(), List.of());

    Chunk reference = only(chunks, ChunkKind.REFERENCE);
    assertThat(reference.text()).isEqualTo("Progress measures for grokking");
    assertThat(reference.startSeconds()).isEqualTo(3100);
    assertThat(reference.url()).isEqualTo("https://arxiv.org/abs/2301.05217");
    assertThat(reference.chapterTitle()).isEqualTo("Grokking and Sudden Generalization");
  }

  @Test
  void descriptionTextBelongsToTheWholeEpisode() {
    List<Chunk> chunks = chunk(chunker, List.of(), List.of());

    List<Chunk> description =
        chunks.stream().filter(c -> c.kind() == ChunkKind.DESCRIPTION).toList();
    assertThat(description).isNotEmpty();
    assertThat(description)
        .allSatisfy(
            c -> {
              assertThat(c.startSeconds()).isZero();
              assertThat(c.timed()).isFalse();
            });
  }

  @Test
  void showNotesAreCutIntoOverlappingTwoSentencePassages() {
    List<Chunk> chunks = chunk(chunker, List.of(), List.of());

    assertThat(chunks.stream().filter(c -> c.kind() == ChunkKind.DESCRIPTION).map(Chunk::text))
        .containsExactly(
            "Neel explains circuits. He then explains superposition.",
            "He then explains superposition. Finally he answers questions.");
  }

  @Test
  void sponsorChapterItsNotesAndItsTranscriptAreNotAnswerable() {
    List<Segment> transcript =
        List.of(
            new Segment(4200, 4230, "Host", "This episode is brought to you by Box AI."),
            new Segment(5000, 5030, "Neel", "Careers start with writing code."));
    List<Chunk> chunks = chunk(chunker, transcript, List.of());

    assertThat(chunks).noneMatch(c -> c.text().contains("Box AI"));
    assertThat(chunks).anyMatch(c -> c.text().contains("Careers start with writing code."));
  }

  @Test
  void transcriptWindowsFollowUtterancesAndSpanThirtyToNinetySecondsWithOverlap() {
    List<Segment> transcript = new ArrayList<>();
    for (int second = 5000; second < 5600; second += 7) {
      transcript.add(new Segment(second, second + 7, "Neel", "Sentence at " + second + "."));
    }
    List<Chunk> windows =
        chunk(chunker, transcript, List.of()).stream()
            .filter(c -> c.kind() == ChunkKind.TRANSCRIPT)
            .toList();

    List<Integer> utteranceStarts = transcript.stream().map(s -> (int) s.startSeconds()).toList();
    assertThat(windows).hasSizeGreaterThan(5);
    for (int i = 0; i < windows.size(); i++) {
      Chunk window = windows.get(i);
      int length = window.endSeconds() - window.startSeconds();
      assertThat(utteranceStarts).contains(window.startSeconds());
      assertThat(length).isLessThanOrEqualTo(90);
      if (i < windows.size() - 1) {
        assertThat(length).isGreaterThanOrEqualTo(30);
        Chunk next = windows.get(i + 1);
        assertThat(next.startSeconds())
            .as("window %d overlaps the next a little", i)
            .isLessThan(window.endSeconds())
            .isGreaterThan(window.endSeconds() - 30);
      }
    }
  }

  @Test
  void transcriptWindowsNeverCrossAChapterBoundary() {
    List<Segment> transcript = new ArrayList<>();
    for (int second = 2900; second < 3100; second += 10) {
      transcript.add(new Segment(second, second + 10, "Neel", "Words at " + second + "."));
    }
    List<Chunk> windows =
        chunk(chunker, transcript, List.of()).stream()
            .filter(c -> c.kind() == ChunkKind.TRANSCRIPT)
            .toList();

    for (Chunk window : windows) {
      boolean before = window.startSeconds() < 2966;
      assertThat(window.endSeconds() <= 2966 || !before)
          .as("window %d-%d crosses 2966", window.startSeconds(), window.endSeconds())
          .isTrue();
      assertThat(window.chapterTitle())
          .isEqualTo(before ? "Introduction" : "Grokking and Sudden Generalization");
    }
  }

  @Test
  void chunksFitTheModelInputAndLoseNoWordOfALongUtterance() {
    String[] words = new String[600];
    for (int i = 0; i < words.length; i++) {
      words[i] = "w" + i;
    }
    String monologue = String.join(" ", words);
    Chunker small = new Chunker(WORDS, 64);
    List<Chunk> chunks =
        chunk(small, List.of(new Segment(5000, 5080, "Neel", monologue)), List.of());

    List<Chunk> transcript = chunks.stream().filter(c -> c.kind() == ChunkKind.TRANSCRIPT).toList();
    assertThat(chunks)
        .allSatisfy(c -> assertThat(WORDS.count(c.embeddingText())).isLessThanOrEqualTo(64));
    List<String> seen = new ArrayList<>();
    transcript.forEach(
        c -> seen.addAll(Arrays.asList(c.text().replace("Neel: ", "").split("\\s+"))));
    assertThat(seen).containsAll(Arrays.asList(words));
  }

  @Test
  void realTokenizerKeepsEveryChunkWithinTheMiniLmInput() {
    HuggingFaceTokenCountEstimator tokenizer = new HuggingFaceTokenCountEstimator();
    Chunker real = new Chunker(tokenizer::estimateTokenCountInText, 256);
    List<Segment> transcript = new ArrayList<>();
    for (int second = 5000; second < 5900; second += 20) {
      transcript.add(
          new Segment(
              second,
              second + 20,
              "Neel",
              "So the thing about interpretability is that we look at activations, weights and "
                  + "circuits, and we try to reverse-engineer the algorithms a network has learned "
                  + "from its training data, which is harder than it sounds at scale."));
    }

    List<Chunk> chunks = chunk(real, transcript, List.of());

    assertThat(chunks)
        .allSatisfy(
            c -> assertThat(tokenizer.estimateTokenCountInText(c.embeddingText())).isLessThan(256));
  }

  @Test
  void chunkIdsAreStableForTheSameContent() {
    Episode episode = episode(List.of());

    assertThat(chunker.chunk(episode, List.of())).isEqualTo(chunker.chunk(episode, List.of()));
    assertThat(chunker.chunk(episode, List.of()).get(0).id()).isEqualTo("neel/0");
  }

  private static Chunk only(List<Chunk> chunks, ChunkKind kind) {
    List<Chunk> ofKind = chunks.stream().filter(c -> c.kind() == kind).toList();
    assertThat(ofKind).hasSize(1);
    return ofKind.get(0);
  }

  private static List<Chunk> chunk(
      Chunker chunker, List<Segment> transcript, List<Reference> extraReferences) {
    return chunker.chunk(episode(extraReferences), transcript);
  }

  private static Episode episode(List<Reference> extraReferences) {
    List<Reference> references =
        new ArrayList<>(
            List.of(
                new Reference(
                    3100, "Progress measures for grokking", "https://arxiv.org/abs/2301.05217")));
    references.addAll(extraReferences);
    return new Episode(
        "neel",
        "Neel Nanda on Mechanistic Interpretability",
        "The Inside View",
        LocalDate.of(2023, 6, 18),
        7200,
        Links.NONE,
        List.of(
            new Chapter(0, "Introduction"),
            new Chapter(
                2966,
                "Grokking and Sudden Generalization",
                "Networks generalize long after memorizing."),
            new Chapter(4200, "Sponsors: Box AI", "Box AI makes your files smart."),
            new Chapter(5000, "Careers in Interpretability")),
        references,
        "Neel explains circuits. He then explains superposition. Finally he answers questions.",
        List.of(new Source("neel.txt", "text-with-timestamps")));
  }
}
