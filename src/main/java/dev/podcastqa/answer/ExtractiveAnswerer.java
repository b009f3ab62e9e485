package dev.podcastqa.answer;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.Retrieval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The default answer mode, needing no model or network: it quotes the sentences of the best
 * passages that answer the question, grouped by episode in one voice ("In *Episode*, at 00:49:26,
 * Neel Nanda says: ..."), each followed by the marker of its citation. All wording comes from the
 * {@code extractive-*.txt} templates.
 */
public final class ExtractiveAnswerer {

  static final String NOT_FOUND = "not-found.txt";
  static final String NOTHING_NEW = "follow-up-nothing-new.txt";
  static final String EPISODE = "extractive-episode.txt";
  static final String SAID = "extractive-said.txt";
  static final String AT = "extractive-at.txt";
  static final String TIME_IN_CHAPTER = "extractive-time-in-chapter.txt";
  static final String CHAPTER = "extractive-chapter.txt";
  static final String REFERENCE = "extractive-reference.txt";
  static final String NOTES = "extractive-notes.txt";

  private final CitationFactory citations;
  private final QuotePicker picker;
  private final Templates templates;

  public ExtractiveAnswerer(
      CitationFactory citations, QueryTerms terms, MomentFinder moments, Templates templates) {
    this.citations = citations;
    this.picker = new QuotePicker(terms, moments, citations);
    this.templates = templates;
  }

  /** Loads the templates this mode needs, so a broken one stops start-up. */
  public static Templates requireTemplates(Templates templates) {
    return templates
        .require(NOT_FOUND, Set.of())
        .require(NOTHING_NEW, Set.of())
        .require(EPISODE, Set.of("episode", "moments"), Set.of("moments"))
        .require(SAID, Set.of("time", "speaker", "quote"), Set.of("quote"))
        .require(AT, Set.of("time", "quote"), Set.of("quote"))
        .require(TIME_IN_CHAPTER, Set.of("time", "chapter"), Set.of("time"))
        .require(CHAPTER, Set.of("title", "time"))
        .require(REFERENCE, Set.of("label", "time"))
        .require(NOTES, Set.of("quote"), Set.of("quote"));
  }

  /** The answer quoting {@code retrieval}'s best sentences, streamed sentence by sentence. */
  public Answer answer(Retrieval retrieval, String conversationId, AnswerStream stream) {
    return answer(retrieval, conversationId, stream, citation -> true);
  }

  /**
   * Like {@link #answer(Retrieval, String, AnswerStream)}, citing only the moments {@code keep}
   * accepts (a follow-up's answer leaves out those the previous answer cited); not found when it
   * accepts none.
   */
  public Answer answer(
      Retrieval retrieval, String conversationId, AnswerStream stream, Predicate<Citation> keep) {
    List<Quote> quotes = picker.pick(retrieval);
    Map<String, List<Cited>> byEpisode = new LinkedHashMap<>();
    List<Citation> cited = new ArrayList<>();
    for (Quote quote : quotes) {
      Chunk chunk = quote.passage().chunk();
      Citation citation = citations.cite(cited.size() + 1, chunk, quote.text());
      if (!keep.test(citation) || cited.stream().anyMatch(c -> sameMoment(c, citation))) {
        continue;
      }
      cited.add(citation);
      byEpisode
          .computeIfAbsent(chunk.episodeId(), id -> new ArrayList<>())
          .add(new Cited(quote, citation));
    }
    if (cited.isEmpty()) {
      return notFound(conversationId, stream);
    }
    // Numbered in the order the answer reads: episode by episode.
    List<Citation> ordered = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (List<Cited> group : byEpisode.values()) {
      List<String> moments = new ArrayList<>();
      for (Cited c : group) {
        Citation numbered = c.citation().renumbered(ordered.size() + 1);
        ordered.add(numbered);
        moments.add(moment(c.quote(), numbered));
      }
      String piece =
          (text.isEmpty() ? "" : " ")
              + templates.render(
                  EPISODE,
                  Map.of(
                      "episode", group.get(0).citation().episodeTitle(), "moments", join(moments)));
      text.append(piece);
      stream.delta(piece);
    }
    return new Answer(text.toString(), true, Answer.Mode.EXTRACTIVE, conversationId, ordered, null);
  }

  /** The plain refusal used when nothing in the corpus supports an answer. */
  public Answer notFound(String conversationId, AnswerStream stream) {
    String text = templates.render(NOT_FOUND, Map.of());
    stream.delta(text);
    return new Answer(text, false, Answer.Mode.EXTRACTIVE, conversationId, List.of(), null);
  }

  /**
   * The answer to a follow-up ("Why?", "What happened next?") when the episodes say nothing beyond
   * the moment the previous answer quoted: said so, rather than that answer again.
   */
  public Answer nothingNew(String conversationId, AnswerStream stream) {
    String text = templates.render(NOTHING_NEW, Map.of());
    stream.delta(text);
    return new Answer(text, false, Answer.Mode.EXTRACTIVE, conversationId, List.of(), null);
  }

  /** One moment's clause with its marker: "at 00:49:26, Neel Nanda says: "..." [1]". */
  private String moment(Quote quote, Citation citation) {
    Chunk chunk = quote.passage().chunk();
    String marker = " [" + citation.n() + "]";
    if (!citation.timed()) {
      return templates.render(NOTES, Map.of("quote", unquoted(quote.text()))) + marker;
    }
    if (chunk.kind() == ChunkKind.CHAPTER) {
      return templates.render(CHAPTER, Map.of("title", quote.text(), "time", citation.timestamp()))
          + marker;
    }
    if (chunk.kind() == ChunkKind.REFERENCE) {
      return templates.render(
              REFERENCE, Map.of("label", quote.text(), "time", citation.timestamp()))
          + marker;
    }
    String time =
        quote.chapter() == null
            ? citation.timestamp()
            : templates.render(
                TIME_IN_CHAPTER, Map.of("time", citation.timestamp(), "chapter", quote.chapter()));
    String said = unquoted(quote.text());
    return (citation.speaker() == null
            ? templates.render(AT, Map.of("time", time, "quote", said))
            : templates.render(
                SAID, Map.of("time", time, "speaker", citation.speaker(), "quote", said)))
        + marker;
  }

  /**
   * The moments of one episode as sentences: the first continues the episode's opening, the others
   * start with a capital.
   */
  private static String join(List<String> moments) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < moments.size(); i++) {
      String m = moments.get(i);
      if (i > 0) {
        out.append(' ').append(Character.toUpperCase(m.charAt(0))).append(m.substring(1));
      } else {
        out.append(m);
      }
      out.append('.');
    }
    return out.toString();
  }

  /** A quote without its closing full stop, so the sentence around it ends it once. */
  static String unquoted(String quote) {
    String q = quote.strip();
    return q.endsWith(".") && !q.endsWith("..") ? q.substring(0, q.length() - 1) : q;
  }

  /** Two citations of one episode at the same second, or both untimed with the same quote. */
  private static boolean sameMoment(Citation a, Citation b) {
    return a.episodeId().equals(b.episodeId())
        && Objects.equals(a.startSeconds(), b.startSeconds())
        && (a.timed() || a.quote().equals(b.quote()));
  }

  /** A quote and the citation made for it. */
  private record Cited(Quote quote, Citation citation) {}
}
