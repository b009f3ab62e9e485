package dev.podcastqa.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Parses a {@code text/event-stream} body into its events, as a browser's parser would. */
final class SseEvents {

  private SseEvents() {}

  /** One event: its name ({@code message} when unnamed) and its data lines joined. */
  record Event(String name, String data) {}

  static List<Event> parse(Stream<String> lines) {
    List<Event> events = new ArrayList<>();
    String name = null;
    StringBuilder data = new StringBuilder();
    for (String line : (Iterable<String>) lines::iterator) {
      if (line.isEmpty()) {
        if (!data.isEmpty()) {
          events.add(new Event(name == null ? "message" : name, data.toString()));
        }
        name = null;
        data.setLength(0);
      } else if (line.startsWith("event:")) {
        name = line.substring(6).strip();
      } else if (line.startsWith("data:")) {
        data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
      }
    }
    return events;
  }
}
