package dev.podcastqa.answer;

import dev.podcastqa.retrieve.Passage;
import java.util.Optional;

/** Finds the timed passage of an episode that an untimed sentence is about. */
@FunctionalInterface
public interface MomentFinder {

  /** No moment for anything: for answerers that link nothing. */
  MomentFinder NONE = (text, episodeId) -> Optional.empty();

  Optional<Passage> momentFor(String text, String episodeId);
}
