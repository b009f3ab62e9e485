package dev.podcastqa.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model server on loopback that takes requests and never answers, not even with headers: a model
 * still loading or queueing. Reading each connection until the client closes it, it knows when a
 * client gave a request up, with nothing written to learn it.
 */
public final class SilentModelServer implements AutoCloseable {

  private final ServerSocket socket;
  private final Thread acceptor;
  private final AtomicInteger requests = new AtomicInteger();
  private final CountDownLatch closed = new CountDownLatch(1);

  public SilentModelServer() {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    acceptor = new Thread(this::accept, "silent-model");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The base URL of an OpenAI-compatible endpoint here ({@code .../v1}). */
  public String openAiUrl() {
    return root() + "/v1";
  }

  /** The base URL of an Ollama endpoint here. */
  public String root() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** Connections on which a request has begun to arrive. */
  public int requests() {
    return requests.get();
  }

  /** Waits until a client closes a connection it sent a request on. */
  public boolean awaitClientGone(Duration timeout) throws InterruptedException {
    return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread reader = new Thread(() -> readUntilClosed(client), "silent-model-connection");
        reader.setDaemon(true);
        reader.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void readUntilClosed(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      byte[] buffer = new byte[8192];
      boolean counted = false;
      while (in.read(buffer) >= 0) {
        if (!counted) {
          requests.incrementAndGet();
          counted = true;
        }
      }
      if (counted) {
        closed.countDown();
      }
    } catch (IOException e) {
      closed.countDown(); // reset by the client: gone too
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
