/**
 * Delivery over HTTP: the Javalin app with the JSON API, the web chat, episode pages and the route
 * table. Controllers only translate between HTTP and the answer and episode services; {@code
 * RouteTable} lists every route and {@code ErrorMapper} turns every failure into a status.
 *
 * <p>In: a {@link dev.podcastqa.web.WebContext} (answer service, catalog, health status, mapper,
 * feedback log, admin guard, followed feeds) and HTTP requests. Out: the answer contract with its
 * {@code answerId} and episode views as JSON (or, from {@code /api/chat/stream}, as server-sent
 * events), suggested questions made from chapter titles, thumbs on answers, the report of what
 * listeners ask and the feed refresh behind the admin token, the feeds' state, the pages and assets
 * shipped under {@code /web} in the jar, and JSON {@code {"error", "detail"}} bodies for bad input.
 */
package dev.podcastqa.web;
