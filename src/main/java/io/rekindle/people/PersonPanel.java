package io.rekindle.people;

import java.util.Map;

/**
 * A section another module adds to a person's page: the Thymeleaf fragment to render (its template and fragment
 * name, e.g. {@code "pipeline/person-panel :: panel"}) and the model it renders with, under the name {@code data}.
 */
public interface PersonPanel {

    int order();

    String fragment();

    Map<String, Object> model(PersonId person);
}
