package dev.podcastqa.web;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.episode.Catalog;
import io.javalin.http.Context;

/** {@code POST /api/chat}: a JSON question in, the {@link Answer} contract out. */
final class ChatController {

  private final AnswerService answers;
  private final Catalog catalog;
  private final RequestBody body;

  ChatController(AnswerService answers, Catalog catalog, RequestBody body) {
    this.answers = answers;
    this.catalog = catalog;
    this.body = body;
  }

  void chat(Context ctx) {
    ctx.json(answers.answer(ChatRequest.toQuestion(body.json(ctx), catalog)));
  }
}
