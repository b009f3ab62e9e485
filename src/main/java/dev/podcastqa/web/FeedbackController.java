package dev.podcastqa.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.feedback.Channel;
import dev.podcastqa.feedback.FeedbackLog;
import dev.podcastqa.feedback.Rating;
import io.javalin.http.Context;

/**
 * {@code POST /api/feedback}: a thumb on an answer, {@code {"answerId", "rating": "up"|"down",
 * "comment"?}}; 204 when taken. A later thumb on the same answer takes the place of the earlier.
 */
final class FeedbackController {

  private final FeedbackLog feedback;
  private final RequestBody body;

  FeedbackController(FeedbackLog feedback, RequestBody body) {
    this.feedback = feedback;
    this.body = body;
  }

  void rate(Context ctx) {
    JsonNode json = body.json(ctx);
    if (!json.isObject()) {
      throw RequestRejectedException.badJson("The body must be a JSON object.");
    }
    String answerId = text(json, "answerId", true);
    Rating rating = Rating.parse(text(json, "rating", true));
    feedback.rate(answerId, rating, text(json, "comment", false), Channel.WEB, true);
    ctx.status(204);
  }

  private static String text(JsonNode body, String field, boolean required) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        throw RequestRejectedException.badField(field + " is required.");
      }
      return null;
    }
    if (!node.isTextual()) {
      throw RequestRejectedException.badField(field + " must be a string.");
    }
    return node.textValue();
  }
}
