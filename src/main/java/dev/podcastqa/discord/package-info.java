/**
 * Delivery to Discord: the {@code /ask} slash command through the HTTP interactions endpoint, and
 * answers posted to channel webhooks.
 *
 * <p>In: signed interaction requests (raw body bytes plus the {@code X-Signature-*} headers), the
 * {@link dev.podcastqa.answer.AnswerService}, and the parts the composition root builds from the
 * Discord settings (a {@link dev.podcastqa.discord.DiscordBot} exists only when interactions or
 * sharing is on; nothing here reads the whole configuration). Out: interaction responses (PONG, a
 * deferred reply), the answer as a Discord message edited into the deferred reply or posted to a
 * webhook, and the {@code /ask} command registered with Discord's REST API. Nothing here knows
 * about Javalin; the web package's controller hands the raw request in.
 */
package dev.podcastqa.discord;
