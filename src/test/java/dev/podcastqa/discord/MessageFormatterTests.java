package dev.podcastqa.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.discord.DiscordMessage.Embed;
import dev.podcastqa.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Answers as Discord messages: content and embed limits, escaping, and links to the moment. */
class MessageFormatterTests {

  private static final Pattern LINK = Pattern.compile("\\[((?:\\\\.|[^\\\\\\]])*)]\\(([^)]*)\\)");

  private final MessageFormatter formatter = new MessageFormatter("https://podcasts.example/");
  private final ObjectMapper mapper = Json.newMapper();

  @Test
  void citationIsAMaskedLinkToTheMomentOnTheServicesAbsoluteUrl() {
    DiscordMessage message = formatter.answer(answer("Grokking is sudden [1].", 1), "What?");

    assertThat(message.embeds()).hasSize(1);
    Embed sources = message.embeds().get(0);
    assertThat(sources.title()).isEqualTo("Sources");
    assertThat(sources.description())
        .startsWith(
            "**[1]** [Episode 1 · 00:49:26](https://podcasts.example/episodes/episode-1?t=2966)\n"
                + "> Quote 1");
  }

  @Test
  void mentionsAndTagsInAnswerOrQuestionPingNoOneAndRenderAsWritten() throws Exception {
    DiscordMessage message =
        formatter.answer(
            answer("Hey @everyone and @here, see <@123456> in <#42> <b>now</b> [1].", 1),
            "@everyone <script>alert(1)</script>?");

    String content = message.content();
    assertThat(content).doesNotContain("@everyone", "@here").doesNotContainPattern("(?<!\\\\)<");
    assertThat(content).contains("@\u200beveryone", "@\u200bhere", "\\<@123456>", "\\<b>now\\</b>");
    JsonNode json = mapper.readTree(mapper.writeValueAsString(message));
    assertThat(json.get("allowed_mentions").get("parse")).isEmpty();
  }

  @Test
  void linksThatAreAlreadyAbsoluteStayAndTheirParenthesesCannotEndTheLink() {
    Citation audio =
        new Citation(
            1,
            "e",
            "Show (live)",
            null,
            5,
            "00:00:05",
            null,
            "https://cdn.example/a(1).mp3#t=5",
            "/episodes/e?t=5",
            "q");

    String source = formatter.source(audio);

    assertThat(source).contains("[Show (live) · 00:00:05](https://cdn.example/a%281%29.mp3#t=5)");
  }

  @Test
  void wholeEpisodeTextLinksWithoutATime() {
    Citation notes =
        new Citation(1, "e", "Show", null, null, null, null, "/episodes/e", "/episodes/e", "notes");

    assertThat(formatter.source(notes))
        .startsWith("**[1]** [Show](https://podcasts.example/episodes/e)");
  }

  @Test
  void aCitationNamesItsSpeakerBeforeTheMoment() {
    Citation said =
        new Citation(
            1,
            "e",
            "Show",
            null,
            2966,
            "00:49:26",
            "Neel Nanda",
            "/episodes/e?t=2966",
            "/episodes/e?t=2966",
            "q");

    assertThat(formatter.source(said)).contains("[Show · Neel Nanda, 00:49:26]");
  }

  @Test
  void longAnswerIsCutAtASentenceBoundaryWithinTheContentLimit() {
    String sentence = "Grokking happens long after memorization, in a sudden jump [1]. ";
    String text = sentence.repeat(60).strip();

    String content = formatter.answer(answer(text, 1), "What is grokking?").content();

    assertThat(text.length()).isGreaterThan(3000);
    assertThat(content.length()).isLessThanOrEqualTo(DiscordMessage.MAX_CONTENT);
    assertThat(content).startsWith("> What is grokking?\n").endsWith("[1]. …");
  }

  @Test
  void cutNeverFallsInsideALink() {
    String link = "[Episode. With dots · 00:01:00](https://podcasts.example/episodes/x?t=60)";
    String text = ("Intro words here " + link + " more. ").repeat(40);

    for (int max = 200; max < 600; max += 7) {
      String cut = DiscordMarkdown.cut(text, max);
      assertThat(cut.length()).isLessThanOrEqualTo(max);
      String withoutWholeLinks = LINK.matcher(cut).replaceAll("");
      assertThat(withoutWholeLinks).as("cut to %d", max).doesNotContain("](").doesNotContain("[");
    }
  }

  @Test
  void textWithoutSpacesIsCutHardButNeverBetweenABackslashAndWhatItEscapes() {
    String escaped = DiscordMarkdown.escape("_".repeat(1000));

    for (int max = 100; max <= 110; max++) {
      String cut = DiscordMarkdown.cut(escaped, max);
      assertThat(cut.length()).isLessThanOrEqualTo(max);
      assertThat(cut).endsWith(" …");
      assertThat(cut.substring(0, cut.length() - 2)).matches("(\\\\_)+");
    }
  }

