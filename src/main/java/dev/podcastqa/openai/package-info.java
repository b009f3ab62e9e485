/**
 * The OpenAI-compatible chat API at {@code /v1}, so chat front ends and scripts that speak it (Open
 * WebUI, LibreChat, the OpenAI clients) ask the podcasts as if they were a model. In: chat
 * completion requests, whose last user message is the question and whose earlier turns are the
 * conversation; out: completions (whole, or streamed as {@code chat.completion.chunk} events) whose
 * content is the answer with its {@code [n]} markers and its sources as Markdown links, with the
 * answer contract's citations beside it. Errors take OpenAI's shape. The answer service does the
 * work; this package only translates.
 */
package dev.podcastqa.openai;
