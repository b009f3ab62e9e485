package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergerTests {

  private static Draft.Builder page(String file) {
    return Draft.builder(new Source("episodes/" + file, "test-page"));
  }

  private static List<Episode> episodes(Draft... drafts) {
    List<Problem> problems = new ArrayList<>();
    List<Episode> episodes =
        EpisodeIds.assign(Merger.merge(List.of(drafts)), problems::add).episodes();
    assertThat(problems).isEmpty();
    return episodes;
  }

  @Test
  void pagesWithSamePodcastAndTitleBecomeOneEpisodeWithBothSources() {
    Draft apple =
        page("a.txt")
            .title("Neel Nanda - Mechanistic Interpretability")
            .podcast("Machine Learning Street Talk (MLST)")
            .chapter(new Chapter(2966, "Grokking and Sudden Generalization"))
            .build();
    Draft snipd =
        page("b.txt")
            .title("Neel Nanda – mechanistic interpretability!")
            .podcast("machine learning street talk (MLST)")
            .published(java.time.LocalDate.of(2023, 6, 18))
            .build();

    List<Episode> episodes = episodes(apple, snipd);

    assertThat(episodes).hasSize(1);
    Episode merged = episodes.get(0);
    assertThat(merged.sources())
        .extracting(Source::location)
        .containsExactly("episodes/a.txt", "episodes/b.txt");
    assertThat(merged.published()).hasToString("2023-06-18");
    assertThat(merged.chapters())
        .containsExactly(new Chapter(2966, "Grokking and Sudden Generalization"));
    assertThat(merged.id()).isEqualTo("neel-nanda-mechanistic-interpretability");
  }

  @Test
  void pagesThatOnlyShareAGuestStaySeparate() {
    Draft one =
        page("a.txt")
            .title("Neel Nanda - Mechanistic Interpretability (SAEs)")
            .podcast("MLST")
            .build();
    Draft two = page("b.txt").title("NEURAL NETWORKS ARE WEIRD! - Neel Nanda").build();

    assertThat(episodes(one, two)).hasSize(2);
  }

  @Test
  void sameAsJoinsPagesByFileName() {
    Draft one =
        page("a.txt")
            .title("Neel Nanda - Mechanistic Interpretability (SAEs)")
            .podcast("MLST")
            .sameAs("b.txt")
            .build();
    Draft two = page("b.txt").title("NEURAL NETWORKS ARE WEIRD! - Neel Nanda").build();

    List<Episode> episodes = episodes(one, two);

    assertThat(episodes).hasSize(1);
    assertThat(episodes.get(0).title())
        .isEqualTo("Neel Nanda - Mechanistic Interpretability (SAEs)");
  }

  @Test
  void sameGuidJoinsFeedItemAndPage() {
    Draft item = page("feed.xml").title("Episode 12").guid("abc-123").build();
    Draft other = page("ep12.txt").title("Ep. 12: the long title").guid("abc-123").build();

    assertThat(episodes(item, other)).hasSize(1);
  }

  @Test
  void mergedDescriptionHasNoParagraphTwice() {
    String longer =
        "In this episode, Daniel and Tom discuss interpretability. They explore "
            + "models, compute and algorithms.";
    Draft one =
        page("a.txt")
            .title("T")
            .podcast("P")
            .paragraph("In this episode, Daniel and Tom discuss interpretability.")
            .build();
    Draft two =
        page("b.txt")
            .title("T")
            .podcast("P")
            .paragraph(longer)
            .paragraph("In this episode, Daniel and Tom discuss interpretability.")
            .build();

    Episode merged = episodes(one, two).get(0);

    assertThat(merged.description()).isEqualTo(longer);
  }

  @Test
  void chapterTimedAlikeInTwoSourcesIsKeptOnce() {
    Draft one =
        page("a.txt")
            .title("T")
            .podcast("P")
            .chapter(new Chapter(0, "Intro"))
            .chapter(new Chapter(60, "Main"))
            .build();
    Draft two =
        page("b.txt")
            .title("T")
            .podcast("P")
            .chapter(new Chapter(60, "Main"))
            .chapter(new Chapter(120, "Outro"))
            .build();

    assertThat(episodes(one, two).get(0).chapters())
        .extracting(Chapter::startSeconds)
        .containsExactly(0, 60, 120);
  }

  @Test
  void titleJoinedWithPodcastNameIsSplitWhenAnotherSourceNamesThePodcast() {
    Draft joined = page("a.txt").title("Episode Title The Show Name").build();
    Draft named = page("b.txt").title("Episode Title").podcast("The Show Name").build();

    List<Episode> episodes = episodes(joined, named);

    assertThat(episodes).hasSize(1);
    assertThat(episodes.get(0).title()).isEqualTo("Episode Title");
  }

  @Test
  void episodesWithTheSameTitleGetDistinctStableIds() {
    Draft one = page("a.txt").title("Trailer").podcast("Show A").build();
    Draft two = page("b.txt").title("Trailer").podcast("Show B").build();
    Draft three = page("c.txt").title("Trailer").podcast("Show B ").paragraph("x").build();

    assertThat(episodes(one, two, three))
        .extracting(Episode::id)
        .containsExactly("trailer", "trailer-show-b");
  }

  @Test
  void draftWithoutTitleIsReportedNotDropped() {
    Draft transcriptOnly = Draft.builder(new Source("episodes/x.vtt", "webvtt")).build();
    List<Problem> problems = new ArrayList<>();

    List<Episode> episodes =
        EpisodeIds.assign(Merger.merge(List.of(transcriptOnly)), problems::add).episodes();

    assertThat(episodes).isEmpty();
    assertThat(problems).singleElement().extracting(Problem::location).isEqualTo("episodes/x.vtt");
  }
}
