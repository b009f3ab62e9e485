package dev.podcastqa.mcp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output shared by the SDK's stdio transport and {@link StdioLines}, one whole line at a
 * time: the transport writes a message and its line break in two writes, so an error written
 * between them would break both lines of the protocol. What the transport writes is held until its
 * line ends; thread-safe.
 */
final class StdioOutput extends OutputStream {

  private final OutputStream out;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  StdioOutput(OutputStream out) {
    this.out = out;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    pending.write(b);
    if (b == '\n') {
      flushLine();
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    pending.write(bytes, offset, length);
    if (length > 0 && bytes[offset + length - 1] == '\n') {
      flushLine();
    }
  }

  /** Lines are flushed as they end; a line not yet ended waits for its break. */
  @Override
  public synchronized void flush() throws IOException {
    out.flush();
  }

  /** Writes {@code message} and a line break at once, between the transport's lines. */
  synchronized void writeLine(byte[] message) throws IOException {
    out.write(message);
    out.write('\n');
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    if (pending.size() > 0) {
      flushLine();
    }
    out.close();
  }

  private void flushLine() throws IOException {
    pending.writeTo(out);
    pending.reset();
    out.flush();
  }
}
