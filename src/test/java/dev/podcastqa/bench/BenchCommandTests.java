package dev.podcastqa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.cli.Main;
import dev.podcastqa.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the whole benchmark at a tiny size; it checks that every figure is there, never timing. */
class BenchCommandTests {

  @TempDir Path temp;

  private JsonNode bench(String... extra) throws Exception {
    StringWriter out = new StringWriter();
    CommandLine command = Main.commandLine().setOut(new PrintWriter(out));
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "bench",
                "--transcripts",
                "3",
                "--chunks-target",
                "60",
                "--dir",
                temp.toString(),
                "--queries",
                "30",
                "--recall-queries",
                "10",
                "--chat-requests",
                "16",
                "--clients",
                "2",
                "--embed-sample",
                "20",
                "--cold-starts",
                "1",
                "--json"));
    args.addAll(List.of(extra));
    assertThat(command.execute(args.toArray(String[]::new))).isZero();
    return Json.newMapper().readTree(out.toString());
  }

  @Test
  void aFreshRunThenAReuseRunPrintEveryFigure() throws Exception {
    JsonNode fresh = bench();

    assertThat(fresh.at("/corpus/transcripts").asInt()).isEqualTo(3);
    assertThat(fresh.at("/corpus/chunks").asInt()).isBetween(40, 90);
    assertThat(fresh.at("/ingest/chunksPerSecond").asDouble()).isPositive();
    assertThat(fresh.at("/ingest/rawChunksPerSecond").asDouble()).isPositive();
    assertThat(fresh.at("/ingest/rawSample").asInt()).isEqualTo(20);
    assertThat(fresh.at("/ingest/shareOfRaw").asDouble()).isPositive();
    assertThat(fresh.at("/ingest/cores").asDouble()).isPositive();
    // The model's vectors are not kept apart: recall is against the index's own.
    assertThat(fresh.at("/search/recallAgainst").asText()).isEqualTo("stored vectors");
    assertThat(fresh.at("/search/cosineErrorMax").asText()).isEqualTo("NaN");
    assertEveryMeasuredFigure(fresh);

    JsonNode reused = bench("--reuse");

    assertThat(reused.at("/corpus/reused").asBoolean()).isTrue();
    assertThat(reused.at("/reembeddedChunks").asInt()).isZero();
    assertThat(reused.at("/ingestFromEarlierRun").asBoolean()).isTrue();
    assertThat(reused.at("/corpus/chunks").asInt()).isEqualTo(fresh.at("/corpus/chunks").asInt());
    assertEveryMeasuredFigure(reused);
  }

  @Test
  void aRunOnSyntheticVectorsLabelsItsFiguresAndEmbedsOnlyTheRealOnes() throws Exception {
    JsonNode fresh = bench("--synthetic-vectors", "20");

    assertThat(fresh.at("/syntheticVectors").asText())
        .startsWith("SYNTHETIC VECTORS: 20 chunks embedded by the model");
    assertThat(fresh.at("/ingest").isNull()).isTrue();
    // The service's own open path found every episode stored as it would have stored it.
    assertThat(fresh.at("/reembeddedChunks").asInt()).isZero();
    // The index keeps bytes; the build kept the floats beside it for the exact search.
    assertThat(fresh.at("/search/recallAgainst").asText()).isEqualTo("float vectors");
    assertThat(fresh.at("/search/cosineErrorMax").asDouble()).isBetween(0.0, 0.005);
    assertThat(fresh.at("/search/cosineErrorMean").asDouble())
        .isBetween(0.0, fresh.at("/search/cosineErrorMax").asDouble());
    assertEveryMeasuredFigure(fresh);

    StringWriter table = new StringWriter();
    CommandLine command = Main.commandLine().setOut(new PrintWriter(table));
    int exit =
        command.execute(
            "bench",
            "--dir",
            temp.toString(),
            "--reuse",
            "--queries",
            "30",
            "--recall-queries",
            "10",
            "--chat-requests",
            "16",
            "--clients",
            "2",
            "--cold-starts",
            "1");

    assertThat(exit).isZero();
    assertThat(table.toString())
        .contains("SYNTHETIC VECTORS: 20 chunks embedded by the model")
        .contains("| ingest throughput | not measured (synthetic vectors) |")
        .contains("against exact search of the float vectors");
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "PODCASTQA_TEST_ES_URL", matches = ".+")
  void theSameRunMeasuresElasticsearch() throws Exception {
    String url = System.getenv("PODCASTQA_TEST_ES_URL");
    JsonNode first = bench("--store", "elasticsearch", "--es-url", url);
    // A second fresh run embeds everything again, though the server kept the first run's chunks.
    JsonNode report = bench("--store", "elasticsearch", "--es-url", url);

    assertThat(report.at("/machine/store").asText()).isEqualTo("elasticsearch at " + url);
    assertThat(report.at("/corpus/chunks").asInt()).isEqualTo(first.at("/corpus/chunks").asInt());
    assertThat(report.at("/reembeddedChunks").asInt())
        .isEqualTo(report.at("/corpus/chunks").asInt());
    assertThat(report.at("/ingest/chunksPerSecond").asDouble()).isPositive();
    for (String kind : List.of("queryEmbedding", "dense", "lexical", "retrieve")) {
      assertLatencies(report.at("/search/" + kind), 30);
    }
    assertLatencies(report.at("/chat/oneClient"), 16);
    assertLatencies(report.at("/chat/concurrent"), 16);
    assertThat(report.at("/chat/failed").asInt()).isZero();
    assertThat(report.at("/chat/answered").asInt()).isPositive();
    // The CPU each request cost the process: some, and not more than the whole run's wall time.
    assertThat(report.at("/chat/cpuMillisPerAnswer/oneClient").asDouble()).isPositive();
    assertThat(report.at("/chat/cpuMillisPerAnswer/concurrent").asDouble()).isPositive();
    JsonNode cold = report.at("/coldStart");
    assertThat(cold.at("/reembeddedChunks").asInt()).isZero();
    assertThat(cold.at("/chunks").asInt()).isEqualTo(report.at("/corpus/chunks").asInt());
  }

  private static void assertEveryMeasuredFigure(JsonNode report) {
    assertThat(report.at("/indexMib").asDouble()).isPositive();
    assertThat(report.at("/luceneMib").asDouble()).isPositive();
    assertThat(report.at("/vectorMib").asDouble()).isPositive();
    assertThat(report.at("/benchMemory/peakRssMib").asDouble()).isPositive();
    assertThat(report.at("/benchMemory/heapUsedMib").asDouble()).isPositive();
    for (String kind : List.of("queryEmbedding", "dense", "lexical", "retrieve")) {
      assertLatencies(report.at("/search/" + kind), 30);
    }
    assertThat(report.at("/search/recallQueries").asInt()).isEqualTo(10);
    assertThat(report.at("/search/recallAt10").asDouble()).isBetween(0.0, 1.0);
    assertThat(report.at("/search/recallAt10Ids").asDouble()).isBetween(0.0, 1.0);
    assertLatencies(report.at("/chat/oneClient"), 16);
    assertLatencies(report.at("/chat/concurrent"), 16);
    assertThat(report.at("/chat/requestsPerSecond").asDouble()).isPositive();
    assertThat(report.at("/chat/failed").asInt()).isZero();
    JsonNode cold = report.at("/coldStart");
    assertThat(cold.at("/readyMillis")).hasSize(1);
    assertThat(cold.at("/medianReadyMillis").asLong()).isPositive();
    assertThat(cold.at("/childUptimeMillis").asLong()).isPositive();
    assertThat(cold.at("/reembeddedChunks").asInt()).isZero();
    assertThat(cold.at("/chunks").asInt()).isEqualTo(report.at("/corpus/chunks").asInt());
    assertThat(cold.at("/peakRssMib").asDouble()).isPositive();
  }

  private static void assertLatencies(JsonNode latencies, int count) {
    assertThat(latencies.at("/count").asInt()).isEqualTo(count);
    assertThat(latencies.at("/p50").asDouble()).isPositive();
    assertThat(latencies.at("/p99").asDouble())
        .isGreaterThanOrEqualTo(latencies.at("/p50").asDouble());
  }
}
