package dev.podcastqa.mcp;

/**
 * A tool call that was well formed but can give nothing, for a reason the agent can act on (its
 * filters match no episode). It becomes a tool error result saying why, which the agent reads, not
 * a JSON-RPC error, which is for calls that are malformed.
 */
final class ToolRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ToolRefusal(String why) {
    super(why);
  }
}
