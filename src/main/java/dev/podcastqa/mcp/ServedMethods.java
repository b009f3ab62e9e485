package dev.podcastqa.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a request may ask of this MCP server, checked before the SDK reads it: a method the server
 * serves, the params that method cannot do without, and a tool the server has. The SDK answers an
 * unknown method or tool with an error and logs nothing, and takes a missing {@code name} or {@code
 * uri} as empty with a WARN line of its own (a {@code tools/call} with no params at all failed
 * inside it, with an ERROR line and an empty body); here each is an error naming what is wrong, for
 * {@link McpRefusals} to answer and log in one line.
 */
final class ServedMethods {

  /**
   * Each method the server answers (given its capabilities: tools and resources, no prompts,
   * logging or completions), with the text field its params must hold, or "" for none.
   */
  private static final Map<String, String> REQUIRED =
      Map.of(
          "initialize", "",
          "ping", "",
          "tools/list", "",
          "tools/call", "name",
          "resources/list", "",
          "resources/templates/list", "",
          "resources/read", "uri");

  /** What the client sent is shown up to this many characters, in the answer and the log. */
  private static final int SHOWN = 100;

  private final Set<String> tools;

  ServedMethods(Set<String> tools) {
    this.tools = new TreeSet<>(tools);
  }

  /**
   * The error to answer for a request ({@code checked} has no problem and is neither a response nor
   * a notification), or nothing when the SDK should take it.
   */
  Optional<JsonRpcError> problem(McpEnvelope.Checked checked) {
    String method = checked.method();
    String field = REQUIRED.get(method);
    if (field == null) {
      return Optional.of(
          new JsonRpcError(
              checked.id(),
              ErrorCodes.METHOD_NOT_FOUND,
              "Method not found: " + shown(method) + "; this server answers " + methods() + "."));
    }
    if (field.isEmpty()) {
      return Optional.empty();
    }
    JsonNode value = checked.params() == null ? null : checked.params().get(field);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      String says =
          method
              + " needs params."
              + field
              + ", a string"
              + (value == null ? "; it is missing." : ", not " + shown(value.toString()) + ".");
      return Optional.of(new JsonRpcError(checked.id(), ErrorCodes.INVALID_PARAMS, says));
    }
    if ("tools/call".equals(method) && !tools.contains(value.textValue())) {
      String says =
          "Unknown tool: "
              + shown(value.textValue())
              + "; the tools are "
              + String.join(", ", tools)
              + ".";
      return Optional.of(new JsonRpcError(checked.id(), ErrorCodes.INVALID_PARAMS, says));
    }
    return Optional.empty();
  }

  private static String methods() {
    return String.join(", ", new TreeSet<>(REQUIRED.keySet()));
  }

  private static String shown(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }
}
