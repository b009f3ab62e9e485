package dev.podcastqa.index.elastic;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import dev.podcastqa.index.StoreUnavailableException;
import dev.podcastqa.retry.Retry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the store's read requests so that only a whole result is used: a response whose {@code
 * _shards} or {@code timed_out} says some shard did not answer, or a search that failed on every
 * shard copy it tried (as when the node holding them dies between two phases of the search), is
 * asked again after a short pause, at most {@link #ATTEMPTS} times within {@link #WITHIN}; one log
 * line per retry. So is a request whose body the server could not parse (see {@link
 * #arrivedGarbled}). Still partial, the read fails like an unreachable server: a {@link
 * StoreUnavailableException} with one line saying which shards failed.
 */
final class WholeSearches {

  /**
   * Attempts at one read: enough to ride out a shard copy lost in the middle of a search (the next
   * attempt goes to a copy still alive), few enough to fail fast when shards stay missing.
   */
  static final int ATTEMPTS = 3;

  /**
   * No attempt begins later than this after the first, well inside the chat's own request time; the
   * client's 30 s socket timeout still bounds each attempt.
   */
  static final Duration WITHIN = Duration.ofSeconds(5);

  /** Wait before asking again: long enough for the coordinating node to see a copy gone. */
  static final Duration PAUSE = Duration.ofMillis(250);

  /** What Elasticsearch calls a search that failed on all shards, partly or not at all run. */
  private static final String PHASE_FAILED = "search_phase_execution_exception";

  /** What Elasticsearch calls a request body it could not parse. */
  private static final String UNPARSABLE = "parsing_exception";

  /** One read request, answered by the server or failing with what the client threw. */
  @FunctionalInterface
  interface Request<T> {
    T send() throws IOException;
  }

  private final ElasticsearchErrors errors;

  WholeSearches(ElasticsearchErrors errors) {
    this.errors = errors;
  }

  /**
   * The response to {@code request}, once it covers every shard.
   *
   * @param doing what the request does, e.g. "search", for the error message
   * @param coverage reads the response's shard figures
   * @throws StoreUnavailableException when the server cannot be reached, refuses the request, or
   *     still answers from part of the index after the last attempt
   */
  <T> T run(String doing, String index, Request<T> request, Function<T, ShardCoverage> coverage) {
    return run(doing, index, request, coverage, response -> Optional.empty());
  }

  /**
   * As {@link #run(String, String, Request, Function)}, and a response that {@code unanswered}
   * finds is not the answer to the request sent (why, or empty when it is) is asked again like a
   * partial one. The HTTP client now and then sends a request without its body (the body of a
   * retried request is not produced again), and Elasticsearch answers an empty search with its
   * first ten documents: without this check those were taken for the hits of the query.
   */
  <T> T run(
      String doing,
      String index,
      Request<T> request,
      Function<T, ShardCoverage> coverage,
      Function<T, Optional<String>> unanswered) {
    Retry<T> retry =
        Retry.<T>of("Elasticsearch " + doing + " " + index, ATTEMPTS, WITHIN)
            .onFailure(WholeSearches::pause);
    try {
      return retry.call(
          () -> {
            T response = send(request);
            ShardCoverage covered = coverage.apply(response);
            if (!covered.whole()) {
              throw new PartialResult(covered);
            }
            Optional<String> other = unanswered.apply(response);
            if (other.isPresent()) {
              throw new OtherAnswer(other.get());
            }
            return response;
          });
    } catch (PartialResult e) {
      throw errors.partial(doing, index, e.coverage.describe());
    } catch (OtherAnswer e) {
      throw errors.rejected(doing, index, "the server's answer does not fit the request: " + e.why);
    } catch (RuntimeException e) {
      throw errors.translate(doing, index, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw errors.rejected(doing, index, "interrupted while waiting to ask again");
    }
  }

  private static <T> T send(Request<T> request) {
    try {
      return request.send();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A pause for a partial result or a search no shard copy could run; none for other failures. */
  private static Optional<Retry.Pause> pause(RuntimeException failure) {
    if (failure instanceof PartialResult partial) {
      return Optional.of(new Retry.Pause(PAUSE, "partial result, " + partial.coverage.describe()));
    }
    if (failure instanceof OtherAnswer other) {
      return Optional.of(
          new Retry.Pause(PAUSE, "the answer does not fit the request, " + other.why));
    }
    if (noCopyRan(failure)) {
      return Optional.of(new Retry.Pause(PAUSE, "no shard copy could run it"));
    }
    if (arrivedGarbled(failure)) {
      return Optional.of(new Retry.Pause(PAUSE, "the server could not parse the request body"));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code failure} is Elasticsearch saying the search failed on every shard (typed, or as
   * the 503 the client gives back once no node it tried could take it).
   */
  private static boolean noCopyRan(RuntimeException failure) {
    ElasticsearchException typed = ElasticsearchErrors.find(failure, ElasticsearchException.class);
    if (typed != null) {
      return typed.status() >= 500 && PHASE_FAILED.equals(typed.error().type());
    }
    ResponseException answered = ElasticsearchErrors.find(failure, ResponseException.class);
    if (answered == null || answered.getResponse().getStatusCode() != 503) {
      return false;
    }
    ErrorCause cause = ElasticsearchErrors.cause(answered);
    return cause != null && PHASE_FAILED.equals(cause.type());
  }

  /**
   * Whether the server refused the request's body as unparsable. The store's requests are built by
   * the typed client and parse everywhere else; one arrived doubled ("Unexpected token
   * [START_OBJECT] found after the main object") while a restarted node rejoined, the body
   * apparently sent twice by the HTTP client's retry path. A new request is built on each attempt,
   * so asking again sends a clean one; a query this store built wrongly still fails, after the last
   * attempt, with the server's reason.
   */
  private static boolean arrivedGarbled(RuntimeException failure) {
    ElasticsearchException typed = ElasticsearchErrors.find(failure, ElasticsearchException.class);
    return typed != null && typed.status() == 400 && UNPARSABLE.equals(typed.error().type());
  }

  /** A response that answers some other request; carries no stack trace, it is never printed. */
  private static final class OtherAnswer extends RuntimeException {

    private final String why;

    OtherAnswer(String why) {
      super(why, null, false, false);
      this.why = why;
    }
  }

  /** A response that covers part of the index; carries no stack trace, it is never printed. */
  private static final class PartialResult extends RuntimeException {

    private final transient ShardCoverage coverage;

    PartialResult(ShardCoverage coverage) {
      super(coverage.describe(), null, false, false);
      this.coverage = coverage;
    }
  }
}
