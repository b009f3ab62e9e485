package dev.podcastqa.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The fields of a JSON object body, checked against the ones its route takes. A field the route
 * does not take is refused, naming the nearest one it does: a misspelt field would otherwise be
 * ignored and the request answered as if it had not been sent. Each value read is checked for its
 * type, emptiness and length, and a refusal names the field.
 */
final class BodyFields {

  /** Unknown fields named in one refusal; more are counted. */
  private static final int NAMED = 5;

  /** Longest field name quoted back to a client. */
  private static final int QUOTED = 40;

  private final ObjectNode body;

  private BodyFields(ObjectNode body) {
    this.body = body;
  }

  /**
   * The fields of {@code body}, refusing any that {@code known} does not list (400 {@code
   * unknown_field}).
   */
  static BodyFields of(ObjectNode body, List<String> known) {
    List<String> unknown = new ArrayList<>();
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                unknown.add(name);
              }
            });
    if (!unknown.isEmpty()) {
      throw unknownFields(unknown, known);
    }
    return new BodyFields(body);
  }

  /** The value of {@code name}: a string of at most {@code maxLength} characters, not blank. */
  String required(String name, int maxLength) {
    String value = optional(name, maxLength);
    if (value == null) {
      throw RequestRejectedException.badField(name, name + " is required.");
    }
    return value;
  }

  /**
   * The value of {@code name}, or null when the body leaves it out or sends null; a value that is
   * there must be a string of at most {@code maxLength} characters, not blank.
   */
  String optional(String name, int maxLength) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw RequestRejectedException.badField(
          name, name + " must be a string, not " + kind(node) + ".");
    }
    String value = node.textValue();
    if (value.isBlank()) {
      throw RequestRejectedException.badField(
          name, name + " is empty; leave the field out when it has no value.");
    }
    if (value.length() > maxLength) {
      throw RequestRejectedException.badField(
          name,
          name + " is " + value.length() + " characters long; the limit is " + maxLength + ".");
    }
    return value;
  }

  /** What a JSON value is, as a client would say it: "a number", "an array". */
  static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> node.booleanValue() ? "true" : "false";
      case NULL -> "null";
      case STRING -> "a string";
      default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static RequestRejectedException unknownFields(List<String> unknown, List<String> known) {
    List<String> named = new ArrayList<>();
    for (String name : unknown.subList(0, Math.min(NAMED, unknown.size()))) {
      String guess = nearest(name, known).map(n -> " (did you mean " + quote(n) + "?)").orElse("");
      named.add(quote(name) + guess);
    }
    StringBuilder detail =
        new StringBuilder(unknown.size() == 1 ? "Unknown field " : "Unknown fields ")
            .append(String.join(", ", named));
    if (unknown.size() > NAMED) {
      detail.append(" and ").append(unknown.size() - NAMED).append(" more");
    }
    detail
        .append(". ")
        .append(
            known.isEmpty()
                ? "This address takes no fields."
                : "This address takes " + String.join(", ", known) + ".");
    return new RequestRejectedException(
        400, "unknown_field", detail.toString(), shown(unknown.get(0)));
  }

  /**
   * The known field {@code name} is most likely a misspelling of, if one is near enough: ignoring
   * case, within one edit and one more for every four letters of the known name ({@code
   * "questoin"}, {@code "podcst"}, {@code "episode_id"}, {@code "form"}), never for a name that
   * merely shares a letter ({@code "q"} is not {@code "to"}).
   */
  static Optional<String> nearest(String name, List<String> known) {
    if (name.length() > QUOTED) {
      return Optional.empty(); // further from every field name than any guess may be
    }
    String asked = name.toLowerCase(Locale.ROOT);
    return known.stream()
        .min(Comparator.comparingInt(k -> distance(k, asked)))
        .filter(k -> distance(k, asked) <= 1 + k.length() / 4);
  }

  private static int distance(String known, String asked) {
    return LevenshteinDistance.getDefaultInstance().apply(known.toLowerCase(Locale.ROOT), asked);
  }

  private static String quote(String name) {
    return "\"" + shown(name) + "\"";
  }

  /** A field name as it is shown back to a client: a long one cut short. */
  static String shown(String name) {
    if (name.length() <= QUOTED) {
      return name;
    }
    int end = Character.isHighSurrogate(name.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
    return name.substring(0, end) + "…";
  }
}
