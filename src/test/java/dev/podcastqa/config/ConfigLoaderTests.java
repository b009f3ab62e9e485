package dev.podcastqa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.cli.Main;
import dev.podcastqa.index.EmbeddingChoice;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Which value of a setting wins, and how a value the service cannot use is reported. */
class ConfigLoaderTests {

  private static final Path FILE = Path.of("src/test/resources/config/podcastqa.properties");

  @Test
  void environmentBeatsThePropertiesFile() {
    Config config = ConfigLoader.load(Map.of("PORT", "9090"), FILE, Map.of());

    assertThat(config.port()).isEqualTo(9090);
    assertThat(config.llm().model()).isEqualTo("llama3.1");
  }

  @Test
  void propertiesFileBeatsTheDefault() {
    Config config = ConfigLoader.load(Map.of(), FILE, Map.of());

    assertThat(config.port()).isEqualTo(8081);
    assertThat(config.episodesDir()).isEqualTo(Path.of("file/episodes"));
    assertThat(config.indexDir()).isEqualTo(Path.of("data/index"));
  }

  @Test
  void defaultsApplyWhenNothingIsSet() {
    Config config = ConfigLoader.load(Map.of(), null, Map.of());

    assertThat(config.port()).isEqualTo(7070);
    assertThat(config.episodesDir()).isEqualTo(Path.of("data/episodes"));
    assertThat(config.indexDir()).isEqualTo(Path.of("data/index"));
    assertThat(config.llm().provider()).isEqualTo(Config.Llm.Provider.NONE);
    assertThat(config.store().kind()).isEqualTo(Config.Store.Kind.MEMORY);
    assertThat(config.minRelevance()).isEmpty();
    assertThat(config.store().esCompat8()).isFalse();
  }

  @Test
  void commandLineOverrideBeatsTheEnvironment() {
    Config config = ConfigLoader.load(Map.of("PORT", "9090"), FILE, Map.of(Setting.PORT, "7171"));

    assertThat(config.port()).isEqualTo(7171);
  }

  @ParameterizedTest
  @CsvSource({
    "PORT, 70000",
    "PODCASTQA_LLM, gpt",
    "PODCASTQA_MIN_RELEVANCE, 2",
    "PODCASTQA_ES_COMPAT_8, maybe"
  })
  void badValueThrowsNamingTheVariableAndTheValue(String variable, String value) {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of(variable, value), null, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(variable + "=" + value + ": ");
  }

  @ParameterizedTest
  @CsvSource({
    "PODCASTQA_LLM, gpt, 'none, openai, ollama'",
    "PODCASTQA_LLM, OpenAI, 'none, openai, ollama'",
    "PODCASTQA_STORE, lucene, 'memory, elasticsearch'",
    "PODCASTQA_EMBEDDING_MODEL, bge-large, 'all-minilm-l6-v2-q, bge-small-en-v1.5-q'"
  })
  void modeOutsideItsValuesNamesTheSettingAndEveryAllowedValue(
      String variable, String value, String allowed) {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of(variable, value), null, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(variable + "=" + value + ": must be one of " + allowed);
  }

  @ParameterizedTest
  @CsvSource({"none, NONE", "openai, OPENAI", "ollama, OLLAMA"})
  void providerIsParsedOnceIntoItsConstant(String value, Config.Llm.Provider provider) {
    Config config = ConfigLoader.load(Map.of("PODCASTQA_LLM", value), null, Map.of());

    assertThat(config.llm().provider()).isEqualTo(provider);
  }

