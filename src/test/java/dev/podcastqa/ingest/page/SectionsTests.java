package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTests {

  @Test
  void headingsAreRecognizedWithTheirKind() {
    assertThat(Sections.heading("SPONSORS:")).contains(Sections.Kind.SPONSORS);
    assertThat(Sections.heading("Sponsor messages")).contains(Sections.Kind.SPONSORS);
    assertThat(Sections.heading("SOCIAL LINKS:")).contains(Sections.Kind.LINKS);
    assertThat(Sections.heading("PRODUCED BY:")).contains(Sections.Kind.CREDITS);
    assertThat(Sections.heading("CHAPTERS:")).contains(Sections.Kind.CHAPTERS);
    assertThat(Sections.heading("TOC")).contains(Sections.Kind.CHAPTERS);
    assertThat(Sections.heading("KEY IDEAS:")).contains(Sections.Kind.OTHER);
    assertThat(Sections.heading("We riff on:")).isEmpty();
  }

  @Test
  void sponsorSectionIsDroppedUpToTheNextHeading() {
    List<String> kept =
        texts(
            "Description.",
            "SPONSORS:",
            "Box AI: delivers productivity https://bit.ly/x",
            "",
            "NetSuite: a cloud ERP. Download the guide.",
            "KEY IDEAS:",
            "Interpretability is empirical.");
    assertThat(kept).containsExactly("Description.", "", "Interpretability is empirical.");
  }

  @Test
  void droppedSectionEndsAtATimestampedLine() {
    assertThat(texts("SOCIAL LINKS:", "Twitter: https://x.com/a", "(00:00) Intro", "Notes."))
        .containsExactly("(00:00) Intro", "Notes.");
  }

  private static List<String> texts(String... lines) {
    List<PageLine> page = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      page.add(new PageLine(i + 1, lines[i]));
    }
    return Sections.answerable(page).stream().map(PageLine::text).toList();
  }
}
