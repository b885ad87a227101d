package io.rekindle.people;

import java.util.List;

/** Many people's data changed at once (an import merging rows into them); stands for a {@link PersonChanged} of each. */
public record PeopleChanged(List<PersonId> people) {}
