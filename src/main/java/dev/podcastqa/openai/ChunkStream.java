package dev.podcastqa.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.AnswerCancelledException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A streamed completion as OpenAI sends it: server-sent events of one {@code data:} line each,
 * flushed at once, ending with {@code data: [DONE]}. Nothing is sent before the first event, so a
 * request refused before then still gets an ordinary error response. A write that fails means the
 * client has gone: it becomes {@link AnswerCancelledException}, which stops the answer.
 */
final class ChunkStream {

  private final HttpServletResponse response;
  private final ObjectMapper mapper;
  private ServletOutputStream out;

  ChunkStream(HttpServletResponse response, ObjectMapper mapper) {
    this.response = response;
    this.mapper = mapper;
  }

  /** One event whose data is {@code data} as one line of JSON. */
  void send(Object data) {
    write("data: " + json(data) + "\n\n");
  }

  /** The event that ends the stream. */
  void done() {
    write("data: [DONE]\n\n");
  }

  /** Whether any event has been sent (after which the status can no longer change). */
  boolean started() {
    return out != null;
  }

  private void write(String frame) {
    try {
      if (out == null) {
        open();
      }
      out.write(frame.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new AnswerCancelledException("the client closed the completion stream: " + e);
    }
  }

  private void open() throws IOException {
    response.setStatus(200);
    response.setContentType("text/event-stream; charset=utf-8");
    response.setHeader("Cache-Control", "no-cache");
    // Proxies such as nginx would otherwise hold events back until the answer ends.
    response.setHeader("X-Accel-Buffering", "no");
    out = response.getOutputStream();
  }

  private String json(Object data) {
    try {
      return mapper.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write a chunk as JSON", e);
    }
  }
}
