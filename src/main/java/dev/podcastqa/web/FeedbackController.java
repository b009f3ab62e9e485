package dev.podcastqa.web;

import dev.podcastqa.feedback.Channel;
import dev.podcastqa.feedback.FeedbackLog;
import dev.podcastqa.feedback.Rating;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code POST /api/feedback}: a thumb on an answer, {@code {"answerId", "rating": "up"|"down",
 * "comment"?}}; 204 when taken. A later thumb on the same answer takes the place of the earlier.
 */
final class FeedbackController {

  /** The fields {@code /api/feedback} takes. */
  static final List<String> FIELDS = List.of("answerId", "rating", "comment");

  /** Longer than any answer id ({@code a-} and 20 hex digits), so a near miss is named as such. */
  private static final int MAX_ANSWER_ID = 100;

  private static final int MAX_RATING = 20;

  private final FeedbackLog feedback;
  private final RequestBody body;

  FeedbackController(FeedbackLog feedback, RequestBody body) {
    this.feedback = feedback;
    this.body = body;
  }

  void rate(Context ctx) {
    BodyFields fields = BodyFields.of(body.object(ctx), FIELDS);
    String answerId = fields.required("answerId", MAX_ANSWER_ID);
    Rating rating = Rating.parse(fields.required("rating", MAX_RATING));
    String comment = fields.optional("comment", Integer.MAX_VALUE);
    feedback.rate(answerId, rating, comment, Channel.WEB, true);
    ctx.status(204);
  }
}
