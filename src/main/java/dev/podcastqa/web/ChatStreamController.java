package dev.podcastqa.web;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerCancelledException;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.AnswerStream;
import dev.podcastqa.answer.Question;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.feedback.Channel;
import dev.podcastqa.feedback.FeedbackLog;
import io.javalin.http.Context;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/chat/stream}: the same JSON question as {@code /api/chat}, answered as
 * server-sent events: {@code delta} events with pieces of the answer text, then one {@code
 * citations} event holding the whole answer contract (the body {@code /api/chat} returns, its
 * {@code answerId} included), then {@code done} with the {@code answerId} again. A client that
 * disconnects cancels the answer (and nothing is recorded).
 */
final class ChatStreamController {

  private static final Logger LOG = LoggerFactory.getLogger(ChatStreamController.class);

  private final AnswerService answers;
  private final Catalog catalog;
  private final FeedbackLog feedback;
  private final RequestBody body;

  ChatStreamController(
      AnswerService answers, Catalog catalog, FeedbackLog feedback, RequestBody body) {
    this.answers = answers;
    this.catalog = catalog;
    this.feedback = feedback;
    this.body = body;
  }

  void stream(Context ctx, EventStream events) {
    Question question = ChatRequest.toQuestion(body.object(ctx), catalog);
    try {
      Answer answer = answers.answer(question, AnswerStream.of(events::delta, events::keepAlive));
      String answerId = feedback.record(Channel.WEB, question.text(), answer);
      events.send("citations", new ChatReply(answer, answerId));
      events.send("done", Map.of("answerId", answerId));
    } catch (AnswerCancelledException e) {
      LOG.info("Stopped a streamed answer: {}", e.getMessage());
    } catch (RuntimeException e) {
      if (!events.started()) {
        throw e; // nothing sent yet: ErrorMapper answers with a JSON error
      }
      LOG.error("{} {} failed after streaming began", ctx.method(), ctx.path(), e);
      sendQuietly(events, "error", ApiError.internal());
    }
  }

  private static void sendQuietly(EventStream events, String name, Object data) {
    try {
      events.send(name, data);
    } catch (AnswerCancelledException gone) {
      LOG.debug("Could not report the failure: the client has gone");
    }
  }
}
