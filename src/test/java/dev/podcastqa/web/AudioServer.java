package dev.podcastqa.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * Serves the test tone the way podcast hosts serve audio, with byte ranges, which browsers need
 * before they will seek a player to a second; a real HTTP server (OkHttp's MockWebServer).
 */
final class AudioServer implements AutoCloseable {

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

  private final MockWebServer server = new MockWebServer();
  private final byte[] audio;
  private volatile boolean gone;

  private AudioServer(byte[] audio) {
    this.audio = audio;
  }

  static AudioServer start() {
    try (InputStream in = AudioServer.class.getResourceAsStream("/web/test-tone.wav")) {
      AudioServer audioServer = new AudioServer(in.readAllBytes());
      audioServer.server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              return request.getUrl().encodedPath().equals("/tone.wav") && !audioServer.gone
                  ? audioServer.serve(request)
                  : new MockResponse.Builder().code(404).body("").build();
            }
          });
      audioServer.server.start(InetAddress.getByName("127.0.0.1"), 0);
      return audioServer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** While {@code gone}, the tone is a 404, as a file its host moved or removed. */
  void gone(boolean gone) {
    this.gone = gone;
  }

  String url() {
    return "http://127.0.0.1:" + server.getPort() + "/tone.wav";
  }

  private MockResponse serve(RecordedRequest request) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .addHeader("Content-Type", "audio/wav")
            // So a browser asks again rather than play a copy after the file is gone.
            .addHeader("Cache-Control", "no-store")
            .addHeader("Accept-Ranges", "bytes");
    int from = 0;
    int to = audio.length - 1;
    String range = request.getHeaders().get("Range");
    Matcher m = range == null ? null : RANGE.matcher(range);
    if (m != null && m.matches()) {
      from = Math.min(Integer.parseInt(m.group(1)), audio.length - 1);
      to = m.group(2).isEmpty() ? to : Math.min(Integer.parseInt(m.group(2)), to);
      response
          .code(206)
          .addHeader("Content-Range", "bytes " + from + "-" + to + "/" + audio.length);
    }
    int length = to - from + 1;
    return request.getMethod().equals("HEAD")
        ? response.addHeader("Content-Length", length).build()
        : response.body(new Buffer().write(audio, from, length)).build();
  }

  @Override
  public void close() {
    server.close();
  }
}
