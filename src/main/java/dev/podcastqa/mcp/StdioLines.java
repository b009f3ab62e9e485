package dev.podcastqa.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Standard input as the SDK's stdio transport reads it: one JSON-RPC message per line, each checked
 * here first, as {@link McpRefusals} checks one posted to {@code /mcp}. The transport stopped
 * reading for good at the first line it could not parse (a line that is not JSON, an id that is an
 * object, one over its size limit): the session was over, and the process waited for ever on an
 * input nobody read. Here such a line, and a request for a method or tool the server does not have,
 * gets a JSON-RPC error on standard output and one log line (on standard error), and the next line
 * is read; blank lines are skipped. The transport sees only lines it can take.
 */
final class StdioLines extends InputStream {

  private static final Logger LOG = LoggerFactory.getLogger(StdioLines.class);

  /** The longest line read: as large as a body posted to {@code /mcp}; longer ones are dropped. */
  static final int MAX_LINE_BYTES = 64 * 1024;

  private final InputStream in;
  private final StdioOutput out;
  private final ServedMethods served;
  private final ObjectMapper mapper;
  private byte[] line = new byte[0];
  private int next;
  private boolean ended;

  StdioLines(InputStream in, StdioOutput out, ServedMethods served, ObjectMapper mapper) {
    this.in = in;
    this.out = out;
    this.served = served;
    this.mapper = mapper;
  }

  @Override
  public int read() throws IOException {
    if (!available(1)) {
      return -1;
    }
    return line[next++] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!available(1)) {
      return -1;
    }
    int n = Math.min(length, line.length - next);
    System.arraycopy(line, next, buffer, offset, n);
    next += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Whether a checked line has bytes left to hand on, reading lines until one passes. */
  private boolean available(int wanted) throws IOException {
    while (next + wanted > line.length) {
      if (ended) {
        return false;
      }
      Optional<byte[]> passed = nextMessage();
      if (passed.isEmpty()) {
        return false;
      }
      line = passed.get();
      next = 0;
    }
    return true;
  }

  /** The next line that passes its checks, with its line break; empty at the end of input. */
  private Optional<byte[]> nextMessage() throws IOException {
    while (true) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      long length = 0;
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        length++;
        if (length <= MAX_LINE_BYTES) {
          bytes.write(b);
        }
      }
      if (b < 0) {
        ended = true;
        if (length == 0) {
          return Optional.empty();
        }
      }
      byte[] message = bytes.toByteArray();
      if (message.length > 0 && message[message.length - 1] == '\r') {
        message = Arrays.copyOf(message, message.length - 1);
      }
      Optional<JsonRpcError> problem = problem(message, length);
      if (problem.isPresent()) {
        refuse(problem.get());
      } else if (message.length > 0 && !isBlank(message)) {
        byte[] withBreak = Arrays.copyOf(message, message.length + 1);
        withBreak[message.length] = '\n';
        return Optional.of(withBreak);
      }
      if (ended) {
        return Optional.empty();
      }
    }
  }

  private Optional<JsonRpcError> problem(byte[] message, long length) {
    if (length > MAX_LINE_BYTES) {
      return Optional.of(
          new JsonRpcError(
              null,
              ErrorCodes.INVALID_REQUEST,
              "The message is "
                  + length
                  + " bytes long; the limit is "
                  + MAX_LINE_BYTES
                  + ". It was dropped."));
    }
    if (isBlank(message)) {
      return Optional.empty();
    }
    McpEnvelope.Checked checked = McpEnvelope.check(message, mapper);
    if (checked.problem() != null) {
      return Optional.of(checked.problem());
    }
    if (checked.response() || checked.notification()) {
      return Optional.empty();
    }
    return served.problem(checked);
  }

  private void refuse(JsonRpcError error) throws IOException {
    LOG.info(
        "Refused a message on standard input: {} {}: {}",
        error.code(),
        error.name(),
        error.message());
    out.writeLine(error.bytes(mapper));
  }

  private static boolean isBlank(byte[] message) {
    for (byte b : message) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
