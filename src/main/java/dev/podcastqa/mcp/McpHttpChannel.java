package dev.podcastqa.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.web.ApiKey;
import dev.podcastqa.web.RefusalLine;
import dev.podcastqa.web.WebChannel;
import io.javalin.config.JavalinConfig;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCP over Streamable HTTP at {@code /mcp}, inside the web app: the SDK's servlet transport mounted
 * beside Javalin's routes, behind the bearer key when one is set.
 */
public final class McpHttpChannel implements WebChannel {

  private static final Logger LOG = LoggerFactory.getLogger(McpHttpChannel.class);

  public static final String PATH = "/mcp";

  /** Comments on an open event stream this often, so proxies and clients keep it open. */
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(30);

  /**
   * The transport closes a session that saw no request for this long; its client starts a new one
   * when told the old one is gone (a 404), as the protocol asks.
   */
  private static final Duration SESSION_IDLE = Duration.ofMinutes(30);

  /**
   * Sessions held at once, at most; an initialize past it closes the session least worth keeping
   * ({@link SessionRoster}).
   */
  public static final int MAX_SESSIONS = 1000;

  private final HttpServletStreamableServerTransportProvider transport;
  private final McpSyncServer server;
  private final ApiKey key;
  private final ObjectMapper mapper;
  private final SessionRoster sessions =
      new SessionRoster(MAX_SESSIONS, SESSION_IDLE, Clock.systemUTC());

  /**
   * @param publicUrl where the service is reached: besides it, only pages on this machine may call
   *     {@code /mcp} from a browser (requests without an {@code Origin} header, as MCP clients
   *     send, always pass), so a page elsewhere cannot reach a local server through DNS rebinding
   */
  public McpHttpChannel(McpServices services, ApiKey key, String publicUrl) {
    this.transport =
        HttpServletStreamableServerTransportProvider.builder()
            .jsonMapper(PodcastMcp.jsonMapper())
            .mcpEndpoint(PATH)
            .keepAliveInterval(KEEP_ALIVE)
            .sessionSweepInterval(SESSION_IDLE)
            .httpHeaderValidator(
                DefaultServerTransportSecurityValidator.builder()
                    .allowedOrigin(publicUrl.replaceAll("/+$", ""))
                    .allowedOrigin("http://localhost:*")
                    .allowedOrigin("http://127.0.0.1:*")
                    .build())
            .build();
    this.server = PodcastMcp.serve(services, transport);
    this.key = key;
    this.mapper = services.mapper();
  }

  @Override
  public String pathPrefix() {
    return PATH;
  }

  @Override
  public void addTo(JavalinConfig config) {
    config.jetty.modifyServletContextHandler(
        handler -> {
          ServletHolder servlet = new ServletHolder("mcp", transport);
          servlet.setAsyncSupported(true);
          // An exact mapping wins over Javalin's "/*", so only /mcp reaches the SDK.
          handler.addServlet(servlet, PATH);
          FilterHolder auth = new FilterHolder(bearer());
          auth.setAsyncSupported(true);
          handler.addFilter(auth, PATH, EnumSet.of(DispatcherType.REQUEST));
          // After the key: what a client with the key gets wrong is answered as JSON-RPC errors.
          FilterHolder refusals =
              new FilterHolder(
                  new McpRefusals(
                      mapper,
                      sessions,
                      new SessionCloser(transport, Clock.systemUTC()),
                      new ServedMethods(
                          server.listTools().stream()
                              .map(McpSchema.Tool::name)
                              .collect(Collectors.toSet())),
                      new SpokenVersions(transport.protocolVersions())));
          refusals.setAsyncSupported(true);
          handler.addFilter(refusals, PATH, EnumSet.of(DispatcherType.REQUEST));
        });
  }

  /** Lets a request on only with the key, when one is set; else a 401 with a JSON-RPC error. */
  private Filter bearer() {
    return (request, response, chain) -> {
      HttpServletRequest http = (HttpServletRequest) request;
      if (key.admits(http.getHeader("Authorization"))) {
        chain.doFilter(request, response);
        return;
      }
      HttpServletResponse out = (HttpServletResponse) response;
      LOG.info(
          RefusalLine.of(
              401,
              http.getMethod(),
              http.getRequestURI(),
              http.getRemoteAddr(),
              "unauthorized",
              "Send the API key as Authorization: Bearer <key>."));
      out.setStatus(401);
      out.setHeader("WWW-Authenticate", "Bearer");
      out.setContentType("application/json; charset=utf-8");
      out.getOutputStream()
          .write(
              new JsonRpcError(
                      null,
                      JsonRpcError.UNAUTHORIZED,
                      "Send the API key as Authorization: Bearer <key>.")
                  .bytes(mapper));
    };
  }

  @Override
  public byte[] errorBody(int status) {
    String message =
        switch (status) {
          case 413 -> "The request is too large.";
          case 415 -> "Content-Encoding is not supported: send the body uncompressed.";
          case 417 ->
              "Expect takes 100-continue only; send the request without another expectation.";
          case 429 ->
              "Too many answers for this address are in progress; wait for one to end, then"
                  + " call again.";
          default -> "The request was refused (HTTP " + status + ").";
        };
    return new JsonRpcError(null, McpSchema.ErrorCodes.INVALID_REQUEST, message).bytes(mapper);
  }

  @Override
  public byte[] errorBody(int status, String code, String detail) {
    int rpcCode =
        status >= 500 ? McpSchema.ErrorCodes.INTERNAL_ERROR : McpSchema.ErrorCodes.INVALID_REQUEST;
    return new JsonRpcError(null, rpcCode, detail).bytes(mapper);
  }

  @Override
  public void close() {
    server.closeGracefully();
  }
}
