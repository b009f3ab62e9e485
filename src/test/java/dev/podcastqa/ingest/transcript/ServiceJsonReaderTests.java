package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What every speech-to-text service's reader shares: a file is the service's only when it is a JSON
 * object holding all of the service's marks, and JSON that does not parse is an error naming the
 * file.
 */
class ServiceJsonReaderTests {

  /** A service known by {@code "words": [} and {@code "engine":}, read as one cue naming it. */
  private final ServiceJsonReader reader =
      new ServiceJsonReader(
          "test-json",
          Pattern.compile("\"words\"\\s*:\\s*\\["),
          Pattern.compile("\"engine\"\\s*:")) {
        @Override
        List<Cue> read(JsonNode root, String location, Consumer<Problem> problems) {
          return List.of(new Cue(0, 0, 0, location, root.path("engine").asText()));
        }
      };

  private final List<Problem> problems = new ArrayList<>();

  private static SourceText text(String content) {
    return SourceText.of("t.json", content);
  }

  @Test
  void aFileIsTheServicesOnlyWhenItIsAJsonObjectWithAllItsMarks() {
    assertThat(reader.format()).isEqualTo("test-json");
    assertThat(reader.recognizesContent(text("  {\"engine\": 1, \"words\": []}"))).isTrue();
    assertThat(reader.recognizesContent(text("{\"words\": []}"))).isFalse();
    assertThat(reader.recognizesContent(text("{\"engine\": 1}"))).isFalse();
    assertThat(reader.recognizesContent(text("[{\"engine\": 1, \"words\": []}]"))).isFalse();
  }

  @Test
  void aFieldsMarkAllowsWhiteSpaceAroundItsBracketsAndNothingElse() {
    Pattern objects = ServiceJsonReader.fieldOpening("words", "[{");

    assertThat(objects.matcher("{\"words\":[{\"a\": 1}]}").find()).isTrue();
    assertThat(objects.matcher("{\"words\" :\n  [\n    {\"a\": 1}]}").find()).isTrue();
    assertThat(objects.matcher("{\"words\": [[1]]}").find()).isFalse();
    assertThat(objects.matcher("{\"words\": \"[{\"}").find()).isFalse();
    assertThat(objects.matcher("{\"keywords\": [{}]}").find()).isFalse();
    assertThat(ServiceJsonReader.fieldOpening("a.b", "").matcher("{\"a.b\" : 1}").find()).isTrue();
    assertThat(ServiceJsonReader.fieldOpening("a.b", "").matcher("{\"axb\": 1}").find()).isFalse();
  }

  @Test
  void theReaderWalksTheParsedTreeOfTheFile() {
    assertThat(reader.read(text("{\"engine\": \"x\", \"words\": []}"), problems::add))
        .containsExactly(new Cue(0, 0, 0, "t.json", "x"));
  }

  @Test
  void jsonThatDoesNotParseIsAnErrorNamingTheFileAndLine() {
    assertThatThrownBy(() -> reader.read(text("{\"engine\": 1,\n\"words\": [}"), problems::add))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("t.json:2")
        .hasMessageContaining("invalid JSON");
  }
}
