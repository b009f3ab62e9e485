package dev.podcastqa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Renders an episode script as the two files the real ingester reads: a page of plain text (title,
 * {@code Label: value} metadata, the description and a {@code [hh:mm:ss] Title} chapter list with
 * notes) and a WebVTT transcript with a voice tag naming each cue's speaker.
 */
final class EpisodeFiles {

  private EpisodeFiles() {}

  /** Writes {@code STEM.txt} and {@code STEM.vtt} into {@code folder}; returns bytes written. */
  static long write(EpisodeScript script, Path folder) {
    byte[] page = page(script).getBytes(StandardCharsets.UTF_8);
    byte[] vtt = webVtt(script).getBytes(StandardCharsets.UTF_8);
    try {
      Files.write(folder.resolve(script.stem() + ".txt"), page);
      Files.write(folder.resolve(script.stem() + ".vtt"), vtt);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write episode " + script.stem() + " in " + folder, e);
    }
    return page.length + (long) vtt.length;
  }

  static String page(EpisodeScript script) {
    String slug = script.podcast().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    StringBuilder out = new StringBuilder();
    out.append(script.title()).append("\n\n");
    out.append("Podcast: ").append(script.podcast()).append('\n');
    out.append("Published: ").append(script.published()).append('\n');
    out.append("Duration: ").append(clock(script.durationMillis() / 1000)).append('\n');
    out.append("URL: https://podcasts.example.org/")
        .append(slug)
        .append('/')
        .append(script.number())
        .append('\n');
    out.append("Audio: https://cdn.example.org/")
        .append(slug)
        .append('/')
        .append(script.number())
        .append(".mp3\n\n");
    out.append(String.join(" ", script.description())).append("\n\n");
    for (EpisodeScript.Chapter chapter : script.chapters()) {
      out.append('[').append(clock(chapter.startSeconds())).append("] ").append(chapter.title());
      out.append('\n').append(chapter.note()).append("\n\n");
    }
    return out.toString();
  }

  static String webVtt(EpisodeScript script) {
    StringBuilder out = new StringBuilder("WEBVTT\n\n");
    for (EpisodeScript.Cue cue : script.cues()) {
      out.append(timing(cue.startMillis()))
          .append(" --> ")
          .append(timing(cue.endMillis()))
          .append('\n');
      out.append("<v ").append(cue.speaker()).append('>').append(cue.text()).append("\n\n");
    }
    return out.toString();
  }

  private static String clock(long seconds) {
    return String.format(
        Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }

  private static String timing(long millis) {
    return clock(millis / 1000) + String.format(Locale.ROOT, ".%03d", millis % 1000);
  }
}
