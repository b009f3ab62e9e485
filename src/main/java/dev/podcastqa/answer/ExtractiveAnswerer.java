package dev.podcastqa.answer;

import dev.podcastqa.episode.Timecode;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.Retrieval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default answer mode, needing no model or network: it quotes the sentences of the best
 * passages that answer the question, each followed by the marker of its citation.
 */
public final class ExtractiveAnswerer {

  static final String NOT_FOUND = "not-found.txt";
  static final String CHAPTER = "extractive-chapter.txt";
  static final String REFERENCE = "extractive-reference.txt";

  private final CitationFactory citations;
  private final QuotePicker picker;
  private final Templates templates;

  public ExtractiveAnswerer(
      CitationFactory citations, QueryTerms terms, MomentFinder moments, Templates templates) {
    this.citations = citations;
    this.picker = new QuotePicker(terms, moments);
    this.templates = templates;
  }

  /** Loads the templates this mode needs, so a broken one stops start-up. */
  public static Templates requireTemplates(Templates templates) {
    return templates
        .require(NOT_FOUND, Set.of())
        .require(CHAPTER, Set.of("episode", "title", "time"))
        .require(REFERENCE, Set.of("episode", "label", "time"));
  }

  /** The answer quoting {@code retrieval}'s best sentences, streamed sentence by sentence. */
  public Answer answer(Retrieval retrieval, String conversationId, AnswerStream stream) {
    List<Quote> quotes = picker.pick(retrieval);
    if (quotes.isEmpty()) {
      return notFound(conversationId, stream);
    }
    List<Citation> cited = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Quote quote : quotes) {
      int n = cited.size() + 1;
      Chunk chunk = quote.passage().chunk();
      cited.add(citations.cite(n, chunk, quote.text()));
      String piece = (text.isEmpty() ? "" : " ") + withMarker(sentence(chunk, quote.text()), n);
      text.append(piece);
      stream.delta(piece);
    }
    return new Answer(text.toString(), true, Answer.EXTRACTIVE, conversationId, cited, null);
  }

  /** The plain refusal used when nothing in the corpus supports an answer. */
  public Answer notFound(String conversationId, AnswerStream stream) {
    String text = templates.render(NOT_FOUND, Map.of());
    stream.delta(text);
    return new Answer(text, false, Answer.EXTRACTIVE, conversationId, List.of(), null);
  }

  /**
   * {@code text [n].}: the marker goes before the sentence's closing punctuation and quote marks,
   * so it reads as part of the sentence it cites.
   */
  static String withMarker(String sentence, int n) {
    String marker = " [" + n + "]";
    int end = sentence.length();
    while (end > 0 && ".!?…\"'”’".indexOf(sentence.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == sentence.length() || end == 0) {
      return sentence + marker;
    }
    return sentence.substring(0, end) + marker + sentence.substring(end);
  }

  private String sentence(Chunk chunk, String quote) {
    String episode = citations.episode(chunk).title();
    String time = Timecode.format(chunk.startSeconds());
    if (chunk.kind() == ChunkKind.CHAPTER) {
      return templates.render(CHAPTER, Map.of("episode", episode, "title", quote, "time", time));
    }
    if (chunk.kind() == ChunkKind.REFERENCE) {
      return templates.render(REFERENCE, Map.of("episode", episode, "label", quote, "time", time));
    }
    return quote;
  }
}
