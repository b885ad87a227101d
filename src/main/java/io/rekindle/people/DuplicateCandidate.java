package io.rekindle.people;

import java.util.List;

/** Someone already kept who is likely the same human, with the reasons in short user-facing phrases. */
public record DuplicateCandidate(PersonId person, String fullName, List<String> reasons, double score) {}
