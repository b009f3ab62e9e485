/**
 * The MCP server: the service's search, answers, episode list and transcripts as MCP tools, and its
 * episodes as {@code episode://{id}} resources, for agents and desktop assistants. In: the
 * pipeline's services ({@link dev.podcastqa.mcp.McpServices}); out: an MCP server on Streamable
 * HTTP at {@code /mcp} inside the web app ({@link dev.podcastqa.mcp.McpHttpChannel}) or on standard
 * input and output ({@link dev.podcastqa.mcp.PodcastMcp#stdio}). Built on the official MCP Java
 * SDK; the services do the work, this package only translates.
 */
package dev.podcastqa.mcp;
