package dev.podcastqa.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerStream;
import dev.podcastqa.answer.CitationFactory;
import dev.podcastqa.answer.ExtractiveAnswerer;
import dev.podcastqa.answer.ModelAnswerer;
import dev.podcastqa.answer.Question;
import dev.podcastqa.answer.Templates;
import dev.podcastqa.answer.Turn;
import dev.podcastqa.retrieve.Retrieval;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated answer mode: asks the model to answer from the best passages, streams its text
 * through {@link CitedText} (markers checked, renumbered, tied to passages) and falls back to the
 * extractive answer, with a notice, when the model fails after its one retry. Thread-safe.
 */
public final class LlmAnswerer implements ModelAnswerer {

  /** Passages the model sees, best first; enough to answer, few enough for a small context. */
  static final int PASSAGES = 6;

  /** Pause before the one retry of a timed-out, rate-limited or failed call. */
  public static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);

  static final String UNSUPPORTED =
      "The model's answer cited nothing its passages support, so it is not shown.";

  private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);

  private final ModelCalls calls;
  private final Prompts prompts;
  private final CitationFactory citations;
  private final SupportCheck support;
  private final ExtractiveAnswerer extractive;
  private final CitationAudit audit;

  /**
   * @param templates with the prompts loaded by {@link #requireTemplates}
   * @param extractive answers when the model cannot, and words the refusal
   */
  public LlmAnswerer(
      ModelClients clients,
      Templates templates,
      CitationFactory citations,
      SupportCheck support,
      ExtractiveAnswerer extractive,
      CitationAudit audit) {
    this.calls = new ModelCalls(clients, RETRY_BACKOFF);
    this.prompts = new Prompts(templates);
    this.citations = citations;
    this.support = support;
    this.extractive = extractive;
    this.audit = audit;
  }

  /** Loads and checks the prompts this mode needs, so a broken one stops start-up. */
  public static Templates requireTemplates(Templates templates) {
    return Prompts.require(templates);
  }

  @Override
  public Optional<String> standalone(List<Turn> history, String question) {
    try {
      String reply = calls.complete(prompts.condense(history, question)).strip();
      String line = reply.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
      line = line.replaceAll("^[\"“']+|[\"”']+$", "").strip();
      return line.isEmpty() || line.length() > Question.MAX_LENGTH
          ? Optional.empty()
          : Optional.of(line);
    } catch (ModelFailure e) {
      LOG.warn(
          "Could not rewrite a follow-up ({}); searching with the previous question",
          e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public Answer answer(Retrieval retrieval, String conversationId, AnswerStream stream) {
    NumberedPassages passages =
        new NumberedPassages(
            retrieval.passages().subList(0, Math.min(PASSAGES, retrieval.passages().size())),
            citations,
            support);
    List<ChatMessage> messages = prompts.answer(passages, retrieval.question());
    CitedText text = new CitedText(passages);
    Delivery delivery = new Delivery(stream);
    StringBuilder reply = new StringBuilder();
    try {
      if (stream == AnswerStream.IGNORE) {
        reply.append(calls.complete(messages));
        text.accept(reply.toString());
      } else {
        calls.stream(
            messages,
            piece -> {
              reply.append(piece);
              delivery.send(text.accept(piece));
            });
      }
      if (reply.isEmpty() || reply.toString().isBlank()) {
        // Garbage the client could not parse arrives as no text at all: a failure, not a refusal.
        throw ModelFailure.unusable("the model's reply held no text");
      }
      delivery.send(text.finish());
    } catch (ModelFailure e) {
      LOG.warn("The model failed ({}); answering extractively", e.getMessage());
      AnswerStream rest = delivery.sent ? AnswerStream.IGNORE : stream;
      return extractive.answer(retrieval, conversationId, rest).withNotice(e.reason().notice());
    }
    audit.record(text.supportedMarkers(), text.droppedMarkers(), text.invalidMarkers());
    return answer(text, conversationId);
  }

  /** The checked text; with no supported citation left it is no answer, worded as a refusal. */
  private Answer answer(CitedText text, String conversationId) {
    if (text.citations().isEmpty()) {
      String refusal = extractive.notFound(conversationId, AnswerStream.IGNORE).answer();
      String notice = text.droppedMarkers() > 0 ? UNSUPPORTED : null;
      return new Answer(refusal, false, Answer.Mode.LLM, conversationId, List.of(), notice);
    }
    return new Answer(text.text(), true, Answer.Mode.LLM, conversationId, text.citations(), null);
  }

  /**
   * Passes final text on to the reader, remembering whether any reached it; a piece that adds
   * nothing yet is a heartbeat, so a reader who left is noticed while the model is still
   * mid-sentence.
   */
  private static final class Delivery {
    private final AnswerStream stream;
    private boolean sent;

    Delivery(AnswerStream stream) {
      this.stream = stream;
    }

    void send(String piece) {
      if (piece.isEmpty()) {
        stream.heartbeat();
      } else {
        sent = true;
        stream.delta(piece);
      }
    }
  }
}
