/**
 * Reading a whole Open Referral UK directory from its API: {@link
 * org.socialprescribing.openreferral.feed.OrukFeedReader} pages through {@code GET /services?page=N} with
 * timeouts, retries and guards against endless paging, and streams the services page by page.
 */
@NullMarked
package org.socialprescribing.openreferral.feed;

import org.jspecify.annotations.NullMarked;
