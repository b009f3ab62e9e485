package dev.podcastqa.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podcastqa.answer.FilterCheck;
import dev.podcastqa.answer.Question;
import dev.podcastqa.episode.CalendarDate;
import dev.podcastqa.episode.Catalog;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns the JSON body of {@code POST /api/chat} (and {@code /api/chat/stream}) into a {@link
 * Question}, checking every field where it enters: {@code question} (required string), {@code
 * conversationId}, {@code episodeId}, {@code podcast} (optional strings), {@code from}, {@code to}
 * (optional ISO dates). Any other field is refused, naming the nearest of these.
 */
final class ChatRequest {

  /** The fields {@code /api/chat} takes. */
  static final List<String> FIELDS =
      List.of("question", "conversationId", "episodeId", "podcast", "from", "to");

  /** The fields {@code /api/discord/share} takes: a shared answer starts no conversation. */
  static final List<String> SHARE_FIELDS =
      List.of("question", "episodeId", "podcast", "from", "to");

  /** Longest episode id or podcast name taken; ids are slugs of at most about 100 characters. */
  private static final int MAX_NAME = 300;

  /** Longest date text taken, with room for surrounding white space. */
  private static final int MAX_DATE = 40;

  private ChatRequest() {}

  /**
   * The question, whose episode filter, if any, must name an episode of {@code catalog}, and whose
   * filters together must leave at least one episode to answer from.
   */
  static Question toQuestion(ObjectNode body, Catalog catalog) {
    Question question = toQuestion(BodyFields.of(body, FIELDS), body);
    String episodeId = question.episodeId();
    if (episodeId != null && catalog.find(episodeId).isEmpty()) {
      throw new EpisodeNotFoundException(episodeId);
    }
    FilterCheck.check(question, catalog)
        .ifPresent(
            refusal -> {
              throw new FiltersMatchNothingException(refusal);
            });
    return question;
  }

  /** The question of a {@code /api/discord/share} body, with no conversation. */
  static Question toSharedQuestion(ObjectNode body) {
    return toQuestion(BodyFields.of(body, SHARE_FIELDS), body);
  }

  private static Question toQuestion(BodyFields fields, ObjectNode body) {
    return new Question(
        questionText(body.get("question")),
        conversationId(fields),
        fields.optional("episodeId", MAX_NAME),
        fields.optional("podcast", MAX_NAME),
        optionalDate(fields, "from"),
        optionalDate(fields, "to"));
  }

  /**
   * The question as sent; its emptiness and length are judged by {@link Question}, after it is
   * normalized.
   */
  private static String questionText(JsonNode node) {
    if (node == null || node.isNull()) {
      throw badQuestion("The question is missing; send it as \"question\".");
    }
    if (!node.isTextual()) {
      throw badQuestion("The question must be a string, not " + BodyFields.kind(node) + ".");
    }
    return node.textValue();
  }

  private static RequestRejectedException badQuestion(String detail) {
    return new RequestRejectedException(400, "invalid_question", detail, "question");
  }

  private static String conversationId(BodyFields fields) {
    String id = fields.optional("conversationId", Integer.MAX_VALUE);
    if (id != null && !Question.isConversationId(id.strip())) {
      throw RequestRejectedException.badField(
          "conversationId", Question.CONVERSATION_ID_RULE + ".");
    }
    return id;
  }

  private static LocalDate optionalDate(BodyFields fields, String field) {
    String text = fields.optional(field, MAX_DATE);
    if (text == null) {
      return null;
    }
    return CalendarDate.parse(text)
        .orElseThrow(
            () -> RequestRejectedException.badField(field, field + " " + CalendarDate.RULE + "."));
  }
}
