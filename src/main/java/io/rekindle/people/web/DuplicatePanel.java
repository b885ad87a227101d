package io.rekindle.people.web;

import io.rekindle.people.PersonId;
import io.rekindle.people.PersonPanel;
import java.util.Map;
import org.springframework.stereotype.Component;

/** On a person's page, loaded after the page: their likely duplicates and the merges they took part in. */
@Component
class DuplicatePanel implements PersonPanel {

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String fragment() {
        return "people/duplicates-panel :: panel";
    }

    @Override
    public Map<String, Object> model(PersonId person) {
        return Map.of("person", person.value());
    }
}
