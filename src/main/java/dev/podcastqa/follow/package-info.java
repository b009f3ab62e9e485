/**
 * Following feeds and the episodes folder while the service runs: the subscriptions (a setting and
 * {@code feeds.txt}), conditional polls with jitter and backoff, a disk cache of what the feeds and
 * their items link, the live update that brings the catalog and the index in line on one background
 * writer thread, the transcription of audio-only items on a thread of their own, and announcing
 * each new episode once. A process that only searches an index another process writes follows
 * through the copies that process keeps, and updates its catalog alone. In: feed URLs, the episodes
 * folder, the ingester and the indexer. Out: an up-to-date catalog and store, and each feed's
 * state.
 */
package dev.podcastqa.follow;
