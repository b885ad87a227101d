package io.rekindle.openings;

/** Filters of the openings list; null fields do not filter. */
public record OpeningFilter(String title, CompanyId company, OpeningStatus status) {}
