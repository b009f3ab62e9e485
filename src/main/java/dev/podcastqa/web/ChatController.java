package dev.podcastqa.web;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.Question;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.feedback.Channel;
import dev.podcastqa.feedback.FeedbackLog;
import io.javalin.http.Context;

/**
 * {@code POST /api/chat}: a JSON question in, the {@link Answer} contract out, with the id the
 * answer is recorded (and rated) by.
 */
final class ChatController {

  private final AnswerService answers;
  private final Catalog catalog;
  private final FeedbackLog feedback;
  private final RequestBody body;

  ChatController(AnswerService answers, Catalog catalog, FeedbackLog feedback, RequestBody body) {
    this.answers = answers;
    this.catalog = catalog;
    this.feedback = feedback;
    this.body = body;
  }

  void chat(Context ctx) {
    Question question = ChatRequest.toQuestion(body.object(ctx), catalog);
    Answer answer = answers.answer(question);
    ctx.json(new ChatReply(answer, feedback.record(Channel.WEB, question.text(), answer)));
  }
}
