package io.rekindle.people;

import java.util.List;

/** Someone already kept who may be the same human as a person about to be created, with the reasons why. */
public record DuplicateCandidate(PersonId person, String fullName, List<String> reasons, double score) {}
