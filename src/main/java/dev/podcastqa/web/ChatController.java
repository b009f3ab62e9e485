package dev.podcastqa.web;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.Question;
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
    Question question = ChatRequest.toQuestion(body.json(ctx));
    String episodeId = question.episodeId();
    if (episodeId != null && catalog.find(episodeId).isEmpty()) {
      throw new EpisodeNotFoundException(episodeId);
    }
    ctx.json(answers.answer(question));
  }
}
