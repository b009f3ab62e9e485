/**
 * Benchmark: a deterministic synthetic corpus (WebVTT transcripts and episode pages made from word
 * lists under {@code bench/} in the resources) run through the real pipeline, and the figures it
 * gives: ingest throughput beside raw {@code embedAll}, peak RSS, index size, cold start, search
 * latency and recall against exact search, and {@code /api/chat} latency and throughput over HTTP.
 *
 * <p>A corpus too large to embed here can be given perturbed copies of a few thousand real vectors
 * instead; every figure over them is then labelled as synthetic.
 *
 * <p>In: a corpus size and seed, or a folder holding an earlier run. Out: the corpus files and
 * their persisted index in that folder, and a report printed as a Markdown table or JSON.
 */
package dev.podcastqa.bench;
