package dev.podcastqa.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps slow or greedy clients from holding the server: refuses a connection past the limit per
 * client address (closing it at once), and closes a connection that has not sent a whole request
 * head within the time allowed since it opened or since its previous response ended. Slow bodies
 * are {@link BodyDeadline}'s part. Jetty calls it for every connection of every connector of the
 * server it is added to; thread-safe.
 */
final class ConnectionGuard extends AbstractLifeCycle implements Connection.Listener {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

  /** How often a refusal is logged per address while it keeps trying. */
  private static final Duration LOG_EVERY = Duration.ofMinutes(1);

  private final Server server;
  private final Duration headTimeout;
  private final int perAddress;
  private final ConcurrentMap<InetAddress, Integer> open = new ConcurrentHashMap<>();
  private final ConcurrentMap<InetAddress, Long> lastRefusalLogged = new ConcurrentHashMap<>();
  private final ConcurrentMap<Connection, Waiting> waiting = new ConcurrentHashMap<>();
  // Kept from the opening: a closed connection no longer knows its remote address.
  private final ConcurrentMap<Connection, InetAddress> addresses = new ConcurrentHashMap<>();
  private final AtomicLong tokens = new AtomicLong();

  /** A connection waiting for a request head since it had received {@code bytesIn} bytes. */
  private record Waiting(long token, long bytesIn) {}

  ConnectionGuard(Server server, ClientLimits limits) {
    this.server = server;
    this.headTimeout = limits.requestRead();
    this.perAddress = limits.connectionsPerAddress();
  }

  @Override
  protected void doStart() throws Exception {
    // Connectors exist by now (the server starts its beans before its connectors).
    for (Connector connector : server.getConnectors()) {
      connector.addBean(this, false);
    }
    super.doStart();
  }

  @Override
  protected void doStop() throws Exception {
    for (Connector connector : server.getConnectors()) {
      connector.removeBean(this);
    }
    super.doStop();
  }

  @Override
  public void onOpened(Connection connection) {
    InetAddress address = address(connection);
    if (address != null) {
      addresses.put(connection, address);
      int count = open.merge(address, 1, Integer::sum);
      if (perAddress > 0 && count > perAddress) {
        logRefusal(address);
        connection.getEndPoint().close();
        return;
      }
    }
    awaitRequest(connection);
  }

  @Override
  public void onClosed(Connection connection) {
    waiting.remove(connection);
    InetAddress address = addresses.remove(connection);
    if (address != null) {
      open.computeIfPresent(address, (a, count) -> count <= 1 ? null : count - 1);
    }
  }

  /** Open connections from {@code address} now, for tests. */
  int openFrom(InetAddress address) {
    return open.getOrDefault(address, 0);
  }

  /** A request head arrived on {@code connection}: its time limit is lifted. */
  void requestStarted(Connection connection) {
    waiting.remove(connection);
  }

  /** The response on {@code connection} ended: the next request head must come in time. */
  void requestEnded(Connection connection) {
    if (connection.getEndPoint().isOpen()) {
      awaitRequest(connection);
    }
  }

  private void awaitRequest(Connection connection) {
    Waiting mark = new Waiting(tokens.incrementAndGet(), connection.getBytesIn());
    waiting.put(connection, mark);
    server
        .getScheduler()
        .schedule(() -> expire(connection, mark), headTimeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void expire(Connection connection, Waiting mark) {
    if (!waiting.remove(connection, mark)) {
      return; // a request came, or the connection closed
    }
    if (connection.getBytesIn() > mark.bytesIn()) {
      LOG.info(
          "Closed a connection from {}: no whole request head within {} ms",
          hostOf(connection),
          headTimeout.toMillis());
    }
    connection.getEndPoint().close();
  }

  private void logRefusal(InetAddress address) {
    long now = System.nanoTime();
    Long last = lastRefusalLogged.get(address);
    if (last != null && now - last < LOG_EVERY.toNanos()) {
      return;
    }
    lastRefusalLogged.put(address, now);
    if (lastRefusalLogged.size() > 10_000) {
      lastRefusalLogged.clear(); // a bound on memory; at worst a line more
    }
    LOG.warn(
        "Refusing connections from {}: it has {} open, the limit per address"
            + " (PODCASTQA_MAX_CONNECTIONS_PER_ADDRESS); logged at most once a minute",
        address.getHostAddress(),
        perAddress);
  }

  private String hostOf(Connection connection) {
    InetAddress address = addresses.get(connection);
    return address == null ? "an unknown address" : address.getHostAddress();
  }

  private static InetAddress address(Connection connection) {
    SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
    return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
  }
}
