package dev.podcastqa.ingest.page;

import dev.podcastqa.ingest.source.Draft;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A metadata page (stenobird style): an {@code Episode} label over the title, then labelled fields
 * with the label on one line and the value on the next (or {@code Label: value}), an {@code
 * Actions} block of API calls, and the description under {@code Summary}.
 */
final class MetadataPage implements PageShape {

  private static final String EPISODE = "episode";
  private static final Set<String> TEXT_BLOCKS = Set.of("summary", "description", "show notes");
  private static final Set<String> SITE_BLOCKS = Set.of("actions");
  private static final int MIN_FIELDS = 2;

  private enum Mode {
    FIELDS,
    TEXT,
    SITE
  }

  @Override
  public String format() {
    return "metadata-page";
  }

  @Override
  public boolean matches(Page page) {
    List<PageLine> lines = page.nonBlank();
    if (lines.isEmpty() || !isEpisodeLabel(lines.get(0).text())) {
      return false;
    }
    long fields =
        lines.stream()
            .skip(1)
            .map(PageLine::text)
            .filter(t -> EpisodeFields.isLabel(t) || isFieldLine(t))
            .count();
    return fields >= MIN_FIELDS;
  }

  @Override
  public Draft read(Page page) {
    EpisodeFields fields = new EpisodeFields();
    Paragraphs paragraphs = new Paragraphs();
    List<PageLine> lines = page.nonBlank();
    Mode mode = Mode.FIELDS;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      String key = key(text);
      if (TEXT_BLOCKS.contains(key) || SITE_BLOCKS.contains(key)) {
        mode = TEXT_BLOCKS.contains(key) ? Mode.TEXT : Mode.SITE;
      } else if (key.equals(EPISODE) || EpisodeFields.isLabel(text)) {
        mode = Mode.FIELDS;
        Optional<String> value = valueAfter(lines, i);
        if (value.isPresent()) {
          fields.accept(key.equals(EPISODE) ? "title" : key, value.get());
          i++;
        }
      } else if (mode == Mode.TEXT) {
        paragraphs.add(text);
      } else if (mode == Mode.FIELDS) {
        acceptFieldLine(fields, text);
      }
    }
    Draft.Builder draft = Draft.builder(page.source(format()));
    fields.applyTo(draft);
    paragraphs.addTo(draft, fields.title());
    return draft.build();
  }

  /** The value on the line after a label, unless that line is itself a label. */
  private static Optional<String> valueAfter(List<PageLine> lines, int labelIndex) {
    if (labelIndex + 1 >= lines.size()) {
      return Optional.empty();
    }
    String next = lines.get(labelIndex + 1).text();
    String key = key(next);
    boolean isLabel =
        EpisodeFields.isLabel(next) || TEXT_BLOCKS.contains(key) || SITE_BLOCKS.contains(key);
    return isLabel ? Optional.empty() : Optional.of(next);
  }

  private static void acceptFieldLine(EpisodeFields fields, String text) {
    EpisodeFields.split(text)
        .ifPresent(
            labelled -> {
              String label = key(labelled.label()).equals(EPISODE) ? "title" : labelled.label();
              fields.accept(label, labelled.value());
            });
  }

  private static boolean isEpisodeLabel(String text) {
    return key(text).equals(EPISODE)
        || EpisodeFields.split(text).map(l -> key(l.label()).equals(EPISODE)).orElse(false);
  }

  private static boolean isFieldLine(String text) {
    return EpisodeFields.split(text).map(l -> EpisodeFields.isLabel(l.label())).orElse(false);
  }

  private static String key(String text) {
    return text.strip().replaceAll(":$", "").strip().toLowerCase(Locale.ROOT);
  }
}
