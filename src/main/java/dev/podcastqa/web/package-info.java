/**
 * Delivery over HTTP: the Javalin app with the JSON API, the web chat, episode pages and the route
 * table. Controllers only translate between HTTP and the answer and episode services.
 *
 * <p>In: HTTP requests. Out: JSON, static pages from the jar, and JSON errors for bad input.
 */
package dev.podcastqa.web;
