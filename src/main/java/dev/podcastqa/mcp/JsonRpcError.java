package dev.podcastqa.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON-RPC error answered at {@code /mcp} before or instead of the SDK: {@code id} is the
 * request's (a string or a long), or null when it could not be read.
 *
 * @param code the JSON-RPC error code, e.g. {@code -32600}
 * @param message the sentence the client is sent
 */
record JsonRpcError(Object id, int code, String message) {

  /** Our own code for a request without the API key. */
  static final int UNAUTHORIZED = -32001;

  JsonRpcError {
    if (id != null && !(id instanceof String) && !(id instanceof Long)) {
      throw new IllegalArgumentException("a JSON-RPC id is a string or an integer: " + id);
    }
  }

  /** The error's stable name, for the log line. */
  String name() {
    return switch (code) {
      case ErrorCodes.PARSE_ERROR -> "parse_error";
      case ErrorCodes.INVALID_REQUEST -> "invalid_request";
      case ErrorCodes.METHOD_NOT_FOUND -> "method_not_found";
      case ErrorCodes.INVALID_PARAMS -> "invalid_params";
      case ErrorCodes.RESOURCE_NOT_FOUND -> "resource_not_found";
      case UNAUTHORIZED -> "unauthorized";
      default -> "internal_error";
    };
  }

  /** The JSON-RPC response: {@code {"jsonrpc": "2.0", "id": ..., "error": {code, message}}}. */
  byte[] bytes(ObjectMapper mapper) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("jsonrpc", "2.0");
    body.put("id", id);
    body.put("error", error);
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
