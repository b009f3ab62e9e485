package dev.podcastqa.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.json.Json;
import dev.podcastqa.json.UnreadableJsonException;
import dev.podcastqa.web.Utf8Body;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import java.util.Optional;
import java.util.Set;

/**
 * The checks a message posted to {@code /mcp} must pass before the SDK's transport reads it: one
 * well-formed JSON-RPC 2.0 message. The transport would answer a batch, a bad id or malformed JSON
 * with a serialized Java exception, and a request whose {@code params} are not an object with no
 * answer at all; this says what is wrong instead, with the request's id when it has a usable one.
 */
final class McpEnvelope {

  /**
   * What a message was found to be: {@code problem} is the JSON-RPC error to answer, or null when
   * nothing is wrong; {@code response} is true for a client's response (to a ping of the server's),
   * which passes when it has an id and a result or an error; {@code method} is the request's or
   * notification's method, null for a response or a problem; {@code notification} is true for a
   * message with a method and no id; {@code id} is a request's id (a string or a long) and {@code
   * params} its params (null when none came), for the checks of {@link ServedMethods}.
   */
  record Checked(
      JsonRpcError problem,
      boolean response,
      String method,
      boolean notification,
      Object id,
      JsonNode params) {

    /** Methods of the handshake and of keeping a session alive, which ask for nothing more. */
    private static final Set<String> HANDSHAKE =
        Set.of("initialize", "notifications/initialized", "ping");

    /** Whether this is the request that opens a session. */
    boolean initialize() {
      return "initialize".equals(method);
    }

    /** Whether this asks the server for more than the handshake (tools, resources, ...). */
    boolean call() {
      return method != null && !HANDSHAKE.contains(method);
    }
  }

  private static final Checked RESPONSE = new Checked(null, true, null, false, null, null);

  private McpEnvelope() {}

  static Checked check(byte[] body, ObjectMapper mapper) {
    Optional<String> encoding = Utf8Body.problem(body);
    if (encoding.isPresent()) {
      return refuse(ErrorCodes.PARSE_ERROR, null, encoding.get());
    }
    JsonNode message;
    try {
      message = Json.readStrict(mapper, body);
    } catch (UnreadableJsonException e) {
      return refuse(ErrorCodes.PARSE_ERROR, null, e.getMessage());
    }
    if (message == null || message.isMissingNode()) {
      return refuse(ErrorCodes.PARSE_ERROR, null, "The body is empty; send a JSON-RPC message.");
    }
    if (message.isArray()) {
      return refuse(
          ErrorCodes.INVALID_REQUEST, null, "Batches are not taken; send one message per request.");
    }
    if (!message.isObject()) {
      return refuse(ErrorCodes.INVALID_REQUEST, null, "The body must be one JSON-RPC message.");
    }
    return fields(message);
  }

  private static Checked fields(JsonNode message) {
    JsonNode id = message.get("id");
    boolean usableId =
        id != null && (id.isTextual() || id.isIntegralNumber() && id.canConvertToLong());
    Object echo = usableId ? (id.isTextual() ? id.textValue() : (Object) id.longValue()) : null;
    if (!"2.0".equals(message.path("jsonrpc").textValue())) {
      return refuse(ErrorCodes.INVALID_REQUEST, echo, "jsonrpc must be \"2.0\".");
    }
    if (id != null && !usableId) {
      return refuse(ErrorCodes.INVALID_REQUEST, null, "id must be a string or an integer.");
    }
    JsonNode method = message.get("method");
    if (method == null) {
      if (id == null || !(message.has("result") || message.has("error"))) {
        return refuse(
            ErrorCodes.INVALID_REQUEST, echo, "The message has no method, and is no response.");
      }
      return RESPONSE;
    }
    if (!method.isTextual()) {
      return refuse(ErrorCodes.INVALID_REQUEST, echo, "method must be a string.");
    }
    JsonNode params = message.get("params");
    if (params != null && !params.isNull() && !params.isObject()) {
      return refuse(ErrorCodes.INVALID_PARAMS, echo, "params must be an object.");
    }
    JsonNode arguments = params == null ? null : params.get("arguments");
    if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
      return refuse(ErrorCodes.INVALID_PARAMS, echo, "arguments must be an object.");
    }
    return new Checked(
        null,
        false,
        method.textValue(),
        id == null,
        echo,
        params == null || params.isNull() ? null : params);
  }

  private static Checked refuse(int code, Object id, String message) {
    return new Checked(new JsonRpcError(id, code, message), false, null, false, id, null);
  }
}
