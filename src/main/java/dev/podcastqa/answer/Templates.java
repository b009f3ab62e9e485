package dev.podcastqa.answer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text templates from the {@code prompts/} folder: LLM prompts and the wording of extractive
 * answers. Each is read once at start and checked: a missing file, or a placeholder the code does
 * not fill, stops start-up with a message naming the file.
 *
 * <p>Files come from a folder when one is given (so users can edit them), else from the copy of
 * {@code prompts/} inside the jar. Placeholders are written {@code {{name}}}.
 */
public final class Templates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");

  private final Map<String, String> texts = new HashMap<>();
  private final Path folder;

  private Templates(Path folder) {
    this.folder = folder;
  }

  /** Templates read from {@code folder}, or from the jar when it is null. */
  public static Templates from(Path folder) {
    return new Templates(folder);
  }

  /**
   * Loads {@code file} and checks it uses only {@code allowed} placeholders.
   *
   * @throws TemplateException naming the file when it is missing, empty or broken
   */
  public Templates require(String file, Set<String> allowed) {
    return require(file, allowed, Set.of());
  }

  /**
   * Loads {@code file} and checks it uses only {@code allowed} placeholders and every one of {@code
   * required} (a prompt without its passages is broken too).
   *
   * @throws TemplateException naming the file when it is missing, empty or broken
   */
  public Templates require(String file, Set<String> allowed, Set<String> required) {
    String text = read(file);
    if (text.isBlank()) {
      throw new TemplateException(where(file) + " is empty");
    }
    Set<String> unknown = new LinkedHashSet<>(placeholders(text));
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw new TemplateException(
          where(file) + " uses unknown placeholder(s) " + unknown + "; allowed: " + allowed);
    }
    Set<String> missing = new LinkedHashSet<>(required);
    missing.removeAll(placeholders(text));
    if (!missing.isEmpty()) {
      throw new TemplateException(where(file) + " lacks placeholder(s) " + missing);
    }
    String withoutPlaceholders = PLACEHOLDER.matcher(text).replaceAll("");
    if (withoutPlaceholders.contains("{{") || withoutPlaceholders.contains("}}")) {
      throw new TemplateException(where(file) + " has an unclosed {{placeholder}}");
    }
    texts.put(file, text.strip());
    return this;
  }

  /** The template {@code file} with each placeholder replaced by its value. */
  public String render(String file, Map<String, String> values) {
    String text = texts.get(file);
    if (text == null) {
      throw new IllegalStateException("template " + file + " was not loaded at start");
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for {{" + m.group(1) + "}} in " + file);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private String read(String file) {
    try {
      if (folder != null) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
          throw new TemplateException(where(file) + " is missing");
        }
        return Files.readString(path, StandardCharsets.UTF_8);
      }
      try (InputStream in = Templates.class.getResourceAsStream("/prompts/" + file)) {
        if (in == null) {
          throw new TemplateException(where(file) + " is missing from the jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new TemplateException(where(file) + " cannot be read: " + e.getMessage());
    }
  }

  private String where(String file) {
    return "prompt template " + (folder == null ? "prompts/" + file : folder.resolve(file));
  }
}
