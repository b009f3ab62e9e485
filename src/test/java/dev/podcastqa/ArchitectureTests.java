package dev.podcastqa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of DESIGN.md, checked on the compiled main classes: the pipeline's arrows
 * point one way (delivery to answer to retrieve to index to episode, and ingest to episode),
 * start-up caching is one layer around ingest and index that neither knows, no two top-level
 * packages import each other even through others, Javalin stays at the HTTP edge and LangChain4j's
 * model classes stay in the stage that uses them.
 */
@AnalyzeClasses(packages = "dev.podcastqa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  private static final String[] HTTP_EDGE = {
    "dev.podcastqa.web..",
    "dev.podcastqa.mcp..",
    "dev.podcastqa.openai..",
    "dev.podcastqa.app..",
    "dev.podcastqa.cli..",
    "dev.podcastqa.bench.."
  };

  /**
   * Each stage may use the stages below it and the shared leaves (config, json, retry), never one
   * above; ingest and index both stand on episode and never use each other. What listeners ask is
   * kept (feedback) over the answers, and the followed feeds (follow) read with ingest into the
   * index; both serve the delivery channels. Delivery channels may use one another (MCP and the
   * OpenAI API plug into the web app, which hosts Discord's routes). Start-up caching (cache) wraps
   * ingest and names chunker input for the index; the followed feeds read through it. Only the
   * composition root and the commands over it see everything.
   */
  @ArchTest
  static final ArchRule pipelineArrowsPointOneWay =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Shared")
          .definedBy("dev.podcastqa.config..", "dev.podcastqa.json..", "dev.podcastqa.retry..")
          .layer("Episode")
          .definedBy("dev.podcastqa.episode..")
          .layer("Ingest")
          .definedBy("dev.podcastqa.ingest..")
          .layer("Index")
          .definedBy("dev.podcastqa.index..")
          .layer("Cache")
          .definedBy("dev.podcastqa.cache..")
          .layer("Retrieve")
          .definedBy("dev.podcastqa.retrieve..")
          .layer("Answer")
          .definedBy("dev.podcastqa.answer..")
          .layer("Eval")
          .definedBy("dev.podcastqa.eval..")
          .layer("Feedback")
          .definedBy("dev.podcastqa.feedback..")
          .layer("Follow")
          .definedBy("dev.podcastqa.follow..")
          .layer("Delivery")
          .definedBy(
              "dev.podcastqa.web..",
              "dev.podcastqa.discord..",
              "dev.podcastqa.mcp..",
              "dev.podcastqa.openai..")
          .layer("Root")
          .definedBy("dev.podcastqa.app..")
          .layer("Commands")
          .definedBy("dev.podcastqa.cli..", "dev.podcastqa.bench..")
          .whereLayer("Shared")
          .mayNotAccessAnyLayer()
          .whereLayer("Episode")
          .mayOnlyAccessLayers("Shared")
          .whereLayer("Ingest")
          .mayOnlyAccessLayers("Episode", "Shared")
          .whereLayer("Index")
          .mayOnlyAccessLayers("Episode", "Shared")
          .whereLayer("Cache")
          .mayOnlyAccessLayers("Ingest", "Index", "Episode", "Shared")
          .whereLayer("Retrieve")
          .mayOnlyAccessLayers("Index", "Episode", "Shared")
          .whereLayer("Answer")
          .mayOnlyAccessLayers("Retrieve", "Index", "Episode", "Shared")
          .whereLayer("Eval")
          .mayOnlyAccessLayers("Answer", "Retrieve", "Index", "Episode", "Shared")
          .whereLayer("Feedback")
          .mayOnlyAccessLayers("Answer", "Retrieve", "Index", "Episode", "Shared")
          .whereLayer("Follow")
          .mayOnlyAccessLayers("Cache", "Ingest", "Index", "Episode", "Shared")
          .whereLayer("Delivery")
          .mayOnlyAccessLayers(
              "Feedback", "Follow", "Answer", "Retrieve", "Index", "Episode", "Shared")
          .whereLayer("Root")
          .mayOnlyBeAccessedByLayers("Commands")
          .whereLayer("Commands")
          .mayNotBeAccessedByAnyLayer();

  /** No cycle between top-level packages, however long: each can be read without the ones above. */
  @ArchTest
  static final ArchRule topLevelPackagesFormNoCycle =
      slices().matching("dev.podcastqa.(*)..").should().beFreeOfCycles();

  /**
   * Services never import Javalin (DESIGN.md): only the HTTP delivery channels (web, and MCP and
   * the OpenAI-compatible API, which plug into it), the composition root and the commands do.
   */
  @ArchTest
  static final ArchRule javalinStaysAtTheHttpEdge =
      noClasses()
          .that()
          .resideOutsideOfPackages(HTTP_EDGE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.javalin..");

  /** Chat models (OpenAI-compatible, Ollama) are the answer stage's: only its model answerer. */
  @ArchTest
  static final ArchRule chatModelsOnlyInTheModelAnswerer =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.podcastqa.answer.llm..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.langchain4j.model.chat..",
              "dev.langchain4j.model.openai..",
              "dev.langchain4j.model.ollama..");

  /**
   * Embedding models and embedding stores are the index's; the bench also loads LangChain4j's own
   * embedding model, as the anchor it measures the index's embedding against.
   */
  @ArchTest
  static final ArchRule embeddingModelsOnlyInTheIndex =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.podcastqa.index..", "dev.podcastqa.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.langchain4j.model.embedding..");

  /** The embedding store (in memory, Lucene, Elasticsearch) is the index's alone. */
  @ArchTest
  static final ArchRule embeddingStoresOnlyInTheIndex =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.podcastqa.index..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.langchain4j.store..");

  /**
   * The episode model is plain values: it uses the JDK's lists, dates and text and nothing else (no
   * I/O, no codec, no cache), so reading an episode cannot fail; where transcripts are kept is
   * behind its {@code Transcripts} interface.
   */
  @ArchTest
  static final ArchRule episodeModelIsPlainValues =
      classes()
          .that()
          .resideInAPackage("dev.podcastqa.episode..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "dev.podcastqa.episode..",
              "java.lang..",
              "java.util..",
              "java.time..",
              "java.text..");

  /**
   * The start-up cache files' binary encoding (Jackson Smile) is read and written by the cache
   * layer alone: only it reads or writes cache files.
   */
  @ArchTest
  static final ArchRule startupCacheEncodingOnlyInTheCacheLayer =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.podcastqa.cache..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson.dataformat.smile..");

  /**
   * The stages the cache layer wraps do not know it: a reader of ingest sees parsing only, and the
   * index records the fingerprints it is given with its chunks, whoever names them.
   */
  @ArchTest
  static final ArchRule wrappedStagesDoNotKnowTheCacheLayer =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.podcastqa.episode..", "dev.podcastqa.ingest..", "dev.podcastqa.index..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.podcastqa.cache..");
}
