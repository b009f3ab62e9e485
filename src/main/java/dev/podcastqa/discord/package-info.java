/**
 * Delivery to Discord: the {@code /ask} slash command through the HTTP interactions endpoint (with
 * episode autocomplete and source and 👍/👎 buttons), and answers posted to channel webhooks.
 *
 * <p>In: signed interaction requests (raw body bytes plus the {@code X-Signature-*} headers), the
 * {@link dev.podcastqa.answer.AnswerService}, the feedback log, and the parts the composition root
 * builds from the Discord settings (a {@link dev.podcastqa.discord.DiscordBot} exists only when
 * interactions or sharing is on; nothing here reads the whole configuration). Out: interaction
 * responses (PONG, a deferred reply, autocomplete choices, thanks for a thumb), the answer as a
 * Discord message with buttons edited into the deferred reply or posted to a webhook, questions and
 * thumbs kept as feedback, and the {@code /ask} command registered with Discord's REST API. Nothing
 * here knows about Javalin; the web package's controller hands the raw request in.
 */
package dev.podcastqa.discord;