  @ParameterizedTest
  @CsvSource({"all-minilm-l6-v2-q, ALL_MINILM_L6_V2_Q", "bge-small-en-v1.5-q, BGE_SMALL_EN_V1_5_Q"})
  void embeddingModelIsParsedOnceIntoTheModelItNames(String value, Config.EmbeddingModel model) {
    Config config = ConfigLoader.load(Map.of("PODCASTQA_EMBEDDING_MODEL", value), null, Map.of());

    assertThat(config.embeddingModel()).isEqualTo(model);
    assertThat(EmbeddingChoice.of(model).id()).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({
    "llm = gpt, 'llm=gpt: must be one of none, openai, ollama'",
    "store = lucene, 'store=lucene: must be one of memory, elasticsearch'",
    "embedding.model = bge-large, 'embedding.model=bge-large: must be one of "
        + "all-minilm-l6-v2-q, bge-small-en-v1.5-q'"
  })
  void modeOutsideItsValuesInTheConfigFileStopsTheCommandWithOneLine(
      String line, String error, @TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("podcastqa.properties"), line + "\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int exitCode =
        cli.execute(
            "ingest",
            "--config",
            file.toString(),
            "--episodes",
            "data/episodes",
            "--index",
            folder.resolve("index").toString());

    assertThat(exitCode).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip()).isEqualTo("error: " + file + ":1: " + error);
    assertThat(folder.resolve("index")).doesNotExist();
  }

  @Test
  void elasticsearchStoreIsParsedIntoItsConstant() {
    Config config = ConfigLoader.load(Map.of("PODCASTQA_STORE", "elasticsearch"), null, Map.of());

    assertThat(config.store().kind()).isEqualTo(Config.Store.Kind.ELASTICSEARCH);
  }

  @Test
  void transcriptionIsOffByDefaultAndItsUrlMustBeHttp() {
    Config.Transcription off = ConfigLoader.load(Map.of(), null, Map.of()).follow().transcription();
    assertThat(off.enabled()).isFalse();
    assertThat(off.model()).isEqualTo("whisper-1");

    Config.Transcription on =
        ConfigLoader.load(
                Map.of("PODCASTQA_TRANSCRIBE_URL", "http://whisper.lan:8080/v1/"), null, Map.of())
            .follow()
            .transcription();
    assertThat(on.enabled()).isTrue();
    assertThat(on.url()).isEqualTo("http://whisper.lan:8080/v1");

    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Map.of("PODCASTQA_TRANSCRIBE_URL", "whisper:8080"), null, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage("PODCASTQA_TRANSCRIBE_URL=whisper:8080: not an http(s) URL with a host");
  }

  @Test
  void badValueInThePropertiesFileIsNamedByItsFileLineAndKey(@TempDir Path folder)
      throws IOException {
    Path file =
        Files.writeString(
            folder.resolve("podcastqa.properties"), "# local\nllm = none\nport = abc\n");

    assertThatThrownBy(() -> ConfigLoader.load(Map.of(), file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ":3: port=abc: not a whole number");
  }

  @Test
  void badValueInTheEnvironmentIsNamedByItsVariableThoughTheFileSetsItToo() {
    Path file = Path.of("src/test/resources/config/bad-port.properties");

    assertThatThrownBy(() -> ConfigLoader.load(Map.of("PORT", "abc"), file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage("PORT=abc: not a whole number");
  }

  @Test
  void theLineNamedIsTheOneThatWinsAfterContinuedLines(@TempDir Path folder) throws IOException {
    Path file =
        Files.writeString(
            folder.resolve("my.properties"),
            "port = 8080\nfeeds = https://a.example/rss,\\\n  port = 1\n\nport: 70000\n");

    assertThatThrownBy(() -> ConfigLoader.load(Map.of(), file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ":5: port=70000: must be between 0 and 65535");
  }

  @Test
  void missingConfigFileGivenOnTheCommandLineIsAnErrorNamingIt() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int exitCode =
        cli.execute(
            "ingest",
            "--config",
            "target/no-such.properties",
            "--episodes",
            "data/episodes",
            "--index",
            "target/test-index/config");

    assertThat(exitCode).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip())
        .isEqualTo("error: no such config file: target/no-such.properties");
  }
}
