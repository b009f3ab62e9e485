package dev.podcastqa.ingest.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.podcastqa.episode.Chapter;
import dev.podcastqa.ingest.source.HtmlText;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceHeader;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A Markdown document split into what it states about its episode and the text it shows.
 *
 * <p>YAML front matter (between {@code ---} lines at the top), or Hugo's JSON front matter ({@link
 * JsonFrontMatter}, a JSON object being YAML too) or TOML front matter ({@link TomlFrontMatter}),
 * is read with Jackson's YAML parser as the header ({@code title}, {@code podcast} or {@code show},
 * {@code date} or {@code published}, {@code duration}, {@code guest}, {@code url}, {@code audio},
 * {@code youtube}); when it names no title, the first {@code # heading} does. The body keeps every
 * line number, front matter lines left blank, so it never becomes answerable text and problems
 * point at the right line.
 *
 * @param body the text the document shows, line by line, Markdown syntax removed
 * @param header what the front matter and first heading say
 * @param timedHeadings the headings that carry a time, as chapters, and the body without them
 * @param sectionHeadings the section headings that carry no time
 * @param notes the paragraphs of the front matter's {@code description} (the episode's show notes,
 *     HTML or plain), empty without one
 * @param chapters the chapters the front matter lists ({@link FrontMatterChapters}), empty without
 *     any
 * @param headedTurns the body as bold-named turns under headings that time them, if it is one
 */
