package dev.podcastqa.config;

/** A setting has a value the service cannot use; the message names the setting and value. */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigException(Setting setting, String value, String reason) {
    super(setting.env() + "=" + value + ": " + reason);
  }

  public ConfigException(String message) {
    super(message);
  }
}
