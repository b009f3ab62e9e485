package dev.podcastqa.ingest.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.source.Transcriber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Transcribes an episode's audio with an OpenAI-compatible speech-to-text endpoint (whisper.cpp's
 * server, faster-whisper servers, OpenAI): the audio is downloaded within the size limit and the
 * deadline, then posted as multipart to {@code {base}/audio/transcriptions} with {@code
 * response_format=verbose_json}, and the answer, Whisper's segments, is returned as it came.
 */
public final class HttpTranscriber implements Transcriber {

  private static final int ERROR_EXCERPT = 200;

  private final HttpClient client;
  private final String endpoint;
  private final String model;
  private final String apiKey;
  private final Duration deadline;
  private final long maxBytes;
  private final ObjectMapper mapper;

  /**
   * @param base the OpenAI-compatible base URL, e.g. {@code http://host:8080/v1}
   * @param apiKey sent as a bearer token when not blank
   * @param deadline how long the download may take, and then the transcription
   * @param maxBytes the largest audio file downloaded
   */
  public HttpTranscriber(
      String base,
      String model,
      String apiKey,
      Duration deadline,
      long maxBytes,
      ObjectMapper mapper) {
    this.endpoint = base.replaceAll("/+$", "") + "/audio/transcriptions";
    this.model = model;
    this.apiKey = apiKey;
    this.deadline = deadline;
    this.maxBytes = maxBytes;
    this.mapper = mapper;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(HttpFetcher.CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public SourceText transcribe(String audioUrl) {
    byte[] audio = download(audioUrl);
    String name = fileName(audioUrl);
    String json = post(audioUrl, name, audio);
    return new SourceText(audioUrl, name + ".json", json);
  }

  private byte[] download(String audioUrl) {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(audioUrl.strip()))
              .timeout(deadline)
              .header("User-Agent", "podcast-qa")
              .GET()
              .build();
    } catch (IllegalArgumentException e) {
      throw new SourceException(audioUrl, 0, "the audio URL cannot be fetched: " + e.getMessage());
    }
    HttpResponse<byte[]> response =
        await(
            audioUrl,
            "the audio " + audioUrl,
            client.sendAsync(
                request,
                info ->
                    ok(info.statusCode())
                            && info.headers().firstValueAsLong("Content-Length").orElse(0)
                                <= maxBytes
                        ? new CappedBody(maxBytes)
                        : HttpResponse.BodySubscribers.replacing(new byte[0])));
    if (!ok(response.statusCode())) {
      throw new SourceException(
          audioUrl, 0, "the audio answered HTTP " + response.statusCode() + " from " + audioUrl);
    }
    if (response.headers().firstValueAsLong("Content-Length").orElse(0) > maxBytes) {
      throw new SourceException(audioUrl, 0, tooLarge(audioUrl));
    }
    return response.body();
  }

  private String post(String audioUrl, String name, byte[] audio) {
    String boundary = "podcast-qa-" + UUID.randomUUID();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(endpoint))
            .timeout(deadline)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, name, audio)));
    if (!apiKey.isBlank()) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    HttpResponse<byte[]> response =
        await(
            audioUrl,
            "the transcription endpoint " + endpoint,
            client.sendAsync(request.build(), info -> new CappedBody(maxBytes)));
    String body = new String(response.body(), StandardCharsets.UTF_8);
    if (!ok(response.statusCode())) {
      throw new SourceException(
          audioUrl,
          0,
          "transcription failed: HTTP "
              + response.statusCode()
              + " from "
              + endpoint
              + excerpt(body));
    }
    try {
      JsonNode tree = mapper.readTree(body);
      if (tree == null || !tree.path("segments").isArray()) {
        throw new SourceException(
            audioUrl, 0, "transcription failed: " + endpoint + " answered no segments list");
      }
    } catch (IOException e) {
      throw new SourceException(
          audioUrl, 0, "transcription failed: " + endpoint + " answered no JSON" + excerpt(body));
    }
    return body;
  }

  private byte[] multipart(String boundary, String name, byte[] audio) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(audio.length + 1024);
    String dash = "--" + boundary + "\r\n";
    StringBuilder fields = new StringBuilder();
    fields.append(field(dash, "model", model));
    fields.append(field(dash, "response_format", "verbose_json"));
    fields
        .append(dash)
        .append("Content-Disposition: form-data; name=\"file\"; filename=\"")
        .append(name.replace("\"", ""))
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    out.writeBytes(fields.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(audio);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String field(String dash, String name, String value) {
    return dash + "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }

  private <T> HttpResponse<T> await(
      String audioUrl, String what, CompletableFuture<HttpResponse<T>> future) {
    try {
      return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new SourceException(audioUrl, 0, "no answer from " + what + " within " + deadline);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new SourceException(audioUrl, 0, "interrupted while waiting for " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CappedBody.TooLarge) {
        throw new SourceException(audioUrl, 0, tooLarge(audioUrl));
      }
      throw new SourceException(audioUrl, 0, "cannot reach " + what + ": " + e.getCause(), e);
    }
  }

  private String tooLarge(String audioUrl) {
    return "the audio or its transcript from "
        + audioUrl
        + " is larger than "
        + maxBytes / (1024 * 1024)
        + " MB";
  }

  private static boolean ok(int status) {
    return status >= 200 && status <= 299;
  }

  private static String excerpt(String body) {
    String flat = body.strip().replaceAll("\\s+", " ");
    if (flat.isEmpty()) {
      return "";
    }
    return ": " + (flat.length() > ERROR_EXCERPT ? flat.substring(0, ERROR_EXCERPT) + "…" : flat);
  }

  private static String fileName(String audioUrl) {
    String path = URI.create(audioUrl.strip()).getPath();
    String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    return name.isBlank() ? "audio" : name;
  }
}
