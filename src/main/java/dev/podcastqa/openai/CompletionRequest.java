package dev.podcastqa.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.answer.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chat completion request as the service reads it: the last user message is the question, the
 * user and assistant messages before it are the conversation so far, system messages are read past
 * (the service has its own instructions). Checked where it enters: a wrong field is an {@link
 * OpenAiException} naming it.
 *
 * @param earlier the conversation before the question, oldest first, as turns the answer service
 *     keeps for follow-ups
 */
record CompletionRequest(String question, List<Turn> earlier, boolean stream) {

  /** The one model {@code /v1} serves. */
  static final String MODEL = "podcast-qa";

  CompletionRequest {
    Objects.requireNonNull(question, "question");
    earlier = List.copyOf(earlier);
  }

  static CompletionRequest parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw OpenAiException.invalid(null, "The body must be a JSON object.");
    }
    requireModel(body.get("model"));
    UnmetDemands.check(body);
    JsonNode stream = body.get("stream");
    if (stream != null && !stream.isNull() && !stream.isBoolean()) {
      throw OpenAiException.invalid("stream", "stream must be true or false.");
    }
    List<Message> messages = messages(body.get("messages"));
    int last = -1;
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i).role().equals("user")) {
        last = i;
      }
    }
    if (last < 0) {
      throw OpenAiException.invalid(
          "messages", "messages has no user message; the last user message is the question.");
    }
    return new CompletionRequest(
        messages.get(last).content(),
        turns(messages.subList(0, last)),
        stream != null && stream.asBoolean());
  }

  private static void requireModel(JsonNode model) {
    if (model == null || model.isNull()) {
      throw OpenAiException.invalid("model", "model is required; this service serves " + MODEL);
    }
    if (!model.isTextual()) {
      throw OpenAiException.invalid("model", "model must be a string.");
    }
    if (!model.textValue().equals(MODEL)) {
      String name = model.textValue();
      String shown = name.length() <= 80 ? name : name.substring(0, 80) + "…";
      throw new OpenAiException(
          404,
          "invalid_request_error",
          "model",
          "model_not_found",
          "The model `" + shown + "` does not exist; this service serves `" + MODEL + "`.");
    }
  }

  /** A message's role and its text (the text parts of a content array, joined). */
  private record Message(String role, String content) {}

  private static List<Message> messages(JsonNode node) {
    if (node == null || node.isNull()) {
      throw OpenAiException.invalid("messages", "messages is required.");
    }
    if (!node.isArray()) {
      throw OpenAiException.invalid("messages", "messages must be an array of messages.");
    }
    if (node.isEmpty()) {
      throw OpenAiException.invalid("messages", "messages is empty; send at least one message.");
    }
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      messages.add(message(node.get(i), "messages[" + i + "]"));
    }
    return messages;
  }

  private static Message message(JsonNode node, String where) {
    if (!node.isObject()) {
      throw OpenAiException.invalid(where, where + " must be an object with role and content.");
    }
    JsonNode role = node.get("role");
    if (role == null || !role.isTextual()) {
      throw OpenAiException.invalid(where + ".role", where + ".role must be a string.");
    }
    return new Message(role.textValue(), content(node.get("content"), where + ".content"));
  }

  /** Text content: a string, or an array whose {@code text} parts are joined; null is empty. */
  private static String content(JsonNode node, String where) {
    if (node == null || node.isNull()) {
      return "";
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (!node.isArray()) {
      throw OpenAiException.invalid(where, where + " must be a string or an array of parts.");
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode part : node) {
      if (part.isObject() && "text".equals(part.path("type").asText())) {
        if (!part.path("text").isTextual()) {
          throw OpenAiException.invalid(where, where + " has a text part without text.");
        }
        text.append(text.isEmpty() ? "" : "\n").append(part.get("text").textValue());
      }
    }
    return text.toString();
  }

  /** Each user message with the assistant reply after it (empty when there is none). */
  private static List<Turn> turns(List<Message> before) {
    List<Turn> turns = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      Message message = before.get(i);
      if (!message.role().equals("user") || message.content().isBlank()) {
        continue;
      }
      String reply = "";
      if (i + 1 < before.size() && before.get(i + 1).role().equals("assistant")) {
        reply = before.get(i + 1).content();
      }
      String question = message.content().strip();
      turns.add(new Turn(question, question, reply));
    }
    return turns;
  }
}
