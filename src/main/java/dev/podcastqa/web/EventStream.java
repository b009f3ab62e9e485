package dev.podcastqa.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.AnswerCancelledException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A {@code text/event-stream} response written event by event, each flushed at once. Nothing is
 * sent until the first event or keep-alive (which comes only once a model is at work on an accepted
 * question), so a request refused before then still gets an ordinary JSON error. A write that fails
 * means the client has gone: it becomes {@link AnswerCancelledException}, which tells the answer's
 * producer to stop. Only a write shows that, so while an answer is being made with nothing ready to
 * send, {@link #keepAlive()} writes an SSE comment line (which readers ignore, as the SSE spec
 * says) when nothing was written for {@link #KEEP_ALIVE}: a client that hung up mid-sentence is
 * noticed within a second or so (the first write after it closes may still succeed), not when the
 * model's timeout runs out. The web chat's stream names its events; OpenAI's streamed completions
 * send unnamed ones.
 */
public final class EventStream {

  /** How long the stream may stay silent while an answer is being made. */
  static final Duration KEEP_ALIVE = Duration.ofMillis(500);

  private static final String COMMENT = ": keep-alive\n\n";

  private final HttpServletResponse response;
  private final ObjectMapper mapper;
  private ServletOutputStream out;
  private long lastWrite = System.nanoTime();

  public EventStream(HttpServletResponse response, ObjectMapper mapper) {
    this.response = response;
    this.mapper = mapper;
  }

  /**
   * Writes a comment line if nothing was written for {@link #KEEP_ALIVE}, to learn whether the
   * client is still there; this starts the stream if it had not started.
   *
   * @throws AnswerCancelledException when the client has gone
   */
  public void keepAlive() {
    if (System.nanoTime() - lastWrite >= KEEP_ALIVE.toNanos()) {
      write(COMMENT);
    }
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
      lastWrite = System.nanoTime();
    } catch (IOException e) {
      throw new AnswerCancelledException(
          "the client left (" + e.getClass().getSimpleName() + " on writing to it)");
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
