package io.rekindle.openings;

import java.util.Map;

/**
 * A section another module adds to an opening's page: the Thymeleaf fragment to render and the model it renders with,
 * under the name {@code data} (as {@link io.rekindle.people.PersonPanel} does for people).
 */
public interface OpeningPanel {

    int order();

    String fragment();

    Map<String, Object> model(OpeningId opening);
}
