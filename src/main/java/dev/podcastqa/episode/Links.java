package dev.podcastqa.episode;

/** Where an episode lives on the web: its page, its audio file and its video. Each may be null. */
public record Links(String page, String audio, String video) {

  public static final Links NONE = new Links(null, null, null);

  public Links {
    page = blankToNull(page);
    audio = blankToNull(audio);
    video = blankToNull(video);
  }

  /** These links, with each one {@code other} has filling a gap here. */
  public Links orElse(Links other) {
    return new Links(
        page != null ? page : other.page,
        audio != null ? audio : other.audio,
        video != null ? video : other.video);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
