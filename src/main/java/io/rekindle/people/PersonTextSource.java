package io.rekindle.people;

import java.util.Collection;
import java.util.Map;

/**
 * Free text about people that search indexes beside their fields, such as the text of their latest resume. An
 * implementation publishes {@link PersonChanged} when that text changes.
 */
public interface PersonTextSource {

    /** The text for each of the given people that has any; people without text may be left out. */
    Map<PersonId, String> textOf(Collection<PersonId> people);
}
