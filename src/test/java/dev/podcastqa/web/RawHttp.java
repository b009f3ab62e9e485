package dev.podcastqa.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One request written byte for byte on a socket from a chosen loopback address, and its response
 * read whole: for what {@code HttpClient} will not send (a header twice) or cannot (another source
 * address).
 */
final class RawHttp {

  /** A response read whole: its status, its head (ending in one CRLF) and its body. */
  record Reply(int status, String head, String body) {

    /** Whether the head has the header line {@code name: value}, in any case. */
    boolean hasHeader(String name, String value) {
      return head.toLowerCase(java.util.Locale.ROOT)
          .contains(("\r\n" + name + ": " + value + "\r\n").toLowerCase(java.util.Locale.ROOT));
    }
  }

  private RawHttp() {}

  /**
   * POSTs {@code body} to {@code path} on the server at {@code port} from the loopback address
   * {@code from}, with {@code headers} (each line ending in CRLF) besides Host, Content-Length and
   * Connection: close.
   */
  static Reply post(int port, String from, String path, String headers, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + headers
            + "Connection: close\r\nContent-Length: "
            + bytes.length
            + "\r\n\r\n";
    return exchange(port, from, head, bytes);
  }

  /** Sends {@code head} then {@code body} from {@code from}, and reads the response whole. */
  static Reply exchange(int port, String from, String head, byte[] body) {
    try (Socket socket =
        new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(from), 0)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      return new Reply(
          Integer.parseInt(response.substring(9, 12)),
          response.substring(0, end + 2),
          response.substring(end + 4));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
