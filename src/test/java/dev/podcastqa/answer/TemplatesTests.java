package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Templates from a folder of files under {@code src/test/resources/templates}, from the shipped
 * {@code prompts/} folder and from the copy inside the jar.
 */
class TemplatesTests {

  private static final Path FOLDER = Path.of("src/test/resources/templates");
  private static final Set<String> CHAPTER_PLACEHOLDERS = Set.of("episode", "title", "time");

  private final Templates templates = Templates.from(FOLDER);

  @Test
  void missingFileThrowsNamingIt() {
    assertThatThrownBy(() -> templates.require("absent.txt", Set.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessage("prompt template " + FOLDER.resolve("absent.txt") + " is missing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"empty.txt", "blank.txt"})
  void emptyFileThrowsNamingIt(String file) {
    assertThatThrownBy(() -> templates.require(file, CHAPTER_PLACEHOLDERS))
        .isInstanceOf(TemplateException.class)
        .hasMessage("prompt template " + FOLDER.resolve(file) + " is empty");
  }

  @Test
  void unknownPlaceholderThrowsNamingFileAndPlaceholder() {
    assertThatThrownBy(
            () -> templates.require("unknown-placeholder.txt", Set.of("episode", "time")))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith(
            "prompt template " + FOLDER.resolve("unknown-placeholder.txt") + " uses unknown")
        .hasMessageContaining("[speaker]");
  }

  @Test
  void unclosedPlaceholderThrowsNamingTheFile() {
    assertThatThrownBy(() -> templates.require("unclosed.txt", CHAPTER_PLACEHOLDERS))
        .isInstanceOf(TemplateException.class)
        .hasMessage(
            "prompt template "
                + FOLDER.resolve("unclosed.txt")
                + " has an unclosed {{placeholder}}");
  }

  @Test
  void renderingFillsEveryPlaceholderWithItsValueVerbatim() {
    templates.require("chapter.txt", CHAPTER_PLACEHOLDERS);

    String text =
        templates.render(
            "chapter.txt",
            Map.of("episode", "Costs $1 \\ more", "title", "Grokking", "time", "00:49:26"));

    assertThat(text)
        .isEqualTo(
            "\"Costs $1 \\ more\" covers this in the chapter \"Grokking\" at 00:49:26;"
                + " \"Costs $1 \\ more\" again.");
  }

  @Test
  void renderingWithoutAValueForAPlaceholderFails() {
    templates.require("chapter.txt", CHAPTER_PLACEHOLDERS);

    assertThatThrownBy(
            () -> templates.render("chapter.txt", Map.of("episode", "E", "time", "00:00:01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{{title}}");
  }

  @Test
  void shippedPromptsFolderLoads() throws IOException {
    Templates shipped = ExtractiveAnswerer.requireTemplates(Templates.from(Path.of("prompts")));

    assertThat(shipped.render(ExtractiveAnswerer.NOT_FOUND, Map.of()))
        .isEqualTo(Files.readString(Path.of("prompts", ExtractiveAnswerer.NOT_FOUND)).strip());
  }

  @Test
  void copyInsideTheJarLoadsAndMatchesTheFolder() {
    Templates jar = ExtractiveAnswerer.requireTemplates(Templates.from(null));
    Templates folder = ExtractiveAnswerer.requireTemplates(Templates.from(Path.of("prompts")));
    Map<String, String> values =
        Map.of("episode", "E", "title", "T", "label", "L", "time", "00:00:01");

    for (String file :
        new String[] {
          ExtractiveAnswerer.NOT_FOUND, ExtractiveAnswerer.CHAPTER, ExtractiveAnswerer.REFERENCE
        }) {
      assertThat(jar.render(file, values)).as(file).isEqualTo(folder.render(file, values));
    }
  }
}
