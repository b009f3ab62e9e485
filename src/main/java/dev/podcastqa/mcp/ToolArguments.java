package dev.podcastqa.mcp;

import dev.podcastqa.episode.CalendarDate;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The arguments of one tool call, checked where they enter: each read names the argument it wants
 * and its type, and a wrong one becomes a JSON-RPC "invalid params" error saying which argument of
 * which tool is wrong and how.
 */
final class ToolArguments {

  private final String tool;
  private final Map<String, Object> values;

  private ToolArguments(String tool, Map<String, Object> values) {
    this.tool = tool;
    this.values = values;
  }

  /** The arguments of a call to {@code tool}, refused when one is not among {@code known}. */
  static ToolArguments of(String tool, Map<String, Object> arguments, Set<String> known) {
    Map<String, Object> values = arguments == null ? Map.of() : arguments;
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw invalid(
          tool, "unknown argument(s) " + unknown + "; " + tool + " takes " + new TreeSet<>(known));
    }
    return new ToolArguments(tool, values);
  }

  String requiredText(String name) {
    String text = optionalText(name);
    if (text == null) {
      throw invalid(name + " is required");
    }
    return text;
  }

  /** The text argument {@code name}, or null when absent, null or blank. */
  String optionalText(String name) {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw invalid(name + " must be a string");
    }
    return text.isBlank() ? null : text;
  }

  /** The date argument {@code name} (ISO, like 2023-01-31), or null when absent. */
  LocalDate optionalDate(String name) {
    String text = optionalText(name);
    if (text == null) {
      return null;
    }
    return CalendarDate.parse(text).orElseThrow(() -> invalid(name + " " + CalendarDate.RULE));
  }

  int requiredInt(String name, int min, int max) {
    if (values.get(name) == null) {
      throw invalid(name + " is required");
    }
    return optionalInt(name, min, max, min);
  }

  /** The whole-number argument {@code name} within {@code min..max}, or {@code fallback}. */
  int optionalInt(String name, int min, int max, int fallback) {
    Object value = values.get(name);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Number number)
        || number.doubleValue() != Math.rint(number.doubleValue())
        || number.doubleValue() < min
        || number.doubleValue() > max) {
      throw invalid(name + " must be a whole number from " + min + " to " + max);
    }
    return number.intValue();
  }

  McpError invalid(String problem) {
    return invalid(tool, problem);
  }

  static McpError invalid(String tool, String problem) {
    return McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
        .message("Invalid arguments for " + tool + ": " + problem)
        .build();
  }
}
