package dev.podcastqa.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceHeader;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.transcript.Fixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownDocumentTests {

  private final List<Problem> problems = new ArrayList<>();

  @Test
  void frontMatterFieldsBecomeTheHeaderAndNeverTheBody() {
    MarkdownDocument document = recognize(Fixture.text("transcripts/shapes/harbor-hour-ep-12.md"));

    SourceHeader header = document.header();
    assertThat(header.title()).isEqualTo("How Cities Flood");
    assertThat(header.podcast()).isEqualTo("The Harbor Hour");
    assertThat(header.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(header.durationSeconds()).isEqualTo(3900);
    assertThat(header.guests()).containsExactly("Omar Haddad");
    assertThat(header.links().page()).isEqualTo("https://harbor.example.org/12");
    assertThat(header.links().audio()).isEqualTo("https://cdn.example.org/harbor/12.mp3");
    assertThat(header.links().video()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    List<String> body = document.body().lines();
    assertThat(body.subList(0, 11)).allMatch(String::isEmpty);
    assertThat(document.body().content())
        .doesNotContain("show:", "cdn.example.org", "dQw4w9WgXcQ", "Omar Haddad\n");
    assertThat(problems).isEmpty();
  }

  @Test
  void bodyLinesKeepTheirNumbersWithEmphasisLinksAndEntitiesRemoved() {
    MarkdownDocument document = recognize(Fixture.text("transcripts/shapes/harbor-hour-ep-12.md"));

    assertThat(document.body().lines().get(14))
        .isEqualTo(
            "Jane Doe [00:00:00]: Welcome back to the Harbor Hour. My guest today studies how"
                + " cities flood.");
    assertThat(MarkdownText.plain("**Ann** [0:05](https://youtu.be/x?t=5): it&#39;s _fine_"))
        .isEqualTo("Ann 0:05: it's fine");
    assertThat(MarkdownText.plain("\\[07:59\\] Right, SPEAKER_01 said"))
        .isEqualTo("[07:59] Right, SPEAKER_01 said");
  }

  @Test
  void firstHeadingIsTheTitleWhenThereIsNoFrontMatter() {
    MarkdownDocument document =
        recognize(SourceText.of("notes.txt", "# Tide pools at dawn\n\nSome notes.\n"));

    assertThat(document.header().title()).isEqualTo("Tide pools at dawn");
  }

  @Test
  void frontMatterThatIsNotYamlIsReportedWithItsLineAndLeftOut() {
    MarkdownDocument document =
        recognize(SourceText.of("ep.md", "---\ntitle: ok\nguest: [unclosed\n---\nHello.\n"));

    assertThat(document.header()).isEqualTo(SourceHeader.NONE);
    assertThat(document.body().content()).doesNotContain("title", "unclosed");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).toString())
        .startsWith("ep.md:")
        .contains("front matter is not valid YAML")
        .contains("fix it");
    assertThat(problems.get(0).line()).isBetween(2, 5);
  }

  @Test
  void yamlErrorIsOnePlainLineWithTheFileLineAndTheReason() {
    recognize(SourceText.of("notes.md", "---\ntitle: Good\ndate: a: b\n---\n\n# Notes\n"));

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "notes.md:3: front matter is not valid YAML: mapping values are not allowed here; it is"
                + " left out: fix it to keep the title and other fields");
  }

  @Test
  void yamlErrorWithWhatItWasReadingKeepsBothOnOneLineAtTheLineItOpened() {
    recognize(SourceText.of("ep.md", "---\ntitle: \"unclosed\ndate: 2024-01-01\n---\n\nText.\n"));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(2);
    assertThat(problems.get(0).reason())
        .startsWith(
            "front matter is not valid YAML: while scanning a quoted scalar, found unexpected end"
                + " of stream;")
        .doesNotContain("\n", "^", "'reader'");
  }

  @Test
  void frontMatterClosedOnTheLineOfTheFirstHeadingKeepsThatHeading() {
    MarkdownDocument document =
        recognize(SourceText.of("ep.md", "---\n\ntitle: Spots\n---# Show notes\n\nText.\n"));

    assertThat(document.header().title()).isEqualTo("Spots");
    assertThat(document.body().lines().get(3)).isEqualTo("Show notes");
  }

  @Test
  void plainTextWithoutFrontMatterOrHeadingIsNotMarkdown() {
    assertThat(
            MarkdownDocument.recognize(
                SourceText.of("ep.txt", "Title line\n\n[00:01] Hello there.\n"), problems::add))
        .isEmpty();
  }

  private MarkdownDocument recognize(SourceText text) {
    return MarkdownDocument.recognize(text, problems::add).orElseThrow();
  }
}
