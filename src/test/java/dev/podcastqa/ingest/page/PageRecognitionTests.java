package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.SourceText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageRecognitionTests {

  private static final List<PageShape> SPECIFIC_SHAPES =
      List.of(
          new MetadataPage(),
          new SnipdPage(),
          new ApplePodcastsPage(),
          new PodcastSitePage(),
          new YoutubeDescription());

  @ParameterizedTest
  @ValueSource(strings = {Pages.METADATA, Pages.YOUTUBE, Pages.APPLE, Pages.SNIPD, Pages.SITE})
  void exactlyOneSpecificShapeMatchesEachSample(String sample) {
    Page page = Page.of(Pages.sampleText(sample));
    assertThat(SPECIFIC_SHAPES).filteredOn(shape -> shape.matches(page)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"all-timestamp-forms.txt", "no-timestamps.txt", "title-field.txt"})
  void genericTextMatchesNoSpecificShape(String fixture) {
    Page page = Page.of(Pages.fixtureText(fixture));
    assertThat(SPECIFIC_SHAPES).noneMatch(shape -> shape.matches(page));
  }

  @ParameterizedTest
  @CsvSource({
    Pages.METADATA + ", metadata-page",
    Pages.YOUTUBE + ", youtube-description",
    Pages.APPLE + ", apple-podcasts-page",
    Pages.SNIPD + ", snipd-page",
    Pages.SITE + ", podcast-site-page"
  })
  void sampleTextUnderAnotherFileNameGetsTheSameShape(String sample, String format) {
    SourceText original = Pages.sampleText(sample);
    SourceText renamed = SourceText.of("/tmp/elsewhere/saved-page.md", original.content());

    Draft draft = new PageReader().read(renamed);

    assertThat(Pages.format(draft)).isEqualTo(format);
    assertThat(draft.sources().get(0).location()).isEqualTo("/tmp/elsewhere/saved-page.md");
    Draft expected = Pages.sample(sample);
    assertThat(draft.title()).isEqualTo(expected.title());
    assertThat(draft.chapters()).isEqualTo(expected.chapters());
    assertThat(draft.references()).isEqualTo(expected.references());
    assertThat(draft.description()).isEqualTo(expected.description());
  }

  @ParameterizedTest
  @CsvSource({
    Pages.METADATA + ", 002_1d8b16883cc27682.txt",
    Pages.APPLE + ", 000_ce328e730f063d88.txt",
    Pages.SITE + ", 001_768cae0e84d8022e.txt"
  })
  void anotherSampleFileNameDoesNotChangeTheShape(String sample, String otherName) {
    SourceText text = SourceText.of(otherName, Pages.sampleText(sample).content());
    assertThat(Pages.format(new PageReader().read(text)))
        .isEqualTo(Pages.format(Pages.sample(sample)));
  }
}
