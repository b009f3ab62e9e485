package dev.podcastqa.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.AnswerCancelledException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A {@code text/event-stream} response written event by event, each flushed at once. Nothing is
 * sent until the first event, so a request refused before then still gets an ordinary JSON error. A
 * write that fails means the client has gone: it becomes {@link AnswerCancelledException}, which
 * tells the answer's producer to stop. The web chat's stream names its events; OpenAI's streamed
 * completions send unnamed ones.
 */
public final class EventStream {

  private final HttpServletResponse response;
  private final ObjectMapper mapper;
  private ServletOutputStream out;

  public EventStream(HttpServletResponse response, ObjectMapper mapper) {
    this.response = response;
    this.mapper = mapper;
  }

  /** A {@code delta} event: {@code {"text": "..."}}. */
  void delta(String text) {
    send("delta", Map.of("text", text));
  }

  /** An event named {@code name} whose data is {@code data} as one line of JSON. */
  void send(String name, Object data) {
    write("event: " + name + "\ndata: " + json(data) + "\n\n");
  }

  /** An unnamed event whose data is {@code data} as one line of JSON. */
  public void send(Object data) {
    write("data: " + json(data) + "\n\n");
  }

  /** An unnamed event whose data is {@code text} as it is, e.g. OpenAI's {@code [DONE]}. */
  public void sendText(String text) {
    write("data: " + text + "\n\n");
  }

  private void write(String frame) {
    try {
      if (out == null) {
        open();
      }
      out.write(frame.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new AnswerCancelledException("the client closed the event stream: " + e);
    }
  }

  /** Whether any event has been sent (after which the status can no longer change). */
  public boolean started() {
    return out != null;
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
      throw new UncheckedIOException("cannot write event data as JSON", e);
    }
  }
}
