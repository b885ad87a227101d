package io.rekindle.search;

import java.util.List;
import java.util.Map;

/** One page of people found, the total, and the facets: for each facet, each value with its count. */
public record SearchResults(
        List<SearchHit> items, int page, int size, long totalItems, Map<String, Map<String, Long>> facets) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }
}
