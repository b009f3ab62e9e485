package dev.podcastqa.answer.llm;

import dev.podcastqa.testing.FakeModelServer;

/** The generated-answer scenarios over the OpenAI chat-completions API (JSON and SSE). */
class OpenAiAnswersTests extends ModelAnswersContract {

  @Override
  FakeModelServer startModel() {
    return FakeModelServer.openAi();
  }

  @Override
  String provider() {
    return "openai";
  }
}
