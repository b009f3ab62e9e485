/**
 * Generated answers: a language model (any OpenAI-compatible endpoint, or Ollama) answers from
 * numbered passages through LangChain4j's own clients, and its text is checked before anyone sees
 * it. Markers naming no passage are removed, each cited sentence is checked against its passage
 * (unsupported citations are dropped and counted), citations are renumbered and built from the
 * passages, and a model that times out, rate-limits or fails twice gives way to the extractive
 * answer with a notice. It also rewrites follow-up questions to stand alone.
 *
 * <p>In: passages that passed the relevance gate, a conversation's turns, the prompts from {@code
 * prompts/}. Out: the {@link dev.podcastqa.answer.Answer} contract, streamed piece by piece.
 */
package dev.podcastqa.answer.llm;
