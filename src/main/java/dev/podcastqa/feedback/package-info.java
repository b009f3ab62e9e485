/**
 * What listeners ask and how they rate the answers: every question answered over the web chat and
 * Discord, its answer (answered or refused), the moments it cited and the thumbs it got, kept in an
 * embedded SQLite database for the report of what listeners ask.
 *
 * <p>In: questions and answers from the delivery channels, thumbs with optional comments. Out: an
 * {@code answerId} for each answer, and a {@link dev.podcastqa.feedback.ListenerReport} (most-asked
 * topics and chapters, refused questions, thumbs-down answers). Nothing but what a listener typed
 * is kept: no addresses, user ids or names. Writes run on a thread of their own, so answers never
 * wait for the database.
 */
package dev.podcastqa.feedback;
