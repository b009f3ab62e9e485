package dev.podcastqa.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.answer.FilterCheck;
import dev.podcastqa.answer.InvalidQuestionException;
import dev.podcastqa.answer.Question;
import dev.podcastqa.episode.Catalog;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Turns the JSON body of {@code POST /api/chat} (and {@code /api/chat/stream}) into a {@link
 * Question}, checking every field's type where it enters: {@code question} (required string),
 * {@code conversationId}, {@code episodeId}, {@code podcast} (optional strings), {@code from},
 * {@code to} (optional ISO dates).
 */
final class ChatRequest {

  private ChatRequest() {}

  /**
   * The question, whose episode filter, if any, must name an episode of {@code catalog}, and whose
   * filters together must leave at least one episode to answer from.
   */
  static Question toQuestion(JsonNode body, Catalog catalog) {
    Question question = toQuestion(body);
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

  static Question toQuestion(JsonNode body) {
    if (!body.isObject()) {
      throw RequestRejectedException.badJson("The body must be a JSON object.");
    }
    return new Question(
        questionText(body.get("question")),
        conversationId(body),
        optionalText(body, "episodeId"),
        optionalText(body, "podcast"),
        optionalDate(body, "from"),
        optionalDate(body, "to"));
  }

  private static String questionText(JsonNode node) {
    if (node == null || node.isNull()) {
      throw new InvalidQuestionException("the question is missing");
    }
    if (!node.isTextual()) {
      throw new InvalidQuestionException("the question must be a string");
    }
    return node.textValue();
  }

  private static String conversationId(JsonNode body) {
    String id = optionalText(body, "conversationId");
    if (id != null && !id.isBlank() && !Question.isConversationId(id.strip())) {
      throw RequestRejectedException.badField(Question.CONVERSATION_ID_RULE + ".");
    }
    return id;
  }

  private static String optionalText(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw RequestRejectedException.badField(field + " must be a string.");
    }
    return node.textValue();
  }

  private static LocalDate optionalDate(JsonNode body, String field) {
    String text = optionalText(body, field);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw RequestRejectedException.badField(field + " must be a date like 2023-01-31.");
    }
  }
}
