package dev.podcastqa.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields of a JSON object body, checked against the ones its route takes: a field the route
 * does not take is refused (see {@link UnknownNames}), and each value read is checked for its type,
 * emptiness and length, in a refusal that names the field.
 */
final class BodyFields {

  private final ObjectNode body;

  private BodyFields(ObjectNode body) {
    this.body = body;
  }

  /**
   * The fields of {@code body}, refusing any that {@code known} does not list (400 {@code
   * unknown_field}).
   */
  static BodyFields of(ObjectNode body, List<String> known) {
    List<String> sent = new ArrayList<>();
    body.fieldNames().forEachRemaining(sent::add);
    UnknownNames.FIELDS.requireKnown(sent, known);
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
}
