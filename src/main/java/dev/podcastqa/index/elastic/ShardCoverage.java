package dev.podcastqa.index.elastic;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ShardFailure;
import co.elastic.clients.elasticsearch._types.ShardStatistics;

/**
 * How much of an index one search response covers, from its {@code _shards} and {@code timed_out}:
 * Elasticsearch answers 200 with whatever the shards it could reach found when others failed or ran
 * out of time, and only these figures tell such a partial result from a whole one.
 *
 * @param failure the type and reason of the first shard failure, or empty
 */
record ShardCoverage(
    long total, long successful, long skipped, long failed, boolean timedOut, String failure) {

  ShardCoverage {
    if (total < 0 || successful < 0 || skipped < 0 || failed < 0) {
      throw new IllegalArgumentException("negative shard count in " + total + "/" + successful);
    }
    failure = failure == null ? "" : failure;
  }

  /** The coverage a response reports; {@code timedOut} is false for APIs without the field. */
  static ShardCoverage of(ShardStatistics shards, boolean timedOut) {
    if (shards == null) {
      // No _shards at all is nothing this client can check; Elasticsearch always sends it.
      return new ShardCoverage(0, 0, 0, 0, timedOut, "");
    }
    return new ShardCoverage(
        count(shards.total()),
        count(shards.successful()),
        count(shards.skipped()),
        count(shards.failed()),
        timedOut,
        shards.failures().isEmpty() ? "" : reason(shards.failures().get(0)));
  }

  /**
   * Whether every shard answered in time: none failed, and those that answered or were skipped
   * (skipped shards hold nothing the query can match) are all of them.
   */
  boolean whole() {
    return !timedOut && failed == 0 && successful + skipped >= total;
  }

  /** E.g. "1 of 2 shards failed, the first with node_disconnected_exception: [node-2] gone". */
  String describe() {
    String shards =
        failed > 0
            ? failed + " of " + total + " shards failed"
            : (total - successful - skipped) + " of " + total + " shards did not answer";
    if (timedOut) {
      shards = "timed out, " + (successful + skipped) + " of " + total + " shards answered";
    }
    return failure.isEmpty() ? shards : shards + ", the first with " + failure;
  }

  private static long count(Number number) {
    return number == null ? 0 : number.longValue();
  }

  private static String reason(ShardFailure failure) {
    ErrorCause cause = failure.reason();
    String type = cause.type() == null ? "" : cause.type();
    String reason = cause.reason() == null ? "" : cause.reason().replaceAll("\\s+", " ").strip();
    return reason.isEmpty() ? type : type + ": " + reason;
  }
}
