package dev.podcastqa.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The response the SDK's transport writes, holding back any error it answers (a status of 400 or
 * more, set or sent): its body would be the SDK's exception serialized with its stack trace, or
 * nothing, and no line would be logged. {@link McpRefusals} answers the error in its place.
 */
final class ErrorCapture extends HttpServletResponseWrapper {

  /** An error the transport answered: its status and what it said (null when it said nothing). */
  record Held(int status, String said) {}

  private int status;
  private String said;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  ErrorCapture(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void setStatus(int sc) {
    if (sc >= 400) {
      status = sc;
    } else {
      super.setStatus(sc);
    }
  }

  @Override
  public void sendError(int sc) {
    status = sc;
  }

  @Override
  public void sendError(int sc, String msg) {
    status = sc;
    said = msg;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (status == 0) {
      return super.getWriter();
    }
    return new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), true);
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (status == 0) {
      return super.getOutputStream();
    }
    return new ServletOutputStream() {
      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException("an error body held back is written at once");
      }

      @Override
      public void write(int b) {
        body.write(b);
      }
    };
  }

  /**
   * The error held back, if any, with the first line of the message the transport wrote (its {@code
   * McpError}'s) or sent.
   */
  Optional<Held> held(ObjectMapper mapper) {
    if (status == 0) {
      return Optional.empty();
    }
    String message = said;
    try {
      JsonNode written = mapper.readTree(body.toByteArray());
      if (written != null && written.path("message").isTextual()) {
        message = written.path("message").textValue();
      }
    } catch (IOException e) {
      // nothing or no JSON written: what was sent stands
    }
    if (message != null) {
      message = message.lines().findFirst().orElse("").strip();
    }
    return Optional.of(new Held(status, message == null || message.isEmpty() ? null : message));
  }
}
