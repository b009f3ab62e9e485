package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bearer check in front of {@code /v1} and {@code /mcp}. */
class ApiKeyTests {

  @Test
  void blankKeyAdmitsEveryRequest() {
    ApiKey none = ApiKey.of("  ");

    assertThat(none.required()).isFalse();
    assertThat(none.admits(null)).isTrue();
    assertThat(none.admits("Bearer anything")).isTrue();
  }

  @Test
  void setKeyAdmitsOnlyItsBearerToken() {
    ApiKey key = ApiKey.of("s3cret");

    assertThat(key.admits("Bearer s3cret")).isTrue();
    assertThat(key.admits("bearer s3cret")).isTrue();
    assertThat(key.admits(null)).isFalse();
    assertThat(key.admits("")).isFalse();
    assertThat(key.admits("s3cret")).isFalse();
    assertThat(key.admits("Basic s3cret")).isFalse();
    assertThat(key.admits("Bearer s3cre")).isFalse();
    assertThat(key.admits("Bearer s3cret2")).isFalse();
  }
}
