package dev.podcastqa.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The parameters of a completion request that ask for a reply of another shape than this service
 * makes: more than one choice ({@code n}), a tool call ({@code tool_choice} {@code "required"} or a
 * named function), or JSON ({@code response_format}). Read past, each was answered with one choice
 * of Markdown text, which a client waiting for what it asked for fails on far from the cause; each
 * is a 400 naming the parameter instead. Parameters that only tune a model's sampling ({@code
 * temperature}, {@code max_tokens}, {@code tools} offered but not required) stay read past.
 */
final class UnmetDemands {

  /** The {@code tool_choice} values that leave the model free not to call a tool. */
  private static final Set<String> FREE_CHOICES = Set.of("none", "auto");

  private UnmetDemands() {}

  /** Refuses {@code body} when it asks for a reply this service cannot make. */
  static void check(JsonNode body) {
    JsonNode n = body.get("n");
    if (n != null
        && !n.isNull()
        && !(n.isIntegralNumber() && n.canConvertToInt() && n.intValue() == 1)) {
      throw OpenAiException.invalid(
          "n", "n must be 1 (or left out): this service makes one choice.");
    }
    JsonNode toolChoice = body.get("tool_choice");
    if (toolChoice != null
        && !toolChoice.isNull()
        && !(toolChoice.isTextual() && FREE_CHOICES.contains(toolChoice.textValue()))) {
      throw OpenAiException.invalid(
          "tool_choice",
          "This service calls no tools: tool_choice must be \"none\" or \"auto\" (or left out).");
    }
    JsonNode format = body.get("response_format");
    if (format != null && !format.isNull() && !"text".equals(format.path("type").textValue())) {
      throw OpenAiException.invalid(
          "response_format",
          "This service answers in text: response_format must be {\"type\": \"text\"} (or left"
              + " out).");
    }
  }
}
