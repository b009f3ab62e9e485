package dev.podcastqa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.eval.EvalQuestion;
import dev.podcastqa.eval.EvalReport;
import dev.podcastqa.eval.EvalResult;
import dev.podcastqa.eval.Figure;
import dev.podcastqa.eval.KeyFigures;
import java.util.List;

/**
 * {@code eval --json}: the same figures as the terminal output, as counts ({@code hits}, {@code
 * of}) with their {@code percent} (null when nothing counted), one object per set; {@code
 * byWritten} holds the five main figures for each {@code written} value (empty when no question
 * carries one).
 */
final class EvalJson {

  private final ObjectMapper mapper;

  EvalJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The sets' figures, with the questions that missed ({@code misses}) or all ({@code each}). */
  ObjectNode of(List<EvalReport> reports, boolean misses, boolean each) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode sets = root.putArray("sets");
    for (EvalReport r : reports) {
      ObjectNode set = sets.addObject();
      set.put("set", r.set());
      set.put("mode", r.mode().value());
      set.put("answerable", r.answerableCount());
      set.put("unanswerable", r.unanswerableCount());
      figures(set.putObject("figures"), r);
      ObjectNode kinds = set.putObject("passedByKind");
      r.passedByKind().forEach((kind, figure) -> put(kinds, kind, figure));
      ObjectNode written = set.putObject("byWritten");
      r.keyFiguresByWritten().forEach((w, figures) -> key(written.putObject(w), figures));
      ObjectNode latency = set.putObject("latencyMs");
      latency.put("mean", r.latencyMean());
      latency.put("p50", r.latencyPercentile(50));
      latency.put("p95", r.latencyPercentile(95));
      latency.put("max", r.latencyPercentile(100));
      if (r.mode() == Answer.Mode.LLM) {
        ObjectNode model = set.putObject("model");
        model.put("citationsSupported", r.citationSupport().supported());
        model.put("citationsChecked", r.citationSupport().checked());
        model.put("citationsDropped", r.citationSupport().dropped());
        model.put("citationsInvalid", r.citationSupport().invalid());
        model.put("fallbacks", r.modelFallbacks());
      }
      if (misses || each) {
        ArrayNode list = set.putArray("questions");
        r.results().stream().filter(x -> each || !x.passed()).forEach(x -> question(list, x));
      }
    }
    return root;
  }

  private static void figures(ObjectNode figures, EvalReport r) {
    put(figures, "rightEpisodeAtCitation1", r.episodeAtCitation1());
    put(figures, "recallAt" + EvalResult.TOP, r.recallAtTop());
    put(figures, "momentWithinTolerance", r.momentWithinTolerance());
    put(figures, "momentAtCitation1", r.momentAtCitation1());
    put(figures, "nearMissRefused", r.nearMissRefused());
    put(figures, "answerableRefused", r.answerableRefused());
    put(figures, "citationPrecision", r.citationPrecision());
  }

  /** The five main figures, under the names they have in {@code "figures"}. */
  private static void key(ObjectNode node, KeyFigures f) {
    put(node, "rightEpisodeAtCitation1", f.episodeAtCitation1());
    put(node, "momentWithinTolerance", f.momentWithinTolerance());
    put(node, "momentAtCitation1", f.momentAtCitation1());
    put(node, "answerableRefused", f.answerableRefused());
    put(node, "nearMissRefused", f.nearMissRefused());
  }

  private static void put(ObjectNode parent, String name, Figure figure) {
    ObjectNode node = parent.putObject(name);
    node.put("hits", figure.hits());
    node.put("of", figure.of());
    node.put("percent", figure.percent());
  }

  private static void question(ArrayNode list, EvalResult result) {
    EvalQuestion q = result.question();
    ObjectNode node = list.addObject();
    node.put("question", q.question());
    node.put("kind", q.kind());
    node.put("written", q.written());
    node.put("answerable", q.answerable());
    node.putPOJO("episodes", q.episodes());
    node.put("second", q.second());
    node.put("tolerance", q.toleranceSeconds());
    node.put("passed", result.passed());
    node.put("answered", result.answer().answered());
    node.put("millis", result.millis());
    ArrayNode cited = node.putArray("cited");
    for (Citation c : result.answer().citations()) {
      ObjectNode citation = cited.addObject();
      citation.put("n", c.n());
      citation.put("episodeId", c.episodeId());
      citation.put("second", EvalResult.citedSecond(c));
      citation.put("onTime", result.onTime(c));
    }
  }
}
