package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * devtools.fm's own Nextra pages (probe35b; SWEEP.md under src/test/resources/ingest/formats,
 * "Sixth sweep"): tabs marked by {@code {/* TAB: ... *}{@code /}} comments, a SECTIONS list of
 * {@code [00:02:19] What was Rome?} lines, then the transcript's {@code **Name:**} turns under
 * {@code #### [00:02:19] What was Rome?} headings (70), under untimed {@code #### Introduction}
 * headings that the list times (100), with a time at a turn's start or at each minute inside the
 * text (60, 100).
 */
class MdxPagesTests {

  private static final Path SWEEP = Path.of("src/test/resources/ingest/formats/sixth-sweep");

  private final Ingester ingester = OfflineIngester.create();

  @TempDir Path folder;

  @Test
  void turnsUnderTimedHeadingsAreSegmentsOfTheirSpeakersAtTheHeadingsTime() {
    Corpus corpus = read("devtools-fm-70-excerpt.mdx");

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.sources())
        .extracting(Source::format)
        .containsExactly(TranscriptSources.MARKDOWN_TRANSCRIPT);
    List<Segment> segments = corpus.transcripts().of(episode.id());
    assertThat(segments.get(0).speaker()).isEqualTo("Emanuele");
    assertThat(segments.get(0).startSeconds()).isZero();
    assertThat(segments.get(0).text()).startsWith("December of last year, we were let go");
    assertThat(segments)
        .filteredOn(segment -> segment.startSeconds() == 139)
        .extracting(Segment::speaker)
        .startsWith("Andrew", "Emanuele", "Justin");
    assertThat(segments)
        .filteredOn(segment -> segment.text().startsWith("Yeah. So Rome was or is to."))
        .singleElement()
        .extracting(Segment::speaker, Segment::startSeconds)
        .containsExactly("Emanuele", 139.0);
    assertThat(segments).noneMatch(segment -> segment.text().equals("What was Rome?"));
    assertThat(episode.chapters().subList(0, 3))
        .extracting(Chapter::startSeconds, Chapter::title, Chapter::notes)
        .containsExactly(
            tuple(139, "What was Rome?", ""), tuple(609, "Ad", ""), tuple(670, "The Fall", ""));
    assertThat(episode.published()).isEqualTo(java.time.LocalDate.of(2023, 10, 15));
  }

  @Test
  void aTimeAtATurnsStartOrInsideItsTextWinsOverTheHeadingsTime() {
    Corpus corpus = read("devtools-fm-60-excerpt.mdx");

    Episode episode = corpus.episodes().get(0);
    List<Segment> segments = corpus.transcripts().of(episode.id());
    assertThat(segments.get(0))
        .extracting(Segment::speaker, Segment::startSeconds)
        .containsExactly("Andrey", 0.0);
    assertThat(segments.get(0).text()).startsWith("we use it right now to create");
    // "... so incredibly exciting ... in open [00:01:00] source. So it's incredibly exciting"
    assertThat(segments)
        .filteredOn(segment -> segment.text().startsWith("source. So it's incredibly exciting"))
        .singleElement()
        .extracting(Segment::speaker, Segment::startSeconds)
        .containsExactly("Justin", 60.0);
    assertThat(segments)
        .filteredOn(segment -> segment.text().startsWith("Thanks for nice introduction"))
        .singleElement()
        .extracting(Segment::speaker, Segment::startSeconds)
        .containsExactly("Andrey", 77.0);
    assertThat(segments).noneMatch(segment -> segment.text().contains("[00:0"));
    assertThat(episode.chapters()).extracting(Chapter::startSeconds).startsWith(77, 302, 660);
    assertThat(corpus.problems()).isEmpty();
  }

  @Test
  void untimedHeadingsTakeTheTimeTheChapterListGivesTheirTitle() {
    Corpus corpus = read("devtools-fm-100-excerpt.mdx");

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.chapters()).hasSize(12);
    assertThat(episode.chapters().subList(0, 2))
        .extracting(Chapter::startSeconds, Chapter::title)
        .containsExactly(tuple(0, "Introduction"), tuple(105, "The Early Days of Docker"));
    List<Segment> segments = corpus.transcripts().of(episode.id());
    assertThat(segments)
        .filteredOn(segment -> segment.text().startsWith("And the motivation for me leaving"))
        .singleElement()
        .extracting(Segment::speaker, Segment::startSeconds)
        .containsExactly("Solomon", 105.0);
    assertThat(segments)
        .filteredOn(segment -> segment.text().startsWith("founded that. Yeah, we founded that"))
        .singleElement()
        .extracting(Segment::speaker, Segment::startSeconds)
        .containsExactly("Justin", 60.0);
  }

  @Test
  void struckOutWordsWereCutFromTheEpisodeAndAreNotInTheTranscript() {
    Corpus corpus = read("devtools-fm-100-excerpt.mdx");

    List<Segment> segments = corpus.transcripts().of(corpus.episodes().get(0).id());
    // **Andrew:** ~~So I'm ready to go now. We'll, we'll start. ~~[00:00:00]
    assertThat(segments)
        .noneMatch(segment -> segment.text().contains("too many windows open"))
        .noneMatch(segment -> segment.text().contains("~~"));
    assertThat(segments.get(0))
        .extracting(Segment::speaker, Segment::startSeconds)
        .containsExactly("Solomon", 0.0);
    assertThat(segments.get(0).text()).startsWith("Docker build is a simple front end");
  }

  @Test
  void mdxCommentsAreNoPartOfTheDescription() {
    for (String page : List.of("devtools-fm-70-excerpt.mdx", "devtools-fm-100-excerpt.mdx")) {
      Episode episode = read(page).episodes().get(0);

      assertThat(episode.description())
          .contains("This week we")
          .doesNotContain("{/*", "TAB:", "Paste show notes", "SECTIONS");
    }
  }

  @Test
  void importsExportsAndComponentTagsOfAnMdxPageAreNoPartOfItsText() throws IOException {
    // not a real page: the shapes MDX sites write around their text (Nextra, Docusaurus)
    Path page = folder.resolve("episode-12.mdx");
    Files.writeString(
        page,
        """
        ---
        title: Episode 12 - Harbours
        ---
        import { Tabs } from 'nextra/components'
        import YouTube from '../../components/YouTube'
        export const meta = {
          guest: 'Ann Lee',
        }

        {/*
          draft notes: remember the sponsor
        */}

        <Tabs items={['Show notes', 'Transcript']}>
        <Tabs.Tab>
        Ann Lee talks about harbours and the tides that shape them.
        <YouTube
          id="abc123"
        />
        </Tabs.Tab>
        </Tabs>
        """);

    Episode episode = ingester.ingest(List.of(page.toString())).episodes().get(0);

    assertThat(episode.description())
        .isEqualTo("Ann Lee talks about harbours and the tides that shape them.");
  }

  private Corpus read(String page) {
    return ingester.ingest(List.of(SWEEP.resolve(page).toString()));
  }
}
