/**
 * Retry: the one way a call is tried again, used by every client that retries (the model's answers,
 * Discord's REST API).
 *
 * <p>In: an attempt, what makes its outcome worth another try and after what pause, a number of
 * attempts and a deadline. Out: the first outcome that stands, or the last one when the attempts or
 * the time run out.
 */
package dev.podcastqa.retry;