public record MarkdownDocument(
    SourceText body,
    SourceHeader header,
    TimedHeadings timedHeadings,
    SectionHeadings sectionHeadings,
    List<String> notes,
    List<Chapter> chapters,
    Optional<HeadedTurns> headedTurns) {

  private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "mdx");
  private static final String FENCE = "---";

  /** The front matter fields holding the show notes, the first present one read. */
  private static final List<String> NOTES = List.of("description", "summary", "excerpt");

  /** The front matter field listing who speaks. */
  private static final String SPEAKERS = "speakers";

  private static final int MAX_FRONT_MATTER_LINES = 200;

  /** Front matter closed on the line of the first heading ({@code ---# Show notes}), as seen. */
  private static final Pattern CLOSED_BY_HEADING = Pattern.compile("^---(#+\\s.*)$");

  /** One mapper for every document: YAML parsing keeps no state between reads. */
  private static final YAMLMapper YAML = new YAMLMapper();

  /**
   * The document {@code text} is, or empty when it is not Markdown: it opens with front matter or a
   * {@code # heading}, its name says Markdown, or its turns open with bold names ({@link
   * BoldTurns}). Front matter that is not valid YAML is reported and left out.
   */
  public static Optional<MarkdownDocument> recognize(SourceText text, Consumer<Problem> problems) {
    List<String> lines = text.lines();
    int jsonEnd = JsonFrontMatter.end(lines);
    int tomlEnd = TomlFrontMatter.end(lines);
    int fenceEnd = jsonEnd > 0 ? jsonEnd : tomlEnd > 0 ? tomlEnd : frontMatterEnd(lines);
    if (fenceEnd < 0
        && !EXTENSIONS.contains(text.extension())
        && !opensWithHeading(lines)
        && !BoldTurns.hold(lines)) {
      return Optional.empty();
    }
    SourceHeader header = SourceHeader.NONE;
    List<String> notes = List.of();
    List<Chapter> chapters = List.of();
    if (fenceEnd > 0) {
      Optional<JsonNode> fields =
          jsonEnd > 0
              ? fields(text.location(), lines.subList(0, fenceEnd + 1), problems)
              : tomlEnd > 0
                  ? Optional.of(TomlFrontMatter.fields(lines.subList(1, fenceEnd)))
                  : fields(text.location(), lines.subList(1, fenceEnd), problems);
      header = fields.map(f -> header(f, text.location(), problems)).orElse(SourceHeader.NONE);
      notes = fields.map(MarkdownDocument::notes).orElse(List.of());
      chapters = fields.map(FrontMatterChapters::of).orElse(List.of());
    }
    List<String> body = new ArrayList<>(lines.size());
    List<String> markdown = new ArrayList<>(lines.size());
    String heading = null;
    boolean[] code = MdxCode.hidden(lines, text.extension().equals("mdx"));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == fenceEnd && CLOSED_BY_HEADING.matcher(line.strip()).matches()) {
        line = line.strip().substring(FENCE.length());
      } else if (i <= fenceEnd || TemplateLines.isTemplate(line) || code[i]) {
        body.add("");
        markdown.add("");
        continue;
      }
      if (heading == null && MarkdownText.isTitleHeading(line)) {
        heading = MarkdownText.plain(line);
      }
      Optional<String> turn = TurnTags.head(line);
      body.add(turn.isPresent() ? turn.get() : MarkdownText.plain(line));
      markdown.add(line);
    }
    SourceHeader titled = header.orElse(titleOnly(heading));
    SourceText plain = new SourceText(text.location(), text.name(), String.join("\n", body));
    return Optional.of(
        new MarkdownDocument(
            plain,
            titled,
            TimedHeadings.of(plain, markdown),
            SectionHeadings.of(markdown),
            List.copyOf(notes),
            chapters,
            HeadedTurns.of(plain, markdown)));
  }

  /**
   * The body as a page reader should see it: the header's title on the first line, where the
   * opening {@code ---} of the front matter was, so that no line of the body is taken for the
   * title. The body itself when there is no front matter or no title.
   */
  public SourceText pageBody() {
    List<String> lines = new ArrayList<>(body.lines());
    if (header.title() == null || !lines.get(0).isEmpty()) {
      return body;
    }
    lines.set(0, header.title());
    return new SourceText(body.location(), body.name(), String.join("\n", lines));
  }

  /** The index of the line closing the front matter, or -1 when the text has none. */
  private static int frontMatterEnd(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      return -1;
    }
    for (int i = 1; i < Math.min(lines.size(), MAX_FRONT_MATTER_LINES); i++) {
      String line = lines.get(i).strip();
      if (line.equals(FENCE) || line.equals("...") || CLOSED_BY_HEADING.matcher(line).matches()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean opensWithHeading(List<String> lines) {
    return lines.stream()
        .filter(l -> !l.isBlank())
        .findFirst()
        .map(MarkdownText::isTitleHeading)
        .orElse(false);
  }

  /** The front matter's fields, or empty (reported) when it is not a YAML map. */
  private static Optional<JsonNode> fields(
      String location, List<String> yaml, Consumer<Problem> problems) {
    JsonNode node;
    try {
      node = YAML.readTree(String.join("\n", yaml));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + 1;
      problems.accept(
          new Problem(
              location,
              Math.max(line, 1),
              "front matter is not valid YAML: "
                  + reason(e.getOriginalMessage())
                  + "; it is left out: fix it to keep the title and other fields"));
      return Optional.empty();
    }
    if (node == null || !node.isObject()) {
      problems.accept(
          new Problem(
              location, 1, "front matter is not a map of fields (title: ..., date: ...); ignored"));
      return Optional.empty();
    }
    return Optional.of(node);
  }

  /**
   * The paragraphs of the {@code description} field (else {@code summary} or {@code excerpt}, as
   * site generators name it), HTML or plain text, then a line naming the {@code speakers} the front
   * matter lists: a transcript that labels them "Speaker 0" still says who they are, so a question
   * naming one finds the episode.
   */
  private static List<String> notes(JsonNode node) {
    List<String> notes = new ArrayList<>();
    NOTES.stream()
        .map(node::get)
        .filter(field -> field != null && field.isTextual() && !field.asText().isBlank())
        .findFirst()
        .ifPresent(field -> notes.addAll(HtmlText.paragraphs(field.asText())));
    JsonNode speakers = node.get(SPEAKERS);
    if (speakers != null && speakers.isArray()) {
      List<String> names = new ArrayList<>();
      speakers.forEach(
          name -> {
            if (name.isTextual() && !name.asText().isBlank()) {
              names.add(name.asText().strip());
            }
          });
      if (!names.isEmpty()) {
        notes.add("Speakers: " + String.join(", ", names) + ".");
      }
    }
    return notes;
  }

  private static SourceHeader header(JsonNode node, String location, Consumer<Problem> problems) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            field -> {
              List<String> values = scalars(field.getValue());
              if (!values.isEmpty()) {
                fields.put(field.getKey(), values);
              }
            });
    node.fields()
        .forEachRemaining(
            field -> NestedFrontMatter.addTo(fields, field.getKey(), field.getValue()));
    return SourceHeader.of(fields, location, 1, problems);
  }

  /**
   * The reason in a YAML parser's {@code message}, on one line: SnakeYAML writes what it was
   * reading ({@code while scanning a quoted scalar}) and what went wrong, each followed by an
   * indented {@code in 'reader', line 2, column 8:} mark, the line quoted and a caret; only the
   * unindented lines say why, and the problem's line number is given apart.
   */
  private static String reason(String message) {
    String reason =
        String.join(
            ", ",
            message
                .lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip)
                .toList());
    return reason.isEmpty() ? message.strip() : reason;
  }

  /** A scalar's text, or the texts of a list of scalars; empty for anything else. */
  private static List<String> scalars(JsonNode value) {
    List<String> values = new ArrayList<>();
    if (value.isValueNode() && !value.isNull()) {
      values.add(value.asText());
    } else if (value.isArray()) {
      value.forEach(
          item -> {
            if (item.isValueNode() && !item.isNull()) {
              values.add(item.asText());
            }
          });
    }
    return values;
  }

  private static SourceHeader titleOnly(String heading) {
    return new SourceHeader(heading, null, null, null, null, List.of(), null);
  }
}
