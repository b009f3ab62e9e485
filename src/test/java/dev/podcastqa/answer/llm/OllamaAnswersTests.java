package dev.podcastqa.answer.llm;

import dev.podcastqa.testing.FakeModelServer;

/** The generated-answer scenarios over Ollama's native {@code /api/chat} (JSON and NDJSON). */
class OllamaAnswersTests extends ModelAnswersContract {

  @Override
  FakeModelServer startModel() {
    return FakeModelServer.ollama();
  }

  @Override
  String provider() {
    return "ollama";
  }
}
