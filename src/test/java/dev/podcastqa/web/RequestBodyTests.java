package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The body checks {@link RequestBody} makes itself, whatever limits Jetty adds in front of it. */
class RequestBodyTests {

  @Test
  void declaredLengthOverTheLimitIsRefusedBeforeReading() {
    InputStream unreadable =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("must not be read");
          }
        };

    assertThatThrownBy(() -> RequestBody.readAtMost(unreadable, 11, 10))
        .isInstanceOfSatisfying(
            RequestRejectedException.class, e -> assertThat(e.status()).isEqualTo(413));
  }

  @Test
  void bodyOfUnknownLengthIsRefusedOnceItPassesTheLimit() {
    assertThatThrownBy(() -> RequestBody.readAtMost(bytes(11), -1, 10))
        .isInstanceOfSatisfying(
            RequestRejectedException.class, e -> assertThat(e.status()).isEqualTo(413));
  }

  @Test
  void bodyLongerThanItsDeclaredLengthIsStillRefused() {
    assertThatThrownBy(() -> RequestBody.readAtMost(bytes(50), 5, 10))
        .isInstanceOf(RequestRejectedException.class);
  }

  @Test
  void bodyOfExactlyTheLimitIsRead() throws IOException {
    assertThat(RequestBody.readAtMost(bytes(10), -1, 10)).hasSize(10);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "Application/JSON",
        "application/json; charset=utf-8",
        "application/json;charset=\"UTF-8\"",
        "application/json;"
      })
  void jsonContentTypesAreAccepted(String contentType) {
    assertThatCode(() -> RequestBody.requireJson(contentType)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/plain",
        "application/json-patch+json",
        "application/json; charset=utf-16",
        "application/json; boundary=x",
        ""
      })
  void otherContentTypesAreRefused(String contentType) {
    assertThatThrownBy(() -> RequestBody.requireJson(contentType))
        .isInstanceOfSatisfying(
            RequestRejectedException.class, e -> assertThat(e.status()).isEqualTo(415));
  }

  private static InputStream bytes(int count) {
    return new ByteArrayInputStream(new byte[count]);
  }
}
