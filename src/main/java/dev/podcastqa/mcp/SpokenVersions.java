package dev.podcastqa.mcp;

import java.util.List;
import java.util.Optional;

/**
 * The MCP protocol versions the transport speaks, against which a request's {@code
 * MCP-Protocol-Version} header is checked: the protocol asks a server to answer a version it does
 * not speak with a 400, and the SDK read past any.
 *
 * @param versions oldest first
 */
record SpokenVersions(List<String> versions) {

  /** The header a client names its protocol version in, after initialize. */
  static final String HEADER = "MCP-Protocol-Version";

  SpokenVersions {
    versions = List.copyOf(versions);
  }

  /**
   * Why {@code header} (the request's {@link #HEADER}, or null) cannot be served; empty when it is
   * absent (the client speaks 2025-03-26, as the protocol says) or spoken here.
   */
  Optional<String> problem(String header) {
    if (header == null || versions.contains(header.strip())) {
      return Optional.empty();
    }
    String shown = header.length() <= 40 ? header : header.substring(0, 40) + "…";
    return Optional.of(
        HEADER
            + " "
            + shown
            + " is not supported; this server speaks "
            + String.join(", ", versions)
            + ".");
  }
}
