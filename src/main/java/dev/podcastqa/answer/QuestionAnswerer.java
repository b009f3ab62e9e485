package dev.podcastqa.answer;

import dev.podcastqa.index.SearchFilter;
import dev.podcastqa.retrieve.HybridRetriever;
import dev.podcastqa.retrieve.Retrieval;
import java.util.UUID;

/**
 * The answer service every channel calls: retrieves passages for the question within its filters,
 * refuses when the relevance gate finds nothing that answers it, and otherwise answers in the
 * configured mode.
 */
public final class QuestionAnswerer implements AnswerService {

  /** Passages handed to the answer step. */
  static final int PASSAGES = 12;

  private final HybridRetriever retriever;
  private final RelevanceGate gate;
  private final ExtractiveAnswerer extractive;

  public QuestionAnswerer(
      HybridRetriever retriever, RelevanceGate gate, ExtractiveAnswerer extractive) {
    this.retriever = retriever;
    this.gate = gate;
    this.extractive = extractive;
  }

  @Override
  public Answer answer(Question question, AnswerStream stream) {
    String conversationId =
        question.conversationId() != null ? question.conversationId() : "c-" + UUID.randomUUID();
    Retrieval retrieval = retrieve(question);
    if (!gate.passes(retrieval)) {
      return extractive.notFound(conversationId, stream);
    }
    return extractive.answer(retrieval, conversationId, stream);
  }

  /** The passages retrieved for {@code question}, for callers that inspect retrieval. */
  public Retrieval retrieve(Question question) {
    SearchFilter filter =
        new SearchFilter(question.episodeId(), question.podcast(), question.from(), question.to());
    return retriever.retrieve(question.text(), filter, PASSAGES);
  }

  @Override
  public String mode() {
    return Answer.EXTRACTIVE;
  }
}
