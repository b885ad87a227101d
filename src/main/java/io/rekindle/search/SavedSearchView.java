package io.rekindle.search;

import java.time.Instant;

/**
 * A saved search as its owner sees it: the query, the filters as URL parameters, the search page address that
 * runs it, and how many people match now who did not when the owner last looked.
 */
public record SavedSearchView(
        long id,
        String name,
        String q,
        String filters,
        String href,
        long newMatches,
        Instant lastSeenAt,
        Instant createdAt) {}
