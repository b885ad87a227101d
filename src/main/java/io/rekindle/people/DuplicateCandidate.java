package io.rekindle.people;

import java.util.List;

/** Someone already kept who is likely the same human, with the reasons in words and a score (1 = certain). */
public record DuplicateCandidate(PersonId person, String fullName, List<String> reasons, double score) {}
