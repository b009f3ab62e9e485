package dev.podcastqa.answer;

import dev.podcastqa.retrieve.Passage;
import java.util.Set;

/**
 * A sentence an extractive answer may quote, from one retrieved passage, with how well it answers
 * the question.
 */
record Quote(Passage passage, String text, Set<String> terms, double score) {}
