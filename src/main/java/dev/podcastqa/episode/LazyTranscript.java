package dev.podcastqa.episode;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A transcript that is decoded when first read, then kept: a restart over a large corpus loads
 * every episode from the source cache, but only the transcripts it chunks or shows. Unmodifiable,
 * like the lists {@link Episode} keeps otherwise.
 */
public final class LazyTranscript extends AbstractList<Segment> implements RandomAccess {

  private final Supplier<List<Segment>> decode;
  private volatile List<Segment> segments;

  /**
   * @param decode gives the segments; called at most once, on first use, and may throw {@link
   *     IllegalStateException} when what it decodes is damaged
   */
  public LazyTranscript(Supplier<List<Segment>> decode) {
    this.decode = decode;
  }

  @Override
  public Segment get(int index) {
    return segments().get(index);
  }

  @Override
  public int size() {
    return segments().size();
  }

  /** Whether the segments were decoded yet (for tests and logs). */
  public boolean decoded() {
    return segments != null;
  }

  private List<Segment> segments() {
    List<Segment> loaded = segments;
    if (loaded == null) {
      synchronized (this) {
        loaded = segments;
        if (loaded == null) {
          loaded = List.copyOf(decode.get());
          segments = loaded;
        }
      }
    }
    return loaded;
  }
}