  @Test
  void markdownFromTheCorpusIsEscapedButCitationMarkersStay() {
    String text =
        "**bold** _it_ ~~gone~~ `code` ||spoiler|| \\ [click](https://evil.example) [2]\n"
            + "> quoted\n# heading\n- item";

    String escaped = DiscordMarkdown.escape(text);

    assertThat(escaped)
        .isEqualTo(
            "\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\\\ "
                + "\\[click\\](https://evil.example) [2]\n"
                + "\\> quoted\n\\# heading\n\\- item");
  }

  @Test
  void quotesAndTitlesAreEscapedInsideTheirLinks() {
    Citation c =
        new Citation(
            1,
            "e",
            "A [weird] *title*",
            null,
            60,
            "00:01:00",
            null,
            "/episodes/e?t=60",
            "/episodes/e?t=60",
            "> not a quote, *not bold*");

    String source = formatter.source(c);

    assertThat(source)
        .isEqualTo(
            "**[1]** [A \\[weird\\] \\*title\\* · 00:01:00](https://podcasts.example/episodes/e?t=60)"
                + "\n> \\> not a quote, \\*not bold\\*");
    Matcher link = LINK.matcher(source.substring("**[1]** ".length()));
    assertThat(link.lookingAt()).isTrue();
    assertThat(link.group(2)).isEqualTo("https://podcasts.example/episodes/e?t=60");
  }

  @Test
  void everyMessageDisablesMentions() throws Exception {
    List<DiscordMessage> messages =
        List.of(
            formatter.answer(answer("@everyone look [1].", 1), "@here?"),
            formatter.apology(),
            formatter.notice("<@123> no").ephemeral());

    for (DiscordMessage message : messages) {
      JsonNode json = mapper.readTree(mapper.writeValueAsString(message));
      assertThat(json.get("allowed_mentions").get("parse").isArray()).isTrue();
      assertThat(json.get("allowed_mentions").get("parse")).isEmpty();
    }
  }

  @Test
  void manyCitationsStayWithinEmbedLimitsAndTheRestAreCounted() {
    int count = 60;
    List<Citation> citations =
        IntStream.rangeClosed(1, count)
            .mapToObj(
                n ->
                    new Citation(
                        n,
                        "episode-" + n,
                        "A very long episode title ".repeat(10) + n,
                        null,
                        2966,
                        "00:49:26",
                        null,
                        "/episodes/episode-" + n + "?t=2966",
                        "/episodes/e",
                        "A long quote with *markdown* ".repeat(40)))
            .toList();
    Answer answer = new Answer("Many [1].", true, Answer.Mode.EXTRACTIVE, null, citations, null);

    List<Embed> embeds = formatter.answer(answer, null).embeds();

    assertThat(embeds.size()).isBetween(1, EmbedPacker.MAX_EMBEDS);
    assertThat(embeds.stream().mapToInt(Embed::size).sum()).isLessThanOrEqualTo(6000);
    List<String> links = new ArrayList<>();
    for (Embed embed : embeds) {
      assertThat(embed.description().length()).isLessThanOrEqualTo(4096);
      assertThat(embed.title() == null ? 0 : embed.title().length()).isLessThanOrEqualTo(256);
      Matcher m = LINK.matcher(embed.description());
      while (m.find()) {
        links.add(m.group(2));
      }
    }
    assertThat(links).isNotEmpty().allMatch(url -> url.endsWith("?t=2966"));
    String last = embeds.get(embeds.size() - 1).description();
    assertThat(last).endsWith("*…and " + (count - links.size()) + " more sources.*");
  }

  @Test
  void unansweredQuestionIsPlainTextWithoutEmbeds() {
    Answer notFound =
        new Answer(
            "Not found in the episodes.", false, Answer.Mode.EXTRACTIVE, null, List.of(), null);

    DiscordMessage message = formatter.answer(notFound, null);

    assertThat(message.content()).isEqualTo("Not found in the episodes.");
    assertThat(message.embeds()).isEmpty();
  }

  private static Answer answer(String text, int citations) {
    List<Citation> cited =
        IntStream.rangeClosed(1, citations)
            .mapToObj(
                n ->
                    new Citation(
                        n,
                        "episode-" + n,
                        "Episode " + n,
                        "Podcast",
                        2966,
                        "00:49:26",
                        null,
                        "/episodes/episode-" + n + "?t=2966",
                        "/episodes/episode-" + n + "?t=2966",
                        "Quote " + n))
            .toList();
    return new Answer(text, true, Answer.Mode.EXTRACTIVE, null, cited, null);
  }
}
