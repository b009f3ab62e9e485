package dev.podcastqa.cli;

import dev.podcastqa.config.ConfigException;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that {@code serve}'s port is free before the index is read, and names the way out. */
final class FreePort {

  private FreePort() {}

  /** Throws a {@link ConfigException} when {@code port} on {@code host} cannot be listened on. */
  static void check(String host, int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
    } catch (BindException e) {
      if (String.valueOf(e.getMessage()).contains("in use")) {
        throw new ConfigException(
            "port "
                + port
                + " is already in use (is podcast-qa serve running?); choose another with"
                + " --port N or PORT");
      }
      throw new ConfigException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
    } catch (IOException e) {
      throw new ConfigException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
    }
  }
}
