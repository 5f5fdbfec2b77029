/**
 * Reading a whole Open Referral UK directory from its API: {@link
 * org.socialprescribing.openreferral.feed.OrukFeedReader} pages through {@code GET /services?page=N} one page at a
 * time, with timeouts, retries that honour {@code Retry-After}, a time budget for the whole walk, redirects kept to
 * the hosts allowed, credentials never shown, and guards against endless paging. It passes the pages on as they
 * come ({@code walk}, or lazily as a stream) and reports a feed that goes round in a cycle or ends before its
 * announced totals ({@link org.socialprescribing.openreferral.feed.FeedIssueCode}).
 */
@NullMarked
package org.socialprescribing.openreferral.feed;

import org.jspecify.annotations.NullMarked;
