package dev.podcastqa.answer;

/** A prompt or answer template is missing or broken; the message names the file. */
final class TemplateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TemplateException(String message) {
    super(message);
  }
}
