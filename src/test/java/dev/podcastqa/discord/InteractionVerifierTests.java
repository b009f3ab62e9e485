package dev.podcastqa.discord;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.config.ConfigException;
import dev.podcastqa.testing.DiscordSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ed25519 over timestamp + raw body with the JDK's own provider, and the five-minute window. */
class InteractionVerifierTests {

  private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
  private static final byte[] BODY = "{\"type\":1}".getBytes(StandardCharsets.UTF_8);

  private final DiscordSigner discord = DiscordSigner.generate();
  private final InteractionVerifier verifier =
      new InteractionVerifier(discord.publicKeyHex(), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void requestSignedWithTheApplicationKeyPasses() {
    String timestamp = seconds(NOW);

    assertThatCode(() -> verifier.verify(discord.sign(timestamp, BODY), timestamp, BODY))
        .doesNotThrowAnyException();
  }

  @Test
  void signatureCoversTheRawBodyBytesNotAReserializedOne() {
    byte[] spaced = "{ \"type\" : 1 }".getBytes(StandardCharsets.UTF_8);
    String timestamp = seconds(NOW);

    assertThatThrownBy(() -> verifier.verify(discord.sign(timestamp, spaced), timestamp, BODY))
        .isInstanceOf(InvalidSignatureException.class);
  }

  @Test
  void signatureCoversTheTimestamp() {
    String signed = seconds(NOW);
    String other = seconds(NOW.minusSeconds(1));

    assertThatThrownBy(() -> verifier.verify(discord.sign(signed, BODY), other, BODY))
        .isInstanceOf(InvalidSignatureException.class);
  }

  @Test
  void timestampsUpToFiveMinutesOffPassAndBeyondFail() {
    for (long offset : new long[] {-300, 300}) {
      String timestamp = seconds(NOW.plusSeconds(offset));
      assertThatCode(() -> verifier.verify(discord.sign(timestamp, BODY), timestamp, BODY))
          .doesNotThrowAnyException();
    }
    for (long offset : new long[] {-301, 301, -360}) {
      String timestamp = seconds(NOW.plusSeconds(offset));
      assertThatThrownBy(() -> verifier.verify(discord.sign(timestamp, BODY), timestamp, BODY))
          .isInstanceOf(InvalidSignatureException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "00", "not hex at all", "gg"})
  void malformedSignatureIsRefusedNotAnError(String signature) {
    String timestamp = seconds(NOW);

    assertThatThrownBy(() -> verifier.verify(signature, timestamp, BODY))
        .isInstanceOf(InvalidSignatureException.class);
  }

  @Test
  void signatureOfTheRightLengthButNotHexIsRefused() {
    String timestamp = seconds(NOW);
    String signature = discord.sign(timestamp, BODY);
    String nonHex = "\u0663" + signature.substring(1);

    assertThatThrownBy(() -> verifier.verify(nonHex, timestamp, BODY))
        .isInstanceOf(InvalidSignatureException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "not-a-key", "zz"})
  void configuredKeyThatIsNotAKeyStopsStartUp(String key) {
    assertThatThrownBy(() -> new InteractionVerifier(key, Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("PODCASTQA_DISCORD_PUBLIC_KEY");
  }

  private static String seconds(Instant instant) {
    return String.valueOf(instant.getEpochSecond());
  }
}
