package io.rekindle.search;

import io.rekindle.openings.OpeningId;

/** An open opening a person fits, with the score and why. */
public record OpeningFit(OpeningId opening, String label, double score, String explanation) {}
