package io.rekindle.people;

import java.util.List;

/** Many people were created at once (an import batch); stands for a {@link PersonChanged} of each. */
public record PeopleCreated(List<PersonId> people) {}
